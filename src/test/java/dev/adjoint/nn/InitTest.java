package dev.adjoint.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.nn.init.Init;
import dev.adjoint.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/** needle's init formulas; expected values printed by NumPy 1.24 (np.random.seed(0) …). */
class InitTest {
    private static double[] values(Tensor t) {
        return t.value().toArray();
    }

    @Test
    void kaimingUniformMatchesNeedleOnNumpysStream() {
        // b = sqrt(2)*sqrt(3/4); np.random.seed(0); np.random.rand(4, 3) * 2b - b
        Tensor w = Init.kaimingUniform(new NumpyRandom(0), 4, 3);
        assertThat(w.shape()).containsExactly(4, 3);
        assertThat(w.requiresGrad()).isFalse();
        double[] want = {0.11956817717928847, 0.527104145685253, 0.25171783562126193, 0.10994089637435933,
            -0.18700678593007636, 0.3573661334892235, -0.15287948583052824, 0.9596439469150904,
            1.1357371759578048, -0.2855088040706437, 0.714577488496519, 0.0707778095532825};
        double[] got = values(w);
        for (int i = 0; i < want.length; i++) assertThat(got[i]).as("element %d", i).isCloseTo(want[i], within(1e-15));
    }

    @Test
    void boundsAndSpreadFollowTheFormulas() {
        NumpyRandom rng = new NumpyRandom(3);
        double a = Math.sqrt(6.0 / (200 + 300)) * 2;
        assertThat(maxAbs(values(Init.xavierUniform(rng, 200, 300, 2)))).isLessThanOrEqualTo(a).isGreaterThan(0.99 * a);
        double b = Math.sqrt(2) * Math.sqrt(3.0 / 200);
        assertThat(maxAbs(values(Init.kaimingUniform(rng, 200, 300)))).isLessThanOrEqualTo(b).isGreaterThan(0.99 * b);
        assertThat(std(values(Init.xavierNormal(rng, 200, 300)))).isCloseTo(Math.sqrt(2.0 / 500), within(0.002));
        assertThat(std(values(Init.kaimingNormal(rng, 200, 300)))).isCloseTo(Math.sqrt(2.0 / 200), within(0.002));
    }

    @Test
    void randnScalesAndShifts() {
        double[] z = new NumpyRandom(1).randn(3).toArray();
        double[] got = values(Init.randn(new NumpyRandom(1), 2, 3, 3));
        for (int i = 0; i < 3; i++) assertThat(got[i]).isEqualTo(z[i] * 3 + 2);
        assertThat(z[0]).isEqualTo(1.6243453636632417);
    }

    @Test
    void helpers() {
        assertThat(values(Init.constant(2.5, 2, 2))).containsOnly(2.5);
        assertThat(values(Init.zeros(3))).containsOnly(0.0);
        assertThat(values(Init.ones(1, 4))).containsOnly(1.0);
        assertThat(values(Init.randb(new NumpyRandom(0), 0.5, 1000))).containsOnly(0.0, 1.0);
    }

    @Test
    void kaimingRejectsOtherNonlinearities() {
        assertThatThrownBy(() -> Init.kaimingUniform(new NumpyRandom(0), 3, 4, "tanh"))
                .hasMessageContaining("only nonlinearity=\"relu\"").hasMessageContaining("tanh");
        assertThatThrownBy(() -> Init.xavierUniform(new NumpyRandom(0), 0, 4)).hasMessageContaining("fan_in=0");
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) m = Math.max(m, Math.abs(x));
        return m;
    }

    private static double std(double[] v) {
        double m = 0, s = 0;
        for (double x : v) m += x;
        m /= v.length;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / v.length);
    }
}
