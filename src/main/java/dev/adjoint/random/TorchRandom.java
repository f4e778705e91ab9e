package dev.adjoint.random;

import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.LibmSin;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;

/**
 * PyTorch's CPU generator, so that {@code torch.manual_seed(n)} followed by {@code torch.rand},
 * {@code randn}, {@code randint}, {@code randperm}, {@code nn.Linear}'s initial weights, dropout or
 * a shuffling DataLoader prints PyTorch 1.13's numbers. The engine is MT19937 seeded with the low
 * 32 bits of the seed; on top of it, PyTorch's transforms (ATen's DistributionsHelper and the CPU
 * distribution kernels): a float32 uniform takes 24 bits of one draw, a float64 uniform 53 bits of
 * two ({@code random64}), both scaled as {@code fma(x, to - from, from)} as the AVX2 kernels
 * compute it; normals are Box–Muller, per element (caching the second value) below 16 elements and
 * in blocks of 16 from 16 on; integers are a draw modulo the range; randperm is PyTorch's swap
 * loop.
 *
 * <p>adjoint computes in float64, but which stream a draw takes follows the dtype the user asked
 * for (PyTorch's default float32, or float64 after {@code set_default_dtype}), and float32 draws
 * are rounded to float32: {@code torch.rand(1).item()} is PyTorch's 0.49625658988952637 after
 * {@code manual_seed(0)}. Exact to the bit, float32 normals included (the AVX2 kernel's own
 * log and sincos, {@link CephesFloat}), float64 normals too (the C library's log, sin and cos,
 * which differ from Java's in the last bit for some arguments: {@link LibmLog}, {@link LibmSin}).
 *
 * <p>A draw or a seed records the state in the open {@link UndoLog} first, so a failed input draws
 * nothing. Long fills poll the interrupt flag.
 */
public final class TorchRandom implements Undoable {
    private static final int POLL_MASK = (1 << 16) - 1;

    private final Mt19937 engine;
    private long initialSeed;
    /** The generator's cached second Box–Muller value (next_double_normal_sample), or NaN for none. */
    private double nextNormal = Double.NaN;
    /** Whether torch.set_default_dtype asked for float64: tensors without a dtype then draw float64 streams. */
    private boolean defaultDouble;

    public TorchRandom(long seed) {
        engine = new Mt19937((int) seed);
        initialSeed = seed;
    }

    /** {@code torch.manual_seed(seed)}; forgets a cached normal (the default dtype stays). */
    public void seed(long seed) {
        UndoLog.touch(this);
        engine.seed((int) seed);
        initialSeed = seed;
        nextNormal = Double.NaN;
    }

    public long initialSeed() {
        return initialSeed;
    }

    public boolean defaultDouble() {
        return defaultDouble;
    }

    public void setDefaultDouble(boolean dbl) {
        UndoLog.touch(this);
        defaultDouble = dbl;
    }

