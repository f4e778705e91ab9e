package dev.adjoint.random;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.math.BigInteger;

/**
 * NumPy's default bit generator ({@code np.random.default_rng(seed)}: PCG64, a 128-bit LCG with
 * the XSL-RR output), seeded through NumPy's SeedSequence, so a seed gives NumPy's numbers bit for
 * bit: 64-bit words, 32-bit words (the two halves of one 64-bit word, low half first, as NumPy
 * buffers them), doubles of 53 bits, and the bounded integers of NumPy's Generator (Lemire's
 * rejection; the masked rejection of its shuffles). A draw records the state in the open
 * {@link UndoLog} first, so a failed input draws nothing.
 */
public final class Pcg64 implements Undoable, UniformSource {
    private static final long MULT_HI = 2549297995355413924L, MULT_LO = 4865540595714422341L;

    private long stateHi, stateLo, incHi, incLo;
    private boolean hasUint32;
    private int uinteger;

    /** PCG64(SeedSequence(seed)) for a non-negative integer seed (of any size). */
    public Pcg64(BigInteger seed) {
        this(entropyWords(seed));
    }

    /** PCG64(SeedSequence(entropy)) for a SeedSequence's entropy as 32-bit words, lowest first. */
    public Pcg64(int[] entropy) {
        int[] words = SeedSequence.state(entropy, 8);
        long[] u = new long[4];
        for (int i = 0; i < 4; i++) u[i] = (words[2 * i] & 0xffffffffL) | ((long) words[2 * i + 1] << 32);
        // pcg_setseq_128_srandom_r(initstate = u0:u1, initseq = u2:u3)
        incHi = (u[2] << 1) | (u[3] >>> 63);
        incLo = (u[3] << 1) | 1;
        step();
        long lo = stateLo + u[1];
        stateHi += u[0] + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
        stateLo = lo;
        step();
    }

    /** A non-negative integer as SeedSequence's entropy words, lowest first (0 is one word). */
    public static int[] entropyWords(BigInteger seed) {
        if (seed.signum() < 0) throw new IllegalArgumentException("expected non-negative integer");
        return SeedSequence.words(seed);
    }

    /** SeedSequence(entropy).generate_state(n): n 32-bit words. */
    public static int[] generateState(int[] entropy, int n) {
        return SeedSequence.state(entropy, n);
    }

    /** bit_generator.state's 'state' and 'inc': the LCG's 128-bit state and increment. */
    public BigInteger[] stateAndIncrement() {
        return new BigInteger[] {unsigned128(stateHi, stateLo), unsigned128(incHi, incLo)};
    }

    /** bit_generator.state's 'has_uint32' and 'uinteger': the buffered high half of a word, if any. */
    public boolean hasBufferedHalf() {
        return hasUint32;
    }

    public long bufferedHalf() {
        return uinteger & 0xffffffffL;
    }

    /** bit_generator.state = {...}: each value taken modulo its width, as NumPy stores it. */
    public void setState(BigInteger state, BigInteger increment, boolean hasHalf, long half) {
        UndoLog.touch(this);
        stateHi = state.shiftRight(64).longValue();
        stateLo = state.longValue();
        incHi = increment.shiftRight(64).longValue();
        incLo = increment.longValue();
        hasUint32 = hasHalf;
        uinteger = (int) half;
    }

    private static BigInteger unsigned128(long hi, long lo) {
        BigInteger h = new BigInteger(Long.toUnsignedString(hi)), l = new BigInteger(Long.toUnsignedString(lo));
        return h.shiftLeft(64).or(l);
    }

