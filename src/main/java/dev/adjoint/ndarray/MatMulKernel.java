package dev.adjoint.ndarray;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Matrix products C += A·B into a row-major C, for {@link NDArray#matmul}.
 *
 * <p>Two back ends. A native BLAS ({@link NativeBlas}: OpenBLAS or another optimised BLAS reached
 * through netlib's JNI binding) takes 2-d products of at least {@link #NATIVE_MIN_MACS}
 * multiply-adds when the system has one; it runs its own threads, so none are added here.
 * Everything else runs the pure-Java kernel below, which is also the whole story on a machine
 * without a native BLAS.
 *
 * <p>The Java kernel computes 4×4 blocks of products per pass over a row of B: four rows of C are
 * updated together from four rows of B (p, p+1, p+2, p+3), each B element loaded once for four
 * rows and each C element loaded and stored once for four values of p, with sixteen scalars of A
 * held in registers. A is read through its strides, so a transposed view (the Xᵀ·G of a weight
 * gradient) is used in place, never copied; B needs contiguous rows (a transposed B is copied,
 * which costs k·n against m·k·n). Each element of C receives its products in the order p = 0, 1,
 * 2, … with separate multiply and add, exactly as the naive triple loop does, so results are
 * bit-for-bit those of the reference loop. Large products are split by rows over two threads (this
 * thread and one worker), the most a 2-core machine can use.
 */
final class MatMulKernel {
    /** Products with at least this many multiply-adds go to the native BLAS, when there is one. */
    static final long NATIVE_MIN_MACS = 1L << 15;
    /** Java kernel: products with at least this many multiply-adds are split over two threads. */
    static final long PARALLEL_MIN_MACS = 1L << 20;

    private MatMulKernel() {}

    /** C[m×n] += A[m×k]·B[k×n], all compact row-major at the given offsets; the pure-Java kernel. */
    static void multiply(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        javaMultiply(a, aOff, k, 1, b, bOff, n, c, cOff, m, k, n);
    }

    /** C += a·b for 2-d arrays of any strides; C is compact m×n starting at 0. */
    static void multiply(NDArray a, NDArray b, double[] c) {
        int m = a.shape[0], k = a.shape[1], n = b.shape[1];
        if (m == 0 || n == 0 || k == 0) return;
        long macs = (long) m * k * n;
        if (macs >= NATIVE_MIN_MACS && NativeBlas.available() && nativeMultiply(a, b, c, m, k, n)) return;
        boolean bRows = (n == 1 || b.strides[1] == 1) && (k == 1 || b.strides[0] >= n);
        NDArray bc = bRows ? b : b.compact();
        int ldb = bRows && k > 1 ? b.strides[0] : n;
        javaMultiply(a.data, a.offset, a.strides[0], a.strides[1], bc.data, bc.offset, ldb, c, 0, m, k, n);
    }

    /** Native products of at most this many multiply-adds per call (a few ms), so Ctrl-C is seen between calls. */
    static final long NATIVE_CHUNK_MACS = 1L << 27;

    private static boolean nativeMultiply(NDArray a, NDArray b, double[] c, int m, int k, int n) {
        int rows = (int) Math.max(1, Math.min(m, NATIVE_CHUNK_MACS / ((long) k * n)));
        for (int i = 0; i < m; i += rows) {
            ComputationInterrupted.poll();
            int r = Math.min(rows, m - i);
            if (!NativeBlas.gemm(a.data, a.offset + i * a.strides[0], a.strides[0], a.strides[1], b.data, b.offset, b.strides[0], b.strides[1],
                    c, i * n, r, k, n)) return false; // a layout BLAS cannot read: checked on the first chunk, before anything is written
        }
        return true;
    }

    /** The Java kernel: a(i, p) = a[aOff + i·sa + p·sp], b(p, j) = b[bOff + p·ldb + j], c(i, j) = c[cOff + i·n + j]. */
    static void javaMultiply(double[] a, int aOff, int sa, int sp, double[] b, int bOff, int ldb, double[] c, int cOff, int m, int k, int n) {
        if ((long) m * k * n >= PARALLEL_MIN_MACS && m >= 16) {
            int h = (m / 2) & ~3;
            Future<?> other = Worker.POOL.submit(() -> rows(a, aOff, sa, sp, b, bOff, ldb, c, cOff, 0, h, k, n, false));
            rows(a, aOff, sa, sp, b, bOff, ldb, c, cOff, h, m, k, n, true);
            Worker.join(other);
            return;
        }
        rows(a, aOff, sa, sp, b, bOff, ldb, c, cOff, 0, m, k, n, true);
    }

    /**
     * The Vector API kernel when the JVM has jdk.incubator.vector (started with
     * {@code --add-modules jdk.incubator.vector}; about 3x the scalar kernel here) unless
     * {@code -Dadjoint.kernel=scalar}; the scalar kernel otherwise. Both are bit-exact.
     */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"scalar".equals(System.getProperty("adjoint.kernel"));

    static String describe() {
        return VECTOR ? VectorKernel.describe() : "scalar 4x4 register tiles";
    }

    private static void rows(double[] a, int aOff, int sa, int sp, double[] b, int bOff, int ldb, double[] c, int cOff, int i0, int i1, int k, int n,
            boolean poll) {
        if (VECTOR) VectorKernel.rows(a, aOff, sa, sp, b, bOff, ldb, c, cOff, i0, i1, k, n, poll);
        else scalarRows(a, aOff, sa, sp, b, bOff, ldb, c, cOff, i0, i1, k, n, poll);
    }

    /** Rows i0 ≤ i < i1 of C; the calling thread polls for Ctrl-C every four rows. */
    static void scalarRows(double[] a, int aOff, int sa, int sp, double[] b, int bOff, int ldb, double[] c, int cOff, int i0, int i1, int k, int n,
            boolean poll) {
        int i = i0;
        for (; i + 4 <= i1; i += 4) {
            if (poll) ComputationInterrupted.poll();
            int c0 = cOff + i * n, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n;
            int a0 = aOff + i * sa, a1 = a0 + sa, a2 = a1 + sa, a3 = a2 + sa;
            int p = 0;
            for (; p + 4 <= k; p += 4) {
                int q = p * sp;
                double x00 = a[a0 + q], x01 = a[a0 + q + sp], x02 = a[a0 + q + 2 * sp], x03 = a[a0 + q + 3 * sp];
                double x10 = a[a1 + q], x11 = a[a1 + q + sp], x12 = a[a1 + q + 2 * sp], x13 = a[a1 + q + 3 * sp];
                double x20 = a[a2 + q], x21 = a[a2 + q + sp], x22 = a[a2 + q + 2 * sp], x23 = a[a2 + q + 3 * sp];
                double x30 = a[a3 + q], x31 = a[a3 + q + sp], x32 = a[a3 + q + 2 * sp], x33 = a[a3 + q + 3 * sp];
                int b0 = bOff + p * ldb, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
                for (int j = 0; j < n; j++) {
                    double y0 = b[b0 + j], y1 = b[b1 + j], y2 = b[b2 + j], y3 = b[b3 + j];
                    c[c0 + j] = c[c0 + j] + x00 * y0 + x01 * y1 + x02 * y2 + x03 * y3;
                    c[c1 + j] = c[c1 + j] + x10 * y0 + x11 * y1 + x12 * y2 + x13 * y3;
                    c[c2 + j] = c[c2 + j] + x20 * y0 + x21 * y1 + x22 * y2 + x23 * y3;
                    c[c3 + j] = c[c3 + j] + x30 * y0 + x31 * y1 + x32 * y2 + x33 * y3;
                }
            }
            for (; p < k; p++) {
                int q = p * sp;
                double x0 = a[a0 + q], x1 = a[a1 + q], x2 = a[a2 + q], x3 = a[a3 + q];
                int b0 = bOff + p * ldb;
                for (int j = 0; j < n; j++) {
                    double y = b[b0 + j];
                    c[c0 + j] += x0 * y;
                    c[c1 + j] += x1 * y;
                    c[c2 + j] += x2 * y;
                    c[c3 + j] += x3 * y;
                }
            }
        }
        for (; i < i1; i++) {
            if (poll) ComputationInterrupted.poll();
            int c0 = cOff + i * n, a0 = aOff + i * sa;
            int p = 0;
            for (; p + 4 <= k; p += 4) {
                int q = p * sp;
                double x0 = a[a0 + q], x1 = a[a0 + q + sp], x2 = a[a0 + q + 2 * sp], x3 = a[a0 + q + 3 * sp];
                int b0 = bOff + p * ldb, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
                for (int j = 0; j < n; j++) c[c0 + j] = c[c0 + j] + x0 * b[b0 + j] + x1 * b[b1 + j] + x2 * b[b2 + j] + x3 * b[b3 + j];
            }
            for (; p < k; p++) {
                double x = a[a0 + p * sp];
                int b0 = bOff + p * ldb;
                for (int j = 0; j < n; j++) c[c0 + j] += x * b[b0 + j];
            }
        }
    }

    /** The second thread of large Java products: one daemon worker, created on first use. */
    private static final class Worker {
        static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "adjoint-matmul");
            t.setDaemon(true);
            return t;
        });

        static void join(Future<?> f) {
            boolean interrupted = false;
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // finish the product (the worker writes into c), then restore the flag
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
