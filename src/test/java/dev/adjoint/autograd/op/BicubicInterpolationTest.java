package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * interpolate(mode='bicubic'): values against the 4 × 4 sum of Keys' kernel (A = −0.75) written
 * from its definition, gradients against central differences (second order too), the node's name.
 */
class BicubicInterpolationTest {
    /** Keys' cubic convolution kernel W(d) with A = −0.75, piecewise in |d|. */
    private static double keys(double d) {
        double a = -0.75, u = Math.abs(d);
        if (u <= 1) return (a + 2) * u * u * u - (a + 3) * u * u + 1;
        if (u < 2) return a * u * u * u - 5 * a * u * u + 8 * a * u - 4 * a;
        return 0;
    }

    /** PyTorch's source coordinate for cubic: not clamped at 0. */
    private static double source(int o, int n, int m, boolean aligned) {
        return aligned ? (m > 1 ? (double) (n - 1) / (m - 1) * o : 0) : (double) n / m * (o + 0.5) - 0.5;
    }

    /** out[b, c, oy, ox] = Σ W(sy − j)·W(sx − i)·in[b, c, clamp(j), clamp(i)] over the 4 × 4 taps around (sy, sx). */
    private static double[] naive(NDArray x, int outH, int outW, boolean aligned) {
        int b = x.dim(0), c = x.dim(1), h = x.dim(2), w = x.dim(3);
        double[] y = new double[b * c * outH * outW];
        int e = 0;
        for (int n = 0; n < b; n++)
            for (int ch = 0; ch < c; ch++)
                for (int oy = 0; oy < outH; oy++)
                    for (int ox = 0; ox < outW; ox++) {
                        double sy = source(oy, h, outH, aligned), sx = source(ox, w, outW, aligned), s = 0;
                        int fy = (int) Math.floor(sy), fx = (int) Math.floor(sx);
                        for (int j = fy - 1; j <= fy + 2; j++)
                            for (int i = fx - 1; i <= fx + 2; i++)
                                s += keys(sy - j) * keys(sx - i) * x.get(n, ch, Math.max(0, Math.min(j, h - 1)), Math.max(0, Math.min(i, w - 1)));
                        y[e++] = s;
                    }
        return y;
    }

    @Test
    void bicubicIsKeysKernelsSumAndItsGradientsAreTheDifferences() {
        for (int t = 0; t < 8; t++) {
            Gen g = new Gen(80500 + t);
            int b = g.intIn(1, 2), c = g.intIn(1, 2), h = g.intIn(1, 5), w = g.intIn(1, 5), outH = g.intIn(1, 8), outW = g.intIn(1, 8);
            boolean aligned = g.coin();
            NDArray x = g.array(b, c, h, w);
            Tensor y = Resampling.cubic(Tensor.constant(x), new int[] {outH, outW}, aligned, null);
            assertThat(y.shape()).containsExactly(b, c, outH, outW);
            double[] want = naive(x, outH, outW, aligned), got = y.value().toArray();
            for (int e = 0; e < want.length; e++) assertThat(got[e]).as("seed %d entry %d", g.seed(), e).isCloseTo(want[e], within(1e-12));
            checkWithSecondOrder(g, "bicubic seed " + g.seed(), f -> Resampling.cubic(f[0], new int[] {outH, outW}, aligned, null), x);
        }
    }

    @Test
    void aScaleFactorSetsTheSourceStepAndTheNodeIsPyTorchs() {
        Gen g = new Gen(80600);
        NDArray x = g.array(1, 2, 3, 4);
        // scale_factor 2 gives the same step as size (6, 8); 1.7 differs from 3 / 5
        Tensor bySize = Resampling.cubic(Tensor.constant(x), new int[] {6, 8}, false, null);
        Tensor byScale = Resampling.cubic(Tensor.leaf(x, true), new int[] {6, 8}, false, new Double[] {2.0, 2.0});
        assertThat(byScale.value().toArray()).containsExactly(bySize.value().toArray());
        assertThat(byScale.op().torchName(byScale)).isEqualTo("UpsampleBicubic2DBackward1");
        checkWithSecondOrder(g, "bicubic scale_factor", f -> Resampling.cubic(f[0], new int[] {5, 2}, false, new Double[] {1.7, 0.6}), x);
        // equal sizes copy the input: the weights at t = 0 are exactly (0, 1, 0, 0)
        assertThat(Resampling.cubic(Tensor.constant(x), new int[] {3, 4}, false, null).value().toArray()).containsExactly(x.toArray());
    }
}
