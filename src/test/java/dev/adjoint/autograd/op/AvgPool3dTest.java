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
 * avg_pool3d: values against a loop written from PyTorch's definition (count_include_pad, divisor_override,
 * ceil_mode), gradients against central differences (second order too), the node's name and PyTorch's checks.
 */
class AvgPool3dTest {
    /** Each window's sum over the divisor: the override, else the window clipped to the padded volume (count_include_pad) or to the volume. */
    private static double[] naive(NDArray x, int[] k, int[] stride, int[] pad, boolean countIncludePad, Integer divisor, int[] out) {
        int[] s = x.shape();
        double[] y = new double[s[0] * s[1] * out[0] * out[1] * out[2]];
        int e = 0;
        for (int n = 0; n < s[0]; n++)
            for (int c = 0; c < s[1]; c++)
                for (int oz = 0; oz < out[0]; oz++)
                    for (int oy = 0; oy < out[1]; oy++)
                        for (int ox = 0; ox < out[2]; ox++) {
                            int[] o = {oz, oy, ox};
                            double sum = 0;
                            int padded = 1, inside = 1;
                            for (int a = 0; a < 3; a++) {
                                int from = o[a] * stride[a] - pad[a], to = Math.min(from + k[a], s[2 + a] + pad[a]);
                                padded *= to - from;
                                inside *= Math.min(to, s[2 + a]) - Math.max(from, 0);
                            }
                            for (int i = 0; i < k[0]; i++)
                                for (int j = 0; j < k[1]; j++)
                                    for (int l = 0; l < k[2]; l++) {
                                        int z = oz * stride[0] - pad[0] + i, yy = oy * stride[1] - pad[1] + j, w = ox * stride[2] - pad[2] + l;
                                        if (z >= 0 && z < s[2] && yy >= 0 && yy < s[3] && w >= 0 && w < s[4]) sum += x.get(n, c, z, yy, w);
                                    }
                            y[e++] = sum / (divisor != null ? divisor : countIncludePad ? padded : inside);
                        }
        return y;
    }

    @Test
    void eachEntryIsItsWindowsSumOverPyTorchsDivisorAndTheGradientsAreTheDifferences() {
        for (int t = 0; t < 10; t++) {
            Gen g = new Gen(85500 + t);
            int[] k = new int[3], stride = new int[3], pad = new int[3], size = new int[3], out = new int[3];
            boolean ceil = g.coin(), countIncludePad = g.coin();
            Integer divisor = t % 4 == 3 ? g.intIn(1, 5) : null;
            for (int i = 0; i < 3; i++) {
                k[i] = g.intIn(1, 3);
                stride[i] = g.intIn(1, 2);
                pad[i] = g.intIn(0, k[i] / 2);
                size[i] = k[i] + g.intIn(0, 3);
                out[i] = Patches.poolOutput(size[i], k[i], pad[i], stride[i], 1, ceil);
            }
            NDArray x = g.array(g.intIn(1, 2), g.intIn(1, 2), size[0], size[1], size[2]);
            Tensor y = AvgPool3d.of(Tensor.constant(x), k, stride, pad, ceil, countIncludePad, divisor);
            assertThat(y.shape()).containsExactly(x.dim(0), x.dim(1), out[0], out[1], out[2]);
            double[] want = naive(x, k, stride, pad, countIncludePad, divisor, out), got = y.value().toArray();
            for (int e = 0; e < want.length; e++) assertThat(got[e]).as("seed %d entry %d", g.seed(), e).isCloseTo(want[e], within(1e-12));
            checkWithSecondOrder(g, "avg_pool3d seed " + g.seed(), f -> AvgPool3d.of(f[0], k, stride, pad, ceil, countIncludePad, divisor), x);
        }
    }

    @Test
    void unbatchedVolumesKeepTheNodeAndTheChecksAreInPyTorchsOrder() {
        Gen g = new Gen(85600);
        Tensor x = Tensor.leaf(g.array(2, 3, 4, 5), true);
        int[] one = {1, 1, 1}, two = {2, 2, 2}, none = {0, 0, 0};
        Tensor y = AvgPool3d.of(x, two, one, one, false, true, null);
        assertThat(y.shape()).containsExactly(2, 4, 5, 6);
        assertThat(y.op().torchName(y)).isEqualTo("AvgPool3DBackward0");
        assertThatThrownBy(() -> AvgPool3d.of(x, two, two, none, false, true, 0)).hasMessage("divisor must be not zero");
        assertThatThrownBy(() -> AvgPool3d.of(x, none, one, none, false, true, null)).hasMessage("kernel size should be greater than zero, but got kT: 0 kH: 0 kW: 0");
        assertThatThrownBy(() -> AvgPool3d.of(x, new int[] {4, 4, 4}, one, two, false, true, null))
                .hasMessage("input image (T: 3 H: 4 W: 5) smaller than kernel size (kT: 4 kH: 4 kW: 4)");
        assertThatThrownBy(() -> AvgPool3d.of(Tensor.constant(NDArray.zeros(3, 4)), two, two, none, false, true, null))
                .hasMessage("non-empty 4D or 5D (batch mode) tensor expected for input");
    }
}
