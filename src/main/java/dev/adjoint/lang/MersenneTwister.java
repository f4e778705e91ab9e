package dev.adjoint.lang;

import dev.adjoint.random.Mt19937;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.math.BigInteger;

/**
 * CPython's random number generator, bit for bit: MT19937 ({@link Mt19937}) seeded by
 * init_by_array with the seed's 32-bit words as _randommodule.c does, random() from two draws
 * as CPython makes its 53-bit floats, getrandbits and the rejection sampling of _randbelow.
 * So {@code random.seed(42)} then any draw gives CPython's numbers. A failed input puts the
 * state back (Undoable): its draws never happened.
 */
final class MersenneTwister implements Undoable {
    private final Mt19937 engine = new Mt19937(0);
    /** random.gauss's second value, kept for its next call (Python's gauss_next); null for none. */
    private Double gaussNext;

    /** Seeds from a non-negative int as CPython's random_seed does: its 32-bit words, least significant first (0 is one word 0). */
    void seed(BigInteger n) {
        UndoLog.touch(this);
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = n.shiftRight(32 * i).intValue();
        engine.seedByArray(key);
        gaussNext = null;
    }

    /** The next 32 random bits (as an unsigned value in an int). */
    private int next32() {
        return (int) engine.next32();
    }

    /** A float in [0, 1) with 53 random bits: (a * 2^26 + b) / 2^53 with a, b of 27 and 26 bits. */
    double random() {
        UndoLog.touch(this);
        int a = next32() >>> 5, b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** A non-negative int of k random bits, filled 32 bits at a time from the least significant word. */
    BigInteger bits(int k) {
        UndoLog.touch(this);
        if (k <= 32) return BigInteger.valueOf(k == 0 ? 0 : Integer.toUnsignedLong(next32() >>> (32 - k)));
        BigInteger r = BigInteger.ZERO;
        for (int i = 0; k > 0; i++, k -= 32) {
            int w = next32();
            if (k < 32) w >>>= 32 - k;
            r = r.or(BigInteger.valueOf(Integer.toUnsignedLong(w)).shiftLeft(32 * i));
        }
        return r;
    }

    /** A random int in [0, n) for n > 0, by CPython's rejection sampling (_randbelow_with_getrandbits). */
    BigInteger below(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = bits(k);
        while (r.compareTo(n) >= 0) r = bits(k);
        return r;
    }

    int below(int n) {
        return below(BigInteger.valueOf(n)).intValue();
    }

    Double gaussNext() {
        return gaussNext;
    }

    void setGaussNext(Double next) {
        UndoLog.touch(this);
        gaussNext = next;
    }

    @Override
    public Runnable snapshot() {
        Mt19937 state = engine.copy();
        Double gauss = gaussNext;
        return () -> {
            engine.restore(state);
            gaussNext = gauss;
        };
    }
}
