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
 * conv1d and the 1-d pools: values against loops written from the definitions, and gradients
 * against central differences (second order for the convolution).
 */
class Conv1dOpsTest {
    /** conv1d by its definition: out[n,o,i] = b[o] + Σ w[o,c,k]·x[n, g·C/G + c, i·s − pad + k·d] (0 outside), g the group of o. */
    private static double[] naiveConv(NDArray x, NDArray w, NDArray b, int stride, int pad, int dil, int groups, int out) {
        int n = x.dim(0), len = x.dim(2), o = w.dim(0), c = w.dim(1), k = w.dim(2);
        double[] y = new double[n * o * out];
        for (int a = 0; a < n; a++)
            for (int f = 0; f < o; f++)
                for (int i = 0; i < out; i++) {
                    double s = b == null ? 0 : b.get(f);
                    int group = f / (o / groups);
                    for (int ch = 0; ch < c; ch++)
                        for (int p = 0; p < k; p++) {
                            int at = i * stride - pad + p * dil;
                            if (at >= 0 && at < len) s += w.get(f, ch, p) * x.get(a, group * c + ch, at);
                        }
                    y[(a * o + f) * out + i] = s;
                }
        return y;
    }

    @Test
    void conv1dIsTheDefinitionsSumAndItsGradientsAreTheDifferences() {
        for (int i = 0; i < 12; i++) {
            Gen g = new Gen(9500 + i);
            int groups = g.intIn(1, 2), n = g.intIn(1, 2), c = g.intIn(1, 2), o = groups * g.intIn(1, 2), k = g.intIn(1, 3);
            int stride = g.intIn(1, 2), pad = g.intIn(0, 2), dil = g.intIn(1, 2), len = dil * (k - 1) + g.intIn(1, 5);
            NDArray x = g.array(n, groups * c, len), w = g.array(o, c, k), b = g.array(o);
            boolean bias = g.coin();
            Convolution.Padding padding = new Convolution.Padding(new int[] {pad}, null);
            Tensor y = Convolution.conv1d(Tensor.constant(x), Tensor.constant(w), bias ? Tensor.constant(b) : null, stride, padding, dil, groups);
            int out = (len + 2 * pad - dil * (k - 1) - 1) / stride + 1;
            assertThat(y.shape()).containsExactly(n, o, out);
            double[] want = naiveConv(x, w, bias ? b : null, stride, pad, dil, groups, out), got = y.value().toArray();
            for (int e = 0; e < want.length; e++) assertThat(got[e]).as("seed %d entry %d", g.seed(), e).isCloseTo(want[e], within(1e-12));
            String what = "conv1d seed " + g.seed();
            int gr = groups;
            if (bias) checkWithSecondOrder(g, what, t -> Convolution.conv1d(t[0], t[1], t[2], stride, padding, dil, gr), x, w, b);
            else checkWithSecondOrder(g, what, t -> Convolution.conv1d(t[0], t[1], null, stride, padding, dil, gr), x, w);
        }
    }

    @Test
    void samePaddingKeepsTheLengthAndUnbatchedInputWorks() {
        Gen g = new Gen(9600);
        NDArray x = g.array(3, 7), w = g.array(2, 3, 4);
        Convolution.Padding same = new Convolution.Padding(new int[1], "same");
        Tensor y = Convolution.conv1d(Tensor.constant(x), Tensor.constant(w), null, 1, same, 1, 1);
        assertThat(y.shape()).containsExactly(2, 7);
        check(g, "conv1d same, unbatched", t -> Convolution.conv1d(t[0], t[1], null, 1, same, 2, 1), x, w);
    }

    @Test
    void thePoolsTakeEachWindowsLargestOrMeanAndHaveTheDifferencesGradients() {
        Gen g = new Gen(9700);
        NDArray x = g.distinct(0.01, 2, 3, 9); // no ties: max pooling's gradient is then smooth
        Tensor[] m = Convolution.maxPool1d(Tensor.constant(x), 3, 2, 1, 1, true);
        assertThat(m[0].shape()).containsExactly(2, 3, 5);
        for (int i = 0; i < 5; i++) { // window i reads positions 2i−1 .. 2i+1 within the row
            double most = Double.NEGATIVE_INFINITY;
            for (int p = Math.max(0, 2 * i - 1); p <= Math.min(8, 2 * i + 1); p++) most = Math.max(most, x.get(1, 2, p));
            assertThat(m[0].value().get(1, 2, i)).isEqualTo(most);
            assertThat(x.get(1, 2, (int) m[1].value().get(1, 2, i))).isEqualTo(most);
        }
        check(g, "max_pool1d", t -> Convolution.maxPool1d(t[0], 3, 2, 1, 1, true)[0], x);
        Tensor a = Convolution.avgPool1d(Tensor.constant(x), 3, 2, 1, false, false);
        assertThat(a.value().get(0, 1, 0)).isCloseTo((x.get(0, 1, 0) + x.get(0, 1, 1)) / 2, within(1e-15)); // the padding not counted
        check(g, "avg_pool1d", t -> Convolution.avgPool1d(t[0], 3, 2, 1, true, true), x);
        Tensor adaptive = Convolution.adaptiveAvgPool1d(Tensor.constant(x), 4);
        assertThat(adaptive.value().get(0, 0, 1)).isCloseTo((x.get(0, 0, 2) + x.get(0, 0, 3) + x.get(0, 0, 4)) / 3, within(1e-15)); // floor(9/4) .. ceil(18/4)
        check(g, "adaptive_avg_pool1d", t -> Convolution.adaptiveAvgPool1d(t[0], 4), x);
        check(g, "adaptive_max_pool1d", t -> Convolution.adaptiveMaxPool1d(t[0], 4)[0], x);
        assertThat(Convolution.adaptiveMaxPool1d(Tensor.constant(x.slice(0, 0, 1, 1).reshape(3, 9)), 2)[0].shape()).containsExactly(3, 2);
    }
}
