package dev.adjoint.autograd.op;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** a ** b where the textbook rules meet 0 × ∞; the values are PyTorch's (torch 1.13, float64). */
class PowEdgeCasesTest {
    private static Tensor in(double... v) {
        return Tensor.leaf(NDArray.vector(v), true);
    }

    @Test
    void zeroExponentHasZeroSlopeAtZero() {
        // torch: a = tensor([0., 2.], requires_grad=True); (a ** 0).sum().backward(); a.grad -> [0., 0.]
        Tensor a = in(0, 2);
        Tensor y = Ops.sum(Ops.pow(a, 0));
        assertThat(Autograd.grad(y, List.of(a), null, false).get(0).value()).isEqualTo(NDArray.vector(0, 0));
        assertThat(Autograd.tangents(y, Map.of(a, Tensor.constant(NDArray.vector(1, 1)))).get(y).item()).isEqualTo(0);
    }

    @Test
    void exponentSlopeAtAZeroBaseIsZero() {
        // torch: a = tensor([0., 2.]); b = tensor([2., 3.], requires_grad=True); (a ** b).sum().backward(); b.grad -> [0., 8 ln 2]
        Tensor a = Tensor.constant(NDArray.vector(0, 2)), b = in(2, 3);
        Tensor g = Autograd.grad(Ops.sum(Ops.pow(a, b)), List.of(b), null, false).get(0);
        assertThat(g.value().get(0)).isEqualTo(0);
        assertThat(g.value().get(1)).isEqualTo(8 * Math.log(2));
    }

    @Test
    void squareAtZeroStillHasSlopeZeroAndCurvatureTwo() {
        Tensor a = in(0);
        Tensor y = Ops.sum(Ops.pow(a, 2));
        Tensor g = Autograd.grad(y, List.of(a), null, true).get(0);
        assertThat(g.value().get(0)).isEqualTo(0);
        assertThat(Autograd.grad(Ops.sum(g), List.of(a), null, false).get(0).value().get(0)).isEqualTo(2);
    }
}
