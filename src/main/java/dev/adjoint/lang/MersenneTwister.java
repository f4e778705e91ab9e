package dev.adjoint.lang;

import dev.adjoint.random.Mt19937;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

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

    /** random.getstate(): (3, the 624 words and the position, gauss_next), as CPython's. */
    Object state() {
        List<Object> words = new ArrayList<>();
        for (long w : engine.state()) words.add(w);
        return Values.tuple(3L, Values.tuple(words), gaussNext);
    }

    /** random.setstate(state), refusing what CPython's refuses with its messages. */
    void setState(Object state) {
        if (!(state instanceof List<?> s) || s.size() != 3) throw PyError.value("expected a state of 3 items: (version, words, gauss_next)"); // random.py unpacks it
        Object version = Values.plain(s.get(0));
        boolean known = PyNumbers.isNumber(version) && (PyNumbers.equal(version, 3L) || PyNumbers.equal(version, 2L)); // version 2 is Python 2.4-3.1's, read the same
        if (!known) throw PyError.value("state with version " + Repr.repr(version) + " passed to Random.setstate() of version 3");
        if (!(s.get(1) instanceof List<?> words) || words instanceof PyList) throw PyError.type("state vector must be a tuple");
        if (words.size() != 625) throw PyError.value("state vector is the wrong size");
        long[] values = new long[625];
        for (int i = 0; i < 625; i++) {
            Object w = Values.plain(words.get(i));
            if (!PyNumbers.isInt(w)) throw PyError.type("'" + Values.typeName(w) + "' object cannot be interpreted as an integer");
            BigInteger b = PyNumbers.big(w);
            if (b.signum() < 0) throw PyError.overflow("can't convert negative value to unsigned int");
            if (b.bitLength() > 64) throw PyError.overflow("Python int too large to convert to C unsigned long");
            values[i] = b.longValue() & 0xffffffffL; // CPython keeps a word's low 32 bits
        }
        if (values[624] < 0 || values[624] > 624 || PyNumbers.big(Values.plain(words.get(624))).bitLength() > 31) throw PyError.value("invalid state");
        Object gauss = Values.plain(s.get(2));
        if (gauss != null && !(gauss instanceof Double)) gauss = PyNumbers.toDouble(gauss);
        UndoLog.touch(this);
        engine.setState(values);
        gaussNext = (Double) gauss;
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
