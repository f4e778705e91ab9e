package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.check;
import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import dev.adjoint.testing.GradCheck;
import org.junit.jupiter.api.Test;

/**
 * The image and normalisation ops: values against plain loops written from the definitions, and
 * gradients against central differences (second order where the op is differentiable twice).
 */
class ConvolutionOpsTest {
    private static final int CASES = 12;

    /** conv2d by its definition: out[n,o,i,j] = b[o] + Σ w[o,c,p,q]·x[n,c,i·s−pad+p·d, j·s−pad+q·d] (0 outside). */
    private static double[] naiveConv(NDArray x, NDArray w, NDArray b, int[] stride, int[] pad, int[] dil, int oh, int ow) {
        int n = x.dim(0), c = x.dim(1), h = x.dim(2), wd = x.dim(3), o = w.dim(0), kh = w.dim(2), kw = w.dim(3);
        double[] out = new double[n * o * oh * ow];
        for (int a = 0; a < n; a++)
            for (int f = 0; f < o; f++)
                for (int i = 0; i < oh; i++)
                    for (int j = 0; j < ow; j++) {
                        double s = b == null ? 0 : b.get(f);
                        for (int ch = 0; ch < c; ch++)
                            for (int p = 0; p < kh; p++)
                                for (int q = 0; q < kw; q++) {
                                    int y = i * stride[0] - pad[0] + p * dil[0], xx = j * stride[1] - pad[1] + q * dil[1];
                                    if (y >= 0 && y < h && xx >= 0 && xx < wd) s += w.get(f, ch, p, q) * x.get(a, ch, y, xx);
                                }
                        out[((a * o + f) * oh + i) * ow + j] = s;
                    }
        return out;
    }

