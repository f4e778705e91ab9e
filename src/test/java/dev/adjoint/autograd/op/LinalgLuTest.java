package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import dev.adjoint.testing.GradCheck;
import org.junit.jupiter.api.Test;

/** torch.linalg.lu and lu_factor: A = P L U with partial pivoting, and their gradients against central differences. */
class LinalgLuTest {
    /** A weighted sum of L and U (or of the packed LU): a loss that reads every entry the factors have. */
    private static Tensor lu(Tensor a, boolean packed) {
        if (packed) return Ops.lu(a, true, "torch.lu_factor")[0];
        Tensor[] f = Ops.lu(a, false, "linalg.lu");
        return Ops.add(Ops.sum(Ops.mul(f[1], f[1])), Ops.sum(Ops.mul(f[2], Ops.scalar(0.5))));
    }

    @Test
    void factorsWithPartialPivoting() {
        Gen g = new Gen(8621);
        for (int[] shape : new int[][] {{4, 4}, {3, 5}, {5, 3}, {2, 3, 3}}) {
            Tensor a = Tensor.constant(g.array(shape));
            Tensor[] f = Ops.lu(a, false, "linalg.lu");
            assertThat(Ops.matmul(Ops.matmul(f[0], f[1]), f[2]).value().allClose(a.value(), 1e-12, 1e-12)).as("P L U = A, %s", java.util.Arrays.toString(shape)).isTrue();
            for (double l : f[1].value().toArray()) assertThat(Math.abs(l)).isLessThanOrEqualTo(1); // the largest pivot: |L| ≤ 1
        }
    }

    @Test
    void differentiatesSquareWideAndTall() {
        for (int i = 0; i < 4; i++) {
            Gen g = new Gen(8630 + i);
            NDArray a = g.array(2, 3, 3).add(NDArray.eye(3, 3).mul(2));
            checkWithSecondOrder(g, "lu", t -> lu(t[0], false), a);
            checkWithSecondOrder(g, "lu_factor", t -> lu(t[0], true), a);
        }
        for (int[] shape : new int[][] {{3, 5}, {5, 3}, {2, 2, 4}, {2, 4, 2}})
            for (boolean packed : new boolean[] {false, true}) { // reverse mode only: the tangent is written for square matrices
                Gen g = new Gen(8640 + shape[shape.length - 1]);
                NDArray a = g.array(shape), seed = packed ? g.array(shape) : NDArray.scalar(1);
                GradCheck.Fn f = t -> lu(t[0], packed);
                NDArray want = GradCheck.numericGradients(f, seed, a).get(0), got = GradCheck.gradients(f, seed, a).get(0);
                assertThat(got.allClose(want, 1e-6, 1e-7)).as("%s packed=%s: %s vs %s", java.util.Arrays.toString(shape), packed, got, want).isTrue();
            }
    }

    @Test
    void refusesWhatPyTorchRefuses() {
        assertThatThrownBy(() -> Ops.lu(Tensor.constant(NDArray.zeros(3)), false, "linalg.lu")).isInstanceOf(AutogradException.class)
                .hasMessage("linalg.lu: Expected tensor with 2 or more dimensions. Got size: [3] instead");
        Tensor wide = Tensor.leaf(NDArray.ones(2, 3), true);
        Tensor l = Ops.lu(wide, false, "linalg.lu")[1];
        assertThatThrownBy(() -> dev.adjoint.autograd.Autograd.jvp(l, wide, Tensor.constant(NDArray.ones(2, 3))))
                .hasMessageContaining("square matrices only");
    }
}
