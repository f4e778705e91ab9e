package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.check;
import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * torch.linalg.matrix_exp: bit for bit against torch 1.13 (src/test/resources/fixtures/torch_matrix_exp.txt,
 * recorded by scripts/fixtures/torch_matrix_exp_fixtures.py: every degree, scaling and squaring,
 * naive and dgemm products), its defining identities, and its gradient against central differences.
 */
class MatrixExpTest {
    @Test
    void everyRecordedMatrixIsPyTorchs() throws IOException {
        int cases = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MatrixExpTest.class.getResourceAsStream("/fixtures/torch_matrix_exp.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] halves = line.split(" \\| "), a = halves[0].split(" "), e = halves[1].split(" ");
                int n = Integer.parseInt(a[0]);
                double[] m = new double[n * n], want = new double[n * n];
                for (int i = 0; i < n * n; i++) {
                    m[i] = Double.parseDouble(a[i + 1]);
                    want[i] = Double.parseDouble(e[i]);
                }
                assertThat(MatrixExp.exp(m, n)).as("matrix_exp of line %d", cases + 2).containsExactly(want);
                cases++;
            }
        }
        assertThat(cases).isEqualTo(55);
    }

    @Test
    void meetsItsIdentities() {
        Gen g = new Gen(8610);
        for (double scale : new double[] {1e-6, 0.03, 0.2, 1, 8}) {
            NDArray a = g.array(3, 4, 4).mul(NDArray.scalar(scale));
            Tensor e = Ops.matrixExp(Tensor.constant(a)), inverse = Ops.matrixExp(Tensor.constant(a.neg()));
            NDArray eye = NDArray.eye(4, 4);
            for (int b = 0; b < 3; b++) { // e^A e^−A = I
                NDArray product = Ops.matmul(e, inverse).value().select(java.util.List.of(new dev.adjoint.ndarray.Index.At(b)));
                assertThat(product.allClose(eye, 1e-9, 1e-9 * Math.exp(8 * scale))).as("scale %s", scale).isTrue();
            }
        }
        double[] diagonal = MatrixExp.exp(new double[] {1, 0, 0, -2}, 2); // a diagonal matrix: the exponentials of its entries
        assertThat(diagonal[0]).isCloseTo(Math.E, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(diagonal[3]).isCloseTo(Math.exp(-2), org.assertj.core.api.Assertions.within(1e-16));
        assertThat(diagonal[1]).isZero();
    }

    @Test
    void differentiatesAcrossItsDegreesAndSquarings() {
        for (int i = 0; i < 6; i++) {
            Gen g = new Gen(8620 + i);
            int n = 1 + i % 4;
            double scale = new double[] {0.02, 0.2, 0.8, 2, 6, 0.1}[i];
            checkWithSecondOrder(g, "matrix_exp", t -> Ops.matrixExp(t[0]), g.array(2, n, n).mul(NDArray.scalar(scale / n)));
        }
        Gen g = new Gen(8630);
        check(g, "matrix_exp of a 9 x 9 batch (dgemm products)", t -> Ops.matrixExp(t[0]), g.array(2, 9, 9).mul(NDArray.scalar(0.5)));
    }
}
