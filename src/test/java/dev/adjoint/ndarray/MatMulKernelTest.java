package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The vectorized kernel against {@link GemmOrder}, the plain loop in OpenBLAS's order (EJML's
 * fast-vs-naive tests). Both sum each output as OpenBLAS's Haswell kernel does, so results must be
 * equal bit for bit; sizes 257 and 513 cross the driver's blocks of p (256, and two halves below
 * 512), odd row counts take the four-accumulator last row.
 */
class MatMulKernelTest {
    private static double[] random(SplittableRandom r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextDouble(-1, 1);
        return v;
    }

    @Test
    void blockedEqualsNaiveOnOddSizes() {
        int[] sizes = {1, 7, 257, 513};
        SplittableRandom r = new SplittableRandom(42);
        for (int m : sizes)
            for (int k : sizes)
                for (int n : sizes) {
                    if ((long) m * k * n > 7L * 513 * 513) continue; // keeps the suite fast; every block edge is still crossed
                    double[] a = random(r, m * k), b = random(r, k * n), c0 = random(r, m * n);
                    double[] want = c0.clone(), got = c0.clone();
                    GemmOrder.multiply(a, 0, k, 1, b, 0, n, 1, want, 0, m, k, n, false);
                    MatMulKernel.multiply(a, 0, b, 0, got, 0, m, k, n);
                    assertThat(Arrays.mismatch(got, want)).as("first differing element, m=%d k=%d n=%d", m, k, n).isEqualTo(-1);
                }
    }

    /**
     * Even row counts and k a multiple of four (the sizes above are all odd), mixed with the other
     * cases in one run as the course's MNIST products come, several times over, so that the JIT
     * compiles the kernel with some of its paths not yet taken and then takes them: a product must
     * not depend on what was compiled when. 100×784×100 is split over two threads.
     */
    @Test
    void evenRowsAndWholeQuadsOfPAsTheMnistProductsCome() {
        int[][] shapes = {{100, 784, 100}, {100, 100, 10}, {100, 10, 100}, {784, 100, 100}, {100, 100, 10}, {2, 4, 3}, {6, 9, 5}, {16, 12, 1}};
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 3; round++)
            for (int[] s : shapes) {
                int m = s[0], k = s[1], n = s[2];
                double[] a = random(r, m * k), b = random(r, k * n), c0 = random(r, m * n);
                double[] want = c0.clone(), got = c0.clone();
                GemmOrder.multiply(a, 0, k, 1, b, 0, n, 1, want, 0, m, k, n, false);
                MatMulKernel.multiply(a, 0, b, 0, got, 0, m, k, n);
                assertThat(Arrays.mismatch(got, want)).as("first differing element, m=%d k=%d n=%d", m, k, n).isEqualTo(-1);
            }
    }

    @Test
    void honoursOffsets() {
        SplittableRandom r = new SplittableRandom(7);
        int m = 7, k = 257, n = 513;
        double[] a = random(r, 3 + m * k), b = random(r, 5 + k * n), c = new double[11 + m * n];
        double[] aa = Arrays.copyOfRange(a, 3, a.length), bb = Arrays.copyOfRange(b, 5, b.length), want = new double[m * n];
        GemmOrder.multiply(aa, 0, k, 1, bb, 0, n, 1, want, 0, m, k, n, false);
        MatMulKernel.multiply(a, 3, b, 5, c, 11, m, k, n);
        assertThat(Arrays.mismatch(Arrays.copyOfRange(c, 11, c.length), want)).isEqualTo(-1);
        assertThat(Arrays.copyOf(c, 11)).containsOnly(0.0);
    }
}