    @Test
    void conv2dIsTheDefinitionsSumAndItsGradientsAreTheDifferences() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(7100 + i);
            int n = g.intIn(1, 2), c = g.intIn(1, 3), o = g.intIn(1, 3), kh = g.intIn(1, 3), kw = g.intIn(1, 3);
            int[] stride = {g.intIn(1, 2), g.intIn(1, 2)}, pad = {g.intIn(0, 2), g.intIn(0, 2)}, dil = {g.intIn(1, 2), g.intIn(1, 2)};
            int h = dil[0] * (kh - 1) + g.intIn(1, 4), w = dil[1] * (kw - 1) + g.intIn(1, 4);
            NDArray x = g.array(n, c, h, w), wt = g.array(o, c, kh, kw), b = g.array(o);
            boolean bias = g.coin();
            Convolution.Padding padding = Convolution.Padding.of(pad[0], pad[1]);
            Tensor y = Convolution.conv2d(Tensor.constant(x), Tensor.constant(wt), bias ? Tensor.constant(b) : null, stride, padding, dil, 1);
            int oh = y.shape()[2], ow = y.shape()[3];
            assertThat(oh).isEqualTo((h + 2 * pad[0] - dil[0] * (kh - 1) - 1) / stride[0] + 1);
            double[] want = naiveConv(x, wt, bias ? b : null, stride, pad, dil, oh, ow), got = y.value().toArray();
            for (int k = 0; k < want.length; k++) assertThat(got[k]).as("seed %d entry %d", g.seed(), k).isCloseTo(want[k], within(1e-12));
            String what = "conv2d seed " + g.seed();
            if (bias) checkWithSecondOrder(g, what, t -> Convolution.conv2d(t[0], t[1], t[2], stride, padding, dil, 1), x, wt, b);
            else checkWithSecondOrder(g, what, t -> Convolution.conv2d(t[0], t[1], null, stride, padding, dil, 1), x, wt);
        }
    }

    @Test
    void samePaddingKeepsTheSizeAndUnbatchedImagesWork() {
        Gen g = new Gen(7200);
        NDArray x = g.array(3, 5, 6), w = g.array(2, 3, 2, 3);
        Convolution.Padding same = new Convolution.Padding(new int[2], "same");
        Tensor y = Convolution.conv2d(Tensor.constant(x), Tensor.constant(w), null, new int[] {1, 1}, same, new int[] {1, 1}, 1);
        assertThat(y.shape()).containsExactly(2, 5, 6);
        check(g, "conv2d same, unbatched", t -> Convolution.conv2d(t[0], t[1], null, new int[] {1, 1}, same, new int[] {2, 1}, 1), x, w);
    }

    @Test
    void unfoldAndFoldAreEachOthersTranspose() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(7300 + i);
            int h = g.intIn(2, 6), w = g.intIn(2, 6), kh = g.intIn(1, 2), kw = g.intIn(1, 2), s = g.intIn(1, 2), p = g.intIn(0, 1);
            int oh = (h + 2 * p - kh) / s + 1, ow = (w + 2 * p - kw) / s + 1;
            Patches patches = Patches.sliding(h, w, kh, kw, s, s, p, p, 1, 1, oh, ow);
            NDArray x = g.array(2, 3, h, w), cols = g.array(2, 3 * kh * kw, oh * ow);
            double left = GradCheck.dot(new Unfold(patches).compute(new NDArray[] {x}), cols);
            double right = GradCheck.dot(x, new Fold(patches).compute(new NDArray[] {cols}));
            assertThat(left).as("seed %d", g.seed()).isCloseTo(right, within(1e-9 * (1 + Math.abs(left))));
            checkWithSecondOrder(g, "unfold", t -> Tensor.apply(new Unfold(patches), t[0]), x);
        }
    }

    @Test
    void maxPoolPicksTheFirstLargestAndSendsItsGradientThere() {
        Tensor x = Tensor.constant(NDArray.of(new double[] {1, 3, 3, 0, 2, 0, 1, 1, 3, 1, 2, 5, 0, 3, 5, 4}, 1, 1, 4, 4));
        Tensor[] r = Convolution.maxPool2d(x, new int[] {2, 2}, new int[] {2, 2}, new int[2], new int[] {1, 1}, false);
        assertThat(r[0].value().toArray()).containsExactly(3, 3, 3, 5);
        assertThat(r[1].value().toArray()).containsExactly(1, 2, 8, 11); // the first 3 of each tie, row-major
        assertThat(r[1].dtype()).isEqualTo(DType.INT64);
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(7400 + i);
            int k = g.intIn(1, 3), s = g.intIn(1, 3), p = g.intIn(0, k / 2), d = g.intIn(1, 2);
            boolean ceil = g.coin();
            NDArray v = g.distinct(0.01, 2, 2, d * (k - 1) + 1 + g.intIn(0, 4), d * (k - 1) + 1 + g.intIn(0, 4)); // no ties: differences are smooth
            checkWithSecondOrder(g, "max_pool2d", t -> Convolution.maxPool2d(t[0], new int[] {k, k}, new int[] {s, s}, new int[] {p, p}, new int[] {d, d}, ceil)[0], v);
        }
    }

    @Test
    void averagePoolsDivideByPyTorchsCounts() {
        // 3x3 windows, stride 2, padding 1 on a 4x4 image: the corner window holds 4 entries of a padded 9
        Tensor ones = Tensor.constant(NDArray.ones(1, 1, 4, 4));
        int[] k = {3, 3}, s = {2, 2}, p = {1, 1};
        assertThat(Convolution.avgPool2d(ones, k, s, p, false, true, null).value().get(0, 0, 0, 0)).isEqualTo(4.0 / 9);
        assertThat(Convolution.avgPool2d(ones, k, s, p, false, false, null).value().get(0, 0, 0, 0)).isEqualTo(1.0);
        assertThat(Convolution.avgPool2d(ones, k, s, p, false, true, 2).value().get(0, 0, 0, 0)).isEqualTo(2.0);
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(7500 + i);
            int kk = g.intIn(1, 3), ss = g.intIn(1, 3), pp = g.intIn(0, kk / 2);
            boolean ceil = g.coin(), include = g.coin();
            NDArray v = g.array(2, 2, kk + g.intIn(0, 4), kk + g.intIn(0, 4));
            checkWithSecondOrder(g, "avg_pool2d", t -> Convolution.avgPool2d(t[0], new int[] {kk, kk}, new int[] {ss, ss}, new int[] {pp, pp}, ceil, include, null), v);
            int oh = g.intIn(1, v.dim(2)), ow = g.intIn(1, v.dim(3));
            checkWithSecondOrder(g, "adaptive_avg_pool2d", t -> Convolution.adaptiveAvgPool2d(t[0], new int[] {oh, ow}), v);
        }
    }

    @Test
    void adaptiveWindowsCoverTheImageAsPyTorchsDo() {
        // 7 rows into 3: [0, 3), [2, 5), [4, 7)
        Patches p = Patches.adaptive(7, 1, 3, 1);
        assertThat(p.slots()).isEqualTo(3);
        assertThat(new int[] {p.source(0, 0), p.source(2, 0), p.source(0, 1), p.source(0, 2), p.source(2, 2)}).containsExactly(0, 2, 2, 4, 6);
    }

    @Test
    void normalisationsAndLeakyReluHaveTheDifferencesGradients() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(7600 + i);
            NDArray x = g.array(4, 3, 2), w = g.array(3), b = g.array(3), lw = g.array(3, 2);
            checkWithSecondOrder(g, "batch_norm", t -> Normalization.batchNorm(t[0], null, null, t[1], t[2], true, 0.1, 1e-5), x, w, b);
            checkWithSecondOrder(g, "layer_norm", t -> Normalization.layerNorm(t[0], new int[] {3, 2}, t[1], t[2], 1e-5), x, lw, lw);
            checkWithSecondOrder(g, "leaky_relu", t -> Ops.leakyRelu(t[0], 0.2), g.awayFromZero(0.1, 2, 3, 4));
        }
    }

    @Test
    void batchNormUpdatesTheRunningStatisticsWithTheUnbiasedVariance() {
        Tensor x = Tensor.constant(NDArray.of(new double[] {1, 10, 3, 20}, 2, 2));
        Tensor mean = Tensor.constant(NDArray.zeros(2)), var = Tensor.constant(NDArray.ones(2));
        Normalization.batchNorm(x, mean, var, null, null, true, 0.5, 1e-5);
        assertThat(mean.value().toArray()).containsExactly(1.0, 7.5); // 0.5·0 + 0.5·(2, 15)
        assertThat(var.value().toArray()).containsExactly(1.5, 25.5); // 0.5·1 + 0.5·(2, 50): the unbiased (n − 1) variances
    }

    @Test
    void embeddingSendsNoGradientToThePaddingRow() {
        Gen g = new Gen(7700);
        Tensor idx = Tensor.constant(NDArray.of(new double[] {0, 2, 0, 1}, 2, 2), DType.INT64);
        check(g, "embedding", t -> EmbeddingLookup.embedding(idx, t[0], null), g.array(3, 2));
        Tensor w = Tensor.leaf(g.array(3, 2), true);
        EmbeddingLookup.embedding(idx, w, 0).backward(Tensor.constant(NDArray.ones(2, 2, 2)));
        assertThat(w.grad().value().toArray()).containsExactly(0, 0, 1, 1, 1, 1);
    }

    @Test
    void groupedConvolutionIsEachGroupsConvolutionSideBySide() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(7800 + i);
            int groups = g.intIn(2, 3), perGroup = g.intIn(1, 2), outPerGroup = g.intIn(1, 2);
            NDArray x = g.array(2, groups * perGroup, 5, 4), w = g.array(groups * outPerGroup, perGroup, 2, 3), b = g.array(groups * outPerGroup);
            int[] one = {1, 1};
            Convolution.Padding pad = Convolution.Padding.of(1, 0);
            Tensor y = Convolution.conv2d(Tensor.constant(x), Tensor.constant(w), Tensor.constant(b), one, pad, one, groups);
            for (int k = 0; k < groups; k++) { // group k: its input channels with its filters, by the definition
                NDArray xk = x.slice(1, k * perGroup, (k + 1) * perGroup, 1), wk = w.slice(0, k * outPerGroup, (k + 1) * outPerGroup, 1);
                NDArray bk = b.slice(0, k * outPerGroup, (k + 1) * outPerGroup, 1);
                double[] want = naiveConv(xk, wk, bk, one, new int[] {1, 0}, one, y.shape()[2], y.shape()[3]);
                double[] got = y.value().slice(1, k * outPerGroup, (k + 1) * outPerGroup, 1).toArray();
                for (int e = 0; e < want.length; e++) assertThat(got[e]).isCloseTo(want[e], within(1e-12));
            }
            int gr = groups;
            checkWithSecondOrder(g, "grouped conv2d", t -> Convolution.conv2d(t[0], t[1], t[2], one, pad, one, gr), x, w, b);
        }
    }

    @Test
    void foldUndoesUnfoldUpToTheWindowCounts() {
        Gen g = new Gen(7900);
        NDArray x = g.array(2, 3, 5, 6);
        int[] k = {2, 2}, one = {1, 1}, none = {0, 0};
        Tensor back = Convolution.fold(Convolution.unfold(Tensor.constant(x), k, one, none, one), new int[] {5, 6}, k, one, none, one);
        Tensor counts = Convolution.fold(Convolution.unfold(Tensor.constant(NDArray.ones(2, 3, 5, 6)), k, one, none, one), new int[] {5, 6}, k, one, none, one);
        assertThat(back.value().allClose(x.mul(counts.value()), 1e-12, 1e-12)).isTrue(); // each entry once per window that reads it
        check(g, "fold", t -> Convolution.fold(t[0], new int[] {5, 6}, k, one, new int[] {1, 0}, new int[] {2, 1}), g.array(2, 12, 3 * 5));
    }
}
