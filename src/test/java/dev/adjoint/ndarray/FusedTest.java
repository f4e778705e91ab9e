package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.Gen;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** The lambda-free loops (NDArray's + − × ÷ fast paths and Fused) against zip/map, bit for bit. */
class FusedTest {
    private static final DoubleBinaryOperator[] OPS = {Double::sum, (x, y) -> x - y, (x, y) -> x * y, (x, y) -> x / y};

    private static NDArray apply(NDArray a, NDArray b, int op) {
        return switch (op) {
            case 0 -> a.add(b);
            case 1 -> a.sub(b);
            case 2 -> a.mul(b);
            default -> a.div(b);
        };
    }

    @Test
    void arithmeticFastPathsEqualZip() {
        Gen g = new Gen(17);
        int[][][] pairs = {
            {{4, 5}, {4, 5}}, {{4, 5}, {}}, {{}, {4, 5}}, {{4, 5}, {1, 5}}, {{4, 5}, {5}}, {{2, 3, 4}, {3, 4}},
            {{2, 3, 4}, {1, 1, 4}}, {{3, 1}, {3, 1}}, {{0, 3}, {3}}, {{4, 5}, {4, 1}}, {{5}, {4, 5}}};
        for (int[][] p : pairs)
            for (int op = 0; op < 4; op++) {
                NDArray a = g.array(p[0]), b = g.array(p[1]);
                NDArray want = a.zip(b, OPS[op]);
                assertThat(apply(a, b, op)).as("%s op%d %s", Shapes.str(p[0]), op, Shapes.str(p[1])).isEqualTo(want);
                assertThat(apply(a, b, op).shape()).containsExactly(want.shape());
            }
        NDArray m = g.array(6, 5);
        NDArray rowSlice = m.slice(0, 1, 5, 1), transposed = m.permute(1, 0);
        assertThat(rowSlice.mul(rowSlice)).isEqualTo(rowSlice.zip(rowSlice, OPS[2])); // compact view with an offset
        assertThat(transposed.sub(g.array(5, 6))).isNotNull(); // not compact: zip's path
        NDArray nan = NDArray.vector(Double.NaN, 1, Double.POSITIVE_INFINITY);
        assertThat(nan.mul(NDArray.vector(0, 0, 0))).isEqualTo(nan.zip(NDArray.vector(0, 0, 0), OPS[2]));
    }

    @Test
    void reluAndItsGradient() {
        NDArray x = NDArray.vector(-1, 0, 2, Double.NaN, -0.0, Double.NEGATIVE_INFINITY);
        assertThat(Fused.relu(x)).isEqualTo(x.map(v -> v > 0 || v == 0 ? v : v == v ? 0 : v)); // -0.0 stays, as torch.relu(-0.0) in 1.13 (fixture 744)
        assertThat(1 / Fused.relu(x).toArray()[4]).isEqualTo(Double.NEGATIVE_INFINITY);
        NDArray t = new Gen(3).array(3, 4).permute(1, 0);
        assertThat(Fused.relu(t)).isEqualTo(t.map(v -> v > 0 ? v : 0));
        // PyTorch's threshold_backward: where(out <= 0, 0, g): +0.0 (not g·0: -0.0, NaN) where relu is flat, g where out is NaN
        NDArray out = Fused.relu(NDArray.vector(-1, 2, 0, Double.NaN, -3, 5, -2));
        NDArray g = NDArray.vector(Double.POSITIVE_INFINITY, Double.NaN, -1, -2, -3, -0.0, Double.NaN);
        assertThat(Fused.thresholdBackward(g, out)).isEqualTo(NDArray.vector(0, Double.NaN, 0, -2, 0, -0.0, 0));
        Gen gen = new Gen(4);
        NDArray o = Fused.relu(gen.array(5, 6)), ones = NDArray.ones(1, 6).broadcastTo(5, 6), h = gen.array(6, 5).permute(1, 0);
        for (NDArray grad : new NDArray[] {ones, h})
            assertThat(Fused.thresholdBackward(grad, o)).isEqualTo(grad.zip(o, (gv, ov) -> ov <= 0 ? 0.0 : gv));
    }

    /** The mask select against the comparison it replaces, bit for bit: NaNs of both signs and payloads, ±0, subnormals, ±∞. */
    @Test
    void thresholdBackwardMaskEqualsTheComparisonBitForBit() {
        double[] special = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MAX_VALUE,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.longBitsToDouble(0xfff8000000000000L),
            Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff0000000000001L), Double.longBitsToDouble(0xffffffffffffffffL)};
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        int n = special.length * special.length + 1000;
        double[] g = new double[n], out = new double[n];
        for (int i = 0; i < n; i++) {
            boolean pair = i < special.length * special.length;
            out[i] = pair ? special[i / special.length] : r.nextBoolean() ? r.nextGaussian() : Double.longBitsToDouble(r.nextLong());
            g[i] = pair ? special[i % special.length] : Double.longBitsToDouble(r.nextLong());
        }
        double[] got = Fused.thresholdBackward(NDArray.of(g, n), NDArray.of(out, n)).toArray();
        for (int i = 0; i < n; i++)
            assertThat(Double.doubleToRawLongBits(got[i])).as("g=%s out=%s", g[i], out[i])
                    .isEqualTo(Double.doubleToRawLongBits(out[i] <= 0 ? 0.0 : g[i]));
    }

    @Test
    void axpyAndAdam() {
        Gen g = new Gen(5);
        NDArray w = g.array(3, 4), d = g.array(3, 4);
        assertThat(Fused.axpy(w, -0.1, d)).isEqualTo(w.zip(d, (x, y) -> x + -0.1 * y));
        double[] m = new double[12], v = new double[12];
        NDArray next = Fused.adam(w, d, m, v, 0.01, 0.9, 0.999, 1e-8, 0, 0.1, 0.001);
        double[] wd = w.toArray(), gd = d.toArray(), r = next.toArray();
        for (int i = 0; i < 12; i++) {
            double mi = 0.9 * 0 + (1 - 0.9) * gd[i], vi = 0.999 * 0 + (1 - 0.999) * gd[i] * gd[i];
            assertThat(m[i]).isEqualTo(mi);
            assertThat(r[i]).isEqualTo(wd[i] - 0.01 * (mi / 0.1) / (Math.sqrt(vi / 0.001) + 1e-8));
        }
    }
}
