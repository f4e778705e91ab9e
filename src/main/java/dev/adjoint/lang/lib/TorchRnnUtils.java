package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.autograd.op.Packing;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.nn.utils.rnn}: pad_sequence, pack_padded_sequence, pack_sequence, pad_packed_sequence
 * and PackedSequence as PyTorch 1.13 has them (the recurrent layers take a PackedSequence), built
 * from the engine's ops so their gradients come with them.
 */
final class TorchRnnUtils {
    private TorchRnnUtils() {}

    static PyModule module() {
        PyModule m = new PyModule("torch.nn.utils.rnn");
        m.add("PackedSequence", PackedSequence.CLASS);
        m.add(Builtin.of("pad_sequence", a -> {
            a.expect(1, 3, "sequences", "batch_first", "padding_value");
            return pad(a, Values.items(a.option(0, "sequences", null)), a.bool(1, "batch_first", false), a.number(2, "padding_value", 0.0));
        }));
        m.add(Builtin.of("pack_padded_sequence", a -> {
            a.expect(2, 4, "input", "lengths", "batch_first", "enforce_sorted");
            return pack(a, TorchArgs.tensor(a, a.option(0, "input", null)), lengths(a, a.option(1, "lengths", null)), a.bool(2, "batch_first", false),
                    a.bool(3, "enforce_sorted", true));
        }));
        m.add(Builtin.of("pack_sequence", a -> {
            a.expect(1, 2, "sequences", "enforce_sorted");
            List<Object> sequences = Values.items(a.option(0, "sequences", null));
            long[] lengths = new long[sequences.size()];
            for (int i = 0; i < lengths.length; i++) lengths[i] = TorchArgs.tensor(a, sequences.get(i)).shape()[0];
            return pack(a, pad(a, sequences, false, 0), lengths, false, a.bool(1, "enforce_sorted", true));
        }));
        m.add(Builtin.of("pad_packed_sequence", a -> {
            a.expect(1, 4, "sequence", "batch_first", "padding_value", "total_length");
            if (!(a.option(0, "sequence", null) instanceof PackedSequence p))
                throw PyError.attribute("'" + Values.typeName(a.option(0, "sequence", null)) + "' object has no attribute 'batch_sizes'");
            Object total = a.option(3, "total_length", null);
            return unpack(p, a.bool(1, "batch_first", false), a.number(2, "padding_value", 0.0), total == null ? -1 : a.intValue(total, "total_length"));
        }));
        return m;
    }

    /** PyTorch's PackedSequence: a namedtuple (data, batch_sizes, sorted_indices, unsorted_indices). */
    static final class PackedSequence extends AbstractList<Object> implements TabledHostObject, PyReprable {
        static final PyClass CLASS = PyClass.builtin("PackedSequence", "torch.nn.utils.rnn", BuiltinTypes.TUPLE, null);
        private static final List<String> FIELDS = List.of("data", "batch_sizes", "sorted_indices", "unsorted_indices");
        final Tensor data, batchSizes, sortedIndices, unsortedIndices;

        PackedSequence(Tensor data, Tensor batchSizes, Tensor sortedIndices, Tensor unsortedIndices) {
            this.data = data;
            this.batchSizes = batchSizes;
            this.sortedIndices = sortedIndices;
            this.unsortedIndices = unsortedIndices;
        }

        /** The batch sizes as ints: rows of data per time step. */
        int[] sizes() {
            double[] v = batchSizes.value().toArray();
            int[] out = new int[v.length];
            for (int i = 0; i < v.length; i++) out[i] = (int) v[i];
            return out;
        }

