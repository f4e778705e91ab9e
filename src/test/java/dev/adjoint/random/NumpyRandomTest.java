package dev.adjoint.random;

import dev.adjoint.ndarray.LibmLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.ndarray.NDArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * NumPy's legacy generator, bit for bit. Every literal below was printed once by NumPy 1.24.2
 * (Debian 12's python3-numpy, Python 3.11.2, glibc 2.36, x86-64 with FMA); the tests do not need
 * NumPy. Doubles are compared with isEqualTo, which for doubles is exact equality.
 */
class NumpyRandomTest {
    // source: NumPy 1.24.2 np.random.seed(0); np.random.rand(10)
    static final double[] RAND_0 = {0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969,
        0.4236547993389047, 0.6458941130666561, 0.4375872112626925, 0.8917730007820798, 0.9636627605010293, 0.3834415188257777};
    // source: NumPy 1.24.2 np.random.seed(0); np.random.randn(10)
    static final double[] RANDN_0 = {1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458,
        1.8675579901499675, -0.977277879876411, 0.9500884175255894, -0.1513572082976979, -0.10321885179355784, 0.41059850193837233};
    // source: NumPy 1.24.2 np.random.seed(42); np.random.rand(10)
    static final double[] RAND_42 = {0.3745401188473625, 0.9507143064099162, 0.7319939418114051, 0.5986584841970366,
        0.15601864044243652, 0.15599452033620265, 0.05808361216819946, 0.8661761457749352, 0.6011150117432088, 0.7080725777960455};
    // source: NumPy 1.24.2 np.random.seed(42); np.random.randn(10)
    static final double[] RANDN_42 = {0.4967141530112327, -0.13826430117118466, 0.6476885381006925, 1.5230298564080254,
        -0.23415337472333597, -0.23413695694918055, 1.5792128155073915, 0.7674347291529088, -0.4694743859349521, 0.5425600435859647};
    // source: NumPy 1.24.2 np.random.seed(2**32 - 1); np.random.rand(5) and, after seeding again, np.random.randn(5)
    static final double[] RAND_MAX_SEED = {0.0976320289940138, 0.9123828453026218, 0.78903530185164, 0.7800035981134678, 0.01793967398674523};
    static final double[] RANDN_MAX_SEED = {0.6484086742306527, 0.6693235306338161, -1.0805437227474493, 0.2845010447986309, 0.11388773652167104};
    // source: NumPy 1.24.2 np.random.seed(2**31 + 5); np.random.rand(3)
    static final double[] RAND_2_31_PLUS_5 = {0.9525886900954555, 0.5943222684062343, 0.2828424212694478};

    private static double[] draw(NumpyRandom r, int n, boolean gauss) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = gauss ? r.nextGaussian() : r.nextDouble();
        return v;
    }

    @Test
    void randMatchesNumpy() {
        assertThat(draw(new NumpyRandom(0), 10, false)).containsExactly(RAND_0);
        assertThat(draw(new NumpyRandom(42), 10, false)).containsExactly(RAND_42);
        assertThat(new NumpyRandom(0).rand(10).toArray()).containsExactly(RAND_0);
        assertThat(draw(new NumpyRandom(0xffffffffL), 5, false)).containsExactly(RAND_MAX_SEED);
        assertThat(draw(new NumpyRandom((1L << 31) + 5), 3, false)).containsExactly(RAND_2_31_PLUS_5);
    }

    @Test
    void randnMatchesNumpy() {
        assertThat(draw(new NumpyRandom(0), 10, true)).containsExactly(RANDN_0);
        assertThat(draw(new NumpyRandom(42), 10, true)).containsExactly(RANDN_42);
        assertThat(new NumpyRandom(42).randn(10).toArray()).containsExactly(RANDN_42);
        assertThat(draw(new NumpyRandom(0xffffffffL), 5, true)).containsExactly(RANDN_MAX_SEED);
    }

    /**
     * The MNIST initialiser's draw: every one of the 78,400 values must be NumPy's, so the digest
     * of the little-endian bytes is compared, besides two elements and the sums.
     */
    @Test
    void randn784x100MatchesNumpy() throws Exception {
        // source: NumPy 1.24.2 np.random.seed(0); W = np.random.randn(784, 100); W[0,0], W[783,99], W.sum(),
        // a left-to-right Python sum of W.ravel(), hashlib.sha256(W.astype('<f8').tobytes())
        check(0, 1.764052345967664, -0.6085548905163226, -214.226189791666, -214.22618979166663,
                "4fd0826e6a191e33893047cf39f90fab88eba1f66876c62c79f82538e00ea6d6");
        // source: NumPy 1.24.2 np.random.seed(42); the same five figures
        check(42, 0.4967141530112327, 1.941060964260034, 73.25575889851025, 73.2557588985103,
                "a0ab569c46edfb006964b805b55ab541da4afb2715b00abc402e3625bc9604a5");
    }

    private static void check(long seed, double first, double last, double numpySum, double sequentialSum, String sha256) throws Exception {
        NDArray w = new NumpyRandom(seed).randn(784, 100);
        assertThat(w.shape()).containsExactly(784, 100);
        assertThat(w.get(0, 0)).isEqualTo(first);
        assertThat(w.get(783, 99)).isEqualTo(last);
        double[] v = w.toArray();
        double s = 0;
        for (double x : v) s += x;
        assertThat(s).as("left-to-right sum").isEqualTo(sequentialSum);
        assertThat(w.sumAll()).as("NumPy's pairwise sum, up to summation order").isCloseTo(numpySum, org.assertj.core.api.Assertions.within(1e-11));
        ByteBuffer bytes = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) bytes.putDouble(x);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()))).as("sha256 of the values").isEqualTo(sha256);
    }

    @Test
    void shapesFillInRowMajorOrder() {
        // source: NumPy 1.24.2 np.random.seed(0); np.random.rand(2, 3) / np.random.randn(2, 3)
        NDArray r = new NumpyRandom(0).rand(2, 3), g = new NumpyRandom(0).randn(2, 3);
        assertThat(r.shape()).containsExactly(2, 3);
        assertThat(r.get(1, 0)).isEqualTo(0.5448831829968969);
        assertThat(g.get(1, 2)).isEqualTo(-0.977277879876411);
        NDArray scalar = new NumpyRandom(0).rand();
        assertThat(scalar.shape()).isEmpty();
        assertThat(scalar.item()).isEqualTo(0.5488135039273248);
        assertThat(new NumpyRandom(0).randn(0, 3).size()).isZero();
        assertThatThrownBy(() -> new NumpyRandom(0).rand(2, -1)).hasMessageContaining("negative dimensions");
    }

    @Test
    void interleavedDrawsShareOneStreamAndTheCachedGaussian() {
        // source: NumPy 1.24.2 np.random.seed(7); rand(3), randn(3), rand(2), randn(2)
        double[] expected = {0.07630828937395717, 0.7799187922401146, 0.4384092314408935, 0.09316606097975175, 3.200914709117712,
            -0.1569886595634109, 0.49988250082555996, 0.6792299961209405, -0.2901313829291646, -0.47693169954525966};
        NumpyRandom r = new NumpyRandom(7);
        double[] got = new double[10];
        for (int i = 0; i < 3; i++) got[i] = r.nextDouble();
        for (int i = 3; i < 6; i++) got[i] = r.nextGaussian();
        for (int i = 6; i < 8; i++) got[i] = r.nextDouble(); // the third normal's partner stays cached meanwhile
        for (int i = 8; i < 10; i++) got[i] = r.nextGaussian();
        assertThat(got).containsExactly(expected);
    }

    @Test
    void seedResetsTheStreamAndTheCachedGaussian() {
        NumpyRandom r = new NumpyRandom(0);
        r.randn(3); // leaves a cached normal
        r.seed(0);
        assertThat(r.nextGaussian()).isEqualTo(1.764052345967664); // source: NumPy 1.24.2 seed(0); randn(3); seed(0); randn()
        r.seed(1);
        r.nextGaussian();
        r.seed(1);
        assertThat(r.nextDouble()).isEqualTo(0.417022004702574); // source: NumPy 1.24.2 seed(1); randn(); seed(1); rand()
    }

    @Test
    void seedsOutsideNumpysRangeAreRejected() {
        assertThatThrownBy(() -> new NumpyRandom(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Seed must be between 0 and 2**32 - 1");
        assertThatThrownBy(() -> new NumpyRandom(1L << 32)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The 32-bit stream is MT19937's init_genrand: commons-math3's MersenneTwister(int) is the same
     * for seeds below 2^31 (that is why it serves as an oracle here) but sign-extends larger ones.
     */
    @Test
    void bitStreamAgreesWithCommonsMathBelow2To31() {
        for (int seed : new int[] {0, 1, 42, 12345, Integer.MAX_VALUE}) {
            NumpyRandom ours = new NumpyRandom(seed);
            MersenneTwister theirs = new MersenneTwister(seed);
            for (int i = 0; i < 2000; i++) assertThat(ours.nextInt()).as("seed %d draw %d", seed, i).isEqualTo(theirs.nextInt());
        }
        NumpyRandom big = new NumpyRandom((1L << 31) + 5);
        assertThat(big.nextInt()).isNotEqualTo(new MersenneTwister((int) ((1L << 31) + 5)).nextInt());
    }

    /** glibc's log where it is not the correctly rounded one (and Math.log may differ). */
    @Test
    void logIsGlibcs() {
        // source: Python 3.11.2 math.log (glibc 2.36) of these inputs; the first four are not correctly rounded
        double[][] cases = {{0.8983774131025271, -0.10716501712225036}, {0.628366954746784, -0.4646309603188615},
            {0.9245193184468341, -0.07848133227069921}, {0.6091677168049102, -0.49566165213464963}, {1e-310, -713.8013788281542},
            {1e300, 690.7755278982137}, {1.0000001, 9.999999505838704e-08}, {0.95, -0.05129329438755058}, {3.0, 1.0986122886681098},
            {1.0, 0.0}};
        for (double[] c : cases) assertThat(LibmLog.log(c[0])).as("log(%s)", c[0]).isEqualTo(c[1]);
        assertThat(LibmLog.log(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LibmLog.log(-1.0)).isNaN();
        assertThat(LibmLog.log(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LibmLog.log(Double.NaN)).isNaN();
    }

    @Test
    void instancesAreIndependent() {
        NumpyRandom a = new NumpyRandom(0), b = new NumpyRandom(0);
        a.nextDouble();
        assertThat(b.nextDouble()).isEqualTo(RAND_0[0]);
        assertThat(a.nextDouble()).isEqualTo(RAND_0[1]);
    }
}
