package dev.adjoint.ndarray;

/**
 * Dot products and matrix-vector products summed exactly as NumPy and PyTorch sum them here: both
 * hand them to OpenBLAS (Debian 12's 0.3.21, whose kernels on this CPU are Haswell's:
 * {@code OPENBLAS_VERBOSE=2} says "Core: Haswell"), ddot for two vectors and dgemv for a matrix and
 * a vector ({@link GemmOrder} has the matrix products). Each kernel keeps accumulators of its own:
 * <ul>
 * <li>ddot, unit strides: sixteen accumulators over the largest multiple of 16 elements (element i
 * into i mod 16, a fused multiply-add each), combined as the vector registers are, then the rest
 * one rounded product at a time; other strides: two accumulators over groups of four.
 * <li>dgemv_t, for outputs whose row of the matrix is contiguous (a C-ordered matrix times a
 * vector): the length cut into blocks of 2048 (whole groups of four), each block's sum added to
 * the output; within a block, outputs in whole groups of four take four fused lanes (element i
 * into i mod 4), the next two two rounded lanes, the last one four rounded lanes; the last
 * length mod 4 elements are added after, with the multiply-adds the compiler fused there.
 * <li>dgemv_n, for outputs whose column is contiguous (a transposed matrix, or NumPy's vector
 * times a C-ordered matrix): outputs in whole groups of four take the columns four at a time,
 * (a₀x₀ ⊕ a₂x₂) + (a₁x₁ ⊕ a₃x₃) (⊕ fused), then two and one; the last outputs sum their columns
 * one rounded product at a time (in pairs or fours when the matrix is exactly that narrow).
 * </ul>
 * Worked out from OpenBLAS's sources (kernel/x86_64/ddot.c, dgemv_t_4.c, dgemv_n_4.c and their
 * Haswell micro-kernels) and checked against the library on every length to 1500 (ddot) and
 * lengths to 3000 with 1 to 40 outputs (dgemv), both strides; GemvOrderTest keeps values recorded
 * from NumPy 1.24 and PyTorch 1.13. This is OpenBLAS on one thread, as adjoint's launcher, its
 * tests and the recorded fixtures run it (OPENBLAS_NUM_THREADS or OMP_NUM_THREADS=1); with more,
 * OpenBLAS splits ddot beyond 10,000 elements and dgemv from 9,216 products into parts summed
 * separately, and those large products then differ in the last bit.
 */
final class GemvOrder {
    private GemvOrder() {}

    /** dgemv_t's block of the length (NBMAX). */
    private static final int BLOCK = 2048;

    /** Σ x[xi + i·incx]·y[yi + i·incy] for i &lt; n, as ddot. */
    static double dot(double[] x, int xi, int incx, double[] y, int yi, int incy, int n) {
        if (n <= 0) return 0;
        if (incx != 1 || incy != 1) return stridedDot(x, xi, incx, y, yi, incy, n);
        int whole = n & -16;
        double dot = 0;
        if (whole > 0) {
            double[] acc = new double[16];
            for (int i = 0; i < whole; i++) acc[i & 15] = Math.fma(x[xi + i], y[yi + i], acc[i & 15]);
            // four registers of four lanes: each folded to two lanes, the registers added pairwise, the two lanes last
            double low = ((acc[0] + acc[2]) + (acc[4] + acc[6])) + ((acc[8] + acc[10]) + (acc[12] + acc[14]));
            double high = ((acc[1] + acc[3]) + (acc[5] + acc[7])) + ((acc[9] + acc[11]) + (acc[13] + acc[15]));
            dot = low + high;
        }
        for (int i = whole; i < n; i++) dot += y[yi + i] * x[xi + i];
        return dot;
    }