        @Override
        public Object get(int i) {
            return switch (i) {
                case 0 -> data;
                case 1 -> batchSizes;
                case 2 -> sortedIndices;
                case 3 -> unsortedIndices;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }

        @Override
        public int size() {
            return 4;
        }

        @Override
        public String typeName() {
            return "PackedSequence";
        }

        @Override
        public PyClass pyClass() {
            return CLASS;
        }

        private static final AttributeTable<PackedSequence> ATTRIBUTES = new AttributeTable<>();

        static { // each field by its place in the tuple
            for (int i = 0; i < FIELDS.size(); i++) {
                int at = i;
                ATTRIBUTES.value(FIELDS.get(i), p -> p.get(at));
            }
        }

        @Override
        public AttributeTable<PackedSequence> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < 4; i++) parts.add(FIELDS.get(i) + "=" + Repr.repr(get(i)));
            return "PackedSequence(" + String.join(", ", parts) + ")";
        }
    }

    /** pad_sequence: the sequences (L_i, *) padded to the longest, stacked along the batch axis (1, or 0 with batch_first). */
    private static Tensor pad(Args a, List<Object> sequences, boolean batchFirst, double value) {
        if (sequences.isEmpty()) throw new PyError("RuntimeError", "received an empty list of sequences");
        List<Tensor> items = new ArrayList<>();
        int longest = 0;
        for (Object s : sequences) {
            Tensor t = TorchArgs.tensor(a, s);
            items.add(t);
            longest = Math.max(longest, t.shape()[0]);
        }
        List<Tensor> padded = new ArrayList<>();
        for (Tensor t : items) {
            int[] rest = t.shape().clone();
            rest[0] = longest - t.shape()[0];
            padded.add(rest[0] == 0 ? t : Ops.concat(List.of(t, Tensor.constant(NDArray.zeros(rest).map(z -> value), t.dtype())), 0));
        }
        return Packing.padded(padded, batchFirst);
    }

    /** The lengths given as a list or a 1-d tensor. */
    private static long[] lengths(Args a, Object v) {
        Tensor t = Values.node(v);
        List<Object> items = t != null ? null : Values.items(v);
        int n = t != null ? (t.ndim() == 0 ? 1 : t.shape()[0]) : items.size();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = t != null ? (long) t.value().toArray()[i] : Values.toLong(items.get(i), "lengths");
        return out;
    }

    /**
     * pack_padded_sequence: the entries of each time step that are within their sequence, step after
     * step (PackPaddedSequenceBackward0's order), sorted by length first unless enforce_sorted.
     */
    private static PackedSequence pack(Args a, Tensor input, long[] lengths, boolean batchFirst, boolean enforceSorted) {
        int n = lengths.length;
        Tensor sorted = null, unsorted = null;
        long[] ordered = lengths.clone();
        int[] order = null;
        if (enforceSorted) {
            for (int i = 1; i < n; i++)
                if (lengths[i] > lengths[i - 1])
                    throw new PyError("RuntimeError", "`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You can pass "
                            + "`enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep this requirement if you do not need ONNX exportability.");
        } else { // a stable descending sort of the lengths; the batch is read in that order
            Integer[] byLength = new Integer[n];
            for (int i = 0; i < n; i++) byLength[i] = i;
            java.util.Arrays.sort(byLength, (x, y) -> Long.compare(lengths[y], lengths[x]));
            order = new int[n];
            double[] forward = new double[n], back = new double[n];
            for (int i = 0; i < n; i++) {
                order[i] = byLength[i];
                forward[i] = order[i];
                back[order[i]] = i;
                ordered[i] = lengths[order[i]];
            }
            sorted = Tensor.constant(NDArray.adopt(forward, n), DType.INT64);
            unsorted = Tensor.constant(NDArray.adopt(back, n), DType.INT64);
        }
        int batchAxis = batchFirst ? 0 : 1, timeAxis = 1 - batchAxis;
        if (input.ndim() < 2 || input.shape()[batchAxis] != n)
            throw new PyError("RuntimeError", "Expected `len(lengths)` to be equal to batch_size, but got " + n + " (batch_size="
                    + (input.ndim() < 2 ? 0 : input.shape()[batchAxis]) + ")");
        for (long l : ordered)
            if (l <= 0) throw new PyError("RuntimeError", "Length of all samples has to be greater than 0, but found an element in 'lengths' that is <= 0");
        int steps = (int) ordered[0];
        if (steps > input.shape()[timeAxis]) // PyTorch reads past the batch here; adjoint refuses
            throw new PyError("RuntimeError", "Expected sequence length to be no larger than " + input.shape()[timeAxis] + ", but got " + steps);
        int[] sizes = new int[steps];
        double[] batchSizes = new double[steps];
        for (int t = 0; t < steps; t++) {
            while (sizes[t] < n && ordered[sizes[t]] > t) sizes[t]++;
            batchSizes[t] = sizes[t];
        }
        Tensor data = Packing.pack(batchFirst ? Ops.transpose(input, 0, 1) : input, sizes, order);
        return new PackedSequence(data, Tensor.constant(NDArray.adopt(batchSizes, steps), DType.INT64), sorted, unsorted);
    }

    /** pad_packed_sequence: the padded batch (in the original order) and the lengths (int64). */
    private static List<Object> unpack(PackedSequence p, boolean batchFirst, double value, int totalLength) {
        int[] sizes = p.sizes();
        int batch = sizes[0], steps = sizes.length;
        if (totalLength >= 0 && totalLength < steps)
            throw PyError.value("Expected total_length to be at least the length of the longest sequence in input, but got total_length=" + totalLength
                    + " and max sequence length being " + steps);
        int length = Math.max(steps, totalLength);
        int[] rest = java.util.Arrays.copyOfRange(p.data.shape(), 1, p.data.ndim());
        double[] lengths = new double[batch];
        List<List<Tensor>> perSequence = new ArrayList<>();
        for (int b = 0; b < batch; b++) perSequence.add(new ArrayList<>());
        int offset = 0;
        for (int size : sizes) {
            for (int b = 0; b < size; b++) {
                perSequence.get(b).add(Ops.getItem(p.data, List.of(new Index.At(offset + b))));
                lengths[b]++;
            }
            offset += size;
        }
        Tensor[] ordered = new Tensor[batch];
        double[] originalLengths = new double[batch];
        for (int b = 0; b < batch; b++) {
            int original = p.sortedIndices == null ? b : (int) p.sortedIndices.value().toArray()[b];
            List<Tensor> parts = new ArrayList<>(List.of(Ops.stack(perSequence.get(b), 0)));
            int missing = length - perSequence.get(b).size();
            if (missing > 0) {
                int[] shape = new int[rest.length + 1];
                shape[0] = missing;
                System.arraycopy(rest, 0, shape, 1, rest.length);
                parts.add(Tensor.constant(NDArray.zeros(shape).map(z -> value), p.data.dtype()));
            }
            ordered[original] = parts.size() == 1 ? parts.get(0) : Ops.concat(parts, 0);
            originalLengths[original] = lengths[b];
        }
        Tensor padded = Ops.stack(List.of(ordered), batchFirst ? 0 : 1);
        return Values.tuple(padded, Tensor.constant(NDArray.adopt(originalLengths, batch), DType.INT64));
    }
}
