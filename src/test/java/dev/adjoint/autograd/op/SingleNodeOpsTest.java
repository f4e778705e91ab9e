package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Ops PyTorch records as one node where adjoint once composed several: add/sub with alpha (one
 * rounding), remainder (exact), bmm, and the normalisations in eval mode. Values against exact
 * arithmetic, gradients against central differences.
 */
class SingleNodeOpsTest {
    private static final int CASES = 6;

    /** The double nearest to the exact real value (BigDecimal's doubleValue rounds correctly). */
    private static double rounded(BigDecimal exact) {
        return exact.doubleValue();
    }

    @Test
    void addWithAlphaRoundsOnceAsAFusedMultiplyAdd() {
        Gen g = new Gen(9300);
        NDArray a = g.arrayIn(-1, 1, 200), b = g.arrayIn(-1, 1, 200);
        double alpha = 0.3;
        double[] sum = Ops.addScaled(Tensor.constant(a), Tensor.constant(b), alpha, false).value().toArray();
        double[] diff = Ops.addScaled(Tensor.constant(a), Tensor.constant(b), alpha, true).value().toArray();
        for (int i = 0; i < 200; i++) {
            BigDecimal x = new BigDecimal(a.get(i)), y = new BigDecimal(b.get(i)), k = new BigDecimal(alpha);
            assertThat(sum[i]).isEqualTo(rounded(x.add(k.multiply(y))));
            assertThat(diff[i]).isEqualTo(rounded(x.subtract(k.multiply(y))));
        }
        for (int i = 0; i < CASES; i++) {
            Gen h = new Gen(9310 + i);
            int[][] s = h.broadcastPair(3, 3);
            checkWithSecondOrder(h, "add alpha", t -> Ops.addScaled(t[0], t[1], -1.5, false), h.array(s[0]), h.array(s[1]));
            checkWithSecondOrder(h, "sub alpha", t -> Ops.addScaled(t[0], t[1], 2.5, true), h.array(s[0]), h.array(s[1]));
        }
    }

    @Test
    void remainderIsExactWithTheDivisorsSign() {
        Gen g = new Gen(9400);
        for (int i = 0; i < 500; i++) {
            double a = g.uniform(-10, 10) * Math.pow(10, g.intIn(-3, 3)), b = g.uniform(-3, 3);
            double r = Remainder.remainder(a, b);
            BigDecimal x = new BigDecimal(a), y = new BigDecimal(b);
            BigDecimal q = x.divide(y, 0, RoundingMode.FLOOR); // floor(a / b), exactly
            assertThat(r).as("%s %% %s", a, b).isEqualTo(rounded(x.subtract(q.multiply(y))));
            if (r != 0) assertThat(r < 0).isEqualTo(b < 0);
        }
        for (int i = 0; i < CASES; i++) {
            Gen h = new Gen(9410 + i);
            NDArray a = h.arrayIn(-4, 4, 3, 4).map(v -> v - Remainder.remainder(v, 0.7) + 0.35); // away from the jumps at multiples of 0.7
            checkWithSecondOrder(h, "remainder", t -> Ops.remainder(t[0], t[1], false), a, NDArray.full(0.7, 4));
        }
    }

    @Test
    void bmmAndEvalModeBatchNormHaveTheDifferencesGradients() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(9500 + i);
            checkWithSecondOrder(g, "bmm", t -> Ops.bmm(t[0], t[1]), g.array(2, 3, 4), g.array(2, 4, 2));
            Tensor mean = Tensor.constant(g.array(3)), var = Tensor.constant(g.arrayIn(0.5, 2, 3));
            checkWithSecondOrder(g, "batch_norm eval", t -> Normalization.batchNorm(t[0], mean, var, t[1], t[2], false, 0.1, 1e-5), g.array(4, 3, 2), g.array(3),
                    g.array(3));
        }
    }
}
