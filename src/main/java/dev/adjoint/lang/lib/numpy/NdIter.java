package dev.adjoint.lang.lib.numpy;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.ContextManager;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Sized;
import dev.adjoint.lang.Subscriptable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code np.nditer(op, flags=None, op_flags=None, op_dtypes=None, order='K', casting='safe',
 * op_axes=None, itershape=None, buffersize=0)}: NumPy's iterator over one operand or several
 * broadcast together, in the order {@link NdIterOrder} finds. Each step gives a 0-d view of each
 * operand's element (read-only unless the operand is flagged readwrite or writeonly, so
 * {@code x[...] = v} writes through), or with external_loop a 1-d view of a run of elements.
 * {@code while not it.finished: ... it.iternext()} and {@code for x in it} both walk it, with
 * multi_index, c_index/f_index and iterindex tracking where it is (and settable to jump), and
 * None operands allocated as outputs ({@code it.operands}). op_axes, itershape and op_dtypes that
 * cast are refused by name.
 */
final class NdIter implements TabledHostObject, Subscriptable, Sized, Iterable<Object>, Iterator<Object>, ContextManager {
    static final PyClass CLASS = PyClass.builtin("nditer", "numpy", BuiltinTypes.OBJECT,
            dev.adjoint.lang.Builtin.of("nditer", NdIter::create));
    private static final Set<String> GLOBAL_FLAGS = Set.of("buffered", "c_index", "f_index", "multi_index", "external_loop", "refs_ok",
            "reduce_ok", "zerosize_ok", "common_dtype", "copy_if_overlap", "delay_bufalloc", "grow_inner", "ranged");
    private static final Set<String> OP_FLAGS = Set.of("readonly", "readwrite", "writeonly", "no_broadcast", "contig", "aligned", "nbo",
            "copy", "updateifcopy", "allocate", "no_subtype", "arraymask", "writemasked", "overlap_assume_elementwise", "virtual");

    private final NpArray[] ops;
    private final boolean[] writable;
    private final int[] shape;
    /** Per operand, per C axis: the step between its elements in its own row-major positions (0 where broadcast). */
    private final int[][] steps;
    /** Per C axis, the c_index's or f_index's step, or null. */
    private final long[] indexSteps;
    private final boolean buffered;
    private final int bufferSize;
    private final long size;
    private NdIterOrder order;
    private boolean multiIndex, externalLoop;
    private final char orderName;
    private final long[][] memoryStrides;
    private final boolean allocating;
    /** Every operand given is Fortran-contiguous (what order 'A' follows). */
    private final boolean fortran;
    private long iterindex;
    private boolean started, finished, closed;

    private NdIter(NpArray[] ops, boolean[] writable, int[] shape, long[] indexSteps, Set<String> flags, char orderName, int bufferSize,
            long[][] memoryStrides, boolean allocating, boolean fortran) {
        this.ops = ops;
        this.writable = writable;
        this.shape = shape;
        this.indexSteps = indexSteps;
        this.multiIndex = flags.contains("multi_index");
        this.externalLoop = flags.contains("external_loop");
        this.buffered = flags.contains("buffered");
        this.bufferSize = bufferSize;
        this.orderName = orderName;
        this.memoryStrides = memoryStrides;
        this.allocating = allocating;
        this.fortran = fortran;
        this.size = Shapes.size(shape);
        this.steps = new int[ops.length][];
        for (int k = 0; k < ops.length; k++) steps[k] = broadcastSteps(ops[k].shape(), shape);
        this.order = layout();
        this.finished = size == 0;
    }

    private NdIterOrder layout() {
        return new NdIterOrder(shape, memoryStrides, indexSteps, orderName, fortran, allocating, !multiIndex);
    }


    private static boolean fortranContiguous(NpArray x) {
        long[] st = Views.strides(x.data);
        int[] s = x.shape();
        long dense = 1;
        for (int d = 0; d < s.length; d++) {
            if (s[d] != 1 && st[d] != dense) return false;
            dense *= s[d];
        }
        return true;
    }

