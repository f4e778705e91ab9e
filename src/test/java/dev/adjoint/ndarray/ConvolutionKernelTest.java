package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.op.Patches;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The convolution kernel's forward and both gradients, through the Java kernel and (when this
 * machine has one) the native BLAS, against the definition's sums written out directly: padding,
 * strides (whose windows take the entry-by-entry path), dilation, groups, with and without a bias.
 */
class ConvolutionKernelTest {
    /** n, c, h, w, o, kh, kw, stride, pad, dilation, groups. */
    private static final int[][] CASES = {
        {2, 1, 8, 8, 3, 3, 3, 1, 1, 1, 1},
        {3, 4, 9, 7, 6, 2, 3, 1, 0, 1, 2},
        {2, 3, 11, 10, 2, 3, 2, 2, 1, 1, 1},
        {1, 2, 12, 12, 4, 3, 3, 1, 2, 2, 2},
        {4, 6, 14, 14, 16, 5, 5, 1, 0, 1, 1}, // LeNet's second layer, a smaller batch
        {2, 1, 28, 28, 6, 5, 5, 1, 2, 1, 1}, // its first
    };

    @Test
    void javaAndNativeProductsGiveTheDefinitionsSums() {
        SplittableRandom r = new SplittableRandom(7);
        for (int[] t : CASES) {
            int n = t[0], c = t[1], h = t[2], w = t[3], o = t[4], kh = t[5], kw = t[6], stride = t[7], pad = t[8], dil = t[9], groups = t[10];
            int oh = (h + 2 * pad - dil * (kh - 1) - 1) / stride + 1, ow = (w + 2 * pad - dil * (kw - 1) - 1) / stride + 1;
            Patches p = Patches.sliding(h, w, kh, kw, stride, stride, pad, pad, dil, dil, oh, ow);
            NDArray x = random(r, n, c, h, w), wt = random(r, o, c / groups, kh, kw), b = random(r, o), g = random(r, n, o, oh, ow);
            double[][] want = direct(x.toArray(), wt.toArray(), b.toArray(), g.toArray(), t, oh, ow);
            for (boolean nativeBlas : ConvolutionKernel.nativeProducts() ? new boolean[] {false, true} : new boolean[] {false}) {
                String what = java.util.Arrays.toString(t) + (nativeBlas ? " native" : " java");
                Windows win = p.windows();
                assertThat(win.runs() == null).as(what + " entry by entry").isEqualTo(stride > 1);
                close(ConvolutionKernel.forward(x, wt, b, win, groups, new int[] {n, o, oh, ow}, nativeBlas).toArray(), want[0], what + " forward");
                double[] noBias = ConvolutionKernel.forward(x, wt, null, win, groups, new int[] {n, o, oh, ow}, nativeBlas).toArray();
                for (int i = 0; i < noBias.length; i++) noBias[i] += b.toArray()[i / (oh * ow) % o];
                close(noBias, want[0], what + " forward without a bias");
                close(ConvolutionKernel.gradInput(g, wt, win, groups, x.shape(), nativeBlas).toArray(), want[1], what + " input gradient");
                close(ConvolutionKernel.gradWeight(g, x, win, groups, wt.shape(), nativeBlas).toArray(), want[2], what + " weight gradient");
            }
        }
    }

    /** y, dx, dw by the definition: every output entry's window, entry by entry. */
    private static double[][] direct(double[] x, double[] wt, double[] b, double[] g, int[] t, int oh, int ow) {
        int n = t[0], c = t[1], h = t[2], w = t[3], o = t[4], kh = t[5], kw = t[6], stride = t[7], pad = t[8], dil = t[9], groups = t[10];
        int cg = c / groups, og = o / groups;
        double[] y = new double[n * o * oh * ow], dx = new double[x.length], dw = new double[wt.length];
        for (int s = 0; s < n; s++)
            for (int f = 0; f < o; f++)
                for (int oy = 0; oy < oh; oy++)
                    for (int ox = 0; ox < ow; ox++) {
                        int at = ((s * o + f) * oh + oy) * ow + ox;
                        double sum = b[f];
                        for (int ci = 0; ci < cg; ci++)
                            for (int ky = 0; ky < kh; ky++)
                                for (int kx = 0; kx < kw; kx++) {
                                    int yy = oy * stride - pad + ky * dil, xx = ox * stride - pad + kx * dil;
                                    if (yy < 0 || yy >= h || xx < 0 || xx >= w) continue;
                                    int xi = ((s * c + f / og * cg + ci) * h + yy) * w + xx, wi = ((f * cg + ci) * kh + ky) * kw + kx;
                                    sum += wt[wi] * x[xi];
                                    dx[xi] += wt[wi] * g[at];
                                    dw[wi] += x[xi] * g[at];
                                }
                        y[at] = sum;
                    }
        return new double[][] {y, dx, dw};
    }

    private static void close(double[] got, double[] want, String what) {
        assertThat(got).as(what).hasSameSizeAs(want);
        for (int i = 0; i < got.length; i++)
            assertThat(Math.abs(got[i] - want[i])).as(what + " at " + i).isLessThanOrEqualTo(1e-12 * (1 + Math.abs(want[i])));
    }

    private static NDArray random(SplittableRandom r, int... shape) {
        double[] v = new double[Shapes.size(shape)];
        for (int i = 0; i < v.length; i++) v[i] = r.nextDouble(-1, 1);
        return NDArray.of(v, shape);
    }
}
