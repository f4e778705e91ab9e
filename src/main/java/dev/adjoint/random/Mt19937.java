package dev.adjoint.random;

/**
 * The MT19937 engine (Matsumoto and Nishimura): 624 words of state, {@code init_genrand} and
 * {@code init_by_array} seeding and the tempered 32-bit output. NumPy's legacy generator and
 * PyTorch's CPU generator seed it with init_genrand, CPython's random with init_by_array; the
 * transforms on top of it are theirs.
 */
public final class Mt19937 {
    private static final int N = 624, M = 397;
    private static final int MATRIX_A = 0x9908b0df, UPPER_MASK = 0x80000000, LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index;

    public Mt19937(int seed) {
        seed(seed);
    }

    private Mt19937(Mt19937 other) {
        System.arraycopy(other.mt, 0, mt, 0, N);
        index = other.index;
    }

    /** init_genrand, with the C code's arithmetic mod 2^32. */
    public void seed(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        index = N;
    }

    /** init_by_array: CPython's seeding from the words of a seed, least significant first. */
    public void seedByArray(int[] key) {
        seed(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    /** The next 32 random bits, as an unsigned value. */
    public long next32() {
        if (index >= N) twist();
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return Integer.toUnsignedLong(y);
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        index = 0;
    }

    /** The 624 words (unsigned) and the position in them, as CPython's random.getstate() lists them. */
    public long[] state() {
        long[] s = new long[N + 1];
        for (int i = 0; i < N; i++) s[i] = Integer.toUnsignedLong(mt[i]);
        s[N] = index;
        return s;
    }

    /** Puts back a {@link #state()}: words below 2**32 and a position from 0 to 624 (checked by the caller). */
    public void setState(long[] s) {
        for (int i = 0; i < N; i++) mt[i] = (int) s[i];
        index = (int) s[N];
    }

    public Mt19937 copy() {
        return new Mt19937(this);
    }

    public void restore(Mt19937 from) {
        System.arraycopy(from.mt, 0, mt, 0, N);
        index = from.index;
    }
}