    /** np.nditer(...) */
    static Object create(Args a) {
        a.expect(1, 9, "op", "flags", "op_flags", "op_dtypes", "order", "casting", "op_axes", "itershape", "buffersize");
        Object given = a.option(0, "op", null);
        List<Object> items = Values.plain(given) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(Arrays.asList(given));
        int nop = items.size();
        Set<String> flags = new java.util.HashSet<>(strings(a.option(1, "flags", null), "Iterator global flags must be a list or tuple of strings"));
        for (String f : flags) if (!GLOBAL_FLAGS.contains(f)) throw PyError.value("Unexpected iterator global flag \"" + f + "\"");
        if (flags.contains("c_index") && flags.contains("f_index")) throw PyError.value("Iterator flags C_INDEX and F_INDEX cannot both be specified");
        if (flags.contains("external_loop") && (flags.contains("multi_index") || flags.contains("c_index") || flags.contains("f_index")))
            throw PyError.value("Iterator flag EXTERNAL_LOOP cannot be used if an index or multi-index is being tracked");
        List<List<String>> opFlags = opFlags(a.option(2, "op_flags", null), items);
        for (String refused : List.of("op_axes", "itershape"))
            if (a.option(refused.equals("op_axes") ? 6 : 7, refused, null) != null) throw PyError.notSupported("np.nditer's " + refused);
        Object orderArg = a.option(4, "order", "K");
        String orderText = orderArg == null ? "K" : String.valueOf(Values.plain(orderArg));
        if (!List.of("C", "F", "A", "K").contains(orderText)) throw PyError.value("order must be one of 'C', 'F', 'A', or 'K' (got '" + orderText + "')");
        Object bufferArg = a.option(8, "buffersize", 0L);
        int bufferSize = bufferArg == null ? 0 : a.intValue(bufferArg, "buffersize");

        NpArray[] ops = new NpArray[nop];
        boolean[] writable = new boolean[nop];
        List<NpArray> inputs = new ArrayList<>();
        List<int[]> shapes = new ArrayList<>();
        for (int k = 0; k < nop; k++) {
            List<String> f = opFlags.get(k);
            writable[k] = f.contains("readwrite") || f.contains("writeonly");
            Object item = items.get(k);
            if (item == null) {
                if (!f.contains("allocate") && !f.contains("virtual"))
                    throw PyError.value("Iterator operand was NULL, but neither the ALLOCATE nor the VIRTUAL flag was specified");
                writable[k] = true;
                continue;
            }
            NpArray x = Values.plain(item) instanceof NpArray arr && !arr.isScalar() ? arr : copyOf(Operand.required(item, "nditer"));
            if (writable[k] && !x.isWriteable()) throw PyError.value("operand array with iterator write flag set is read-only");
            ops[k] = x;
            inputs.add(x);
            shapes.add(x.shape());
        }
        int[] shape = broadcastShape(shapes);
        List<NpType> dtypes = requestedTypes(a.option(3, "op_dtypes", null), nop);
        boolean allocating = false;
        for (int k = 0; k < nop; k++) {
            NpType want = dtypes.get(k);
            if (ops[k] == null) {
                allocating = true;
                NpType t = want != null ? want : inputs.isEmpty() ? NpType.FLOAT64 : IndexArrays.resultType(inputs);
                ops[k] = NpArray.of(NDArray.full(0, shape), t);
            } else if (want != null && want != ops[k].type) {
                if (!flags.contains("buffered") && !opFlags.get(k).contains("copy"))
                    throw PyError.type("Iterator operand required copying or buffering, but neither copying nor buffering was enabled");
                throw PyError.notSupported("np.nditer casting an operand (op_dtypes " + want.name + " for a " + ops[k].type.name + " array)");
            }
            if (writable[k] && !flags.contains("reduce_ok")) checkNoReduction(ops[k].shape(), shape);
        }
        long[][] memory = new long[nop][];
        boolean fortran = inputs.stream().allMatch(NdIter::fortranContiguous);
        for (int k = 0; k < nop; k++) memory[k] = items.get(k) == null ? new long[shape.length] : memoryStrides(ops[k], shape);
        long[] index = flags.contains("c_index") ? indexSteps(shape, false) : flags.contains("f_index") ? indexSteps(shape, true) : null;
        NdIter it = new NdIter(ops, writable, shape, index, flags, orderText.charAt(0), bufferSize <= 0 ? 8192 : bufferSize, memory, allocating, fortran);
        if (it.size == 0 && !flags.contains("zerosize_ok")) throw PyError.value("Iteration of zero-sized operands is not enabled");
        return it;
    }

    private static NpArray copyOf(NpArray x) {
        return NpArray.of(x.values(), x.type);
    }

