package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.check;
import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * eigh and svd, decompositions with several outputs: each output's value against the defining
 * identities, and the gradients of every output alone and of all together against central
 * differences (forward mode too, second order for some).
 */
class LinalgFactorizationsTest {
    private static final int CASES = 4;

    private static Tensor mT(Tensor t) {
        return Ops.transpose(t, -2, -1);
    }

    /** (t + tᵀ)/2: what eigh sees of a matrix, so that central differences move both triangles together. */
    private static Tensor symmetric(Tensor t) {
        return Ops.mul(Ops.add(t, mT(t)), Tensor.constant(0.5));
    }

    /** A symmetric batch with eigenvalues at least {@code gap} apart: Q diag(w) Qᵀ for a random orthogonal Q. */
    private static NDArray spread(Gen g, int batch, int n, double gap) {
        Tensor q = Ops.svd(Tensor.constant(g.array(batch, n, n)), false)[0];
        Tensor w = Tensor.constant(g.distinct(gap, batch, n));
        return Ops.matmul(Ops.mul(q, Ops.unsqueeze(w, -2)), mT(q)).value();
    }

    @Test
    void eighReconstructsItsMatrixAndEachOutputDifferentiates() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(20500 + i);
            int n = g.intIn(1, 4);
            NDArray a = spread(g, 2, n, 0.5);
            Tensor[] lv = Ops.eigh(Tensor.constant(a), "L");
            Tensor v = lv[1];
            assertThat(Ops.matmul(Ops.mul(v, Ops.unsqueeze(lv[0], -2)), mT(v)).value().allClose(a, 1e-10, 1e-10)).isTrue();
            assertThat(Ops.matmul(mT(v), v).value().allClose(NDArray.eye(n, n).broadcastTo(2, n, n), 1e-12, 1e-12)).isTrue();
            double[] w = lv[0].value().toArray();
            for (int b = 0; b < 2; b++) for (int j = 1; j < n; j++) assertThat(w[b * n + j]).isGreaterThan(w[b * n + j - 1]);
            checkWithSecondOrder(g, "eigh values", t -> Ops.eigh(symmetric(t[0]), "L")[0], a);
            checkWithSecondOrder(g, "eigh vectors", t -> Ops.eigh(symmetric(t[0]), "L")[1], a);
            check(g, "eigh vectors from the upper triangle", t -> Ops.eigh(symmetric(t[0]), "U")[1], a);
            check(g, "eigh both", t -> {
                Tensor[] r = Ops.eigh(symmetric(t[0]), "L");
                return Ops.add(Ops.mul(r[1], r[1]), Ops.unsqueeze(r[0], -2));
            }, a);
            checkWithSecondOrder(g, "eigvalsh", t -> Ops.eigvalsh(symmetric(t[0]), "L"), a);
        }
    }

    @Test
    void svdReconstructsItsMatrixAndEachOutputDifferentiates() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(20600 + i);
            int m = g.intIn(1, 4), n = g.intIn(1, 4), k = Math.min(m, n);
            NDArray a = g.array(2, m, n);
            Tensor[] usv = Ops.svd(Tensor.constant(a), false);
            Tensor product = Ops.matmul(Ops.mul(usv[0], Ops.unsqueeze(usv[1], -2)), usv[2]);
            assertThat(product.value().allClose(a, 1e-10, 1e-10)).isTrue();
            Tensor[] full = Ops.svd(Tensor.constant(a), true);
            assertThat(full[0].shape()).containsExactly(2, m, m);
            assertThat(full[2].shape()).containsExactly(2, n, n);
            assertThat(Ops.matmul(mT(full[0]), full[0]).value().allClose(NDArray.eye(m, m).broadcastTo(2, m, m), 1e-12, 1e-12)).isTrue();
            checkWithSecondOrder(g, "svd S", t -> Ops.svd(t[0], false)[1], a);
            checkWithSecondOrder(g, "svd U", t -> Ops.svd(t[0], false)[0], a);
            checkWithSecondOrder(g, "svd Vh", t -> Ops.svd(t[0], false)[2], a);
            check(g, "svd all three", t -> {
                Tensor[] r = Ops.svd(t[0], false);
                return Ops.add(Ops.sum(Ops.matmul(r[0], r[2])), Ops.sum(Ops.mul(r[1], r[1])));
            }, a);
            check(g, "svdvals", t -> Ops.svdvals(t[0]), a);
            // full_matrices: U's first k columns (Vh's first k rows) are determined, the others not
            check(g, "svd full, first k columns of U", t -> Indexing.view(Ops.svd(t[0], true)[0],
                    java.util.List.of(Indexing.ELLIPSIS, new dev.adjoint.ndarray.Index.Slice(0, k, null))), a);
            check(g, "svd full, first k rows of Vh", t -> Indexing.view(Ops.svd(t[0], true)[2],
                    java.util.List.of(Indexing.ELLIPSIS, new dev.adjoint.ndarray.Index.Slice(0, k, null), dev.adjoint.ndarray.Index.Slice.ALL)), a);
        }
    }

    @Test
    void qrReconstructsItsMatrixAndEachOutputDifferentiates() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(20700 + i);
            int m = g.intIn(1, 4), n = g.intIn(1, 4);
            NDArray a = g.array(2, m, n).add(NDArray.eye(m, n).mul(3)); // R's diagonal away from zero
            for (String mode : new String[] {"reduced", "complete"}) {
                Tensor[] qr = Ops.qr(Tensor.constant(a), mode);
                assertThat(Ops.matmul(qr[0], qr[1]).value().allClose(a, 1e-10, 1e-10)).isTrue();
                int cols = qr[0].shape()[2];
                assertThat(Ops.matmul(mT(qr[0]), qr[0]).value().allClose(NDArray.eye(cols, cols).broadcastTo(2, cols, cols), 1e-12, 1e-12)).isTrue();
            }
            checkWithSecondOrder(g, "qr Q", t -> Ops.qr(t[0], "reduced")[0], a);
            checkWithSecondOrder(g, "qr R", t -> Ops.qr(t[0], "reduced")[1], a);
            check(g, "qr both", t -> {
                Tensor[] r = Ops.qr(t[0], "reduced");
                return Ops.add(Ops.sum(Ops.mul(r[0], r[0])), Ops.sum(Ops.matmul(r[0], r[1])));
            }, a);
        }
    }

    @Test
    void pinvAndLstsqMeetTheirDefinitionsAndDifferentiate() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(20800 + i);
            int m = g.intIn(1, 4), n = g.intIn(1, 4), k = g.intIn(1, 3);
            NDArray a = g.array(2, m, n).add(NDArray.eye(m, n).mul(3)), b = g.array(2, m, k);
            Tensor at = Tensor.constant(a), p = Ops.pinv(at, 0, -1, false);
            // the Penrose conditions A A⁺ A = A and A⁺ A A⁺ = A⁺
            assertThat(Ops.matmul(Ops.matmul(at, p), at).value().allClose(a, 1e-10, 1e-10)).isTrue();
            assertThat(Ops.matmul(Ops.matmul(p, at), p).value().allClose(p.value(), 1e-10, 1e-10)).isTrue();
            // the least-squares solution of a full-rank A is A⁺ B
            assertThat(Ops.lstsq(at, Tensor.constant(b), null)[0].value().allClose(Ops.matmul(p, Tensor.constant(b)).value(), 1e-9, 1e-9)).isTrue();
            checkWithSecondOrder(g, "pinv", t -> Ops.pinv(t[0], 0, -1, false), a);
            NDArray spd = spread(g, 2, n, 0.5);
            check(g, "pinv hermitian", t -> Ops.pinv(symmetric(t[0]), 0, -1, true), spd);
            checkWithSecondOrder(g, "lstsq", t -> Ops.lstsq(t[0], t[1], null)[0], a, b);
            check(g, "lstsq vector", t -> Ops.lstsq(Tensor.constant(a), t[0], null)[0], g.array(2, m)); // A's gradient is PyTorch 1.13's IndexError
        }
    }

    @Test
    void anUnusedOutputAddsNothingEvenWhereItsTermWouldBeNotANumber() {
        Tensor a = Tensor.leaf(NDArray.eye(3, 3), true); // three equal eigenvalues: the eigenvectors' term divides by zero
        Ops.sum(Ops.eigh(a, "L")[0]).backward();
        assertThat(a.grad().value().allClose(NDArray.eye(3, 3), 0, 1e-15)).isTrue();
    }
}
