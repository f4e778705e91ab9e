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
 * conv3d: values against a loop written from the definition, gradients against central differences
 * (second order too), 'same' padding, the node's name and PyTorch's checks.
 */
class Conv3dOpsTest {
    /** conv3d by its definition: out[n,o,z,y,x] = b[o] + Σ w[o,c,i,j,k]·x[n, g·C/G + c, z·s − pad + i·d, …] (0 outside), g the group of o. */
    private static double[] naive(NDArray x, NDArray w, NDArray b, int[] stride, int[] pad, int[] dil, int groups, int[] out) {
        int n = x.dim(0), o = w.dim(0), c = w.dim(1);
        int[] size = {x.dim(2), x.dim(3), x.dim(4)}, k = {w.dim(2), w.dim(3), w.dim(4)};
        double[] y = new double[n * o * out[0] * out[1] * out[2]];
        int e = 0;
        for (int a = 0; a < n; a++)
            for (int f = 0; f < o; f++)
                for (int oz = 0; oz < out[0]; oz++)
                    for (int oy = 0; oy < out[1]; oy++)
                        for (int ox = 0; ox < out[2]; ox++) {
                            double s = b == null ? 0 : b.get(f);
                            int group = f / (o / groups);
                            for (int ch = 0; ch < c; ch++)
                                for (int i = 0; i < k[0]; i++)
                                    for (int j = 0; j < k[1]; j++)
                                        for (int l = 0; l < k[2]; l++) {
                                            int z = oz * stride[0] - pad[0] + i * dil[0], yy = oy * stride[1] - pad[1] + j * dil[1], xx = ox * stride[2] - pad[2] + l * dil[2];
                                            if (z >= 0 && z < size[0] && yy >= 0 && yy < size[1] && xx >= 0 && xx < size[2])
                                                s += w.get(f, ch, i, j, l) * x.get(a, group * c + ch, z, yy, xx);
                                        }
                            y[e++] = s;
                        }
        return y;
    }

    @Test
    void conv3dIsTheDefinitionsSumAndItsGradientsAreTheDifferences() {
        for (int t = 0; t < 8; t++) {
            Gen g = new Gen(80300 + t);
            int groups = g.intIn(1, 2), n = g.intIn(1, 2), c = g.intIn(1, 2), o = groups * g.intIn(1, 2);
            int[] k = new int[3], stride = new int[3], pad = new int[3], dil = new int[3], size = new int[3], out = new int[3];
            for (int i = 0; i < 3; i++) {
                k[i] = g.intIn(1, 2);
                stride[i] = g.intIn(1, 2);
                pad[i] = g.intIn(0, 1);
                dil[i] = g.intIn(1, 2);
                size[i] = dil[i] * (k[i] - 1) + g.intIn(1, 3);
                out[i] = (size[i] + 2 * pad[i] - dil[i] * (k[i] - 1) - 1) / stride[i] + 1;
            }
            NDArray x = g.array(n, groups * c, size[0], size[1], size[2]), w = g.array(o, c, k[0], k[1], k[2]), b = g.array(o);
            boolean bias = g.coin();
            Convolution.Padding padding = new Convolution.Padding(pad, null);
            Tensor y = Convolution3d.conv3d(Tensor.constant(x), Tensor.constant(w), bias ? Tensor.constant(b) : null, stride, padding, dil, groups);
            assertThat(y.shape()).containsExactly(n, o, out[0], out[1], out[2]);
            double[] want = naive(x, w, bias ? b : null, stride, pad, dil, groups, out), got = y.value().toArray();
            for (int e = 0; e < want.length; e++) assertThat(got[e]).as("seed %d entry %d", g.seed(), e).isCloseTo(want[e], within(1e-12));
            String what = "conv3d seed " + g.seed();
            int gr = groups;
            if (bias) checkWithSecondOrder(g, what, f -> Convolution3d.conv3d(f[0], f[1], f[2], stride, padding, dil, gr), x, w, b);
            else checkWithSecondOrder(g, what, f -> Convolution3d.conv3d(f[0], f[1], null, stride, padding, dil, gr), x, w);
        }
    }

    @Test
    void samePaddingKeepsTheSizeAndUnbatchedInputIsSqueezedBack() {
        Gen g = new Gen(80400);
        Tensor x = Tensor.leaf(g.array(2, 3, 4, 5), true), w = Tensor.leaf(g.array(3, 2, 2, 3, 2), true);
        Tensor y = Convolution3d.conv3d(x, w, null, new int[] {1, 1, 1}, new Convolution.Padding(new int[3], "same"), new int[] {2, 1, 1}, 1);
        assertThat(y.shape()).containsExactly(3, 3, 4, 5);
        assertThat(y.op().torchName(y)).isEqualTo("SqueezeBackward1");
        Tensor batched = Convolution3d.conv3d(Ops.unsqueeze(x, 0), w, null, new int[] {1, 1, 1}, new Convolution.Padding(new int[3], "valid"), new int[] {1, 1, 1}, 1);
        assertThat(batched.shape()).containsExactly(1, 3, 2, 2, 4);
        assertThat(batched.op().torchName(batched)).isEqualTo("ConvolutionBackward0");
        checkWithSecondOrder(g, "conv3d same", f -> Convolution3d.conv3d(f[0], f[1], null, new int[] {1, 1, 1}, new Convolution.Padding(new int[3], "same"),
                new int[] {1, 2, 1}, 1), g.array(1, 2, 3, 4, 3), g.array(2, 2, 2, 2, 3));
    }

    @Test
    void badShapesAreRefusedInPyTorchsWords() {
        Tensor w = Tensor.constant(NDArray.zeros(4, 2, 2, 2, 2));
        Convolution.Padding none = new Convolution.Padding(new int[3], null);
        int[] ones = {1, 1, 1};
        assertThatThrownBy(() -> Convolution3d.conv3d(Tensor.constant(NDArray.zeros(3, 4, 5)), w, null, ones, none, ones, 1))
                .hasMessage("Expected 4D (unbatched) or 5D (batched) input to conv3d, but got input of size: [3, 4, 5]");
        assertThatThrownBy(() -> Convolution3d.conv3d(Tensor.constant(NDArray.zeros(1, 2, 1, 3, 3)), w, null, ones, none, ones, 1))
                .hasMessage("Calculated padded input size per channel: (1 x 3 x 3). Kernel size: (2 x 2 x 2). Kernel size can't be greater than actual input size");
        assertThatThrownBy(() -> Convolution3d.conv3d(Tensor.constant(NDArray.zeros(1, 3, 3, 3, 3)), w, null, ones, none, ones, 1))
                .hasMessage("Given groups=1, weight of size [4, 2, 2, 2, 2], expected input[1, 3, 3, 3, 3] to have 2 channels, but got 3 channels instead");
    }
}
