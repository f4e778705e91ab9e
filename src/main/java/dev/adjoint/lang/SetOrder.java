package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which CPython walks a set: its items sit in an open-addressing table by hash
 * (setobject.c: linear probes of 9, then perturbation; the table grows 4x when 3/5 full), so
 * {@code {3, 1, 2}} prints as {@code {1, 2, 3}}. Replayed here from the insertion order with
 * CPython's hashes of ints, floats and tuples of them (strings hash randomly in CPython, so any
 * order is CPython's for them). Removals are not replayed: after one, the order may differ.
 */
final class SetOrder {
    private static final long MODULUS = (1L << 61) - 1;
    private static final int LINEAR_PROBES = 9, PERTURB_SHIFT = 5, MIN_SIZE = 8;

    private SetOrder() {}

    /** {@code items} (in insertion order, with their {@link HashKey}s) in CPython's iteration order. */
    static List<Object> order(List<Object> items, List<Object> keys) {
        int n = items.size();
        if (n <= 1) return items;
        int size = MIN_SIZE;
        int[] table = new int[size]; // 1-based item index, 0 = empty
        long[] hashes = new long[n];
        int fill = 0;
        for (int k = 0; k < n; k++) {
            hashes[k] = hash(keys.get(k));
            insert(table, size - 1, hashes, k);
            fill++;
            if ((long) fill * 5 >= (long) (size - 1) * 3) {
                int newSize = MIN_SIZE;
                long minUsed = fill > 50000 ? fill * 2L : fill * 4L;
                while (newSize <= minUsed) newSize <<= 1;
                int[] bigger = new int[newSize];
                for (int slot : table) if (slot != 0) insert(bigger, newSize - 1, hashes, slot - 1);
                table = bigger;
                size = newSize;
            }
        }
        List<Object> out = new ArrayList<>(n);
        for (int slot : table) if (slot != 0) out.add(items.get(slot - 1));
        return out;
    }

    /** set_insert_clean: the first empty slot along the probe sequence of the item's hash. */
    private static void insert(int[] table, int mask, long[] hashes, int k) {
        long perturb = hashes[k];
        int i = (int) (hashes[k] & mask);
        while (true) {
            if (table[i] == 0) {
                table[i] = k + 1;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == 0) {
                        table[i + j] = k + 1;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** CPython's hash() of a normalized key; an arbitrary but fixed one where CPython's is random. */
    static long hash(Object key) {
        if (key instanceof Long l) return intHash(BigInteger.valueOf(l));
        if (key instanceof BigInteger b) return intHash(b);
        if (key instanceof Double d) return floatHash(d);
        if (key instanceof List<?> tuple) return tupleHash(tuple);
        if (key instanceof HashKey.ByHash k) return k.hash();
        return key.hashCode();
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
