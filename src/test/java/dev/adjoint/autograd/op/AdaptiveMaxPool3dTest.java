package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * adaptive_max_pool3d: values and indices against each window's maximum written from PyTorch's window
 * bounds, gradients against central differences (second order too, distinct entries so that the
 * pick is stable), node names and PyTorch's order of checks (PyTorch fixture 880 records them).
 */
class AdaptiveMaxPool3dTest {
    /** out[n, c, od, oh, ow] = max of in over [⌊o·S/O⌋, ⌈(o+1)·S/O⌉) on each axis, then its flat index in the volume. */
    private static double[][] naive(NDArray x, int[] out) {
        int[] s = x.shape();
        int count = s[0] * s[1] * out[0] * out[1] * out[2], e = 0;
        double[] y = new double[count], at = new double[count];
        for (int n = 0; n < s[0]; n++)
            for (int c = 0; c < s[1]; c++)
                for (int od = 0; od < out[0]; od++)
                    for (int oh = 0; oh < out[1]; oh++)
                        for (int ow = 0; ow < out[2]; ow++) {
                            double most = Double.NEGATIVE_INFINITY;
                            int best = -1;
                            for (int d = od * s[2] / out[0]; d < Math.ceil((od + 1.0) * s[2] / out[0]); d++)
                                for (int h = oh * s[3] / out[1]; h < Math.ceil((oh + 1.0) * s[3] / out[1]); h++)
                                    for (int w = ow * s[4] / out[2]; w < Math.ceil((ow + 1.0) * s[4] / out[2]); w++)
                                        if (x.get(n, c, d, h, w) > most) {
                                            most = x.get(n, c, d, h, w);
                                            best = (d * s[3] + h) * s[4] + w;
                                        }
                            y[e] = most;
                            at[e++] = best;
                        }
        return new double[][] {y, at};
    }

    @Test
    void eachEntryIsItsWindowsMaximumAndTheGradientsAreTheDifferences() {
        for (int t = 0; t < 8; t++) {
            Gen g = new Gen(88000 + t);
            int[] size = {g.intIn(1, 4), g.intIn(1, 4), g.intIn(1, 5)}, out = {g.intIn(1, 5), g.intIn(1, 4), g.intIn(2, 6)};
            NDArray x = g.distinct(0.01, g.intIn(1, 2), g.intIn(1, 2), size[0], size[1], size[2]);
            Tensor[] y = AdaptiveMaxPool.of(Tensor.constant(x), out);
            assertThat(y[0].shape()).containsExactly(x.dim(0), x.dim(1), out[0], out[1], out[2]);
            assertThat(y[1].dtype()).isEqualTo(DType.INT64);
            double[][] want = naive(x, out);
            assertThat(y[0].value().toArray()).as("seed %d", g.seed()).containsExactly(want[0]);
            assertThat(y[1].value().toArray()).as("seed %d", g.seed()).containsExactly(want[1]);
            checkWithSecondOrder(g, "adaptive_max_pool3d seed " + g.seed(), f -> AdaptiveMaxPool.of(f[0], out)[0], x);
        }
    }

    @Test
    void nodesAreNamedAsPyTorchsAndItsChecksComeInItsOrder() {
        Gen g = new Gen(88100);
        Tensor x = Tensor.leaf(g.array(1, 2, 3, 4, 5), true);
        Tensor pooled = AdaptiveMaxPool.of(x, new int[] {2, 2, 2})[0];
        assertThat(pooled.op().torchName(pooled)).isEqualTo("AdaptiveMaxPool3DBackward0");
        Tensor flat = Tensor.constant(NDArray.zeros(3, 4, 5));
        assertThatThrownBy(() -> AdaptiveMaxPool.of(flat, new int[] {1, 1, 1})).hasMessage("adaptive_max_pool3d(): Expected 4D or 5D tensor, but got: [3, 4, 5]");
        Tensor empty = Tensor.constant(NDArray.zeros(2, 0, 4, 5), DType.INT64);
        assertThatThrownBy(() -> AdaptiveMaxPool.of(empty, new int[] {-1, 1, 1}))
                .hasMessage("adaptive_max_pool3d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes [2, 0, 4, 5] with dimension 1 being empty");
        Tensor ints = Tensor.constant(NDArray.zeros(2, 3, 4, 5), DType.INT64);
        assertThatThrownBy(() -> AdaptiveMaxPool.of(ints, new int[] {-1, -2, 3})).hasMessage("Trying to create tensor with negative dimension -1: [2, -1, -2, 3]");
        assertThatThrownBy(() -> AdaptiveMaxPool.of(ints, new int[] {1, 2, 3})).hasMessage("\"adaptive_max_pool3d_cpu\" not implemented for 'Long'");
        assertThat(AdaptiveMaxPool.of(Tensor.constant(NDArray.zeros(0, 3, 4, 5)), new int[] {2, 2, 2})[0].shape()).containsExactly(0, 2, 2, 2);
    }
}
