package dev.adjoint.ndarray;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Matrix products C += A·B into a row-major C, for {@link NDArray#matmul}.
 *
 * <p>Two back ends. A native BLAS ({@link NativeBlas}: OpenBLAS or another optimised BLAS reached
 * through netlib's JNI binding) takes 2-d products of at least {@link #NATIVE_MIN_MACS}
 * multiply-adds when the system has one; large ones are split over two threads here when the BLAS
 * runs single-threaded (as the launcher has it).
 * Smaller matrix products are summed in OpenBLAS's order ({@link GemmOrder}), and products with a
 * vector in the order of the routine NumPy or PyTorch calls for them ({@link GemvOrder}, any size:
 * they cost a pass over the matrix), so both come out to the last bit. Everything else runs the
 * pure-Java kernel below, which is also the whole story on a machine without a native BLAS.
 *
 * <p>The Java kernel is plain Java written so that C2 vectorizes it (AVX2 here): B's rows are
 * copied into separate arrays and two rows of C are accumulated in two arrays, and each pass over
 * j adds four products to both (see {@link #rows}). A is read through its strides, so a
 * transposed view (the Xᵀ·G of a weight gradient) is used in place; B may be any layout whose
 * rows are contiguous (a transposed B is compacted first). Each element of C is summed as
 * {@link GemmOrder} sums it (OpenBLAS's Haswell kernel: fused multiply-adds in the order of p, in
 * the driver's blocks; vector lanes are separate elements), so a machine without a native BLAS
 * gets NumPy's and PyTorch's bits at every size. Large products are split by rows over two threads
 * (this thread and one worker), the most a 2-core machine can use.
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

    /**
     * C[m×n] at cOff = A[m×k]·B[k×n], all compact at their offsets, as {@code of}'s matmul sums one
     * lone matrix product: one matrix of a stack (NumPy calls BLAS for each, dgemm or dgemv for a row
     * or column) or of a large torch.bmm (addmm's dgemm for each).
     */
    static void matrixProduct(MatmulOf of, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n) {
        double[] part = new double[m * n];
        multiply(matrix(a, aOff, m, k), matrix(b, bOff, k, n), part, of, false, false);
        System.arraycopy(part, 0, c, cOff, part.length);
    }

    /** A compact rows × cols matrix over data from offset. */
    static NDArray matrix(double[] data, int offset, int rows, int cols) {
        return new NDArray(data, new int[] {rows, cols}, new int[] {cols, 1}, offset);
    }

    /**
     * C = a·b for 2-d arrays of any strides, as {@code of}'s matmul computes it; {@code rowVector}
     * and {@code columnVector} say that a (b) was 1-d, made its one row (column). C is compact m×n
     * starting at 0, zero on entry.
     */
    static void multiply(NDArray a, NDArray b, double[] c, MatmulOf of, boolean rowVector, boolean columnVector) {
        int m = a.shape[0], k = a.shape[1], n = b.shape[1];
        if (m == 0 || n == 0 || k == 0) return;
        if (of == MatmulOf.NUMPY ? numpyVectorProduct(a, b, c, m, k, n) : pytorchVectorProduct(a, b, c, m, k, n, rowVector, columnVector)) return;
        multiply(a, b, c);
    }

    /**
     * NumPy's matmul with a single row or column (matmul.c.src): a row times a column by ddot, a
     * matrix times a column or a row times a matrix by dgemv (the kernel by which of the matrix's
     * axes is contiguous), both only when BLAS can read the operands, else its own plain loop.
     */
    private static boolean numpyVectorProduct(NDArray a, NDArray b, double[] c, int m, int k, int n) {
        if (m > 1 && n > 1) return false;
        int incA = a.strides[1], incB = b.strides[0];
        if (m == 1 && n == 1) {
            c[0] = incA > 0 && incB > 0 ? 0.0 + GemvOrder.dot(a.data, a.offset, incA, b.data, b.offset, incB, k) : plainSum(a.data, a.offset, incA, b.data, b.offset, incB, k);
            return true;
        }
        boolean columns = n == 1; // a matrix times a column, else a row times a matrix (the matrix read as bᵀ)
        NDArray matrix = columns ? a : b, vector = columns ? b : a;
        int outputs = columns ? m : n, so = columns ? a.strides[0] : b.strides[1], sl = columns ? a.strides[1] : b.strides[0];
        int inc = columns ? incB : incA;
        boolean rows = sl == 1 && so >= k, cols = so == 1 && sl >= outputs, blas = k > 1 && inc > 0;
        if (blas && rows) GemvOrder.rowsTimesVector(matrix.data, matrix.offset, so, vector.data, vector.offset, inc, c, 0, outputs, k);
        else if (blas && cols) GemvOrder.columnsTimesVector(matrix.data, matrix.offset, sl, vector.data, vector.offset, inc, c, 0, outputs, k);
        else for (int o = 0; o < outputs; o++) c[o] = plainSum(matrix.data, matrix.offset + o * so, sl, vector.data, vector.offset, inc, k);
        return true;
    }

    /** NumPy's loop where BLAS cannot read the operands: rounded products added in order to 0. */
    private static double plainSum(double[] x, int xi, int incx, double[] y, int yi, int incy, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += x[xi + i * incx] * y[yi + i * incy];
        return s;
    }

    /**
     * PyTorch's matmul with a 1-d right operand: torch.dot's ddot when the left is 1-d too, else
     * torch.mv's dgemv (addmv: the column kernel when the matrix's first axis has stride 1, as a
     * transposed matrix's has, else the row kernel, on a compact copy if need be).
     * A 2-d right operand is dgemm's ({@link GemmOrder}); with one column, the m×1 result counts
     * as column-major (addmm checks that first), so OpenBLAS computes C itself rather than Cᵀ, at
     * any size.
     */
    private static boolean pytorchVectorProduct(NDArray a, NDArray b, double[] c, int m, int k, int n, boolean rowVector, boolean columnVector) {
        if (!columnVector && n == 1) {
            GemmOrder.multiply(b.data, b.offset, b.strides[1], b.strides[0], a.data, a.offset, a.strides[1], a.strides[0], c, 0, 1, k, m, false);
            return true;
        }
        if (!columnVector) return false;
        if (rowVector) {
            c[0] = GemvOrder.dot(a.data, a.offset, k == 1 ? 1 : a.strides[1], b.data, b.offset, k == 1 ? 1 : b.strides[0], k);
            return true;
        }
        int so = a.strides[0], sl = a.strides[1];
        if (so == 1 && (k == 1 || sl >= Math.max(1, m))) {
            GemvOrder.columnsTimesVector(a.data, a.offset, sl, b.data, b.offset, b.strides[0], c, 0, m, k);
        } else {
            NDArray rows = sl == 1 && (m == 1 || so >= Math.max(1, k)) ? a : a.compact();
            GemvOrder.rowsTimesVector(rows.data, rows.offset, rows == a ? so : k, b.data, b.offset, b.strides[0], c, 0, m, k);
        }
        return true;
    }

    /** C += a·b for 2-d arrays of any strides, as dgemm (small ones in its order, large ones by it when there is a native BLAS); C is compact m×n starting at 0. */
    static void multiply(NDArray a, NDArray b, double[] c) {
        int m = a.shape[0], k = a.shape[1], n = b.shape[1];
        if (m == 0 || n == 0 || k == 0) return;
        long macs = (long) m * k * n;
        if (macs < NATIVE_MIN_MACS) {
            boolean transposeOfA = a.data == b.data && a.offset == b.offset && m == n && a.strides[0] == b.strides[1] && a.strides[1] == b.strides[0];
            GemmOrder.multiply(a.data, a.offset, a.strides[0], a.strides[1], b.data, b.offset, b.strides[0], b.strides[1], c, 0, m, k, n, transposeOfA);
            return;
        }
        if (macs >= NATIVE_MIN_MACS && NativeBlas.available() && nativeMultiply(a, b, c, m, k, n, NativeBlas.singleThreaded())) return;
        boolean bRows = (n == 1 || b.strides[1] == 1) && (k == 1 || b.strides[0] >= n);
        NDArray bc = bRows ? b : b.compact();
        int ldb = bRows && k > 1 ? b.strides[0] : n;
        javaMultiply(a.data, a.offset, a.strides[0], a.strides[1], bc.data, bc.offset, ldb, c, 0, m, k, n);
    }

    /** Native products of at most this many multiply-adds per call (a few ms), so Ctrl-C is seen between calls. */
    static final long NATIVE_CHUNK_MACS = 1L << 27;

    /**
     * Native products with at least this many multiply-adds are split by rows over two threads (this
     * one and the worker), each calling a single-threaded BLAS; smaller ones run on this thread alone.
     * See {@link NativeBlas}: the launcher runs OpenBLAS with one thread of its own. 2^22 takes in
     * the products of the course's MNIST layer (100×784×100, 7.8M, ~0.3 ms each), which NumPy's
     * OpenBLAS runs on both cores: at 2^25 they ran on one, and an epoch took 1.4-2.7x as long
     * (scripts/bench-mnist, interleaved, load 15); the handing over costs a few µs a product.
     */
    static final long NATIVE_PARALLEL_MIN_MACS = 1L << 22;

    /** C += a·b by the native BLAS, large products over two threads when {@code split}; false for a layout BLAS cannot read. */
    static boolean nativeMultiply(NDArray a, NDArray b, double[] c, int m, int k, int n, boolean split) {
        if (!NativeBlas.readable(a.strides[0], a.strides[1], m, k) || !NativeBlas.readable(b.strides[0], b.strides[1], k, n)) return false;
        NDArray bb = NativeBlas.withinBounds(b.data.length, b.offset, b.strides[0], b.strides[1], k, n) ? b : b.compact();
        if (split && (long) m * k * n >= NATIVE_PARALLEL_MIN_MACS && m >= 16) {
            int h = m / 2;
            Future<?> other = Worker.POOL.submit(() -> nativeRows(a, bb, c, 0, h, k, n, false));
            nativeRows(a, bb, c, h, m, k, n, true);
            Worker.join(other);
        } else {
            nativeRows(a, bb, c, 0, m, k, n, true);
        }
        return true;
    }

    /** Rows i0 ≤ i < i1 of C by the native BLAS, in calls of at most {@link #NATIVE_CHUNK_MACS}; the calling thread polls for Ctrl-C between calls. */
    private static void nativeRows(NDArray a, NDArray b, double[] c, int i0, int i1, int k, int n, boolean poll) {
        int rows = (int) Math.max(1, Math.min(i1 - i0, NATIVE_CHUNK_MACS / ((long) k * n)));
        for (int i = i0; i < i1; i += rows) {
            if (poll) ComputationInterrupted.poll();
            int r = Math.min(rows, i1 - i);
            NDArray part = a.slice(0, i, i + r, 1);
            if (!NativeBlas.withinBounds(part.data.length, part.offset, part.strides[0], part.strides[1], r, k)) part = part.compact();
            NativeBlas.gemm(part.data, part.offset, part.strides[0], part.strides[1], b.data, b.offset, b.strides[0], b.strides[1], c, i * n, r, k, n);
        }
    }

    /** The Java kernel: a(i, p) = a[aOff + i·sa + p·sp], b(p, j) = b[bOff + p·ldb + j], c(i, j) = c[cOff + i·n + j]. */
    static void javaMultiply(double[] a, int aOff, int sa, int sp, double[] b, int bOff, int ldb, double[] c, int cOff, int m, int k, int n) {
        double[][] bRows = rowsOf(b, bOff, ldb, k, n);
        if ((long) m * k * n >= PARALLEL_MIN_MACS && m >= 16) {
            int h = (m / 2) & ~3;
            Future<?> other = Worker.POOL.submit(() -> rows(a, aOff, sa, sp, bRows, c, cOff, 0, h, k, n, false));
            rows(a, aOff, sa, sp, bRows, c, cOff, h, m, k, n, true);
            Worker.join(other);
            return;
        }
        rows(a, aOff, sa, sp, bRows, c, cOff, 0, m, k, n, true);
    }

    /**
     * B's rows, each copied into an array of its own. JDK 17's auto-vectorizer (C2's SuperWord)
     * gives up on a loop that reads one array at two different offsets (b[b0 + j] and b[b1 + j]),
     * since it cannot prove them aligned together; over separate arrays indexed by j alone it
     * vectorizes. The copy costs k·n against the product's m·k·n.
     */
    private static double[][] rowsOf(double[] b, int bOff, int ldb, int k, int n) {
        double[][] rows = new double[k][];
        for (int p = 0; p < k; p++) rows[p] = java.util.Arrays.copyOfRange(b, bOff + p * ldb, bOff + p * ldb + n);
        return rows;
    }

    static String describe() {
        return "auto-vectorized 2x4 blocks";
    }

    /**
     * Rows i0 ≤ i < i1 of C, two at a time: each pass over j adds four products (p … p+3) to two
     * rows of C, held in two arrays of their own for the same reason as B's rows. Two rows by four
     * is the largest block the vectorizer still takes here (three or four rows, or eight values
     * of p, and it leaves the loop scalar: a third of the speed). The calling thread polls for
     * Ctrl-C every two rows.
     *
     * <p>Every entry is summed as OpenBLAS's Haswell dgemm kernel sums it ({@link GemmOrder}): p in
     * the level-3 driver's blocks, each block's products chained by fused multiply-adds from 0 in
     * the order p, p+1, … and the block's sum then added to C; the odd last row of C in four
     * accumulators. So without a native BLAS large products still give NumPy's and PyTorch's last
     * bits. The blocks (at most 256 rows of B) also keep the rows of B a pair of rows of C reads
     * in the core's L2 cache.
     */
    static void rows(double[] a, int aOff, int sa, int sp, double[][] b, double[] c, int cOff, int i0, int i1, int k, int n, boolean poll) {
        for (int p0 = 0; p0 < k;) {
            int p1 = p0 + GemmOrder.block(k - p0);
            rows(a, aOff, sa, sp, b, c, cOff, i0, i1, p0, p1, n, poll);
            p0 = p1;
        }
    }

    /**
     * The products of B's rows p0 ≤ p < p1 added into rows i0 ≤ i < i1 of C. The two rows' sums are
     * arrays made here: C2 vectorizes the loop only over arrays it can tell apart from B's rows,
     * and a fresh allocation is one (passed in as parameters, the loop ran at 40% of the speed).
     * A range of odd length ends at C's last row (the caller splits at an even row).
     */
    private static void rows(double[] a, int aOff, int sa, int sp, double[][] b, double[] c, int cOff, int i0, int i1, int p0, int p1, int n, boolean poll) {
        double[] r0 = new double[n], r1 = new double[n];
        int i = i0;
        for (; i + 2 <= i1; i += 2) {
            if (poll) ComputationInterrupted.poll();
            if (i > i0) {
                Arrays.fill(r0, 0);
                Arrays.fill(r1, 0);
            }
            int a0 = aOff + i * sa, a1 = a0 + sa;
            int p = p0;
            for (; p + 4 <= p1; p += 4) {
                int q = p * sp;
                double x0 = a[a0 + q], x1 = a[a0 + q + sp], x2 = a[a0 + q + 2 * sp], x3 = a[a0 + q + 3 * sp];
                double z0 = a[a1 + q], z1 = a[a1 + q + sp], z2 = a[a1 + q + 2 * sp], z3 = a[a1 + q + 3 * sp];
                double[] y0 = b[p], y1 = b[p + 1], y2 = b[p + 2], y3 = b[p + 3];
                for (int j = 0; j < n; j++) {
                    r0[j] = Math.fma(x3, y3[j], Math.fma(x2, y2[j], Math.fma(x1, y1[j], Math.fma(x0, y0[j], r0[j]))));
                    r1[j] = Math.fma(z3, y3[j], Math.fma(z2, y2[j], Math.fma(z1, y1[j], Math.fma(z0, y0[j], r1[j]))));
                }
            }
            for (; p < p1; p++) {
                double x = a[a0 + p * sp], z = a[a1 + p * sp];
                double[] y = b[p];
                for (int j = 0; j < n; j++) {
                    r0[j] = Math.fma(x, y[j], r0[j]);
                    r1[j] = Math.fma(z, y[j], r1[j]);
                }
            }
            addInto(c, cOff + i * n, r0, n);
            addInto(c, cOff + (i + 1) * n, r1, n);
        }
        if (i < i1) {
            if (poll) ComputationInterrupted.poll();
            lastOddRow(a, aOff + i * sa, sp, b, c, cOff + i * n, p0, p1, n);
        }
    }

    /** C's row += a block's sums (one array per loop: C2 vectorizes a loop over one array at one offset). */
    private static void addInto(double[] c, int c0, double[] sums, int n) {
        for (int j = 0; j < n; j++) c[c0 + j] = sums[j] + c[c0 + j];
    }

    /**
     * The odd last row of C (OpenBLAS's one-column edge, as it sees Cᵀ): in its columns of whole
     * blocks of four, four accumulators, p in turn over each whole group of eight, the rest of
     * the block into the first, then (acc0 + acc1) + (acc2 + acc3); the other columns one chain.
     */
    private static void lastOddRow(double[] a, int a0, int sp, double[][] b, double[] c, int c0, int p0, int p1, int n) {
        double[] q0 = new double[n], q1 = new double[n], q2 = new double[n], q3 = new double[n], chain = new double[n];
        int whole = p0 + (p1 - p0) / 8 * 8;
        for (int p = p0; p < whole; p += 4) {
            double x0 = a[a0 + p * sp], x1 = a[a0 + (p + 1) * sp], x2 = a[a0 + (p + 2) * sp], x3 = a[a0 + (p + 3) * sp];
            double[] y0 = b[p], y1 = b[p + 1], y2 = b[p + 2], y3 = b[p + 3];
            for (int j = 0; j < n; j++) {
                q0[j] = Math.fma(x0, y0[j], q0[j]);
                q1[j] = Math.fma(x1, y1[j], q1[j]);
                q2[j] = Math.fma(x2, y2[j], q2[j]);
                q3[j] = Math.fma(x3, y3[j], q3[j]);
            }
        }
        for (int p = whole; p < p1; p++) {
            double x = a[a0 + p * sp];
            double[] y = b[p];
            for (int j = 0; j < n; j++) q0[j] = Math.fma(x, y[j], q0[j]);
        }
        for (int p = p0; p < p1; p++) {
            double x = a[a0 + p * sp];
            double[] y = b[p];
            for (int j = 0; j < n; j++) chain[j] = Math.fma(x, y[j], chain[j]);
        }
        int edge = n - n % 4;
        for (int j = 0; j < n; j++) c[c0 + j] = (j < edge ? (q0[j] + q1[j]) + (q2[j] + q3[j]) : chain[j]) + c[c0 + j];
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
