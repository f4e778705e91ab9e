package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.check;
import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/** torch.linalg's inv, det and solve: against their defining identities, gradients against central differences. */
class LinalgOpsTest {
    private static final int CASES = 6;

    /** A well-conditioned random matrix batch: random entries plus n on the diagonal. */
    private static NDArray wellConditioned(Gen g, int batch, int n) {
        NDArray a = g.array(batch, n, n);
        return a.add(NDArray.eye(n, n).mul(n));
    }

    /** det by Laplace expansion along the first row: the definition. */
    private static double laplace(double[][] m) {
        int n = m.length;
        if (n == 1) return m[0][0];
        double d = 0;
        for (int j = 0; j < n; j++) {
            double[][] minor = new double[n - 1][n - 1];
            for (int i = 1; i < n; i++)
                for (int k = 0, c = 0; k < n; k++) if (k != j) minor[i - 1][c++] = m[i][k];
            d += (j % 2 == 0 ? 1 : -1) * m[0][j] * laplace(minor);
        }
        return d;
    }

    /** (t + tᵀ)/2: what cholesky and eigvalsh see of a matrix, so that central differences move both triangles together. */
    private static Tensor symmetric(Tensor t) {
        return Ops.mul(Ops.add(t, Ops.transpose(t, -2, -1)), Tensor.constant(0.5));
    }

    @Test
    void choleskyEigvalshAndSvdvalsMeetTheirDefinitionsAndDifferentiate() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(10300 + i);
            int n = g.intIn(1, 4), m = g.intIn(1, 4);
            NDArray a = wellConditioned(g, 2, n);
            Tensor spd = Ops.matmul(Tensor.constant(a), Ops.transpose(Tensor.constant(a), -2, -1)); // A Aᵀ: positive definite
            Tensor l = Ops.cholesky(spd);
            assertThat(Ops.matmul(l, Ops.transpose(l, -2, -1)).value().allClose(spd.value(), 1e-10, 1e-10)).isTrue();
            double[] w = Ops.eigvalsh(spd, "L").value().toArray(), s = Ops.svdvals(Tensor.constant(a)).value().toArray();
            for (int k = 0; k < 2; k++) { // the eigenvalues of A Aᵀ are the squared singular values of A
                for (int j = 0; j < n; j++) assertThat(w[k * n + j]).isCloseTo(s[k * n + n - 1 - j] * s[k * n + n - 1 - j], within(1e-9 * (1 + w[k * n + n - 1])));
                for (int j = 1; j < n; j++) assertThat(s[k * n + j]).isLessThanOrEqualTo(s[k * n + j - 1]);
            }
            checkWithSecondOrder(g, "cholesky", t -> Ops.cholesky(symmetric(Ops.matmul(t[0], Ops.transpose(t[0], -2, -1)))), a);
            check(g, "eigvalsh", t -> Ops.eigvalsh(symmetric(t[0]), "L"), a);
            check(g, "svdvals", t -> Ops.svdvals(t[0]), wellConditioned(g, 2, n));
            check(g, "svdvals of a rectangle", t -> Ops.svdvals(t[0]), g.array(2, m, n + 1));
        }
    }

    @Test
    void inverseDeterminantAndSolutionSatisfyTheirDefinitions() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(10100 + i);
            int n = g.intIn(1, 4);
            NDArray a = wellConditioned(g, 2, n), b = g.array(2, n, 3);
            Tensor at = Tensor.constant(a);
            NDArray product = Ops.matmul(at, Ops.inv(at)).value();
            assertThat(product.allClose(NDArray.eye(n, n).broadcastTo(2, n, n), 1e-12, 1e-12)).isTrue();
            assertThat(Ops.matmul(at, Ops.solve(at, Tensor.constant(b))).value().allClose(b, 1e-12, 1e-12)).isTrue();
            double[] det = Ops.det(at).value().toArray();
            for (int k = 0; k < 2; k++) {
                double[][] m = new double[n][n];
                for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) m[r][c] = a.get(k, r, c);
                assertThat(det[k]).isCloseTo(laplace(m), within(1e-10 * Math.abs(laplace(m))));
            }
            checkWithSecondOrder(g, "inv", t -> Ops.inv(t[0]), a);
            checkWithSecondOrder(g, "det", t -> Ops.det(t[0]), a);
            checkWithSecondOrder(g, "solve", t -> Ops.solve(t[0], t[1]), a, b);
            checkWithSecondOrder(g, "solve vectors", t -> Ops.solve(t[0], t[1]), a, g.array(2, n));
        }
    }

    @Test
    void aSingularMatrixIsRefusedWithTheFirstZeroPivot() {
        Tensor singular = Tensor.constant(NDArray.of(new double[] {1, 2, 2, 4}, 2, 2));
        assertThatThrownBy(() -> Ops.inv(singular)).isInstanceOf(LinalgError.Singular.class).hasMessageContaining("The diagonal element 2 is zero");
        assertThat(Ops.det(singular).item()).isEqualTo(0);
        Tensor leaf = Tensor.leaf(singular.value(), true);
        Ops.det(leaf).backward();
        for (double v : leaf.grad().value().toArray()) assertThat(Math.abs(v)).isEqualTo(0.0); // PyTorch 1.13's gradient there
    }
}
