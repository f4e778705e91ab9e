package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.List;

/** NumPy's products of whole arrays beyond dot and matmul: np.kron and np.tensordot, built as NumPy builds them. */
final class Products {
    private Products() {}

    static void add(PyModule m) {
        m.add(Builtin.of("kron", Products::kron));
        m.add(Builtin.of("tensordot", Products::tensordot));
        m.add(Builtin.of("inner", Products::inner));
        m.add(Builtin.of("vdot", a -> {
            a.expect(2, 2);
            NpArray p = ArrayFunctions.flat(Operand.required(a.get(0), "vdot")), q = ArrayFunctions.flat(Operand.required(a.get(1), "vdot"));
            if (p.size() != q.size()) throw PyError.value("cannot reshape array of size " + q.size() + " into shape (" + p.size() + ",)");
            return ArrayFunctions.dot(p, q);
        }));
    }

    /**
     * np.kron(a, b): every product a[i] * b[j] at index i * b.shape + j, axis by axis (the shorter
     * shape padded with leading 1s), multiplied by NumPy's multiply in the promoted type; a 0-d
     * operand is a plain multiply (value-based casting, a scalar result).
     */
    private static Object kron(Args a) {
        a.expect(2, 2);
        NpArray p = Operand.required(a.get(0), "kron"), q = Operand.required(a.get(1), "kron");
        NpArray r;
        if (p.ndim() == 0 || q.ndim() == 0) r = Elementwise.binary(TokenType.STAR, p, q);
        else {
            int nd = Math.max(p.ndim(), q.ndim());
            int[] ps = padded(p.shape(), nd), qs = padded(q.shape(), nd), shape = new int[nd];
            for (int d = 0; d < nd; d++) shape[d] = ps[d] * qs[d];
            int n = Shapes.size(shape);
            int[] pStrides = Shapes.rowMajorStrides(ps), qStrides = Shapes.rowMajorStrides(qs), strides = Shapes.rowMajorStrides(shape);
            double[] pv = p.values().compact().toArray(), qv = q.values().compact().toArray(), left = new double[n], right = new double[n];
            for (int i = 0; i < n; i++) {
                int pi = 0, qi = 0;
                for (int d = 0; d < nd; d++) {
                    int at = i / strides[d] % shape[d];
                    pi += at / qs[d] * pStrides[d];
                    qi += at % qs[d] * qStrides[d];
                }
                left[i] = pv[pi];
                right[i] = qv[qi];
            }
            r = Elementwise.binary(TokenType.STAR, NpArray.of(NDArray.of(left, shape), p.type), NpArray.of(NDArray.of(right, shape), q.type));
        }
        r.issuePending(a.interpreter(), a.span());
        return NpArray.box(r);
    }

    private static int[] padded(int[] s, int nd) {
        int[] out = new int[nd];
        java.util.Arrays.fill(out, 1);
        System.arraycopy(s, 0, out, nd - s.length, s.length);
        return out;
    }

