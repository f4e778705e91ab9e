package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * max_pool3d: values and indices against a loop written from the definition, gradients against
 * central differences (second order too), the node's name, unbatched input and PyTorch's checks.
 */
class MaxPool3dTest {
    /** out[n, c, oz, oy, ox] = max over the window's entries inside the volume, the first of equal ones; its flat index in the volume alongside. */
    private static double[][] naive(NDArray x, int[] k, int[] stride, int[] pad, int[] dil, int[] out) {
        int[] s = x.shape();
        int count = s[0] * s[1] * out[0] * out[1] * out[2], e = 0;
        double[] values = new double[count], indices = new double[count];
        for (int n = 0; n < s[0]; n++)
            for (int c = 0; c < s[1]; c++)
                for (int oz = 0; oz < out[0]; oz++)
                    for (int oy = 0; oy < out[1]; oy++)
                        for (int ox = 0; ox < out[2]; ox++) {
                            double most = Double.NEGATIVE_INFINITY;
                            int at = -1;
                            for (int i = 0; i < k[0]; i++)
                                for (int j = 0; j < k[1]; j++)
                                    for (int l = 0; l < k[2]; l++) {
                                        int z = oz * stride[0] - pad[0] + i * dil[0], y = oy * stride[1] - pad[1] + j * dil[1], w = ox * stride[2] - pad[2] + l * dil[2];
                                        if (z < 0 || z >= s[2] || y < 0 || y >= s[3] || w < 0 || w >= s[4]) continue;
                                        double v = x.get(n, c, z, y, w);
                                        if (at < 0 || v > most) {
                                            most = v;
                                            at = (z * s[3] + y) * s[4] + w;
                                        }
                                    }
                            values[e] = most;
                            indices[e++] = at;
                        }
        return new double[][] {values, indices};
    }

    @Test
    void eachEntryIsItsWindowsLargestAndTheGradientsAreTheDifferences() {
        for (int t = 0; t < 8; t++) {
            Gen g = new Gen(85300 + t);
            int[] k = new int[3], stride = new int[3], pad = new int[3], dil = new int[3], size = new int[3], out = new int[3];
            boolean ceil = g.coin();
            for (int i = 0; i < 3; i++) {
                k[i] = g.intIn(1, 3);
                stride[i] = g.intIn(1, 2);
                pad[i] = g.intIn(0, k[i] / 2);
                dil[i] = g.intIn(1, 2);
                size[i] = dil[i] * (k[i] - 1) + g.intIn(1, 3);
                out[i] = Patches.poolOutput(size[i], k[i], pad[i], stride[i], dil[i], ceil);
            }
            NDArray x = g.array(g.intIn(1, 2), g.intIn(1, 2), size[0], size[1], size[2]);
            Tensor[] y = MaxPool3d.of(Tensor.constant(x), k, stride, pad, dil, ceil);
            assertThat(y[0].shape()).containsExactly(x.dim(0), x.dim(1), out[0], out[1], out[2]);
            double[][] want = naive(x, k, stride, pad, dil, out);
            assertThat(y[0].value().toArray()).as("seed %d", g.seed()).containsExactly(want[0]);
            assertThat(y[1].value().toArray()).as("seed %d", g.seed()).containsExactly(want[1]);
            checkWithSecondOrder(g, "max_pool3d seed " + g.seed(), f -> MaxPool3d.of(f[0], k, stride, pad, dil, ceil)[0], x);
        }
    }

    @Test
    void unbatchedVolumesKeepTheNodeAndTheChecksAreInPyTorchsOrder() {
        Gen g = new Gen(85400);
        Tensor x = Tensor.leaf(g.array(2, 3, 4, 5), true);
        Tensor y = MaxPool3d.of(x, new int[] {2, 2, 2}, new int[] {1, 2, 1}, new int[] {1, 0, 1}, new int[] {1, 1, 2}, false)[0];
        assertThat(y.shape()).containsExactly(2, 4, 2, 5);
        assertThat(y.op().torchName(y)).isEqualTo("MaxPool3DWithIndicesBackward0");
        int[] one = {1, 1, 1}, two = {2, 2, 2}, none = {0, 0, 0};
        assertThatThrownBy(() -> MaxPool3d.of(x, none, none, none, one, false)).hasMessage("stride should not be zero");
        assertThatThrownBy(() -> MaxPool3d.of(x, none, one, none, one, false)).hasMessage("kernel size should be greater than zero, but got kT: 0 kH: 0 kW: 0");
        assertThatThrownBy(() -> MaxPool3d.of(x, two, two, two, one, false)).hasMessage("pad should be at most half of kernel size, but got pad=2 and kernel_size=2");
        assertThatThrownBy(() -> MaxPool3d.of(Tensor.constant(NDArray.zeros(3, 4, 5)), two, two, none, one, false))
                .hasMessage("non-empty 4D or 5D (batch mode) tensor expected for input");
        assertThatThrownBy(() -> MaxPool3d.of(x, new int[] {4, 1, 1}, one, none, one, false))
                .hasMessage("Given input size: (2x3x4x5). Calculated output size: (2x0x4x5). Output size is too small");
    }
}
