package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.scope.Scope;
import java.util.function.BiConsumer;

/**
 * PyTorch's functions that pick a tensor's entries in another order or by flat position: ravel,
 * fliplr, flipud, rot90, take and take_along_dim, with PyTorch's checks, messages and grad_fn names
 * (ViewBackward0, FlipBackward0, Rot90Backward0, TakeBackward0, GatherBackward0).
 */
final class PickingFunctions {
    private PickingFunctions() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("ravel", a -> { // contiguous().view(-1), as PyTorch: a copy only when x is not contiguous
            Tensor x = TensorFunctions.self(a.expect(1, 1));
            Tensor c = Views.isContiguous(x) ? x : Ops.clone(x);
            int n = x.value().size();
            return Views.of(c, y -> Ops.view(y, n));
        });
        add.accept("fliplr", a -> flipped(a, 2, 1));
        add.accept("flipud", a -> flipped(a, 1, 0));
        add.accept("rot90", PickingFunctions::rot90);
        add.accept("take", PickingFunctions::take);
        add.accept("take_along_dim", PickingFunctions::takeAlongDim);
    }

    private static Tensor flipped(Args a, int rank, int dim) {
        Tensor x = TensorFunctions.self(a.positionalFrom("input").expect(1, 1));
        if (x.ndim() < rank) throw new AutogradException("Input must be >= " + rank + "-d.");
        return Ops.flip(x, new int[] {dim});
    }

    /** rot90(k=1, dims=[0, 1]): k quarter turns from dims[0] towards dims[1], a copy (Rot90Backward0). */
    private static Tensor rot90(Args a) {
        a = a.positionalFrom("input", "k", "dims");
        Tensor x = TensorFunctions.self(a.expect(1, 3));
        long k = a.size() > 1 ? Values.toLong(Values.plain(a.get(1)), "k") : 1;
        int[] dims = a.size() > 2 ? a.ints(Values.plain(a.get(2)), "dims") : new int[] {0, 1};
        if (dims.length != 2) throw new AutogradException("expected total rotation dims == 2, but got dims = " + dims.length);
        if (x.ndim() < 2) throw new AutogradException("expected total dims >= 2, but got total dims = " + x.ndim());
        if (dims[0] == dims[1] || Math.abs(dims[0] - dims[1]) == x.ndim()) // PyTorch checks the dims as given, before wrapping them
            throw new AutogradException("expected rotation dims to be different, but got dim0 = " + dims[0] + " and dim1 = " + dims[1]);
        int d0 = TensorFunctions.wrapDim(dims[0], x.ndim()), d1 = TensorFunctions.wrapDim(dims[1], x.ndim());
        int turns = (int) Math.floorMod(k, 4L);
        Tensor p;
        try (Scope s = GradMode.noGrad()) { // where each entry of the result comes from
            p = Tensor.constant(NDArray.arange(0, Shapes.size(x.shape()), 1).reshape(x.shape()));
            p = switch (turns) {
                case 1 -> Ops.transpose(Ops.flip(p, new int[] {d1}), d0, d1);
                case 2 -> Ops.flip(p, new int[] {d0, d1});
                case 3 -> Ops.transpose(Ops.flip(p, new int[] {d0}), d0, d1);
                default -> p;
            };
        }
        return Ops.take(x, positions(p.value()), p.shape(), "Rot90Backward0");
    }

    /** take(index): the entries at flat positions of x (negative ones from the end), shaped as index (TakeBackward0). */
    private static Tensor take(Args a) {
        a = a.positionalFrom("input", "index");
        Tensor x = TensorFunctions.self(a.expect(2, 2));
        Tensor index = TensorFunctions.tensor(a, a.get(1), "index", 2);
        if (index.dtype() != DType.INT64) throw new AutogradException("take(): Expected a long tensor for index, but got " + index.dtype().scalarName());
        int n = x.value().size();
        int[] p = positions(index.value());
        for (int i = 0; i < p.length; i++) {
            if (p[i] < -n || p[i] >= n) throw PyError.index("out of range: tried to access index " + p[i] + " on a tensor of " + n + " elements.");
            if (p[i] < 0) p[i] += n;
        }
        return Ops.take(x, p, index.shape(), "TakeBackward0");
    }

    /** take_along_dim(indices, dim=None): gather along dim after broadcasting x and indices in the other dims; without dim, of the flattened x. */
    private static Tensor takeAlongDim(Args a) {
        a = a.positionalFrom("input", "indices", "dim");
        Tensor x = TensorFunctions.self(a.expect(2, 3));
        Tensor index = TensorFunctions.tensor(a, a.get(1), "indices", 2);
        if (index.dtype() != DType.INT64)
            throw new AutogradException("torch.take_along_dim(): dtype of indices should be Long but got " + index.dtype().scalarName());
        Object d = a.size() > 2 ? a.get(2) : null;
        if (d == null) {
            int n = x.value().size(), m = index.value().size();
            return Ops.gather(TensorFunctions.reshape(x, y -> Ops.reshape(y, n)), 0, Tensor.constant(index.value().reshape(m), DType.INT64));
        }
        if (x.ndim() != index.ndim())
            throw new AutogradException("torch.take_along_dim(): input and indices should have the same number of dimensions, but got " + x.ndim()
                    + " dimensions for input, and " + index.ndim() + " dimensions for indices");
        int dim = TensorFunctions.dim(a, d, Math.max(x.ndim(), 1));
        int[] xs = x.shape().clone(), is = index.shape().clone();
        if (xs.length > 0) {
            xs[dim] = 1;
            is[dim] = 1;
        }
        int[] common = Shapes.broadcast(xs, is), xShape = common.clone(), iShape = common.clone();
        if (common.length > 0) {
            xShape[dim] = x.shape()[dim];
            iShape[dim] = index.shape()[dim];
        }
        Tensor input = java.util.Arrays.equals(xShape, x.shape()) ? x : Views.of(x, y -> Ops.broadcastTo(y, xShape));
        return Ops.gather(input, dim, Tensor.constant(index.value().broadcastTo(iShape), DType.INT64));
    }

    private static int[] positions(NDArray v) {
        double[] d = v.toArray();
        int[] p = new int[d.length];
        for (int i = 0; i < p.length; i++) p[i] = (int) d[i];
        return p;
    }
}
