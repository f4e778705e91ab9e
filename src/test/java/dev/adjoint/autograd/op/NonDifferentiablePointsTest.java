package dev.adjoint.autograd.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The points where norm, std, sign and pow are not differentiable (or not exact), with the values
 * PyTorch 1.13 gives there (float64; each case's torch expression in a comment). The whole set,
 * every p and dim, is PyTorch program 316.
 */
class NonDifferentiablePointsTest {
    private static Tensor in(double... v) {
        return Tensor.leaf(NDArray.vector(v), true);
    }

    private static NDArray gradient(Tensor y, Tensor x) {
        return Autograd.grad(Ops.sum(y), List.of(x), null, false).get(0).value();
    }

    @Test
    void theNormAtZeroHasGradientZeroForEveryOrder() {
        // torch: x = zeros(2, requires_grad=True); x.norm(p).backward(); x.grad -> [0., 0.] (p = 2, 3, 1.5, 0.5, -1, inf)
        for (double p : new double[] {2, 3, 1.5, 0.5, -1, Double.POSITIVE_INFINITY}) {
            Tensor x = in(0, 0);
            assertThat(gradient(Ops.norm(x, p, null, false), x)).as("p=" + p).isEqualTo(NDArray.vector(0, 0));
        }
    }

    @Test
    void theZeroNormHasNoGradientAtAll() {
        // torch: x.norm(p=0).backward() leaves x.grad None; autograd.grad says x was not used
        Tensor x = in(0, 2);
        Tensor y = Ops.norm(x, 0, null, false);
        assertThat(y.item()).isEqualTo(1);
        assertThat(Autograd.gradOfUsed(y, List.of(x), null, false).get(0)).isNull();
    }

    @Test
    void theStdOfAConstantHasGradientZero() {
        // torch: x = ones(2, requires_grad=True); x.std().backward(); x.grad -> [0., 0.]
        Tensor x = in(1, 1);
        assertThat(gradient(Ops.std(x, null, 1, false), x)).isEqualTo(NDArray.vector(0, 0));
    }

    @Test
    void withoutADegreeOfFreedomStdFailsAsTorchDoes() {
        // torch: tensor([1.], requires_grad=True).std().backward() -> RuntimeError ... got [] but expected shape compatible with [1]
        Tensor x = in(1);
        assertThatThrownBy(() -> gradient(Ops.std(x, null, 1, false), x)).hasMessageContaining("got [] but expected shape compatible with [1]");
        assertThat(gradient(Ops.std(x, new int[] {0}, 1, false), x).get(0)).isNaN(); // with dim=0: tensor([nan])
    }

    @Test
    void signIsZeroAtNanAndAtNegativeZero() {
        // torch: torch.sign(tensor([nan, -0.])) -> tensor([0., 0.])
        NDArray s = Ops.sign(Tensor.constant(NDArray.vector(Double.NaN, -0.0))).value();
        assertThat(Double.doubleToRawLongBits(s.get(0))).isEqualTo(0L);
        assertThat(Double.doubleToRawLongBits(s.get(1))).isEqualTo(0L);
    }

    @Test
    void powersWithAnExactFormAreComputedThatWay() {
        // torch: tensor([2.]) ** -0.5 -> 0.7071067811865475 (1/sqrt(2)); Math.pow gives ...476
        assertThat(Ops.pow(Tensor.constant(NDArray.vector(2)), -0.5).item()).isEqualTo(1 / Math.sqrt(2));
        double x = 0.1;
        assertThat(Ops.pow(Tensor.constant(NDArray.vector(x)), 3).item()).isEqualTo(x * x * x);
        assertThat(Ops.pow(Tensor.constant(NDArray.vector(x)), -2).item()).isEqualTo(1 / (x * x));
    }
}