    /** state = state * MULT + inc (mod 2^128). */
    private void step() {
        long hi = unsignedMultiplyHigh(stateLo, MULT_LO) + stateLo * MULT_HI + stateHi * MULT_LO;
        long lo = stateLo * MULT_LO;
        long sum = lo + incLo;
        stateHi = hi + incHi + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
        stateLo = sum;
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** The next 64 random bits. */
    public long next64() {
        UndoLog.touch(this);
        step();
        return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
    }

    /** The next 32 random bits: the low half of a 64-bit word, then its high half. */
    public int next32() {
        if (hasUint32) {
            UndoLog.touch(this);
            hasUint32 = false;
            return uinteger;
        }
        long next = next64();
        hasUint32 = true;
        uinteger = (int) (next >>> 32);
        return (int) next;
    }

    /** A double in [0, 1) from the top 53 bits of a 64-bit word. */
    @Override
    public double nextDouble() {
        return (next64() >>> 11) * (1.0 / 9007199254740992.0);
    }

    /** A uniform integer in [0, rng] (rng inclusive, at most 2^63 - 1), as NumPy's random_bounded_uint64 with Lemire's rejection. */
    public long bounded(long rng) {
        if (rng == 0) return 0;
        if (rng <= 0xffffffffL) {
            if (rng == 0xffffffffL) return next32() & 0xffffffffL;
            long excl = rng + 1;
            long m = (next32() & 0xffffffffL) * excl;
            long leftover = m & 0xffffffffL;
            if (leftover < excl) {
                long threshold = (0xffffffffL - rng) % excl;
                while (leftover < threshold) {
                    m = (next32() & 0xffffffffL) * excl;
                    leftover = m & 0xffffffffL;
                }
            }
            return m >>> 32;
        }
        long excl = rng + 1;
        long x = next64();
        long leftover = x * excl;
        if (Long.compareUnsigned(leftover, excl) < 0) {
            long threshold = Long.remainderUnsigned(-excl, excl); // (2^64 - 1 - rng) % excl
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = next64();
                leftover = x * excl;
            }
        }
        return unsignedMultiplyHigh(x, excl);
    }

    /** A uniform integer in [0, max] by masked rejection, as NumPy's random_interval (its shuffles). */
    public long interval(long max) {
        if (max == 0) return 0;
        long mask = max;
        for (int s = 1; s <= 32; s <<= 1) mask |= mask >>> s;
        long value;
        if (max <= 0xffffffffL) {
            do value = next32() & 0xffffffffL & mask; while (value > max);
        } else {
            do value = next64() & mask; while (value > max);
        }
        return value;
    }

    @Override
    public Runnable snapshot() {
        long sh = stateHi, sl = stateLo;
        boolean has = hasUint32;
        int u = uinteger;
        return () -> {
            stateHi = sh;
            stateLo = sl;
            hasUint32 = has;
            uinteger = u;
        };
    }

    /** NumPy's SeedSequence (O'Neill's seed_seq with NumPy's constants): entropy words mixed into a pool of 4, then hashed out. */
    static final class SeedSequence {
        private static final int INIT_A = 0x43b0d7e5, MULT_A = 0x931e8875, INIT_B = 0x8b51f9dd, MULT_B = 0x58f38ded;
        private static final int MIX_MULT_L = 0xca01f9dd, MIX_MULT_R = 0x4973f715, POOL = 4;

        private SeedSequence() {}

        /** An integer as 32-bit words, lowest first (0 is one word). */
        static int[] words(BigInteger n) {
            int count = Math.max(1, (n.bitLength() + 31) / 32);
            int[] w = new int[count];
            for (int i = 0; i < count; i++) w[i] = n.shiftRight(32 * i).intValue();
            return w;
        }

        /** generate_state(n) of a SeedSequence(entropy): n 32-bit words. */
        static int[] state(int[] entropy, int n) {
            int[] hash = {INIT_A};
            int[] pool = new int[POOL];
            for (int i = 0; i < POOL; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hash);
            for (int src = 0; src < POOL; src++)
                for (int dst = 0; dst < POOL; dst++)
                    if (src != dst) pool[dst] = mix(pool[dst], hashmix(pool[src], hash));
            for (int src = POOL; src < entropy.length; src++)
                for (int dst = 0; dst < POOL; dst++) pool[dst] = mix(pool[dst], hashmix(entropy[src], hash));
            int[] out = new int[n];
            int constant = INIT_B;
            for (int i = 0; i < n; i++) {
                int v = pool[i % POOL] ^ constant;
                constant *= MULT_B;
                v *= constant;
                out[i] = v ^ (v >>> 16);
            }
            return out;
        }

        private static int hashmix(int value, int[] hash) {
            value ^= hash[0];
            hash[0] *= MULT_A;
            value *= hash[0];
            return value ^ (value >>> 16);
        }

        private static int mix(int x, int y) {
            int r = MIX_MULT_L * x - MIX_MULT_R * y;
            return r ^ (r >>> 16);
        }
    }
}
