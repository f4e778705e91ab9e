package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * adaptive_avg_pool3d (interpolate's 5-d area mode): values against the window means written from
 * PyTorch's window bounds, gradients against central differences (second order too), node names.
 */
class AdaptiveAvgPool3dTest {
    /** out[n, c, od, oh, ow] = mean of in over [⌊o·S/O⌋, ⌈(o+1)·S/O⌉) on each axis. */
    private static double[] naive(NDArray x, int[] out) {
        int[] s = x.shape();
        double[] y = new double[s[0] * s[1] * out[0] * out[1] * out[2]];
        int e = 0;
        for (int n = 0; n < s[0]; n++)
            for (int c = 0; c < s[1]; c++)
                for (int od = 0; od < out[0]; od++)
                    for (int oh = 0; oh < out[1]; oh++)
                        for (int ow = 0; ow < out[2]; ow++) {
                            double sum = 0;
                            int count = 0;
                            for (int d = od * s[2] / out[0]; d < Math.ceil((od + 1.0) * s[2] / out[0]); d++)
                                for (int h = oh * s[3] / out[1]; h < Math.ceil((oh + 1.0) * s[3] / out[1]); h++)
                                    for (int w = ow * s[4] / out[2]; w < Math.ceil((ow + 1.0) * s[4] / out[2]); w++) {
                                        sum += x.get(n, c, d, h, w);
                                        count++;
                                    }
                            y[e++] = sum / count;
                        }
        return y;
    }

    @Test
    void eachEntryIsItsWindowsMeanAndTheGradientsAreTheDifferences() {
        for (int t = 0; t < 8; t++) {
            Gen g = new Gen(80700 + t);
            int[] size = {g.intIn(1, 4), g.intIn(1, 4), g.intIn(1, 5)}, out = {g.intIn(1, 5), g.intIn(1, 4), g.intIn(2, 6)};
            NDArray x = g.array(g.intIn(1, 2), g.intIn(1, 2), size[0], size[1], size[2]);
            Tensor y = AdaptiveAvgPool3d.of(Tensor.constant(x), out);
            assertThat(y.shape()).containsExactly(x.dim(0), x.dim(1), out[0], out[1], out[2]);
            double[] want = naive(x, out), got = y.value().toArray();
            for (int e = 0; e < want.length; e++) assertThat(got[e]).as("seed %d entry %d", g.seed(), e).isCloseTo(want[e], within(1e-12));
            checkWithSecondOrder(g, "adaptive_avg_pool3d seed " + g.seed(), f -> AdaptiveAvgPool3d.of(f[0], out), x);
        }
    }

    @Test
    void nodesAreNamedAsPyTorchsAndEmptyVolumesAreRefused() {
        Gen g = new Gen(80800);
        Tensor x = Tensor.leaf(g.array(1, 2, 3, 4, 5), true);
        Tensor pooled = AdaptiveAvgPool3d.of(x, new int[] {2, 2, 2});
        assertThat(pooled.op().torchName(pooled)).isEqualTo("AdaptiveAvgPool3DBackward0");
        Tensor mean = AdaptiveAvgPool3d.of(x, new int[] {1, 1, 1}); // PyTorch takes the mean for 1 × 1 × 1
        assertThat(mean.op().torchName(mean)).isEqualTo("MeanBackward1");
        assertThat(mean.shape()).containsExactly(1, 2, 1, 1, 1);
        assertThatThrownBy(() -> AdaptiveAvgPool3d.of(Tensor.constant(NDArray.zeros(2, 2, 0, 3, 3)), new int[] {2, 1, 3}))
                .hasMessage("adaptive_avg_pool3d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes [2, 2, 0, 3, 3] with dimension 2 being empty");
    }

    @Test
    void unbatchedVolumesPoolAsOneBatchWithTheSameNodeAndGradients() {
        for (int t = 0; t < 4; t++) {
            Gen g = new Gen(85200 + t);
            int[] out = {g.intIn(1, 3), g.intIn(2, 4), g.intIn(1, 5)};
            NDArray x = g.array(g.intIn(1, 3), g.intIn(1, 4), g.intIn(1, 4), g.intIn(1, 5));
            Tensor y = AdaptiveAvgPool3d.of(Tensor.leaf(x, true), out);
            assertThat(y.shape()).containsExactly(x.dim(0), out[0], out[1], out[2]);
            assertThat(y.op().torchName(y)).isEqualTo("AdaptiveAvgPool3DBackward0");
            double[] want = naive(x.reshape(1, x.dim(0), x.dim(1), x.dim(2), x.dim(3)), out), got = y.value().toArray();
            for (int e = 0; e < want.length; e++) assertThat(got[e]).as("seed %d entry %d", g.seed(), e).isCloseTo(want[e], within(1e-12));
            checkWithSecondOrder(g, "unbatched adaptive_avg_pool3d seed " + g.seed(), f -> AdaptiveAvgPool3d.of(f[0], out), x);
        }
    }

    @Test
    void negativeSizesAndWrongRanksAreRefusedInPyTorchsOrder() {
        Tensor flat = Tensor.constant(NDArray.zeros(3, 4, 5));
        assertThatThrownBy(() -> AdaptiveAvgPool3d.of(flat, new int[] {1, -2, 3}))
                .hasMessage("adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {1, -2,3}");
        assertThat(AdaptiveAvgPool3d.of(flat, new int[] {1, 1, 1}).shape()).containsExactly(1, 1, 1); // the mean shortcut comes before the rank check
        assertThatThrownBy(() -> AdaptiveAvgPool3d.of(flat, new int[] {2, 2, 2})).hasMessage("adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got [3, 4, 5]");
        assertThatThrownBy(() -> AdaptiveAvgPool3d.of(Tensor.constant(NDArray.zeros(3, 4)), new int[] {1, 1, 1}))
                .hasMessage("Dimension out of range (expected to be in range of [-2, 1], but got -3)");
    }
}
