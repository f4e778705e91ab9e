package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Products with a vector bit for bit as NumPy 1.24 and PyTorch 1.13 compute them (source:
 * src/test/resources/fixtures/blas_vector_products.txt, recorded by
 * scripts/fixtures/blas_vector_fixtures.py from Debian's numpy and torch on OpenBLAS 0.3.21):
 * matrix times vector in C and Fortran order and through a strided vector, vector times matrix,
 * a matrix times a column, a row times a matrix, dot products, over lengths 1 to 2049 (across
 * the kernels' groups of 4 and 16 and dgemv's block of 2048) and 1 to 9 outputs.
 */
class GemvOrderTest {
    @Test
    void everyRecordedProductHasTheLibrarysBits() throws IOException {
        int cases = 0, plainDiffers = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                GemvOrderTest.class.getResourceAsStream("/fixtures/blas_vector_products.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split(" ");
                MatmulOf of = f[0].equals("numpy") ? MatmulOf.NUMPY : MatmulOf.PYTORCH;
                int outputs = Integer.parseInt(f[2]), length = Integer.parseInt(f[3]);
                NDArray[] xy = operands(f[1], outputs, length);
                double[] got = xy[0].matmul(xy[1], of).toArray();
                double[] plain = inOrder(xy[0], xy[1]);
                assertThat(got).as(line.substring(0, Math.min(line.length(), 40))).hasSize(f.length - 4);
                for (int i = 0; i < got.length; i++) {
                    double expected = Double.parseDouble(f[4 + i]);
                    assertThat(got[i]).as("%s %s outputs %d length %d entry %d", f[0], f[1], outputs, length, i).isEqualTo(expected);
                    if (plain[i] != expected) plainDiffers++;
                }
                cases++;
            }
        }
        assertThat(cases).isEqualTo(968);
        assertThat(plainDiffers).as("entries where summing in order would be wrong").isGreaterThan(500);
    }

    /** Each entry's products rounded and added in order (what adjoint did before). */
    private static double[] inOrder(NDArray x, NDArray y) {
        int k = y.shape()[0], m = x.size() / k, n = y.size() / k;
        double[] a = x.compact().toArray(), b = y.compact().toArray(), c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < k; p++) c[i * n + j] += a[i * k + p] * b[p * n + j];
            }
        }
        return c;
    }

    /** The script's values(): 32-bit fractions in [-0.5, 0.5), so products and sums round. */
    private static double[] values(int n, int seed) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = (((i + 1) * 2654435761L + seed * 40503L) % (1L << 32)) / 4294967296.0 - 0.5;
        return v;
    }

    private static NDArray[] operands(String layout, int outputs, int length) {
        NDArray a = switch (layout) {
            case "mv", "mvs", "mc" -> NDArray.of(values(outputs * length, 1), outputs, length);
            case "mvT" -> NDArray.of(values(length * outputs, 1), length, outputs).permute(1, 0);
            case "vm", "rm" -> NDArray.of(values(length * outputs, 1), length, outputs);
            case "vmT" -> NDArray.of(values(outputs * length, 1), outputs, length).permute(1, 0);
            default -> NDArray.of(values(length, 1), length);
        };
        NDArray v = layout.equals("mvs") ? NDArray.of(values(2 * length, 2), 2 * length).slice(0, 0, 2 * length, 2) : NDArray.of(values(length, 2), length);
        return switch (layout) {
            case "mc" -> new NDArray[] {a, v.reshape(length, 1)};
            case "rm" -> new NDArray[] {v.reshape(1, length), a};
            case "vm", "vmT" -> new NDArray[] {v, a};
            case "rc" -> new NDArray[] {a.reshape(1, length), v.reshape(length, 1)};
            default -> new NDArray[] {a, v};
        };
    }
}
