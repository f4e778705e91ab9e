package dev.adjoint.lang.lib;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * torch's functions that build a tensor from the entries of others: block_diag (the inputs as
 * blocks down the diagonal, BlockDiagBackward0), cartesian_prod and combinations (the tuples as
 * rows, StackBackward0) and vander (the powers of a vector as columns, by cumprod as PyTorch,
 * FlipBackward0), with PyTorch's checks and messages. Gradients flow to every entry used.
 */
final class TorchCombining {
    private TorchCombining() {}

    static void addTo(PyModule m) {
        m.add(Builtin.of("block_diag", TorchCombining::blockDiag));
        m.add(Builtin.of("cartesian_prod", TorchCombining::cartesianProd));
        m.add(Builtin.of("combinations", TorchCombining::combinations));
        m.add(Builtin.of("vander", TorchCombining::vander));
    }

    /** block_diag(*tensors): 0-d and 1-d inputs count as one row; the result's type is the inputs' common type. */
    private static Object blockDiag(Args a) {
        a.expect(0, Integer.MAX_VALUE);
        List<Tensor> blocks = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Tensor t = Values.node(a.get(i));
            if (t == null) throw PyError.type("expected Tensor as element " + i + " in argument 0, but got " + Values.typeName(a.get(i)));
            if (t.ndim() > 2)
                throw new AutogradException("torch.block_diag: Input tensors must have 2 or fewer dimensions. Input " + i + " has " + t.ndim() + " dimensions");
            blocks.add(t);
        }
        if (blocks.isEmpty()) return Tensor.constant(NDArray.zeros(1, 0));
        DType type = DType.of(blocks.toArray(new Tensor[0]));
        int rows = 0, cols = 0, entries = 0;
        for (Tensor t : blocks) {
            rows += rowsOf(t);
            cols += colsOf(t);
            entries += t.value().size();
        }
        int[] positions = new int[entries];
        List<Tensor> flat = new ArrayList<>();
        int k = 0, top = 0, left = 0;
        for (Tensor t : blocks) {
            int r = rowsOf(t), c = colsOf(t);
            for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) positions[k++] = (top + i) * cols + left + j;
            top += r;
            left += c;
            flat.add(Ops.reshape(t.dtype() == type ? t : t.to(type), r * c));
        }
        return Ops.placed(flat.size() == 1 ? flat.get(0) : Ops.concat(flat, 0), positions, new int[] {rows, cols}, "BlockDiagBackward0");
    }

    private static int rowsOf(Tensor t) {
        return t.ndim() == 2 ? t.shape()[0] : 1;
    }

    private static int colsOf(Tensor t) {
        return t.ndim() == 0 ? 1 : t.shape()[t.ndim() - 1];
    }

    /** cartesian_prod(*tensors): every tuple of one entry from each vector, in row-major order (one vector comes back itself). */
    private static Object cartesianProd(Args a) {
        a.expect(1, Integer.MAX_VALUE);
        List<Tensor> vs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) vs.add(vector(TorchArgs.tensor(a, a.get(i))));
        if (vs.size() == 1) return vs.get(0);
        for (Tensor v : vs) if (v.dtype() != vs.get(0).dtype()) throw new AutogradException("meshgrid expects all tensors to have the same dtype");
        int n = 1;
        for (Tensor v : vs) n *= v.shape()[0];
        List<Tensor> columns = new ArrayList<>();
        int repeat = n; // how many rows one entry of the vector spans
        for (Tensor v : vs) {
            int len = v.shape()[0];
            repeat = len == 0 ? 0 : repeat / len;
            int[] positions = new int[n];
            for (int row = 0; row < n; row++) positions[row] = row / repeat % len;
            columns.add(Ops.take(v, positions, new int[] {n}));
        }
        return Ops.stack(columns, 1);
    }

    private static Tensor vector(Tensor t) {
        if (t.ndim() != 1) throw new AutogradException("Expect a 1D vector, but got shape " + Tensor.torchShape(t.shape()));
        return t;
    }

    /** combinations(input, r=2, with_replacement=False): the r-tuples of entries in index order, as rows. */
    private static Object combinations(Args given) {
        Args a = given.positionalFrom("input").expect(1, 3, "r", "with_replacement");
        Tensor v = vector(TorchArgs.tensor(a, a.get(0)));
        long r = Values.toLong(Values.plain(a.option(1, "r", 2L)), "r");
        boolean replacement = Values.truthy(a.option(2, "with_replacement", false));
        if (r < 0) throw new AutogradException("Expect a non-negative number, but got " + r);
        if (r == 0) return Tensor.constant(NDArray.zeros(0), v.dtype());
        List<int[]> tuples = new ArrayList<>();
        addTuples(tuples, new int[(int) r], 0, 0, v.shape()[0], replacement);
        List<Tensor> columns = new ArrayList<>();
        for (int c = 0; c < r; c++) {
            int[] positions = new int[tuples.size()];
            for (int i = 0; i < positions.length; i++) positions[i] = tuples.get(i)[c];
            columns.add(Ops.take(v, positions, new int[] {positions.length}));
        }
        return Ops.stack(columns, 1);
    }

    /** Every tuple of indices below n from {@code from} on, ascending (non-decreasing with replacement), in lexicographic order. */
    private static void addTuples(List<int[]> out, int[] tuple, int at, int from, int n, boolean replacement) {
        if (at == tuple.length) {
            out.add(tuple.clone());
            return;
        }
        for (int i = from; i < n; i++) {
            tuple[at] = i;
            addTuples(out, tuple, at + 1, replacement ? i : i + 1, n, replacement);
        }
    }

    /** vander(x, N=None, increasing=False): columns x^(N-1) ... x^0, the powers by cumulative products as PyTorch computes them. */
    private static Object vander(Args given) {
        Args a = given.positionalFrom("x").expect(1, 3, "N", "increasing");
        Tensor x = TorchArgs.tensor(a, a.get(0));
        if (x.ndim() != 1) throw new AutogradException("x must be a one-dimensional tensor.");
        Object n = Values.plain(a.option(1, "N", null));
        long columns = n == null ? x.shape()[0] : Values.toLong(n, "N");
        if (columns < 0) throw new AutogradException("N must be non-negative.");
        boolean increasing = Values.truthy(a.option(2, "increasing", false));
        int rows = x.shape()[0], c = (int) columns;
        DType type = DType.promote(x.dtype(), DType.INT64);
        Tensor xs = x.dtype() == type ? x : x.to(type);
        Tensor result;
        if (c == 0) result = Tensor.constant(NDArray.zeros(rows, 0), type);
        else {
            Tensor ones = Tensor.constant(NDArray.ones(rows, 1), type);
            result = c == 1 ? ones : Ops.cumprod(Ops.concat(List.of(ones, Ops.expand(Ops.unsqueeze(xs, 1), rows, c - 1)), 1), 1);
        }
        return increasing ? result : Ops.flip(result, new int[] {1});
    }
}
