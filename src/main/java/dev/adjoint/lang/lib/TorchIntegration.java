package dev.adjoint.lang.lib;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Indexing;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TensorFunctions;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The trapezoid rule: trapezoid (trapz) and cumulative_trapezoid of samples y along a dim, spaced
 * by a number dx or at the points x. Composed as PyTorch composes them (Integration.cpp), so the
 * numbers, gradients and grad_fn names (DivBackward1, MulBackward1, CumsumBackward0) are PyTorch's.
 */
final class TorchIntegration {
    private TorchIntegration() {}

    static void addTo(PyModule m) {
        m.add(Builtin.of("trapezoid", a -> integrate(a, false, "trapezoid")));
        m.add(Builtin.of("trapz", a -> integrate(a, false, "trapezoid")));
        m.add(Builtin.of("cumulative_trapezoid", a -> integrate(a, true, "cumulative_trapezoid")));
    }

    private static Tensor integrate(Args given, boolean cumulative, String kernel) {
        Args a = given.positionalFrom("y", "x").expect(1, 2, "dx", "dim");
        Tensor y = TorchArgs.tensor(a, a.get(0));
        Object x = a.size() > 1 ? Values.plain(a.get(1)) : null, dx = Values.plain(a.keyword("dx"));
        if ((x != null && (dx != null || !(x instanceof Tensor))) || (dx != null && !PyNumbers.isNumber(dx))) throw overloads(a, x, dx);
        int dim = TensorFunctions.wrapDim(Values.toLong(Values.plain(a.option(-1, "dim", -1L)), "dim"), y.ndim());
        if (!cumulative && y.shape()[dim] == 0) return Tensor.constant(NDArray.zeros(without(y.shape(), dim)), y.dtype());
        if (y.dtype() == DType.BOOL || (x instanceof Tensor t && t.dtype() == DType.BOOL))
            throw new AutogradException(kernel + ": received a bool input for `" + (x instanceof Tensor ? "x` or `y" : "y") + "`, but bool is not supported");
        int size = y.shape()[dim];
        Tensor left = slice(y, dim, 0, Math.max(size - 1, 0)), right = slice(y, dim, Math.min(1, size), size);
        if (x instanceof Tensor points) {
            Tensor spacing = spacing(points, y, dim, kernel);
            Tensor sum = Ops.mul(Ops.add(left, right), spacing);
            return Ops.divScalar(cumulative ? Ops.cumsum(sum, dim) : Ops.sum(sum, new int[] {dim}, false), 2);
        }
        double h = dx == null ? 1 : PyNumbers.toDouble(dx);
        if (cumulative) return Ops.cumsum(Ops.mulScalar(Ops.add(left, right), h / 2), dim);
        Tensor ends = Ops.add(pick(y, dim, new Index.At(0)), pick(y, dim, new Index.At(size - 1)));
        return Ops.mulScalar(Ops.sub(Ops.sum(y, new int[] {dim}, false), Ops.mulScalar(ends, 0.5)), h);
    }

    /** The differences of the points x along dim: a vector stands along dim, a tensor of fewer dims gets leading 1s. */
    private static Tensor spacing(Tensor x, Tensor y, int dim, String kernel) {
        Tensor viewed = x;
        if (x.ndim() == 1) {
            if (x.shape()[0] != y.shape()[dim]) throw new AutogradException(kernel + ": There must be one `x` value for each sample point");
            int[] s = new int[y.ndim()];
            java.util.Arrays.fill(s, 1);
            s[dim] = x.shape()[0];
            viewed = Ops.reshape(x, s);
        } else if (x.ndim() < y.ndim()) {
            int[] s = new int[y.ndim()];
            java.util.Arrays.fill(s, 1);
            System.arraycopy(x.shape(), 0, s, y.ndim() - x.ndim(), x.ndim());
            viewed = Ops.reshape(x, s);
        }
        int n = viewed.shape()[dim];
        return Ops.sub(slice(viewed, dim, Math.min(1, n), n), slice(viewed, dim, 0, Math.max(n - 1, 0)));
    }

    private static Tensor slice(Tensor t, int dim, int from, int to) {
        return pick(t, dim, new Index.Slice(from, to, null));
    }

    /** t[:, ..., item] with item at dim (a slice, or one index: select). */
    private static Tensor pick(Tensor t, int dim, Index item) {
        List<Object> items = new ArrayList<>(Collections.nCopies(dim, Index.Slice.ALL));
        items.add(item);
        return Indexing.get(t, items);
    }

    private static int[] without(int[] shape, int dim) {
        int[] out = new int[shape.length - 1];
        for (int i = 0, k = 0; i < shape.length; i++) if (i != dim) out[k++] = shape[i];
        return out;
    }

    /** PyTorch's overload error: x and dx together, or x given as a number. */
    private static PyError overloads(Args a, Object x, Object dx) {
        List<String> got = new ArrayList<>();
        got.add("Tensor");
        if (x != null) got.add(Values.typeName(x));
        if (dx != null) got.add("dx=" + Values.typeName(dx));
        if (a.keyword("dim") != null) got.add("dim=" + Values.typeName(a.keyword("dim")));
        boolean trapz = a.function().equals("trapz");
        return PyError.type(a.function() + "() received an invalid combination of arguments - got (" + String.join(", ", got) + "), but expected one of:\n"
                + (trapz ? " * (Tensor y, *, float dx, int dim)\n * (Tensor y, Tensor x, *, int dim)\n"
                        : " * (Tensor y, Tensor x, *, int dim)\n * (Tensor y, *, Number dx, int dim)\n"));
    }
}
