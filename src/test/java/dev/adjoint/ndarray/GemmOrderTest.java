package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Small products in OpenBLAS's order. The NumPy conformance program 131_small_products_last_bits
 * compares whole products with NumPy's; here the rules themselves: a fused chain, the p blocks of
 * the level-3 driver, the four accumulators of the odd last row, A·Aᵀ mirrored.
 */
class GemmOrderTest {
    @Test
    void eachElementIsOneFusedChain() {
        double[] a = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, b = {0.7, 0.8, 0.9, 1.1, 1.2, 1.3};
        double[] c = new double[4];
        GemmOrder.multiply(a, 0, 3, 1, b, 0, 2, 1, c, 0, 2, 3, 2, false);
        double c00 = Math.fma(0.3, 1.2, Math.fma(0.2, 0.9, Math.fma(0.1, 0.7, 0)));
        assertThat(c[0]).isEqualTo(c00);
    }

    @Test
    void theDriversBlocksOfP() {
        assertThat(GemmOrder.block(100)).isEqualTo(100);
        assertThat(GemmOrder.block(256)).isEqualTo(256);
        assertThat(GemmOrder.block(300)).isEqualTo(152); // two near-equal halves, rounded up to 4
        assertThat(GemmOrder.block(600)).isEqualTo(256);
    }

    @Test
    void theOddLastRowSumsInFourAccumulators() {
        int m = 3, k = 10, n = 4;
        double[] a = new double[m * k], b = new double[k * n];
        for (int i = 0; i < a.length; i++) a[i] = Math.sin(i + 1);
        for (int i = 0; i < b.length; i++) b[i] = Math.cos(i + 1);
        double[] c = new double[m * n];
        GemmOrder.multiply(a, 0, k, 1, b, 0, n, 1, c, 0, m, k, n, false);
        double[] acc = new double[4];
        for (int p = 0; p < k; p++) acc[p < 8 ? p % 4 : 0] = Math.fma(a[2 * k + p], b[p * n], acc[p < 8 ? p % 4 : 0]);
        assertThat(c[2 * n]).isEqualTo((acc[0] + acc[1]) + (acc[2] + acc[3]));
        double chain = 0;
        for (int p = 0; p < k; p++) chain = Math.fma(a[p], b[p * n], chain);
        assertThat(c[0]).isEqualTo(chain);
    }

    @Test
    void aTimesItsTransposeIsMirrored() {
        int n = 3, k = 12;
        double[] a = new double[n * k];
        for (int i = 0; i < a.length; i++) a[i] = Math.sin(3 * i + 1);
        double[] c = new double[n * n];
        GemmOrder.multiply(a, 0, k, 1, a, 0, 1, k, c, 0, n, k, n, true);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) assertThat(c[i * n + j]).isEqualTo(c[j * n + i]);
    }
}
