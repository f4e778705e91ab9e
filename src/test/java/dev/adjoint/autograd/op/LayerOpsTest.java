package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.check;
import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * The ops of session 16's layers: mish, hardswish, hardsigmoid, soft/hardshrink, prelu, group_norm,
 * renorm, pixel_shuffle, conv_transpose2d, soft_margin_loss and interpolate's nearest and (bi)linear modes: values against their
 * definitions, gradients against central differences (second order for the smooth ones), forward
 * mode against reverse mode.
 */
class LayerOpsTest {
    private static final int CASES = 4;

    /** Values away from the kinks at 0, ±0.5 (shrink's λ) and ±3 (hardswish's, hardsigmoid's bounds). */
    private static NDArray smooth(Gen g, int... shape) {
        return g.arrayIn(-4, 4, shape).map(v -> {
            for (double kink : new double[] {-3, -0.5, 0, 0.5, 3}) if (Math.abs(v - kink) < 0.05) return v + 0.1;
            return v;
        });
    }

    @Test
    void activationsAreTheirDefinitions() {
        NDArray x = smooth(new Gen(16100), 40);
        ActivationOpsTest.sameValues("mish", Ops::mish, v -> v * Math.tanh(Math.log(1 + Math.exp(v))), x);
        ActivationOpsTest.sameValues("hardswish", Ops::hardswish, v -> v <= -3 ? 0 : v >= 3 ? v : v * (v + 3) / 6, x);
        ActivationOpsTest.sameValues("hardsigmoid", Ops::hardsigmoid, v -> v <= -3 ? 0 : v >= 3 ? 1 : v / 6 + 0.5, x);
        ActivationOpsTest.sameValues("softshrink", t -> Ops.shrink(t, 0.5, true), v -> Math.abs(v) <= 0.5 ? 0 : v - Math.signum(v) * 0.5, x);
        ActivationOpsTest.sameValues("hardshrink", t -> Ops.shrink(t, 0.5, false), v -> Math.abs(v) <= 0.5 ? 0 : v, x);
    }

