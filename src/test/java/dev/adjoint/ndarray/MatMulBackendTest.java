package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The strided entry of the matmul kernel (transposed views and row slices read in place), the
 * two-thread split of large Java products, and the native BLAS when this machine has one: against
 * the plain loop in OpenBLAS's order ({@link GemmOrder}), bit for bit for the Java kernel, to rounding for the native one.
 */
class MatMulBackendTest {
    private static NDArray random(SplittableRandom r, int... shape) {
        double[] v = new double[Shapes.size(shape)];
        for (int i = 0; i < v.length; i++) v[i] = r.nextDouble(-1, 1);
        return NDArray.of(v, shape);
    }

    /** The plain loop in OpenBLAS's order on compact copies, as the Java kernel sums each C element. */
    private static double[] naive(NDArray a, NDArray b) {
        int m = a.shape[0], k = a.shape[1], n = b.shape[1];
        double[] c = new double[m * n];
        GemmOrder.multiply(a.toArray(), 0, k, 1, b.toArray(), 0, n, 1, c, 0, m, k, n, false);
        return c;
    }

    @Test
    void javaKernelReadsTransposedAndSlicedOperandsInPlace() {
        SplittableRandom r = new SplittableRandom(3);
        int[][] shapes = {{1, 1, 1}, {3, 5, 2}, {7, 9, 13}, {33, 17, 6}, {5, 64, 1}, {1, 31, 9}};
        for (int[] s : shapes) {
            int m = s[0], k = s[1], n = s[2];
            NDArray at = random(r, k, m).permute(1, 0); // A as a transposed view (the Xᵀ of a weight gradient)
            NDArray wide = random(r, k + 3, n + 4);
            NDArray bs = wide.slice(0, 2, 2 + k, 1).slice(1, 1, 1 + n, 1); // B rows with a leading dimension > n
            NDArray bt = random(r, n, k).permute(1, 0); // a transposed B is copied, then the same loop
            for (NDArray b : new NDArray[] {bs, bt, bs.compact()}) {
                double[] got = new double[m * n];
                MatMulKernel.javaMultiply(at.data, at.offset, at.strides[0], at.strides[1], b.compact().data, 0, n, got, 0, m, k, n);
                assertThat(Arrays.mismatch(got, naive(at, b))).as("m=%d k=%d n=%d", m, k, n).isEqualTo(-1);
            }
            double[] viaEntry = new double[m * n];
            MatMulKernel.multiply(at, bs, viaEntry);
            assertThat(NDArray.of(viaEntry, m, n).allClose(NDArray.of(naive(at, bs), m, n), 1e-13, 1e-13)).isTrue();
        }
    }

    @Test
    void largeJavaProductsSplitOverTwoThreadsGiveTheSameBits() {
        SplittableRandom r = new SplittableRandom(5);
        int m = 130, k = 97, n = 101; // 1.27M multiply-adds: over the parallel threshold, rows not a multiple of 4
        assertThat((long) m * k * n).isGreaterThanOrEqualTo(MatMulKernel.PARALLEL_MIN_MACS);
        NDArray a = random(r, k, m).permute(1, 0), b = random(r, k, n);
        double[] got = new double[m * n];
        MatMulKernel.javaMultiply(a.data, a.offset, a.strides[0], a.strides[1], b.data, 0, n, got, 0, m, k, n);
        assertThat(Arrays.mismatch(got, naive(a, b))).isEqualTo(-1);
    }

    @Test
    void nativeBlasWhenPresentAgreesOnEveryLayout() {
        assertThat(MatMulBackend.describe()).isNotBlank();
        if (!NativeBlas.available()) return; // nothing more to check on a machine without an optimised BLAS
        SplittableRandom r = new SplittableRandom(9);
        int m = 37, k = 53, n = 29;
        NDArray[] as = {random(r, m, k), random(r, k, m).permute(1, 0), random(r, m + 2, k + 5).slice(0, 1, 1 + m, 1).slice(1, 2, 2 + k, 1)};
        NDArray[] bs = {random(r, k, n), random(r, n, k).permute(1, 0)};
        for (NDArray a : as)
            for (NDArray b : bs) {
                double[] c = new double[m * n];
                assertThat(NativeBlas.readable(a.strides[0], a.strides[1], m, k) && NativeBlas.readable(b.strides[0], b.strides[1], k, n)).isTrue();
                NativeBlas.gemm(a.data, a.offset, a.strides[0], a.strides[1], b.data, b.offset, b.strides[0], b.strides[1], c, 0, m, k, n);
                assertThat(NDArray.of(c, m, n).allClose(NDArray.of(naive(a, b), m, n), 1e-13, 1e-13)).isTrue();
            }
        // a stride-0 (broadcast) operand is no BLAS layout: refused, and matmul falls back to Java
        NDArray bb = random(r, 1, n).broadcastTo(k, n);
        assertThat(NativeBlas.readable(bb.strides[0], bb.strides[1], k, n)).isFalse();
        NDArray a64 = random(r, 64, k), viaMatmul = a64.matmul(bb);
        assertThat(viaMatmul.allClose(NDArray.of(naive(a64, bb), 64, n), 1e-13, 1e-13)).isTrue();
    }

