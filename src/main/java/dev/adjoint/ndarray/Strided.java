package dev.adjoint.ndarray;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The element loops behind {@link NDArray}'s element-wise operations and reductions, each a small
 * method of its own. Why small: a short script (one MNIST epoch) spent more CPU in the JIT's C2
 * compiler than in its own thread, most of it compiling {@code map}, {@code zip} and
 * {@code reduce} again and again, each time with all their layout cases, because every new
 * lambda reaching their shared call site made the compiled code invalid. Here + − × ÷, sums and
 * maxima call no lambda at all, and the lambda loops are one loop each, cheap to compile again.
 *
 * <p>Operands of one (broadcast) shape are walked in runs: adjacent axes along which both are laid
 * out linearly are merged, so a compact array, a scalar against an array, a row (a bias) or a
 * column (a per-row max) against a matrix become a few long runs of constant strides.
 */
final class Strided {
    static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3;
    static final int SUM = 0, MAX = 1;

    private Strided() {}

    /** r (compact, the broadcast shape) = a op b, element by element; a and b have r's shape (views allowed). */
    static void arithmetic(int op, NDArray a, NDArray b, double[] r) {
        Runs w = new Runs(a, b);
        if (r.length == 0) return;
        for (int k = 0; k < r.length; k += w.run) {
            switch (op) {
                case ADD -> add(a.data, w.pa, w.sa, b.data, w.pb, w.sb, r, k, w.run);
                case SUB -> sub(a.data, w.pa, w.sa, b.data, w.pb, w.sb, r, k, w.run);
                case MUL -> mul(a.data, w.pa, w.sa, b.data, w.pb, w.sb, r, k, w.run);
                default -> div(a.data, w.pa, w.sa, b.data, w.pb, w.sb, r, k, w.run);
            }
            w.next();
        }
    }

    private static void add(double[] a, int pa, int sa, double[] b, int pb, int sb, double[] r, int k, int n) {
        if (sa == 1 && sb == 1) for (int j = 0; j < n; j++) r[k + j] = a[pa + j] + b[pb + j];
        else if (sa == 1 && sb == 0) { double c = b[pb]; for (int j = 0; j < n; j++) r[k + j] = a[pa + j] + c; }
        else if (sa == 0 && sb == 1) { double c = a[pa]; for (int j = 0; j < n; j++) r[k + j] = c + b[pb + j]; }
        else for (int j = 0; j < n; j++) r[k + j] = a[pa + j * sa] + b[pb + j * sb];
    }

    private static void sub(double[] a, int pa, int sa, double[] b, int pb, int sb, double[] r, int k, int n) {
        if (sa == 1 && sb == 1) for (int j = 0; j < n; j++) r[k + j] = a[pa + j] - b[pb + j];
        else if (sa == 1 && sb == 0) { double c = b[pb]; for (int j = 0; j < n; j++) r[k + j] = a[pa + j] - c; }
        else if (sa == 0 && sb == 1) { double c = a[pa]; for (int j = 0; j < n; j++) r[k + j] = c - b[pb + j]; }
        else for (int j = 0; j < n; j++) r[k + j] = a[pa + j * sa] - b[pb + j * sb];
    }

    private static void mul(double[] a, int pa, int sa, double[] b, int pb, int sb, double[] r, int k, int n) {
        if (sa == 1 && sb == 1) for (int j = 0; j < n; j++) r[k + j] = a[pa + j] * b[pb + j];
        else if (sa == 1 && sb == 0) { double c = b[pb]; for (int j = 0; j < n; j++) r[k + j] = a[pa + j] * c; }
        else if (sa == 0 && sb == 1) { double c = a[pa]; for (int j = 0; j < n; j++) r[k + j] = c * b[pb + j]; }
        else for (int j = 0; j < n; j++) r[k + j] = a[pa + j * sa] * b[pb + j * sb];
    }

    private static void div(double[] a, int pa, int sa, double[] b, int pb, int sb, double[] r, int k, int n) {
        if (sa == 1 && sb == 1) for (int j = 0; j < n; j++) r[k + j] = a[pa + j] / b[pb + j];
        else if (sa == 1 && sb == 0) { double c = b[pb]; for (int j = 0; j < n; j++) r[k + j] = a[pa + j] / c; }
        else if (sa == 0 && sb == 1) { double c = a[pa]; for (int j = 0; j < n; j++) r[k + j] = c / b[pb + j]; }
        else for (int j = 0; j < n; j++) r[k + j] = a[pa + j * sa] / b[pb + j * sb];
    }

