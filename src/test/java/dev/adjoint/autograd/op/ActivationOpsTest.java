package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.check;
import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The activations of torch.nn.functional (gelu, elu/selu/celu, silu, softplus, hardtanh, erf):
 * values against their definitions written with other functions, gradients against central
 * differences to second order, forward mode against reverse mode.
 */
class ActivationOpsTest {
    private static final int CASES = 6;

    /** Values away from the kinks at 0 (elu, celu) and at ±0.5, ±1.5 (hardtanh's bounds below). */
    private static NDArray smooth(Gen g, int... shape) {
        return g.arrayIn(-3, 3, shape).map(v -> Math.abs(v - Math.rint(v * 2) / 2) < 0.05 ? v + 0.1 : v);
    }

    /** op(x) elementwise against its definition, to 1e-12 relative. */
    static void sameValues(String what, UnaryOperator<Tensor> op, DoubleUnaryOperator definition, NDArray x) {
        double[] got = op.apply(Tensor.constant(x)).value().toArray(), in = x.toArray();
        for (int i = 0; i < in.length; i++)
            assertThat(got[i]).as("%s(%s)", what, in[i]).isCloseTo(definition.applyAsDouble(in[i]), within(1e-12 * Math.max(1, Math.abs(got[i]))));
    }

    @Test
    void erfHasItsTabulatedValuesAndIsOdd() {
        // Abramowitz and Stegun, table 7.1
        assertThat(Sleef.erf(0.5)).isCloseTo(0.5204998778130465, within(1e-15));
        assertThat(Sleef.erf(1)).isCloseTo(0.8427007929497149, within(1e-15));
        assertThat(Sleef.erf(-2)).isCloseTo(-0.9953222650189527, within(1e-15));
        assertThat(Sleef.erf(Double.NaN)).isNaN();
    }

    @Test
    void valuesAreTheDefinitions() {
        Gen g = new Gen(9100);
        NDArray x = smooth(g, 40);
        sameValues("gelu", t -> Ops.gelu(t, false), v -> v * 0.5 * (1 + org.apache.commons.math3.special.Erf.erf(v / Math.sqrt(2))), x);
        sameValues("gelu tanh", t -> Ops.gelu(t, true), v -> 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v * v * v))), x);
        sameValues("elu", t -> Ops.elu(t, 0.7, 1, false), v -> v > 0 ? v : 0.7 * (Math.exp(v) - 1), x);
        sameValues("celu", t -> Ops.elu(t, 0.7, 1, true), v -> Math.max(0, v) + Math.min(0, 0.7 * (Math.exp(v / 0.7) - 1)), x);
        sameValues("selu", Ops::selu, v -> Elu.SELU_SCALE * (Math.max(0, v) + Math.min(0, Elu.SELU_ALPHA * (Math.exp(v) - 1))), x);
        sameValues("silu", Ops::silu, v -> v * (1 / (1 + Math.exp(-v))), x);
        sameValues("softplus", t -> Ops.softplus(t, 2, 3), v -> 2 * v > 3 ? v : Math.log(1 + Math.exp(2 * v)) / 2, x);
        sameValues("hardtanh", t -> Ops.hardtanh(t, -0.5, 1.5), v -> Math.max(-0.5, Math.min(1.5, v)), x);
    }

    @Test
    void gradientsAreTheDifferencesToSecondOrder() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(9200 + i);
            NDArray x = smooth(g, 3, 4);
            checkWithSecondOrder(g, "gelu", t -> Ops.gelu(t[0], false), x);
            checkWithSecondOrder(g, "gelu tanh", t -> Ops.gelu(t[0], true), x);
            checkWithSecondOrder(g, "elu", t -> Ops.elu(t[0], 1.3, 1, false), x);
            checkWithSecondOrder(g, "celu", t -> Ops.elu(t[0], 0.6, 1, true), x);
            checkWithSecondOrder(g, "selu", t -> Ops.selu(t[0]), x);
            checkWithSecondOrder(g, "silu", t -> Ops.silu(t[0]), x);
            checkWithSecondOrder(g, "softplus", t -> Ops.softplus(t[0], 1.5, 2), x);
            checkWithSecondOrder(g, "erf", t -> Ops.erf(t[0]), x);
            check(g, "hardtanh", t -> Ops.hardtanh(t[0], -0.5, 1.5), x);
        }
    }

    @Test
    void hardtanhPassesNoGradientAtItsBounds() {
        Tensor x = Tensor.leaf(NDArray.of(new double[] {-1, -0.5, 0, 1.5, 2}, 5), true);
        Ops.sum(Ops.hardtanh(x, -0.5, 1.5)).backward();
        assertThat(x.grad().value().toArray()).containsExactly(0, 0, 1, 0, 0);
    }

    @Test
    void nodesHavePyTorchsNames() {
        Tensor x = Tensor.leaf(NDArray.of(new double[] {-1, 2}, 2), true);
        assertThat(Ops.gelu(x, true).op().torchName(null)).isEqualTo("GeluBackward0");
        assertThat(Ops.elu(x, 1, 1, true).op().torchName(null)).isEqualTo("CeluBackward0");
        assertThat(Ops.selu(x).op().torchName(null)).isEqualTo("EluBackward0");
        assertThat(Ops.softplus(x, 1, 20).op().torchName(null)).isEqualTo("SoftplusBackward0");
    }
}
