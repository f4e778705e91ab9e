package dev.adjoint.random;

import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.ShapeException;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.undo.Undoable;
import dev.adjoint.undo.UndoLog;

/**
 * NumPy's legacy global generator ({@code np.random.seed(n); np.random.rand(...)/randn(...)}),
 * reproduced bit for bit: MT19937 seeded with {@code init_genrand}, doubles from
 * {@code genrand_res53}, normals from NumPy's {@code legacy_gauss} (polar Box–Muller that caches
 * the second value), whose {@code log} is glibc's ({@link LibmLog}): with {@code Math.log} about
 * one normal in 3,000 would be one ulp off.
 *
 * <p>Why not commons-math3's {@code MersenneTwister}: its {@code setSeed(int)} is
 * {@code init_genrand} only for seeds below 2^31 (a larger NumPy seed, e.g. 2^32 − 1, becomes a
 * negative int that it sign-extends, giving a different state), and its {@code nextDouble} and
 * {@code nextGaussian} are not NumPy's. The 32-bit stream below is checked against commons for
 * seeds below 2^31 and against NumPy for all the others in the tests.
 *
 * <p>Not thread-safe, like NumPy's RandomState; each session owns its own instance. A draw or a
 * seed records the state in the open {@link UndoLog} first, so a failed input draws nothing,
 * whichever generator it used (the session's, or a DataLoader's own seeded one). Long fills poll
 * the interrupt flag, so Ctrl-C stops {@code randn(100000000)} at once.
 */
public final class NumpyRandom implements Undoable {
    private static final int N = 624, M = 397;
    private static final int MATRIX_A = 0x9908b0df, UPPER_MASK = 0x80000000, LOWER_MASK = 0x7fffffff;

    /** Fills poll the interrupt flag every 65,536 draws (about a millisecond). */
    private static final int POLL_MASK = (1 << 16) - 1;

    private final int[] mt = new int[N];
    private int mti;
    private boolean hasGauss;
    private double gauss;

    public NumpyRandom(long seed) {
        seed(seed);
    }

    /** {@code np.random.seed(seed)}: init_genrand, and forgets a cached normal. Seeds are 0 … 2^32 − 1, as in NumPy. */
    public void seed(long seed) {
        if (seed < 0 || seed > 0xffffffffL)
            throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1, got " + seed);
        UndoLog.touch(this);
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            int prev = mt[i - 1];
            mt[i] = 1812433253 * (prev ^ (prev >>> 30)) + i; // arithmetic mod 2^32, as the C code's & 0xffffffff
        }
        mti = N;
        hasGauss = false;
        gauss = 0;
    }

    /** The generator's whole state (NumPy's get_state()), to put back with {@link #restore}. */
    public State state() {
        return new State(mt.clone(), mti, hasGauss, gauss);
    }

    /** NumPy's set_state(): the stream continues exactly as it would have from {@code s}. */
    public void restore(State s) { // no touch: undoing is not a change to record
        System.arraycopy(s.mt, 0, mt, 0, N);
        mti = s.mti;
        hasGauss = s.hasGauss;
        gauss = s.gauss;
    }

    /** A snapshot of the state; immutable once taken. */
    public static final class State {
        private final int[] mt;
        private final int mti;
        private final boolean hasGauss;
        private final double gauss;

        private State(int[] mt, int mti, boolean hasGauss, double gauss) {
            this.mt = mt;
            this.mti = mti;
            this.hasGauss = hasGauss;
            this.gauss = gauss;
        }
    }

    @Override
    public Runnable snapshot() {
        State s = state();
        return () -> restore(s);
    }

    /** genrand_int32: the next 32 random bits. */
    public int nextInt() {
        UndoLog.touch(this);
        return next32();
    }

    private int next32() {
        if (mti >= N) twist();
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        int k = 0, y;
        for (; k < N - M; k++) {
            y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
            mt[k] = mt[k + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; k < N - 1; k++) {
            y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
            mt[k] = mt[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        mti = 0;
    }

    /** {@code np.random.random_sample()}: genrand_res53, a uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        UndoLog.touch(this);
        return res53();
    }

    private double res53() {
        long a = next32() >>> 5, b = next32() >>> 6; // 27 and 26 bits
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** {@code np.random.standard_normal()}: NumPy's legacy_gauss. */
    public double nextGaussian() {
        UndoLog.touch(this);
        return gauss();
    }

    private double gauss() {
        if (hasGauss) {
            hasGauss = false;
            double g = gauss;
            gauss = 0;
            return g;
        }
        double x1, x2, r2;
        do {
            x1 = 2.0 * res53() - 1.0;
            x2 = 2.0 * res53() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * LibmLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code np.random.rand(*shape)}: uniforms filled in row-major order; no dimensions gives a 0-d array. */
    public NDArray rand(int... shape) {
        double[] d = new double[checkedSize(shape)];
        UndoLog.touch(this);
        for (int i = 0; i < d.length; i++) {
            if ((i & POLL_MASK) == POLL_MASK) ComputationInterrupted.poll();
            d[i] = res53();
        }
        return NDArray.of(d, shape);
    }

    /** {@code np.random.randn(*shape)}: standard normals filled in row-major order. */
    public NDArray randn(int... shape) {
        double[] d = new double[checkedSize(shape)];
        UndoLog.touch(this);
        for (int i = 0; i < d.length; i++) {
            if ((i & POLL_MASK) == POLL_MASK) ComputationInterrupted.poll();
            d[i] = gauss();
        }
        return NDArray.of(d, shape);
    }

    private static int checkedSize(int[] shape) {
        for (int s : shape)
            if (s < 0) throw new ShapeException("negative dimensions are not allowed, got shape " + Shapes.str(shape));
        Limits.checkShape(shape);
        return Shapes.size(shape);
    }
}