    /** r = f(a, b) element by element, a and b of r's shape (views allowed). */
    static void zip(DoubleBinaryOperator f, NDArray a, NDArray b, double[] r) {
        Runs w = new Runs(a, b);
        for (int k = 0; k < r.length; k += w.run) {
            zipRun(f, a.data, w.pa, w.sa, b.data, w.pb, w.sb, r, k, w.run);
            w.next();
        }
    }

    private static void zipRun(DoubleBinaryOperator f, double[] a, int pa, int sa, double[] b, int pb, int sb, double[] r, int k, int n) {
        for (int j = 0; j < n; j++) r[k + j] = f.applyAsDouble(a[pa + j * sa], b[pb + j * sb]);
    }

    /** r[i] = f(a[pa + i]) for every i of r. */
    static void map(DoubleUnaryOperator f, double[] a, int pa, double[] r) {
        for (int i = 0; i < r.length; i++) r[i] = f.applyAsDouble(a[pa + i]);
    }

    /** r = f(a) element by element in row-major order, a any view of r's shape. */
    static void map(DoubleUnaryOperator f, NDArray a, double[] r) {
        Runs w = new Runs(a, a);
        for (int k = 0; k < r.length; k += w.run) {
            for (int j = 0, p = w.pa; j < w.run; j++, p += w.sa) r[k + j] = f.applyAsDouble(a.data[p]);
            w.next();
        }
    }

    /** a's elements in row-major order into r (a any view of r's size). */
    static void copy(NDArray a, double[] r) {
        Runs w = new Runs(a, a);
        for (int k = 0; k < r.length; k += w.run) {
            if (w.sa == 1) System.arraycopy(a.data, w.pa, r, k, w.run);
            else for (int j = 0, p = w.pa; j < w.run; j++, p += w.sa) r[k + j] = a.data[p];
            w.next();
        }
    }

    /** r[i] = the sum (or NaN-propagating maximum) of src's i-th block of {@code block} elements, added in order. */
    static void reduceBlocks(int op, double[] src, double[] r, int block) {
        for (int i = 0; i < r.length; i++) r[i] = op == SUM ? sum(src, i * block, block) : max(src, i * block, block);
    }

    private static double sum(double[] src, int from, int n) {
        double acc = 0.0;
        for (int j = from, e = from + n; j < e; j++) acc += src[j];
        return acc;
    }

    private static double max(double[] src, int from, int n) {
        double acc = Double.NEGATIVE_INFINITY;
        for (int j = from, e = from + n; j < e; j++) {
            double v = src[j];
            acc = Double.isNaN(acc) || Double.isNaN(v) ? Double.NaN : Math.max(acc, v);
        }
        return acc;
    }

    /**
     * A walk over two views of one shape in runs: {@link #run} elements at a time, a's from
     * {@link #pa} by {@link #sa}, b's from {@link #pb} by {@link #sb}. Axes of size 1 are dropped
     * and an axis is merged into the one before it where both views are linear across the pair.
     */
    private static final class Runs {
        final int[] shape, stridesA, stridesB, ia, ib;
        final int run, sa, sb;
        int pa, pb;

        Runs(NDArray a, NDArray b) {
            int nd = a.shape.length, m = 0;
            int[] s = new int[nd], ta = new int[nd], tb = new int[nd];
            for (int d = 0; d < nd; d++) {
                int len = a.shape[d];
                if (len == 1) continue;
                if (m > 0 && ta[m - 1] == a.strides[d] * len && tb[m - 1] == b.strides[d] * len) {
                    s[m - 1] *= len;
                    ta[m - 1] = a.strides[d];
                    tb[m - 1] = b.strides[d];
                } else {
                    s[m] = len;
                    ta[m] = a.strides[d];
                    tb[m] = b.strides[d];
                    m++;
                }
            }
            if (m == 0) { // a single element
                s = new int[] {1};
                ta = new int[] {0};
                tb = new int[] {0};
                m = 1;
            }
            shape = java.util.Arrays.copyOf(s, m);
            stridesA = java.util.Arrays.copyOf(ta, m);
            stridesB = java.util.Arrays.copyOf(tb, m);
            ia = new int[m];
            ib = new int[m];
            run = shape[m - 1];
            sa = stridesA[m - 1];
            sb = stridesB[m - 1];
            pa = a.offset;
            pb = b.offset;
        }

        void next() {
            pa = NDArray.advance(ia, shape, stridesA, pa);
            pb = NDArray.advance(ib, shape, stridesB, pb);
        }
    }
}
