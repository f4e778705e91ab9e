package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * CPython's hash() of a set item or dict key: it decides where the item sits in a set's table
 * ({@link SetTable}), so the order a set prints in. Exact for ints, floats and tuples of them
 * (strings hash randomly in CPython, so any order is CPython's for them).
 */
final class SetOrder {
    private static final long MODULUS = (1L << 61) - 1;

    private SetOrder() {}

    /** CPython's hash() of a normalized key; an arbitrary but fixed one where CPython's is random. */
    static long hash(Object key) {
        if (key instanceof Long l) return l > -MODULUS && l < MODULUS ? (l == -1 ? -2 : l) : intHash(BigInteger.valueOf(l));
        if (key instanceof BigInteger b) return intHash(b);
        if (key instanceof Double d) return floatHash(d);
        if (key instanceof List<?> tuple) return tupleHash(tuple);
        if (key instanceof RangeValue r) return tupleHash(r.hashItems().stream().map(HashKey::of).toList());
        if (key instanceof HashKey.ByHash k) return k.hash();
        if (key instanceof HashKey.PartsKey k) return k.hash();
        if (key instanceof PyComplex c) return c.pyHash();
        if (key instanceof Set<?> frozenset) return frozensetHash(frozenset); // a frozenset's key is its set of keys
        return key.hashCode();
    }

    /** CPython's frozenset_hash: its items' hashes shuffled and xor-ed (in any order), then mixed with its size. */
    private static long frozensetHash(Set<?> items) {
        long h = 0;
        for (Object item : items) {
            long x = hash(item);
            h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
        }
        h ^= (items.size() + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long intHash(BigInteger v) {
        long h = v.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        if (v.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** _Py_HashDouble for a float that is not a whole number (whole ones are keyed as ints). */
    private static long floatHash(double v) {
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (Double.isNaN(v)) return 0;
        int e = Math.getExponent(v) + 1; // frexp: v = m * 2^e, 0.5 <= |m| < 1
        double m = Math.scalb(Math.abs(v), -e);
        if (Math.getExponent(v) == Double.MIN_EXPONENT - 1) { // subnormal
            m = Math.scalb(Math.abs(v), 1074);
            e = -1074;
            while (m >= 1) {
                m /= 2;
                e++;
            }
        }
        long sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) x -= MODULUS;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static long tupleHash(List<?> items) {
        final long prime1 = 0x9E3779B185EBCA87L, prime2 = 0xC2B2AE3D27D4EB4FL, prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        dev.adjoint.ndarray.ComputationInterrupted.poll(); // see HashKey: the walk can be exponential in the nesting
        for (Object item : items) {
            long lane = hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }
}
