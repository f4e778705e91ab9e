package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * conv_transpose3d: values against a loop written from the definition (each input entry scatters
 * its kernel-weighted copy into the output volume), gradients against central differences (second
 * order too), the node's name and PyTorch's checks.
 */
class ConvTranspose3dOpsTest {
    /**
     * conv_transpose3d by its definition: out[n, g·O/G + o, i·s − pad + k·d (per axis)] += x[n, c, i]·w[c, o, k]
     * for the input channels c of group g, then the bias; sizes per axis {depth, height, width}.
     */
    private static double[] naive(NDArray x, NDArray w, NDArray b, int[] stride, int[] pad, int[] outPad, int[] dil, int groups) {
        int n = x.dim(0), cin = x.dim(1), oPerGroup = w.dim(1), cPerGroup = cin / groups, o = oPerGroup * groups;
        int[] in = {x.dim(2), x.dim(3), x.dim(4)}, k = {w.dim(2), w.dim(3), w.dim(4)}, out = new int[3];
        for (int a = 0; a < 3; a++) out[a] = (in[a] - 1) * stride[a] - 2 * pad[a] + dil[a] * (k[a] - 1) + outPad[a] + 1;
        int volume = out[0] * out[1] * out[2];
        double[] y = new double[n * o * volume];
        int[] at = new int[3];
        for (int a = 0; a < n; a++)
            for (int c = 0; c < cin; c++)
                for (int i0 = 0; i0 < in[0]; i0++)
                    for (int i1 = 0; i1 < in[1]; i1++)
                        for (int i2 = 0; i2 < in[2]; i2++)
                            for (int f = 0; f < oPerGroup; f++)
                                for (int p0 = 0; p0 < k[0]; p0++)
                                    for (int p1 = 0; p1 < k[1]; p1++)
                                        for (int p2 = 0; p2 < k[2]; p2++) {
                                            at[0] = i0 * stride[0] - pad[0] + p0 * dil[0];
                                            at[1] = i1 * stride[1] - pad[1] + p1 * dil[1];
                                            at[2] = i2 * stride[2] - pad[2] + p2 * dil[2];
                                            boolean inside = true;
                                            for (int e = 0; e < 3; e++) inside &= at[e] >= 0 && at[e] < out[e];
                                            if (!inside) continue;
                                            int channel = c / cPerGroup * oPerGroup + f;
                                            y[(a * o + channel) * volume + (at[0] * out[1] + at[1]) * out[2] + at[2]] += x.get(a, c, i0, i1, i2) * w.get(c, f, p0, p1, p2);
                                        }
        if (b != null) for (int e = 0; e < y.length; e++) y[e] += b.get(e / volume % o);
        return y;
    }

    @Test
    void convTranspose3dIsTheDefinitionsSumAndItsGradientsAreTheDifferences() {
        for (int i = 0; i < 10; i++) {
            Gen g = new Gen(87000 + i);
            int groups = g.intIn(1, 2), n = g.intIn(1, 2), c = groups * g.intIn(1, 2), o = g.intIn(1, 2);
            int[] k = new int[3], stride = new int[3], dil = new int[3], outPad = new int[3], pad = new int[3], len = new int[3];
            for (int a = 0; a < 3; a++) {
                k[a] = g.intIn(1, 2);
                stride[a] = g.intIn(1, 2);
                dil[a] = g.intIn(1, 2);
                outPad[a] = g.intIn(0, Math.max(stride[a], dil[a]) - 1);
                len[a] = g.intIn(1, 3);
                pad[a] = g.intIn(0, Math.min(1, ((len[a] - 1) * stride[a] + dil[a] * (k[a] - 1) + outPad[a]) / 2));
            }
            NDArray x = g.array(n, c, len[0], len[1], len[2]), w = g.array(c, o, k[0], k[1], k[2]), b = g.array(o * groups);
            boolean bias = g.coin();
            Tensor y = TransposedConvolution.convTranspose3d(Tensor.constant(x), Tensor.constant(w), bias ? Tensor.constant(b) : null, stride, pad, outPad, groups, dil);
            double[] want = naive(x, w, bias ? b : null, stride, pad, outPad, dil, groups), got = y.value().toArray();
            assertThat(got).as("seed %d", g.seed()).hasSize(want.length);
            for (int e = 0; e < want.length; e++) assertThat(got[e]).as("seed %d entry %d", g.seed(), e).isCloseTo(want[e], within(1e-12));
            String what = "conv_transpose3d seed " + g.seed();
            int gr = groups;
            if (bias) checkWithSecondOrder(g, what, t -> TransposedConvolution.convTranspose3d(t[0], t[1], t[2], stride, pad, outPad, gr, dil), x, w, b);
            else checkWithSecondOrder(g, what, t -> TransposedConvolution.convTranspose3d(t[0], t[1], null, stride, pad, outPad, gr, dil), x, w);
        }
    }

