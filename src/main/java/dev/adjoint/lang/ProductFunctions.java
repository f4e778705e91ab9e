package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * PyTorch's products beyond matmul: kron, tensordot, inner, ger, vdot, addmv, addbmm, baddbmm and
 * cross, composed from mul, matmul and the shape ops as PyTorch composes them, so the grad_fn names
 * are PyTorch's (UnsafeViewBackward0 of kron, ReshapeAliasBackward0 of tensordot and inner), with
 * PyTorch's checks and messages.
 */
final class ProductFunctions {
    private ProductFunctions() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("kron", a -> {
            a = a.positionalFrom("input", "other");
            return kron(TensorFunctions.self(a.expect(2, 2)), TensorFunctions.tensor(a, a.get(1), "other", 2));
        });
        add.accept("tensordot", ProductFunctions::tensordot);
        add.accept("inner", a -> {
            a = a.positionalFrom("input", "other");
            Tensor x = TensorFunctions.self(a.expect(2, 2)), y = TensorFunctions.tensor(a, a.get(1), "other", 2);
            if (x.ndim() == 0 || y.ndim() == 0) return Ops.mul(x, y);
            int kx = x.shape()[x.ndim() - 1], ky = y.shape()[y.ndim() - 1];
            if (kx != ky)
                throw new AutogradException("inner() the last dimension must match on both input tensors but got shapes " + Tensor.torchShape(x.shape())
                        + " and " + Tensor.torchShape(y.shape()));
            return contract(x, y, new int[] {x.ndim() - 1}, new int[] {y.ndim() - 1});
        });
        add.accept("ger", a -> {
            a = a.positionalFrom("input", "vec2");
            Tensor x = TensorFunctions.self(a.expect(2, 2)), y = TensorFunctions.tensor(a, a.get(1), "vec2", 2);
            for (Tensor t : List.of(x, y))
                if (t.ndim() != 1) throw new AutogradException("outer: Expected 1-D argument " + (t == x ? "self" : "vec2") + ", but got " + t.ndim() + "-D");
            return Ops.mul(Ops.unsqueeze(x, 1), y);
        });
        add.accept("vdot", a -> {
            a = a.positionalFrom("input", "other");
            Tensor x = TensorFunctions.self(a.expect(2, 2)), y = TensorFunctions.tensor(a, a.get(1), "other", 2);
            if (x.ndim() != 1 || y.ndim() != 1) throw new AutogradException("1D tensors expected, but got " + x.ndim() + "D and " + y.ndim() + "D tensors");
            if (x.shape()[0] != y.shape()[0])
                throw new AutogradException("inconsistent tensor size, expected tensor [" + x.shape()[0] + "] and src [" + y.shape()[0]
                        + "] to have the same number of elements, but got " + x.shape()[0] + " and " + y.shape()[0] + " elements respectively");
            return Ops.vdot(x, y);
        });
        add.accept("addmv", a -> {
            a = a.positionalFrom("input", "mat", "vec");
            Tensor input = TensorFunctions.self(a.expect(3, 3, "beta", "alpha"));
            Tensor m = TensorFunctions.tensor(a, a.get(1), "mat", 2), v = TensorFunctions.tensor(a, a.get(2), "vec", 3);
            if (m.ndim() != 2 || v.ndim() != 1 || input.ndim() > 1)
                throw new AutogradException("vector + matrix @ vector expected, got " + input.ndim() + ", " + m.ndim() + ", " + v.ndim());
            int n = input.ndim() == 0 ? 1 : input.shape()[0];
            if (m.shape()[1] != v.shape()[0] || (n != 1 && n != m.shape()[0]))
                throw new AutogradException("size mismatch, got " + n + ", " + m.shape()[0] + "x" + m.shape()[1] + "," + v.shape()[0]);
            return scaled(a, input, Ops.matmul(m, v), "AddmvBackward0");
        });
        add.accept("addbmm", a -> {
            a = a.positionalFrom("input", "batch1", "batch2");
            Tensor input = TensorFunctions.self(a.expect(3, 3, "beta", "alpha"));
            Tensor b1 = TensorFunctions.tensor(a, a.get(1), "batch1", 2), b2 = TensorFunctions.tensor(a, a.get(2), "batch2", 3);
            if (b1.ndim() != 3 || b2.ndim() != 3) throw new AutogradException((b1.ndim() != 3 ? "batch1" : "batch2") + " must be a 3D tensor");
            if (b1.shape()[0] != b2.shape()[0])
                throw new AutogradException("batch1 and batch2 must have same number of batches, got " + b1.shape()[0] + " and " + b2.shape()[0]);
            if (b1.shape()[2] != b2.shape()[1])
                throw new AutogradException("Incompatible matrix sizes for bmm (" + b1.shape()[1] + "x" + b1.shape()[2] + " and " + b2.shape()[1] + "x" + b2.shape()[2] + ")");
            double[] factors = factors(a, b1);
            return Ops.addbmm(input, b1, b2, factors[0], factors[1]);
        });
        add.accept("baddbmm", a -> {
            a = a.positionalFrom("input", "batch1", "batch2");
            Tensor input = TensorFunctions.self(a.expect(3, 3, "beta", "alpha"));
            Tensor b1 = TensorFunctions.tensor(a, a.get(1), "batch1", 2), b2 = TensorFunctions.tensor(a, a.get(2), "batch2", 3);
            if (b1.ndim() != 3 || b2.ndim() != 3) throw new AutogradException((b1.ndim() != 3 ? "batch1" : "batch2") + " must be a 3D tensor");
            if (b1.shape()[0] != b2.shape()[0] || b1.shape()[2] != b2.shape()[1])
                throw new AutogradException("Expected size for first two dimensions of batch2 tensor to be: [" + b1.shape()[0] + ", " + b1.shape()[2]
                        + "] but got: [" + b2.shape()[0] + ", " + b2.shape()[1] + "].");
            double[] factors = factors(a, b1);
            return Ops.baddbmm(input, b1, b2, factors[0], factors[1]);
        });
        add.accept("cross", a -> { // torch.cross(input, other, dim=None): without dim the first dim of size 3
            a = a.positionalFrom("input", "other", "dim");
            Tensor x = TensorFunctions.self(a.expect(2, 3)), y = TensorFunctions.tensor(a, a.get(1), "other", 2);
            Object d = a.size() > 2 ? a.get(2) : null;
            if (d != null) return Ops.cross(x, y, (int) Values.toLong(Values.plain(d), "dim"));
            for (int i = 0; i < x.ndim(); i++) if (x.shape()[i] == 3) return Ops.cross(x, y, i); // the input's first (PyTorch 1.13 looks at it alone)
            throw new AutogradException("no dimension of size 3 in input");
        });
    }

    /** beta·input + alpha·product (beta=, alpha= by keyword; integer tensors take them as integers, as PyTorch). */
    private static Tensor scaled(Args a, Tensor input, Tensor product, String torchName) {
        double[] factors = factors(a, product);
        return Ops.addProduct(input, product, factors[0], factors[1], torchName);
    }

    /** beta= and alpha= (by keyword, 1 by default), as integers for an integer product. */
    private static double[] factors(Args a, Tensor product) {
        double beta = TensorFunctions.number(a, -1, "beta", 1), alpha = TensorFunctions.number(a, -1, "alpha", 1);
        return product.dtype().isFloating() ? new double[] {beta, alpha} : new double[] {(long) beta, (long) alpha};
    }

    /** kron: every product of an entry of x with one of y, the blocks laid out as x's entries (x and y padded to one rank). */
    private static Tensor kron(Tensor x, Tensor y) {
        int n = Math.max(x.ndim(), y.ndim());
        int[] xs = padded(x.shape(), n), ys = padded(y.shape(), n), xi = new int[2 * n], yi = new int[2 * n], out = new int[n];
        for (int i = 0; i < n; i++) {
            xi[2 * i] = xs[i];
            xi[2 * i + 1] = 1;
            yi[2 * i] = 1;
            yi[2 * i + 1] = ys[i];
            out[i] = xs[i] * ys[i];
        }
        Tensor products = Ops.mul(Ops.reshape(x, xi), Ops.reshape(y, yi));
        return Ops.take(products, identity(Shapes.size(out)), out, "UnsafeViewBackward0");
    }

    private static int[] padded(int[] s, int n) {
        int[] out = new int[n];
        Arrays.fill(out, 1);
        System.arraycopy(s, 0, out, n - s.length, s.length);
        return out;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }

    /** tensordot(a, b, dims=2): dims an int (a's last dims against b's first) or a pair of lists of dims. */
    private static Tensor tensordot(Args a) {
        a = a.positionalFrom("a", "b", "dims");
        Tensor x = TensorFunctions.tensor(a, a.expect(2, 3, "out").get(0), "a", 1), y = TensorFunctions.tensor(a, a.get(1), "b", 2);
        Object dims = Values.plain(a.size() > 2 ? a.get(2) : 2L);
        int[] dx, dy;
        if (PyNumbers.isInt(dims) && !(dims instanceof Boolean)) {
            long k = Values.toLong(dims, "dims");
            if (k < 0) throw new AutogradException("tensordot expects dims >= 0, but got dims=" + k);
            dx = new int[(int) k];
            dy = new int[(int) k];
            for (int i = 0; i < k; i++) {
                dx[i] = (int) (i - k);
                dy[i] = i;
            }
        } else if (dims instanceof List<?> pair && pair.size() == 2) {
            dx = dimList(Values.plain(pair.get(0)), "dims_self", 3);
            dy = dimList(Values.plain(pair.get(1)), "dims_other", 4);
        } else throw PyError.type("tensordot expects dims to be an int or a pair of lists of dims, not " + Values.typeName(dims));
        if (dx.length != dy.length) throw new AutogradException("both dimension lists should have same length");
        int[] cx = new int[dx.length], cy = new int[dy.length];
        for (int i = 0; i < dx.length; i++) {
            cx[i] = contractedDim(dx[i], x);
            cy[i] = contractedDim(dy[i], y);
            if (x.shape()[cx[i]] != y.shape()[cy[i]])
                throw new AutogradException("contracted dimensions need to match, but first has size " + x.shape()[cx[i]] + " in dim " + dx[i]
                        + " and second has size " + y.shape()[cy[i]] + " in dim " + dy[i]);
        }
        return contract(x, y, cx, cy);
    }

    /** A contracted dim of t, in range (a 0-d tensor has none to give: PyTorch's IndexError). */
    private static int contractedDim(int d, Tensor t) {
        if (t.ndim() == 0) throw PyError.index("Dimension specified as " + d + " but tensor has no dimensions");
        return TensorFunctions.wrapDim(d, t.ndim());
    }

    private static int[] dimList(Object v, String name, int position) {
        if (PyNumbers.isInt(v)) throw PyError.type("tensordot(): argument '" + name + "' (position " + position + ") must be tuple of ints, not int");
        List<?> items = Values.items(v);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = (int) Values.toLong(Values.plain(items.get(i)), name);
        return out;
    }

    /** x's dims cx contracted with y's dims cy: both permuted and flattened to matrices, one mm, the free dims restored. */
    private static Tensor contract(Tensor x, Tensor y, int[] cx, int[] cy) {
        List<Integer> freeX = free(x.ndim(), cx), freeY = free(y.ndim(), cy);
        int[] px = new int[x.ndim()], py = new int[y.ndim()], outShape = new int[freeX.size() + freeY.size()];
        int rows = 1, cols = 1, inner = 1, k = 0;
        for (int d : freeX) {
            px[k++] = d;
            rows *= x.shape()[d];
        }
        for (int d : cx) {
            px[k++] = d;
            inner *= x.shape()[d];
        }
        k = 0;
        for (int d : cy) py[k++] = d;
        for (int d : freeY) {
            py[k++] = d;
            cols *= y.shape()[d];
        }
        k = 0;
        for (int d : freeX) outShape[k++] = x.shape()[d];
        for (int d : freeY) outShape[k++] = y.shape()[d];
        Tensor mx = Ops.reshape(Ops.permute(x, px), rows, inner), my = Ops.reshape(Ops.permute(y, py), inner, cols);
        return Ops.reshapeAlias(Ops.matmul(mx, my), outShape);
    }

    private static List<Integer> free(int ndim, int[] contracted) {
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < ndim; d++) {
            boolean used = false;
            for (int c : contracted) used |= c == d;
            if (!used) out.add(d);
        }
        return out;
    }
}