    @Test
    void largeNativeProductsSplitOverTwoThreadsGiveTheSameBitsAsOneCall() {
        if (!NativeBlas.available()) return;
        SplittableRandom r = new SplittableRandom(11);
        int m = 601, k = 300, n = 190; // 34M multiply-adds: over the split threshold, an odd number of rows
        assertThat((long) m * k * n).isGreaterThanOrEqualTo(MatMulKernel.NATIVE_PARALLEL_MIN_MACS);
        NDArray a = random(r, k, m).permute(1, 0), b = random(r, k, n); // Aᵀ read in place, as in a weight gradient
        double[] whole = new double[m * n], split = new double[m * n];
        assertThat(MatMulKernel.nativeMultiply(a, b, whole, m, k, n, false)).isTrue();
        assertThat(MatMulKernel.nativeMultiply(a, b, split, m, k, n, true)).isTrue();
        assertThat(Arrays.mismatch(split, whole)).isEqualTo(-1);
        assertThat(NDArray.of(split, m, n).allClose(NDArray.of(naive(a, b), m, n), 1e-12, 1e-12)).isTrue();
    }

    @Test
    void theMnistLayersProductsAreSplitAndGiveTheSameBitsAsOneCall() {
        // X·W1 (100×784 · 784×100) and Xᵀ·G1 (a view, 784×100 · 100×100): NumPy's OpenBLAS runs them on both cores
        long layer = 100L * 784 * 100;
        assertThat(layer).isGreaterThanOrEqualTo(MatMulKernel.NATIVE_PARALLEL_MIN_MACS);
        if (!NativeBlas.available()) return;
        SplittableRandom r = new SplittableRandom(12);
        NDArray x = random(r, 100, 784), w1 = random(r, 784, 100), g1 = random(r, 100, 100);
        for (NDArray[] ab : new NDArray[][] {{x, w1}, {x.permute(1, 0), g1}}) {
            NDArray a = ab[0], b = ab[1];
            int m = a.shape[0], k = a.shape[1], n = b.shape[1];
            double[] whole = new double[m * n], split = new double[m * n];
            assertThat(MatMulKernel.nativeMultiply(a, b, whole, m, k, n, false)).isTrue();
            assertThat(MatMulKernel.nativeMultiply(a, b, split, m, k, n, true)).isTrue();
            assertThat(Arrays.mismatch(split, whole)).isEqualTo(-1);
        }
    }

    @Test
    void operandsEndingAtTheirBuffersEndAreMultipliedNotRefused() {
        // netlib's bounds check asks for a whole leading dimension after the last row read: a slice
        // of the bottom-right corner of a wider array, or a block of rows of a transposed view, fails it
        SplittableRandom r = new SplittableRandom(13);
        int m = 40, k = 50, n = 30;
        NDArray a = random(r, m + 2, k + 5).slice(0, 2, 2 + m, 1).slice(1, 5, 5 + k, 1);
        NDArray b = random(r, k + 3, n + 4).slice(0, 3, 3 + k, 1).slice(1, 4, 4 + n, 1);
        assertThat(a.matmul(b).allClose(NDArray.of(naive(a, b), m, n), 1e-13, 1e-13)).isTrue();
        int rows = (int) (MatMulKernel.NATIVE_CHUNK_MACS / ((long) k * n)) + 7; // two native calls, the second at an offset
        NDArray at = random(r, k, rows).permute(1, 0);
        assertThat(at.matmul(b).allClose(NDArray.of(naive(at, b), rows, n), 1e-12, 1e-12)).isTrue();
    }
}
