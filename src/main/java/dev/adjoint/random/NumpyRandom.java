package dev.adjoint.random;

import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.LibmLog;
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
public final class NumpyRandom implements Undoable, UniformSource {
    /** Fills poll the interrupt flag every 65,536 draws (about a millisecond). */
    private static final int POLL_MASK = (1 << 16) - 1;

    private final Mt19937 engine = new Mt19937(0);
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
        engine.seed((int) seed);
        hasGauss = false;
        gauss = 0;
    }

    /** The generator's whole state (NumPy's get_state()), to put back with {@link #restore}. */
    public State state() {
        return new State(engine.copy(), hasGauss, gauss);
    }

    /** NumPy's set_state(): the stream continues exactly as it would have from {@code s}. */
    public void restore(State s) { // no touch: undoing is not a change to record
        engine.restore(s.engine);
        hasGauss = s.hasGauss;
        gauss = s.gauss;
    }

    /** NumPy's get_state(): the 624 key words and the position in them (as {@link Mt19937#state()}), with the cached normal, if any. */
    public long[] keyAndPosition() {
        return engine.state();
    }

    public boolean hasCachedGauss() {
        return hasGauss;
    }

    public double cachedGauss() {
        return gauss;
    }

    /** NumPy's set_state(('MT19937', key, pos, has_gauss, cached_gaussian)): key words below 2**32, a position from 0 to 624 (checked by the caller). */
    public void setState(long[] keyAndPosition, boolean hasGauss, double gauss) {
        UndoLog.touch(this);
        engine.setState(keyAndPosition);
        this.hasGauss = hasGauss;
        this.gauss = hasGauss ? gauss : 0;
    }

    /** A snapshot of the state; immutable once taken. */
    public static final class State {
        private final Mt19937 engine;
        private final boolean hasGauss;
        private final double gauss;

        private State(Mt19937 engine, boolean hasGauss, double gauss) {
            this.engine = engine;
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
        return (int) engine.next32();
    }

    /** {@code np.random.random_sample()}: genrand_res53, a uniform double in [0, 1) with 53 random bits. */
    @Override
    public double nextDouble() {
        UndoLog.touch(this);
        return res53();
    }

    private double res53() {
        long a = engine.next32() >>> 5, b = engine.next32() >>> 6; // 27 and 26 bits
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

    static int checkedSize(int[] shape) {
        for (int s : shape)
            if (s < 0) throw new ShapeException("negative dimensions are not allowed, got shape " + Shapes.str(shape));
        Limits.checkShape(shape);
        return Shapes.size(shape);
    }
}