    private static double stridedDot(double[] x, int xi, int incx, double[] y, int yi, int incy, int n) {
        double t1 = 0, t2 = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            int px = xi + i * incx, py = yi + i * incy;
            double m1 = y[py] * x[px], m2 = y[py + incy] * x[px + incx];
            double m3 = y[py + 2 * incy] * x[px + 2 * incx], m4 = y[py + 3 * incy] * x[px + 3 * incx];
            t1 += m1 + m3;
            t2 += m2 + m4;
        }
        for (; i < n; i++) t1 += y[yi + i * incy] * x[xi + i * incx];
        return t1 + t2;
    }

    /**
     * y[yi + o] = Σ_l m[mi + o·so + l]·x[xi + l·incx] for o &lt; outputs, l &lt; length, as dgemv_t
     * (each output's row of the matrix contiguous).
     */
    static void rowsTimesVector(double[] m, int mi, int so, double[] x, int xi, int incx, double[] y, int yi, int outputs, int length) {
        int whole = length & -4, fours = outputs & -4;
        for (int o = 0; o < outputs; o++) {
            int row = mi + o * so;
            double sum = 0;
            for (int b0 = 0; b0 < whole; b0 += BLOCK) {
                int b1 = Math.min(b0 + BLOCK, whole);
                if ((outputs & 2) != 0 && o >= fours && o < fours + 2) sum += twoLanes(m, row, x, xi, incx, b0, b1);
                else sum += fourLanes(m, row, x, xi, incx, b0, b1, o < fours);
            }
            int t = row + whole, u = xi + whole * incx;
            switch (length & 3) {
                case 3 -> sum += Math.fma(m[t + 2], x[u + 2 * incx], Math.fma(m[t], x[u], m[t + 1] * x[u + incx]));
                case 2 -> sum += Math.fma(m[t], x[u], m[t + 1] * x[u + incx]);
                case 1 -> sum = Math.fma(m[t], x[u], sum);
                default -> { }
            }
            y[yi + o] = sum;
        }
    }

    /** The SSE2 kernel for a pair of outputs: two lanes, rounded products. */
    private static double twoLanes(double[] m, int row, double[] x, int xi, int incx, int b0, int b1) {
        double a0 = 0, a1 = 0;
        for (int l = b0; l < b1; l += 2) {
            a0 += m[row + l] * x[xi + l * incx];
            a1 += m[row + l + 1] * x[xi + (l + 1) * incx];
        }
        return a0 + a1;
    }

    /**
     * Four lanes, element l into lane l mod 4: the AVX2 kernel's fused multiply-adds for outputs in
     * whole groups of four, the SSE2 kernel's rounded products for a last single output.
     */
    private static double fourLanes(double[] m, int row, double[] x, int xi, int incx, int b0, int b1, boolean fused) {
        double[] a = new double[4];
        for (int l = b0; l < b1; l++) {
            double p = m[row + l], q = x[xi + l * incx];
            a[l & 3] = fused ? Math.fma(p, q, a[l & 3]) : a[l & 3] + p * q;
        }
        return (a[0] + a[2]) + (a[1] + a[3]);
    }

    /**
     * y[yi + o] = Σ_c m[mi + o + c·lda]·x[xi + c·incx] for o &lt; outputs, c &lt; columns, as dgemv_n
     * (each column of the matrix contiguous).
     */
    static void columnsTimesVector(double[] m, int mi, int lda, double[] x, int xi, int incx, double[] y, int yi, int outputs, int columns) {
        int fours = outputs & -4;
        for (int o = 0; o < fours; o++) {
            int e = mi + o;
            double s = 0;
            int c = 0;
            for (; c + 4 <= columns; c += 4) {
                int u = xi + c * incx;
                double s0 = Math.fma(m[e + (c + 2) * lda], x[u + 2 * incx], m[e + c * lda] * x[u]);
                double s1 = Math.fma(m[e + (c + 3) * lda], x[u + 3 * incx], m[e + (c + 1) * lda] * x[u + incx]);
                s += s0 + s1;
            }
            if (incx == 1 && (columns & 2) != 0) {
                s += m[e + c * lda] * x[xi + c] + m[e + (c + 1) * lda] * x[xi + c + 1];
                c += 2;
            }
            for (; c < columns; c++) s += m[e + c * lda] * x[xi + c * incx];
            y[yi + o] = s;
        }
        int rest = outputs - fours;
        for (int o = fours; o < outputs; o++) {
            int e = mi + o;
            double t = 0;
            int c = 0;
            if (incx == 1 && lda == rest && rest > 1) { // exactly 2 or 3 rows: two columns at a time
                for (; c + 4 <= columns; c += 4) {
                    t += m[e + c * lda] * x[xi + c] + m[e + (c + 1) * lda] * x[xi + c + 1];
                    t += m[e + (c + 2) * lda] * x[xi + c + 2] + m[e + (c + 3) * lda] * x[xi + c + 3];
                }
            } else if (incx == 1 && lda == 1) { // a single row: four columns at a time
                for (; c + 4 <= columns; c += 4) t += m[e + c] * x[xi + c] + m[e + c + 1] * x[xi + c + 1] + m[e + c + 2] * x[xi + c + 2] + m[e + c + 3] * x[xi + c + 3];
            }
            for (; c < columns; c++) t += m[e + c * lda] * x[xi + c * incx];
            y[yi + o] = 0.0 + t;
        }
    }
}