    @Test
    void itsNodeIsPyTorchsAndUnbatchedInputIsSqueezedBack() {
        Gen g = new Gen(87100);
        int[] one = {1, 1, 1}, none = {0, 0, 0};
        Tensor x = Tensor.leaf(g.array(1, 2, 2, 3, 2), true), w = Tensor.leaf(g.array(2, 3, 2, 1, 2), true);
        Tensor y = TransposedConvolution.convTranspose3d(x, w, null, new int[] {2, 1, 2}, none, new int[] {1, 0, 0}, 1, one);
        assertThat(y.shape()).containsExactly(1, 3, 5, 3, 4);
        assertThat(y.op().torchName(y)).isEqualTo("ConvolutionBackward0");
        assertThat(y.inputs()).as("one node straight on the input and the weights, as PyTorch's").containsExactly(x, w);
        Tensor u = TransposedConvolution.convTranspose3d(Tensor.leaf(g.array(2, 2, 3, 2), true), w, null, one, none, none, 1, one);
        assertThat(u.shape()).containsExactly(3, 3, 3, 3);
        assertThat(u.op().torchName(u)).isEqualTo("SqueezeBackward1");
    }

    @Test
    void badShapesAreRefusedInPyTorchsWords() {
        int[] one = {1, 1, 1}, none = {0, 0, 0};
        Tensor x = Tensor.constant(NDArray.zeros(1, 2, 3, 3, 3)), w = Tensor.constant(NDArray.zeros(2, 3, 2, 2, 2));
        assertThatThrownBy(() -> TransposedConvolution.convTranspose3d(Tensor.constant(NDArray.zeros(1, 3, 3, 3, 3)), w, null, one, none, none, 1, one))
                .isInstanceOf(AutogradException.class)
                .hasMessage("Given transposed=1, weight of size [2, 3, 2, 2, 2], expected input[1, 3, 3, 3, 3] to have 2 channels, but got 3 channels instead");
        assertThatThrownBy(() -> TransposedConvolution.convTranspose3d(x, w, null, one, new int[] {3, 3, 3}, none, 1, one))
                .hasMessage("Given input size per channel: (3 x 3 x 3). Calculated output size per channel: (-2 x -2 x -2). Output size is too small");
        assertThatThrownBy(() -> TransposedConvolution.convTranspose3d(x, w, null, new int[] {2, 1, 1}, none, new int[] {1, 1, 0}, 1, one))
                .hasMessage("output padding must be smaller than either stride or dilation, but got output_padding_depth: 1 output_padding_height: 1 output_padding_width: 0"
                        + " stride_depth: 2 stride_height: 1 stride_width: 1 dilation_depth: 1 dilation_height: 1 dilation_width: 1");
        assertThatThrownBy(() -> TransposedConvolution.convTranspose3d(x, w, null, one, none, none, 1, new int[] {1, -1, 1}))
                .hasMessage("dilation should be greater than zero, but got dilation_depth: 1, dilation_height: -1, dilation_width: 1");
        assertThatThrownBy(() -> TransposedConvolution.convTranspose3d(Tensor.constant(NDArray.zeros(2, 3)), w, null, one, none, none, 1, one))
                .hasMessage("Expected 4D (unbatched) or 5D (batched) input to conv_transpose3d, but got input of size: [2, 3]");
    }
}