    /**
     * PyTorch's CPUGeneratorImplState as get_rng_state() gives it (5056 bytes, little-endian):
     * the initial seed, mt19937's left and seeded counts and next position, its 624 words in
     * 64-bit slots, the double normal cache (normal_x, normal_y, normal_rho, normal_is_valid:
     * the cached value is normal_y), then the float one (never filled here).
     */
    public byte[] state() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(STATE_BYTES).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long[] words = engine.state();
        int index = (int) words[624];
        b.putLong(initialSeed);
        b.putInt(index == 624 ? 1 : 625 - index); // left: draws until the next twist, plus one
        b.putInt(1); // seeded
        b.putLong(index == 624 ? 0 : index);
        for (int i = 0; i < 624; i++) b.putLong(words[i]);
        b.putDouble(0).putDouble(Double.isNaN(nextNormal) ? 0 : nextNormal).putDouble(0);
        b.putInt(Double.isNaN(nextNormal) ? 0 : 1);
        return b.array(); // the rest (padding, the float cache and its flag) stays zero
    }

    /** PyTorch's state sizes: CPUGeneratorImplState, and the legacy one without the float cache. */
    public static final int STATE_BYTES = 5056, LEGACY_STATE_BYTES = 5048;

    /** Puts back a {@link #state()} (of either size, checked by the caller). */
    public void setState(byte[] bytes) {
        UndoLog.touch(this);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long seed = b.getLong();
        int left = b.getInt();
        b.getInt();
        long next = b.getLong();
        long[] words = new long[625];
        for (int i = 0; i < 624; i++) words[i] = b.getLong() & 0xFFFFFFFFL;
        words[624] = left == 1 ? 624 : Math.min(624, Math.max(0, next));
        double x = b.getDouble(), y = b.getDouble(), rho = b.getDouble();
        boolean valid = b.getInt() != 0;
        engine.setState(words);
        initialSeed = seed;
        // the legacy state keeps Box-Muller's uniform and radius, from which PyTorch makes the cached sample; the current one the sample itself
        nextNormal = !valid ? Double.NaN : bytes.length == LEGACY_STATE_BYTES ? rho * LibmSin.sin(2 * Math.PI * x) : y;
    }

    @Override
    public Runnable snapshot() {
        Mt19937 state = engine.copy();
        long seed = initialSeed;
        double normal = nextNormal;
        boolean dbl = defaultDouble;
        return () -> {
            engine.restore(state);
            initialSeed = seed;
            nextNormal = normal;
            defaultDouble = dbl;
        };
    }

    /** {@code random()}: 32 random bits. */
    private long random32() {
        return engine.next32();
    }

    /** {@code random64()}: two draws, the first the high word. */
    private long random64() {
        long hi = engine.next32();
        return hi << 32 | engine.next32();
    }

    private double unit(boolean dbl) {
        return dbl ? (random64() & ((1L << 53) - 1)) * 0x1p-53 : (random32() & ((1 << 24) - 1)) * 0x1p-24f;
    }

    /** uniform_(from, to) over a fresh array: row-major, one draw per element. */
    public NDArray uniform(int[] shape, double from, double to, boolean dbl) {
        double[] d = new double[NumpyRandom.checkedSize(shape)];
        UndoLog.touch(this);
        for (int i = 0; i < d.length; i++) {
            poll(i);
            d[i] = dbl ? Math.fma(unit(true), to - from, from) : Math.fma((float) unit(false), (float) to - (float) from, (float) from);
        }
        return NDArray.of(d, shape);
    }

    /** normal_(mean, std) over a fresh array: PyTorch's normal_fill from 16 elements, per-element Box–Muller below. */
    public NDArray normal(int[] shape, double mean, double std, boolean dbl) {
        double[] d = new double[NumpyRandom.checkedSize(shape)];
        UndoLog.touch(this);
        if (d.length >= 16) {
            normalFill(d, mean, std, dbl);
        } else {
            for (int i = 0; i < d.length; i++) d[i] = dbl ? normalDouble(mean, std) : (float) normalDouble(mean, std);
        }
        return NDArray.of(d, shape);
    }

    /** at::normal_distribution<double>: a pair of uniforms gives two normals, the second kept for the next call. */
    private double normalDouble(double mean, double std) {
        double z;
        if (!Double.isNaN(nextNormal)) {
            z = nextNormal;
            nextNormal = Double.NaN;
        } else {
            double u1 = unit(true), u2 = unit(true);
            double r = Math.sqrt(-2.0 * LibmLog.log(1 - u2)), theta = 2.0 * Math.PI * u1; // glibc's log, sin and cos, as PyTorch 1.13's
            nextNormal = r * LibmSin.sin(theta);
            z = r * LibmSin.cos(theta);
        }
        return Math.fma(z, std, mean);
    }

    /** normal_fill: every element a uniform first, then Box–Muller on blocks of 16 (the last block redrawn if it overlaps). */
    private void normalFill(double[] d, double mean, double std, boolean dbl) {
        int n = d.length;
        for (int i = 0; i < n; i++) {
            poll(i);
            d[i] = unit(dbl);
        }
        for (int i = 0; i + 16 <= n; i += 16) fill16(d, i, mean, std, dbl);
        if (n % 16 != 0) {
            for (int i = n - 16; i < n; i++) d[i] = unit(dbl);
            fill16(d, n - 16, mean, std, dbl);
        }
    }

    private static void fill16(double[] d, int at, double mean, double std, boolean dbl) {
        for (int j = at; j < at + 8; j++) {
            double u1 = 1 - d[j], u2 = d[j + 8];
            if (dbl) {
                double radius = Math.sqrt(-2 * LibmLog.log(u1)), theta = 2.0 * Math.PI * u2; // glibc's log, cos and sin, as PyTorch's
                d[j] = Math.fma(radius * LibmSin.cos(theta), std, mean);
                d[j + 8] = Math.fma(radius * LibmSin.sin(theta), std, mean);
            } else { // float arithmetic with avx_mathfun's log and sincos, as the AVX2 float kernel
                float radius = (float) Math.sqrt(-2f * CephesFloat.log((float) u1));
                float[] sincos = CephesFloat.sincos((float) (2.0 * Math.PI) * (float) u2);
                d[j] = Math.fma(radius * sincos[1], (float) std, (float) mean);
                d[j + 8] = Math.fma(radius * sincos[0], (float) std, (float) mean);
            }
        }
    }

    /** randint(low, high): a draw modulo the range (two draws when the range needs more than 32 bits). */
    public NDArray randint(long low, long high, int[] shape) {
        double[] d = new double[NumpyRandom.checkedSize(shape)];
        UndoLog.touch(this);
        long range = high - low;
        for (int i = 0; i < d.length; i++) {
            poll(i);
            long v = range >= (1L << 32) ? Long.remainderUnsigned(random64(), range) : random32() % range;
            d[i] = v + low;
        }
        return NDArray.of(d, shape);
    }

    /** randperm(n): 0..n-1, then each position swapped with a later one chosen by a draw modulo what is left. */
    public int[] randperm(int n) {
        NumpyRandom.checkedSize(new int[] {n});
        UndoLog.touch(this);
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        for (int i = 0; i < n - 1; i++) {
            poll(i);
            int z = (int) (random32() % (n - i)) + i;
            int t = r[i];
            r[i] = r[z];
            r[z] = t;
        }
        return r;
    }

    /**
     * exponential_(lambda) over n fresh values: {@code -1 / lambda * log(1 - u)} of a float64
     * uniform per element (at::exponential_distribution&lt;double&gt;, this build has no MKL),
     * rounded to float32 for a float32 request.
     */
    public double[] exponential(int n, double lambda, boolean dbl) {
        double[] d = new double[NumpyRandom.checkedSize(new int[] {n})];
        UndoLog.touch(this);
        for (int i = 0; i < n; i++) {
            poll(i);
            double e = -1.0 / lambda * LibmLog.log(1.0 - unit(true));
            d[i] = dbl ? e : (float) e;
        }
        return d;
    }

    /** One float64 uniform in [0, 1) (at::uniform_real_distribution&lt;double&gt;(0, 1)): multinomial with replacement. */
    public double uniformDouble() {
        UndoLog.touch(this);
        return unit(true);
    }

    /** bernoulli_(p) with a scalar p (dropout's mask): 1 where a float64 uniform is below p. */
    public NDArray bernoulli(int[] shape, double p) {
        double[] d = new double[NumpyRandom.checkedSize(shape)];
        UndoLog.touch(this);
        for (int i = 0; i < d.length; i++) {
            poll(i);
            d[i] = unit(true) < p ? 1 : 0;
        }
        return NDArray.of(d, shape);
    }

    /**
     * torch.bernoulli(p) with a tensor p (Bernoulli's sample): per element, in order, 1 where a
     * uniform is below its p (at::bernoulli_distribution; float64's or float32's uniform).
     */
    public NDArray bernoulli(NDArray p, boolean dbl) {
        double[] probs = p.toArray(), d = new double[probs.length];
        UndoLog.touch(this);
        for (int i = 0; i < d.length; i++) {
            poll(i);
            d[i] = unit(dbl) < probs[i] ? 1 : 0;
        }
        return NDArray.of(d, p.shape());
    }

    /** {@code torch.empty((), dtype=torch.int64).random_()}: a non-negative int64 (how a DataLoader seeds its shuffle). */
    public long randomInt64() {
        UndoLog.touch(this);
        return random64() & Long.MAX_VALUE;
    }

    private static void poll(int i) {
        if ((i & POLL_MASK) == POLL_MASK) ComputationInterrupted.poll();
    }
}