    /**
     * np.tensordot(a, b, axes=2): the sum over a's axes_a and b's axes_b (an int n: a's last n and
     * b's first n), as NumPy computes it: both transposed and reshaped to matrices, multiplied by
     * dot, reshaped to a's other axes then b's; a 0-d result stays an array, as NumPy's.
     */
    static Object tensordot(Args a) {
        a.expect(2, 3, "axes");
        NpArray p = Operand.required(a.get(0), "tensordot"), q = Operand.required(a.get(1), "tensordot");
        Object axes = a.option(2, "axes", 2L);
        List<Integer> axesA = new ArrayList<>(), axesB = new ArrayList<>();
        if (Values.plain(axes) instanceof List<?> pair) {
            if (pair.size() > 2) throw PyError.value("too many values to unpack (expected 2)");
            if (pair.size() < 2) throw PyError.value("not enough values to unpack (expected 2, got " + pair.size() + ")");
            for (int k : a.ints(pair.get(0), "axes")) axesA.add(k);
            for (int k : a.ints(pair.get(1), "axes")) axesB.add(k);
        } else {
            if (Values.plain(axes) instanceof Double) throw PyError.type("'float' object cannot be interpreted as an integer");
            int n = a.intValue(axes, "axes");
            for (int k = -n; k < 0; k++) axesA.add(k);
            for (int k = 0; k < n; k++) axesB.add(k);
        }
        int[] as = p.shape(), bs = q.shape();
        boolean equal = axesA.size() == axesB.size();
        for (int k = 0; equal && k < axesA.size(); k++) {
            int i = index(axesA.get(k), as.length), j = index(axesB.get(k), bs.length);
            if (as[i] != bs[j]) equal = false;
            axesA.set(k, i);
            axesB.set(k, j);
        }
        if (!equal) throw PyError.value("shape-mismatch for sum");
        List<Integer> keptA = others(as.length, axesA), keptB = others(bs.length, axesB);
        List<Integer> orderA = new ArrayList<>(keptA), orderB = new ArrayList<>(axesB);
        orderA.addAll(axesA);
        orderB.addAll(keptB);
        int summed = product(as, axesA);
        NpArray at = matrix(p, orderA, product(as, keptA), summed), bt = matrix(q, orderB, summed, product(bs, keptB));
        int[] shape = new int[keptA.size() + keptB.size()];
        for (int k = 0; k < keptA.size(); k++) shape[k] = as[keptA.get(k)];
        for (int k = 0; k < keptB.size(); k++) shape[keptA.size() + k] = bs[keptB.get(k)];
        NpArray r = Elementwise.matmul(at, bt);
        return NpArray.of(r.values().reshape(shape), r.type);
    }

    /**
     * np.inner(a, b): the sums of products over both last axes, shaped a's other axes then b's, as
     * NumPy's dot of a with b's last axis moved first; a 0-d operand multiplies.
     */
    private static Object inner(Args a) {
        a.expect(2, 2);
        NpArray p = Operand.required(a.get(0), "inner"), q = Operand.required(a.get(1), "inner");
        if (p.ndim() == 0 || q.ndim() == 0) return ArrayFunctions.dot(p, q); // a scalar times an array, as dot computes it
        int[] as = p.shape(), bs = q.shape();
        int n = as[as.length - 1];
        List<Integer> orderA = others(as.length, List.of()), keptB = others(bs.length - 1, List.of()), orderB = new ArrayList<>();
        orderB.add(bs.length - 1);
        orderB.addAll(keptB);
        if (bs[bs.length - 1] != n) {
            int[] moved = new int[bs.length];
            for (int k = 0; k < bs.length; k++) moved[k] = bs[orderB.get(k)];
            throw PyError.value("shapes " + Elementwise.shapeText(as) + " and " + Elementwise.shapeText(moved) + " not aligned: " + n + " (dim "
                    + (as.length - 1) + ") != " + bs[bs.length - 1] + " (dim 0)");
        }
        List<Integer> keptA = others(as.length - 1, List.of());
        NpArray at = matrix(p, orderA, product(as, keptA), n), bt = matrix(q, orderB, n, product(bs, keptB));
        int[] shape = new int[as.length + bs.length - 2];
        System.arraycopy(as, 0, shape, 0, as.length - 1);
        System.arraycopy(bs, 0, shape, as.length - 1, bs.length - 1);
        NpArray r = Elementwise.matmul(at, bt);
        return NpArray.box(NpArray.of(r.values().reshape(shape), r.type));
    }

    /** An axis of the operands' shapes, as Python indexes a shape tuple (IndexError past its ends). */
    private static int index(int k, int ndim) {
        if (k < -ndim || k >= ndim) throw PyError.index("tuple index out of range");
        return k < 0 ? k + ndim : k;
    }

    private static List<Integer> others(int ndim, List<Integer> axes) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < ndim; k++) if (!axes.contains(k)) out.add(k);
        return out;
    }

    private static int product(int[] shape, List<Integer> axes) {
        int n = 1;
        for (int k : axes) n *= shape[k];
        return n;
    }

    private static NpArray matrix(NpArray x, List<Integer> order, int rows, int cols) {
        int[] perm = order.stream().mapToInt(Integer::intValue).toArray();
        return NpArray.of(x.values().permute(perm).compact().reshape(rows, cols), x.type);
    }
}
