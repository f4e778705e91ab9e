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
 * conv_transpose1d: values against a loop written from the definition (each input entry scatters
 * its kernel-weighted copy into the output), gradients against central differences (second order
 * too), the node's name and PyTorch's checks.
 */
class ConvTranspose1dOpsTest {
    /**
     * conv_transpose1d by its definition: out[n, g·O/G + o, i·s − pad + k·d] += x[n, c, i]·w[c, o, k]
     * for the input channels c of group g, then the bias; positions past the output (output_padding's) only get the bias.
     */
    private static double[] naive(NDArray x, NDArray w, NDArray b, int stride, int pad, int outPad, int dil, int groups) {
        int n = x.dim(0), cin = x.dim(1), len = x.dim(2), oPerGroup = w.dim(1), k = w.dim(2), cPerGroup = cin / groups;
        int out = (len - 1) * stride - 2 * pad + dil * (k - 1) + outPad + 1, o = oPerGroup * groups;
        double[] y = new double[n * o * out];
        for (int a = 0; a < n; a++)
            for (int c = 0; c < cin; c++)
                for (int i = 0; i < len; i++)
                    for (int f = 0; f < oPerGroup; f++)
                        for (int p = 0; p < k; p++) {
                            int at = i * stride - pad + p * dil, channel = c / cPerGroup * oPerGroup + f;
                            if (at >= 0 && at < out) y[(a * o + channel) * out + at] += x.get(a, c, i) * w.get(c, f, p);
                        }
        if (b != null) for (int e = 0; e < y.length; e++) y[e] += b.get(e / out % o);
        return y;
    }

    @Test
    void convTranspose1dIsTheDefinitionsSumAndItsGradientsAreTheDifferences() {
        for (int i = 0; i < 12; i++) {
            Gen g = new Gen(80100 + i);
            int groups = g.intIn(1, 2), n = g.intIn(1, 2), c = groups * g.intIn(1, 2), o = g.intIn(1, 2), k = g.intIn(1, 3);
            int stride = g.intIn(1, 3), dil = g.intIn(1, 2), outPad = g.intIn(0, Math.max(stride, dil) - 1), len = g.intIn(1, 4);
            int pad = g.intIn(0, Math.min(2, ((len - 1) * stride + dil * (k - 1) + outPad) / 2));
            NDArray x = g.array(n, c, len), w = g.array(c, o, k), b = g.array(o * groups);
            boolean bias = g.coin();
            Tensor y = TransposedConvolution.convTranspose1d(Tensor.constant(x), Tensor.constant(w), bias ? Tensor.constant(b) : null, stride, pad, outPad, groups, dil);
            double[] want = naive(x, w, bias ? b : null, stride, pad, outPad, dil, groups), got = y.value().toArray();
            assertThat(got).as("seed %d", g.seed()).hasSize(want.length);
            for (int e = 0; e < want.length; e++) assertThat(got[e]).as("seed %d entry %d", g.seed(), e).isCloseTo(want[e], within(1e-12));
            String what = "conv_transpose1d seed " + g.seed();
            int gr = groups, s = stride, p = pad, op = outPad, d = dil;
            if (bias) checkWithSecondOrder(g, what, t -> TransposedConvolution.convTranspose1d(t[0], t[1], t[2], s, p, op, gr, d), x, w, b);
            else checkWithSecondOrder(g, what, t -> TransposedConvolution.convTranspose1d(t[0], t[1], null, s, p, op, gr, d), x, w);
        }
    }

    @Test
    void itsNodeIsPyTorchsAndUnbatchedInputIsSqueezedBack() {
        Gen g = new Gen(80200);
        Tensor x = Tensor.leaf(g.array(1, 2, 4), true), w = Tensor.leaf(g.array(2, 3, 3), true);
        Tensor y = TransposedConvolution.convTranspose1d(x, w, null, 2, 0, 1, 1, 1);
        assertThat(y.shape()).containsExactly(1, 3, 10);
        assertThat(y.op().torchName(y)).isEqualTo("ConvolutionBackward0");
        Tensor u = TransposedConvolution.convTranspose1d(Tensor.leaf(g.array(2, 4), true), w, null, 1, 0, 0, 1, 1);
        assertThat(u.shape()).containsExactly(3, 6);
        assertThat(u.op().torchName(u)).isEqualTo("SqueezeBackward1");
    }

    @Test
    void badShapesAreRefusedInPyTorchsWords() {
        Tensor w = Tensor.constant(NDArray.zeros(2, 1, 3));
        assertThatThrownBy(() -> TransposedConvolution.convTranspose1d(Tensor.constant(NDArray.zeros(1, 3, 4)), w, null, 1, 0, 0, 1, 1))
                .isInstanceOf(AutogradException.class)
                .hasMessage("Given transposed=1, weight of size [2, 1, 3], expected input[1, 3, 4] to have 2 channels, but got 3 channels instead");
        assertThatThrownBy(() -> TransposedConvolution.convTranspose1d(Tensor.constant(NDArray.zeros(1, 2, 4)), w, null, 1, 3, 0, 1, 1))
                .hasMessage("Given input size per channel: (1 x 4). Calculated output size per channel: (1 x 0). Output size is too small");
        assertThatThrownBy(() -> TransposedConvolution.convTranspose1d(Tensor.constant(NDArray.zeros(1, 2, 4)), w, Tensor.constant(NDArray.zeros(3)), 1, 0, 0, 1, 1))
                .hasMessage("Given transposed=1, weight of size [2, 1, 3], expected bias to be 1-dimensional with 1 elements, but got bias of size [3] instead");
    }
}