    /** flags or one operand's op_flags: a list or tuple of strings. */
    private static List<String> strings(Object v, String message) {
        if (v == null) return List.of();
        if (!(Values.plain(v) instanceof List<?> l)) throw PyError.value(message);
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (!(Values.plain(o) instanceof String s)) throw PyError.value(message);
            out.add(s);
        }
        return out;
    }

    /** op_flags: one list of flags for every operand, or one list per operand; readonly by default, an operand to allocate writeonly. */
    private static List<List<String>> opFlags(Object v, List<Object> items) {
        String message = "op_flags must be a tuple or array of per-op flag-tuples";
        List<List<String>> out = new ArrayList<>();
        List<?> given = v == null ? null : Values.plain(v) instanceof List<?> l ? l : null;
        if (v != null && given == null) throw PyError.value(message);
        boolean shared = given != null && (given.isEmpty() || Values.plain(given.get(0)) instanceof String);
        if (given != null && !shared && given.size() != items.size()) throw PyError.value(message);
        for (int k = 0; k < items.size(); k++) {
            List<String> f = given == null ? (items.get(k) == null ? List.of("allocate", "writeonly") : List.of("readonly"))
                    : strings(shared ? given : given.get(k), message);
            int modes = 0;
            for (String s : f) {
                if (!OP_FLAGS.contains(s)) throw PyError.value("Unexpected per-op iterator flag \"" + s + "\"");
                if (s.equals("readonly") || s.equals("readwrite") || s.equals("writeonly")) modes++;
            }
            if (modes > 1) throw PyError.value("Only one of the iterator flags READWRITE, READONLY, and WRITEONLY may be specified for an operand");
            out.add(f);
        }
        return out;
    }

    private static List<NpType> requestedTypes(Object v, int nop) {
        List<NpType> out = new ArrayList<>();
        if (v == null) {
            for (int k = 0; k < nop; k++) out.add(null);
            return out;
        }
        List<?> l = Values.plain(v) instanceof List<?> list ? list : List.of(v);
        if (l.size() != nop) throw PyError.value("op_dtypes must be a tuple/list matching the number of ops");
        for (Object o : l) out.add(o == null ? null : NpDtype.parse(o));
        return out;
    }

    private static int[] broadcastShape(List<int[]> shapes) {
        try {
            return LegacyParameters.broadcast(shapes);
        } catch (PyError e) {
            StringBuilder sb = new StringBuilder("operands could not be broadcast together with shapes ");
            for (int[] s : shapes) sb.append(Elementwise.shapeText(s)).append(' ');
            throw PyError.value(sb.toString());
        }
    }

    /** A written operand cannot be broadcast (that would be a reduction): NumPy names the axis counted from the fastest. */
    private static void checkNoReduction(int[] own, int[] shape) {
        int nd = shape.length;
        for (int i = 0; i < nd; i++) {
            int c = nd - 1 - i, d = c - (nd - own.length);
            if (shape[c] != 1 && (d < 0 || own[d] == 1))
                throw PyError.value("output operand requires a reduction along dimension " + i + ", but the reduction is not enabled."
                        + " The dimension size of 1 does not match the expected output shape.");
        }
    }

    /** An operand's step along each axis of the broadcast shape, in its own row-major positions. */
    private static int[] broadcastSteps(int[] own, int[] shape) {
        int[] rowMajor = StrideTricks.rowMajorStrides(own), out = new int[shape.length];
        for (int c = 0; c < shape.length; c++) {
            int d = c - (shape.length - own.length);
            out[c] = d < 0 || own[d] == 1 ? 0 : rowMajor[d];
        }
        return out;
    }

    /** An operand's memory strides along each axis of the broadcast shape (0 where broadcast or of length 1), as NumPy orders by. */
    private static long[] memoryStrides(NpArray x, int[] shape) {
        long[] own = Views.strides(x.data), out = new long[shape.length];
        int[] s = x.shape();
        for (int c = 0; c < shape.length; c++) {
            int d = c - (shape.length - s.length);
            out[c] = d < 0 || s[d] == 1 || shape[c] == 1 ? 0 : own[d];
        }
        return out;
    }

    /** The C (or Fortran) order index's step along each axis; 0 along an axis of length 1. */
    private static long[] indexSteps(int[] shape, boolean fortran) {
        long[] out = new long[shape.length];
        long step = 1;
        for (int i = 0; i < shape.length; i++) {
            int c = fortran ? i : shape.length - 1 - i;
            out[c] = shape[c] == 1 ? 0 : step;
            step *= shape[c];
        }
        return out;
    }

    // ---- where it is ----

    /** The C multi-index of the element at iteration position {@code at}. */
    private int[] multiIndexAt(long at) {
        int nd = shape.length;
        int[] idx = new int[nd];
        for (int i = 0; i < nd; i++) {
            int c = order.axes[i], len = shape[c];
            int k = (int) (at % len);
            at /= len;
            idx[c] = order.flipped[i] ? len - 1 - k : k;
        }
        return idx;
    }

    /** The iteration position of the element at a C multi-index. */
    private long positionOf(int[] idx) {
        long at = 0, unit = 1;
        for (int i = 0; i < shape.length; i++) {
            int c = order.axes[i], len = shape[c];
            at += (order.flipped[i] ? len - 1 - idx[c] : idx[c]) * unit;
            unit *= len;
        }
        return at;
    }

    /** How many elements one step covers: 1, or with external_loop the coalesced inner axis (a buffer's worth when buffered). */
    private long stride() {
        if (!externalLoop) return 1;
        if (buffered) return Math.min(bufferSize, size - iterindex);
        return order.loopShape.length == 0 ? 1 : order.loopShape[0];
    }

    private void checkLive() {
        if (closed || finished) throw PyError.value("Iterator is past the end");
    }

    /** Operand k at the current step: a 0-d view of its element, or with external_loop a 1-d view of the run. */
    private NpArray operandView(int k) {
        checkLive();
        int n = (int) stride();
        int[] positions = new int[n];
        for (int j = 0; j < n; j++) {
            int[] idx = multiIndexAt(iterindex + j);
            int p = 0;
            for (int c = 0; c < idx.length; c++) p += idx[c] * steps[k][c];
            positions[j] = p;
        }
        int[] viewShape = externalLoop ? new int[] {n} : new int[0];
        NpArray x = ops[k];
        Tensor view = Views.of(x.data, t -> Tensor.apply(Ops.asStrided(positions, viewShape), t), () -> positions);
        return writable[k] ? NpArray.view(view, x) : NpArray.readOnlyView(view, x);
    }

    private Object value() {
        checkLive();
        if (ops.length == 1) return operandView(0);
        List<Object> out = new ArrayList<>();
        for (int k = 0; k < ops.length; k++) out.add(operandView(k));
        return Values.tuple(out);
    }

    /** it.iternext(): on to the next step; False (and finished) past the last. */
    private boolean iternext() {
        if (closed || finished) return false;
        iterindex += stride();
        if (iterindex >= size) {
            finished = true;
            return false;
        }
        return true;
    }

    /** Asked after the loop's body, as Python's next() is: past the last step it finishes the iterator, as NumPy's does. */
    @Override
    public boolean hasNext() {
        if (closed || finished) return false;
        if (!started) return true;
        if (iterindex + stride() < size) return true;
        iterindex = size;
        finished = true;
        return false;
    }

    @Override
    public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        if (started) iterindex += stride();
        started = true;
        return value();
    }

    @Override
    public Iterator<Object> iterator() {
        return this;
    }

    private void jumpTo(long at) {
        iterindex = at;
        started = false;
        finished = false;
    }

    private void reset() {
        jumpTo(0);
        finished = size == 0;
    }

    private int[] requiredMultiIndex() {
        checkLive();
        if (!multiIndex) throw PyError.value("Iterator is not tracking a multi-index");
        return multiIndexAt(iterindex);
    }

    private long index() {
        checkLive();
        if (indexSteps == null) throw PyError.value("Iterator does not have an index");
        int[] idx = multiIndexAt(iterindex);
        long at = 0;
        for (int c = 0; c < idx.length; c++) at += idx[c] * indexSteps[c];
        return at;
    }

    @Override
    public boolean setAttribute(String name, Object value) {
        switch (name) {
            case "multi_index" -> {
                if (!multiIndex) throw PyError.value("Iterator is not tracking a multi-index");
                if (!(Values.plain(value) instanceof List<?> l)) throw PyError.value("multi_index must be set with a sequence");
                if (l.size() != shape.length) throw PyError.value("Wrong number of indices");
                int[] idx = new int[shape.length];
                for (int c = 0; c < idx.length; c++) {
                    long v = Values.toLong(l.get(c), "multi_index");
                    if (v < 0 || v >= shape[c]) throw PyError.index("Iterator GotoMultiIndex called with an out-of-bounds multi-index");
                    idx[c] = (int) v;
                }
                jumpTo(positionOf(idx));
            }
            case "index" -> {
                if (indexSteps == null) throw PyError.value("Iterator does not have an index");
                long v = Values.toLong(value, "index");
                if (v < 0 || v >= size) throw PyError.index("Iterator GotoIndex called with an out-of-bounds index");
                int[] idx = new int[shape.length];
                boolean fortran = shape.length > 1 && indexSteps[0] == 1 && shape[0] != 1;
                for (int i = 0; i < shape.length; i++) {
                    int c = fortran ? i : shape.length - 1 - i;
                    idx[c] = (int) (v % shape[c]);
                    v /= shape[c];
                }
                jumpTo(positionOf(idx));
            }
            case "iterindex" -> {
                long v = Values.toLong(value, "iterindex");
                if (v < 0 || v >= size) throw PyError.index("Iterator GotoIterIndex called with an iterindex outside the iteration range.");
                jumpTo(v);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Object ints(int[] v) {
        List<Object> out = new ArrayList<>();
        for (int x : v) out.add((long) x);
        return Values.tuple(out);
    }

    // ---- the object ----

    @Override
    public Object getItem(Object key) {
        checkLive();
        long i = Values.toLong(key, "index");
        if (i < -ops.length || i >= ops.length) throw PyError.index("Iterator operand index " + i + " is out of bounds");
        return operandView((int) (i < 0 ? i + ops.length : i));
    }

    @Override
    public void setItem(Object key, Object value) {
        NpArray view = (NpArray) getItem(key);
        Subscript.set(view, dev.adjoint.lang.Ellipsis.INSTANCE, value);
    }

    @Override
    public long length() {
        return ops.length;
    }

    @Override
    public Object enter(Interpreter interpreter) {
        return this;
    }

    @Override
    public void exit() {
        closed = true;
    }

    @Override
    public String typeName() {
        return "numpy.nditer";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    private static final AttributeTable<NdIter> ATTRIBUTES = new AttributeTable<NdIter>()
            .value("finished", it -> it.closed || it.finished)
            .value("iterindex", it -> {
                it.checkLive();
                return it.iterindex;
            })
            .value("multi_index", it -> ints(it.requiredMultiIndex()))
            .value("index", NdIter::index)
            .value("value", NdIter::value)
            .value("shape", it -> {
                it.checkLive();
                return ints(it.multiIndex ? it.shape : it.order.loopShape);
            })
            .value("ndim", it -> (long) (it.multiIndex ? it.shape.length : it.order.loopShape.length))
            .value("nop", it -> (long) it.ops.length)
            .value("itersize", it -> it.size)
            .value("iterrange", it -> Values.tuple(0L, it.size))
            .value("operands", it -> Values.tuple(new ArrayList<>(Arrays.asList((Object[]) it.ops))))
            .value("dtypes", it -> {
                List<Object> out = new ArrayList<>();
                for (NpArray x : it.ops) out.add(NpDtype.of(x.type));
                return Values.tuple(out);
            })
            .value("has_multi_index", it -> it.multiIndex)
            .value("has_index", it -> it.indexSteps != null)
            .value("has_delayed_bufalloc", it -> false)
            .value("iterationneedsapi", it -> false)
            .method("iternext", (it, a) -> it.iternext())
            .method("reset", (it, a) -> {
                it.reset();
                return null;
            })
            .method("close", (it, a) -> {
                it.closed = true;
                return null;
            })
            .method("remove_multi_index", (it, a) -> {
                it.multiIndex = false;
                it.order = it.layout();
                it.reset();
                return null;
            })
            .method("enable_external_loop", (it, a) -> {
                if (it.multiIndex || it.indexSteps != null)
                    throw PyError.value("Iterator flag EXTERNAL_LOOP cannot be used if an index or multi-index is being tracked");
                it.externalLoop = true;
                it.reset();
                return null;
            })
            .method("__enter__", (it, a) -> it)
            .method("__exit__", (it, a) -> {
                it.closed = true;
                return null;
            });

    @Override
    public AttributeTable<NdIter> attributeTable() {
        return ATTRIBUTES;
    }
}
