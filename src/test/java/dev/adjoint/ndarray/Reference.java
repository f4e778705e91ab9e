package dev.adjoint.ndarray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Slow, obviously-correct reference implementations (index loops over {@code get}) to test the kernels against. */
final class Reference {
    private Reference() {}

    /** All multi-indices of a shape in row-major order (one empty index for a 0-d shape). */
    static List<int[]> indices(int[] shape) {
        List<int[]> out = new ArrayList<>();
        int n = Shapes.size(shape);
        for (int flat = 0; flat < n; flat++) {
            int[] idx = new int[shape.length];
            for (int d = shape.length - 1, r = flat; d >= 0; d--) {
                idx[d] = r % shape[d];
                r /= shape[d];
            }
            out.add(idx);
        }
        return out;
    }

    /** Values of any view read one by one through {@code get}, in row-major order. */
    static double[] values(NDArray a) {
        List<int[]> idx = indices(a.shape());
        double[] v = new double[idx.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(idx.get(i));
        return v;
    }

    /** The index of a broadcast operand for an output index, NumPy-style (right-aligned, size-1 axes pinned to 0). */
    static int[] operandIndex(int[] outIdx, int[] shape) {
        int[] r = new int[shape.length];
        int lead = outIdx.length - shape.length;
        for (int i = 0; i < shape.length; i++) r[i] = shape[i] == 1 ? 0 : outIdx[i + lead];
        return r;
    }

    static int[] broadcastShape(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i < n - a.length ? 1 : a[i - (n - a.length)], db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da != db && da != 1 && db != 1) throw new IllegalArgumentException("not broadcastable");
            out[i] = Math.max(da, db) == 1 ? 1 : (da == 1 ? db : da);
        }
        return out;
    }

    interface Op2 {
        double apply(double x, double y);
    }

    static NDArray zip(NDArray a, NDArray b, Op2 f) {
        int[] out = broadcastShape(a.shape(), b.shape());
        List<int[]> idx = indices(out);
        double[] r = new double[idx.size()];
        for (int i = 0; i < r.length; i++)
            r[i] = f.apply(a.get(operandIndex(idx.get(i), a.shape())), b.get(operandIndex(idx.get(i), b.shape())));
        return NDArray.of(r, out);
    }

    /** Sum (or max) over axes, by visiting every input element. */
    static NDArray reduce(NDArray a, int[] axes, boolean keepdims, boolean max) {
        int nd = a.ndim();
        boolean[] red = new boolean[nd];
        if (axes == null) Arrays.fill(red, true);
        else for (int ax : axes) red[ax < 0 ? ax + nd : ax] = true;
        int[] keep = new int[nd];
        for (int i = 0; i < nd; i++) keep[i] = red[i] ? 1 : a.shape()[i];
        double[] r = new double[Shapes.size(keep)];
        if (max) Arrays.fill(r, Double.NEGATIVE_INFINITY);
        int[] ks = rowMajor(keep);
        for (int[] idx : indices(a.shape())) {
            int p = 0;
            for (int i = 0; i < nd; i++) p += (red[i] ? 0 : idx[i]) * ks[i];
            double v = a.get(idx);
            r[p] = max ? Math.max(r[p], v) : r[p] + v;
        }
        if (keepdims) return NDArray.of(r, keep);
        int[] s = new int[nd];
        int k = 0;
        for (int i = 0; i < nd; i++) if (!red[i]) s[k++] = a.shape()[i];
        return NDArray.of(r, Arrays.copyOf(s, k));
    }

    static int[] rowMajor(int[] shape) {
        int[] s = new int[shape.length];
        for (int i = shape.length - 1, acc = 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /** NumPy matmul by the definition: promote 1-d operands, broadcast batch axes, triple loop, drop promoted axes. */
    static NDArray matmul(NDArray a, NDArray b) {
        NDArray a2 = a.ndim() == 1 ? a.reshape(1, a.shape()[0]) : a;
        NDArray b2 = b.ndim() == 1 ? b.reshape(b.shape()[0], 1) : b;
        int[] as = a2.shape(), bs = b2.shape();
        int m = as[as.length - 2], k = as[as.length - 1], n = bs[bs.length - 1];
        if (bs[bs.length - 2] != k) throw new IllegalArgumentException("inner dimensions differ");
        int[] batch = broadcastShape(Arrays.copyOf(as, as.length - 2), Arrays.copyOf(bs, bs.length - 2));
        List<int[]> bIdx = indices(batch);
        double[] r = new double[bIdx.size() * m * n];
        int q = 0;
        for (int[] bi : bIdx) {
            int[] ab = operandIndex(bi, Arrays.copyOf(as, as.length - 2)), bb = operandIndex(bi, Arrays.copyOf(bs, bs.length - 2));
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int p = 0; p < k; p++) s += a2.get(with(ab, i, p)) * b2.get(with(bb, p, j));
                    r[q++] = s;
                }
        }
        int[] out = Arrays.copyOf(batch, batch.length + 2);
        out[batch.length] = m;
        out[batch.length + 1] = n;
        NDArray res = NDArray.of(r, out);
        if (a.ndim() == 1 && b.ndim() == 1) return res.reshape(batch);
        if (a.ndim() == 1) return res.reshape(Arrays.copyOf(withTail(batch, n), batch.length + 1));
        if (b.ndim() == 1) return res.reshape(withTail(batch, m));
        return res;
    }

    private static int[] with(int[] head, int x, int y) {
        int[] r = Arrays.copyOf(head, head.length + 2);
        r[head.length] = x;
        r[head.length + 1] = y;
        return r;
    }

    private static int[] withTail(int[] head, int x) {
        int[] r = Arrays.copyOf(head, head.length + 1);
        r[head.length] = x;
        return r;
    }
}
