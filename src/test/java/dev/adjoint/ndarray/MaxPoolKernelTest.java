package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.op.Patches;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Max pooling's picks against PyTorch's rule written out window by window, on data full of ties, NaNs and -inf, with padding. */
class MaxPoolKernelTest {
    @Test
    void picksAsPyTorchsKernelDoesWithTiesNanAndInfinity() {
        SplittableRandom r = new SplittableRandom(11);
        double[] choices = {0, 1, 1, 2, -1, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        int planes = 5, h = 9, w = 7;
        double[] v = new double[planes * h * w];
        for (int i = 0; i < v.length; i++) v[i] = choices[r.nextInt(choices.length)];
        Patches[] tables = {Patches.sliding(h, w, 2, 2, 2, 2, 0, 0, 1, 1, 4, 3), Patches.sliding(h, w, 3, 3, 2, 1, 1, 1, 1, 1, 5, 7),
            Patches.sliding(h, w, 3, 2, 1, 2, 1, 0, 2, 1, 7, 3), Patches.adaptive(h, w, 4, 3)};
        for (Patches p : tables) {
            int[] got = MaxPoolKernel.picks(NDArray.of(v, planes, h * w), planes, p.windows());
            for (int c = 0; c < planes; c++)
                for (int i = 0; i < p.positions(); i++) {
                    int best = -1;
                    double most = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < p.slots(); k++) {
                        int at = p.source(k, i);
                        if (at == Patches.PADDING) continue;
                        double e = v[c * h * w + at];
                        if (best < 0) best = at;
                        if (e > most || Double.isNaN(e)) {
                            most = e;
                            best = at;
                        }
                    }
                    assertThat(got[c * p.positions() + i]).as("plane %d position %d", c, i).isEqualTo(best);
                }
        }
    }
}