    @Test
    void activationGradientsAreTheDifferences() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(16200 + i);
            NDArray x = smooth(g, 3, 4);
            checkWithSecondOrder(g, "mish", t -> Ops.mish(t[0]), x);
            checkWithSecondOrder(g, "hardswish", t -> Ops.hardswish(t[0]), x);
            check(g, "hardsigmoid", t -> Ops.hardsigmoid(t[0]), x);
            check(g, "softshrink", t -> Ops.shrink(t[0], 0.5, true), x);
            check(g, "hardshrink", t -> Ops.shrink(t[0], 0.5, false), x);
        }
    }

    @Test
    void preluScalesTheNegativePartPerChannel() {
        Tensor x = Tensor.constant(NDArray.of(new double[] {-2, 1, -4, 3}, 2, 2)), w = Tensor.constant(NDArray.of(new double[] {0.5, 0.25}, 2));
        assertThat(Ops.prelu(x, w).value().toArray()).containsExactly(-1, 1, -2, 3);
        assertThat(Ops.prelu(Tensor.leaf(x.value(), true), w).op().torchName(null)).isEqualTo("PreluBackward0");
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(16300 + i);
            check(g, "prelu per channel", t -> Ops.prelu(t[0], t[1]), g.awayFromZero(0.1, 3, 2, 3, 2), g.arrayIn(0, 1, 3));
            check(g, "prelu one slope", t -> Ops.prelu(t[0], t[1]), g.awayFromZero(0.1, 3, 4), g.arrayIn(0, 1, 1));
        }
    }

    @Test
    void groupNormNormalisesEachGroupOfChannels() {
        Gen g = new Gen(16400);
        NDArray x = g.arrayIn(-2, 2, 2, 4, 3);
        double[] y = Normalization.groupNorm(Tensor.constant(x), 2, null, null, 1e-5).value().toArray();
        for (int n = 0; n < 2; n++)
            for (int group = 0; group < 2; group++) {
                double sum = 0, squares = 0;
                for (int k = 0; k < 6; k++) sum += y[n * 12 + group * 6 + k];
                for (int k = 0; k < 6; k++) squares += y[n * 12 + group * 6 + k] * y[n * 12 + group * 6 + k];
                assertThat(sum / 6).isCloseTo(0, within(1e-12));
                assertThat(squares / 6).isCloseTo(1, within(1e-4)); // eps keeps it just below 1
            }
        for (int i = 0; i < CASES; i++) {
            Gen h = new Gen(16410 + i);
            checkWithSecondOrder(h, "group_norm", t -> Normalization.groupNorm(t[0], 2, t[1], t[2], 1e-5), h.arrayIn(-2, 2, 2, 4, 3), h.arrayIn(0.5, 2, 4),
                    h.arrayIn(-1, 1, 4));
        }
    }

    @Test
    void softMarginLossIsItsDefinitionAndDifferentiates() {
        Tensor l = Ops.softMarginLoss(Tensor.constant(NDArray.of(new double[] {0.5, -2}, 2)), Tensor.constant(NDArray.of(new double[] {1, -1}, 2)), "none");
        assertThat(l.value().toArray()).containsExactly(Math.log1p(Math.exp(-0.5)), Math.log1p(Math.exp(-2)));
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(16900 + i);
            for (String reduction : new String[] {"mean", "sum", "none"})
                checkWithSecondOrder(g, "soft_margin_loss " + reduction, t -> Ops.softMarginLoss(t[0], t[1], reduction), g.arrayIn(-2, 2, 3, 2), g.arrayIn(-1, 1, 3, 2));
        }
    }

    @Test
    void renormScalesRowsAboveTheBound() {
        Tensor r = Ops.renorm(Tensor.constant(NDArray.of(new double[] {3, 4, 0.3, 0.4}, 2, 2)), 2, 0, 1, false);
        assertThat(r.value().toArray()).containsExactly(3 / (5 + 1e-7), 4 / (5 + 1e-7), 0.3, 0.4);
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(16500 + i);
            check(g, "renorm", t -> Ops.renorm(t[0], 2, 1, 1.5, false), g.arrayIn(-2, 2, 3, 4));
        }
    }

    @Test
    void pixelShuffleAndUnshuffleAreInverse() {
        double[] in = new double[32];
        for (int i = 0; i < 32; i++) in[i] = i;
        Tensor t = Tensor.constant(NDArray.of(in, 1, 8, 2, 2));
        Tensor shuffled = Resampling.pixelShuffle(t, 2, false);
        assertThat(shuffled.shape()).containsExactly(1, 2, 4, 4);
        assertThat(java.util.Arrays.copyOf(shuffled.value().toArray(), 4)).containsExactly(0, 4, 1, 5); // PyTorch's first row
        assertThat(Resampling.pixelShuffle(shuffled, 2, true).value().toArray()).containsExactly(in);
        Gen g = new Gen(16600);
        check(g, "pixel_shuffle", s -> Resampling.pixelShuffle(s[0], 2, false), g.array(2, 4, 2, 3));
    }

    @Test
    void transposedConvolutionIsTheAdjointOfConvolution() {
        // ⟨conv_transpose(y, w), x⟩ = ⟨y, conv(x, w)⟩ for the same stride, padding and dilation
        Gen g = new Gen(16800);
        NDArray x = g.array(1, 3, 7, 6), w = g.array(2, 3, 3, 2), y = g.array(1, 2, 4, 2);
        int[] stride = {2, 2}, padding = {1, 0}, dilation = {1, 2};
        Tensor conv = Convolution.conv2d(Tensor.constant(x), Tensor.constant(w), null, stride, Convolution.Padding.of(1, 0), dilation, 1);
        Tensor back = TransposedConvolution.convTranspose2d(Tensor.constant(y), Tensor.constant(w), null, stride, padding, new int[] {0, 1}, 1, dilation);
        assertThat(back.shape()).containsExactly(1, 3, 7, 6);
        double left = 0, right = 0;
        for (int i = 0; i < x.size(); i++) left += back.value().toArray()[i] * x.toArray()[i];
        for (int i = 0; i < y.size(); i++) right += y.toArray()[i] * conv.value().toArray()[i];
        assertThat(left).isCloseTo(right, within(1e-9 * Math.abs(right)));
        for (int i = 0; i < CASES; i++) {
            Gen h = new Gen(16810 + i);
            check(h, "conv_transpose2d", t -> TransposedConvolution.convTranspose2d(t[0], t[1], t[2], new int[] {2, 1}, new int[] {1, 0}, new int[] {1, 0}, 2,
                    new int[] {1, 1}), h.array(2, 4, 3, 2), h.array(4, 1, 3, 2), h.array(2));
        }
    }

    @Test
    void interpolationMatchesItsDefinitionAndDifferentiates() {
        Tensor v = Tensor.constant(NDArray.of(new double[] {1, 4, 2, 8}, 1, 1, 4));
        // PyTorch 1.13: F.interpolate(v, scale_factor=2, mode="linear") and nearest
        assertThat(Resampling.linear(v, new int[] {8}, false, new Double[] {2.0}).value().toArray())
                .containsExactly(1, 1.75, 3.25, 3.5, 2.5, 3.5, 6.5, 8);
        assertThat(Resampling.nearest(v, new int[] {6}, new Double[] {1.5}).value().toArray()).containsExactly(1, 1, 4, 2, 2, 8);
        assertThat(Resampling.linear(v, new int[] {7}, true, null).value().toArray()).containsExactly(1, 2.5, 4, 3, 2, 5, 8);
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(16700 + i);
            check(g, "bilinear", t -> Resampling.linear(t[0], new int[] {5, 3}, false, null), g.array(1, 2, 3, 4));
            check(g, "bilinear aligned", t -> Resampling.linear(t[0], new int[] {4, 7}, true, null), g.array(2, 1, 3, 4));
            check(g, "nearest", t -> Resampling.nearest(t[0], new int[] {5, 3}, null), g.array(1, 2, 3, 4));
        }
    }
}
