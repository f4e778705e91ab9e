package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Python's range(start, stop, step): walked lazily, its items are ints. Its bounds and length are
 * longs, which every loop walks without a BigInteger; a range whose bounds or length do not fit a
 * long (range(10**20), range(-2**63, 2**63)) keeps them in {@link #big} instead, so only its own
 * (rare) operations pay for arbitrary precision. Equal ranges are one dict key, as in CPython.
 */
public final class RangeValue implements HashedByValue {
    private final long start, stop, step, length;

    /** start, stop, step and length when one of them does not fit a long, else null (and the longs above hold the range). */
    private final BigInteger[] big;

    public RangeValue(long start, long stop, long step) {
        // the span as an unsigned long: right for any two longs; a length of 2**63 or more does not fit (n < 0)
        long n = step > 0 ? (start >= stop ? 0 : Long.divideUnsigned(stop - start - 1, step) + 1)
                : (start <= stop ? 0 : Long.divideUnsigned(start - stop - 1, -step) + 1);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = n;
        this.big = n < 0 ? bigBounds(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step)) : null;
    }

    private RangeValue(BigInteger[] big) {
        this.start = this.stop = this.step = this.length = 0;
        this.big = big;
    }

    /** A range of ints (Long or BigInteger; step not 0): longs when they all fit. */
    public static RangeValue of(Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) return new RangeValue(a, b, c);
        return new RangeValue(bigBounds(PyNumbers.big(start), PyNumbers.big(stop), PyNumbers.big(step)));
    }

    private static BigInteger[] bigBounds(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        BigInteger n = span.signum() <= 0 ? BigInteger.ZERO : span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
        return new BigInteger[] {start, stop, step, n};
    }

    /** len(range): CPython's OverflowError when it does not fit a Py_ssize_t. */
    public long length() {
        if (big == null) return length;
        if (big[3].bitLength() < 64) return big[3].longValue();
        throw PyError.overflow("Python int too large to convert to C ssize_t");
    }

    public boolean isEmpty() {
        return big == null ? length == 0 : big[3].signum() == 0;
    }

    /** Item i, for 0 <= i < length(). */
    public Object get(long i) {
        if (big == null) return start + i * step;
        return PyNumbers.normalize(big[0].add(BigInteger.valueOf(i).multiply(big[2])));
    }

    public boolean contains(long v) {
        if (big != null) return contains(BigInteger.valueOf(v));
        if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
        return step > 0 ? Long.remainderUnsigned(v - start, step) == 0 : Long.remainderUnsigned(start - v, -step) == 0; // unsigned: the span may pass 2**63
    }

    /** Whether an int (Long or BigInteger) is an item. */
    public boolean contains(Object v) {
        return v instanceof Long l ? contains((long) l) : indexOf(PyNumbers.big(v)) != null;
    }

    /** range.index of an int (Long or BigInteger), or null when it is not an item. */
    public Object indexOf(Object v) {
        if (big == null && v instanceof Long l) {
            if (!contains((long) l)) return null;
            return step > 0 ? Long.divideUnsigned(l - start, step) : Long.divideUnsigned(start - l, -step); // the index is under 2**63
        }
        return indexOf(PyNumbers.big(v));
    }

    private Object indexOf(BigInteger v) {
        BigInteger[] b = bounds();
        BigInteger[] qr = v.subtract(b[0]).divideAndRemainder(b[2]);
        return qr[1].signum() == 0 && qr[0].signum() >= 0 && qr[0].compareTo(b[3]) < 0 ? PyNumbers.normalize(qr[0]) : null;
    }

    /** r[i] for an int index (Long or BigInteger): CPython's IndexError for any index outside the range, however large. */
    public Object item(Object index) {
        if (big == null && index instanceof Long l) {
            long i = l < 0 ? l + length : l;
            if (i < 0 || i >= length) throw PyError.index("range object index out of range");
            return start + i * step;
        }
        BigInteger[] b = bounds();
        BigInteger i = PyNumbers.big(index);
        if (i.signum() < 0) i = i.add(b[3]);
        if (i.signum() < 0 || i.compareTo(b[3]) >= 0) throw PyError.index("range object index out of range");
        return PyNumbers.normalize(b[0].add(i.multiply(b[2])));
    }

    /** r[a:b:c]: another range, as CPython computes it (in arbitrary precision: slices are not a loop's hot path). */
    public RangeValue slice(SliceValue s) {
        BigInteger[] b = bounds();
        BigInteger n = b[3], st = s.step() == null ? BigInteger.ONE : bigIndex(s.step());
        if (st.signum() == 0) throw PyError.value("slice step cannot be zero");
        BigInteger lo = st.signum() > 0 ? BigInteger.ZERO : BigInteger.ONE.negate(), hi = st.signum() > 0 ? n : n.subtract(BigInteger.ONE);
        BigInteger from = s.start() == null ? (st.signum() > 0 ? lo : hi) : clamp(bigIndex(s.start()), n, lo, hi);
        BigInteger to = s.stop() == null ? (st.signum() > 0 ? hi : lo) : clamp(bigIndex(s.stop()), n, lo, hi);
        return of(PyNumbers.normalize(b[0].add(from.multiply(b[2]))), PyNumbers.normalize(b[0].add(to.multiply(b[2]))),
                PyNumbers.normalize(b[2].multiply(st)));
    }

    private static BigInteger bigIndex(Object v) {
        Object p = Values.plain(v);
        if (p instanceof BigInteger b) return b;
        if (p instanceof Double || p instanceof String || p instanceof java.util.Collection<?>)
            throw PyError.type("slice indices must be integers or None or have an __index__ method");
        return BigInteger.valueOf(Values.toLong(p, "slice index"));
    }

    private static BigInteger clamp(BigInteger v, BigInteger n, BigInteger lo, BigInteger hi) {
        if (v.signum() < 0) v = v.add(n);
        return v.max(lo).min(hi);
    }

    /** reversed(range): the same items backwards, as a range (CPython's range_reverse), so a huge one is not listed. */
    public RangeValue reversed() {
        BigInteger[] b = bounds();
        BigInteger last = b[0].add(b[3].subtract(BigInteger.ONE).multiply(b[2]));
        return of(PyNumbers.normalize(last), PyNumbers.normalize(b[0].subtract(b[2])), PyNumbers.normalize(b[2].negate()));
    }

    /** Whether this range needs arbitrary precision: CPython walks such a one with a longrange_iterator. */
    public boolean isBig() {
        return big != null;
    }

    /** range.start, .stop, .step: ints. */
    public Object start() {
        return big == null ? (Object) start : PyNumbers.normalize(big[0]);
    }

    public Object stop() {
        return big == null ? (Object) stop : PyNumbers.normalize(big[1]);
    }

    public Object step() {
        return big == null ? (Object) step : PyNumbers.normalize(big[2]);
    }

    /** start, stop, step and length as BigIntegers. */
    private BigInteger[] bounds() {
        if (big != null) return big;
        return new BigInteger[] {BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step), BigInteger.valueOf(length)};
    }

    public Iterator<Object> iterator() {
        if (big != null) return bigIterator();
        long n = length;
        return new Iterator<>() {
            long i;

            public boolean hasNext() {
                return i < n;
            }

            public Object next() {
                if (i >= n) throw new NoSuchElementException();
                dev.adjoint.ndarray.ComputationInterrupted.pollEvery(i); // sum(range(10**12)) walks here, not in a loop of the interpreter's
                return start + (i++) * step;
            }
        };
    }

    private Iterator<Object> bigIterator() {
        return new Iterator<>() {
            BigInteger next = big[0], left = big[3];
            long i;

            public boolean hasNext() {
                return left.signum() > 0;
            }

            public Object next() {
                if (!hasNext()) throw new NoSuchElementException();
                dev.adjoint.ndarray.ComputationInterrupted.pollEvery(i++);
                Object v = PyNumbers.normalize(next);
                next = next.add(big[2]);
                left = left.subtract(BigInteger.ONE);
                return v;
            }
        };
    }

    /** CPython's range_hash: the hash of (len, start, step), with None for what an empty or one-item range does not compare. */
    List<Object> hashItems() {
        BigInteger[] b = bounds();
        int n = b[3].signum() == 0 ? 0 : b[3].equals(BigInteger.ONE) ? 1 : 2;
        return java.util.Arrays.asList(PyNumbers.normalize(b[3]), n > 0 ? PyNumbers.normalize(b[0]) : null, n > 1 ? PyNumbers.normalize(b[2]) : null);
    }

    /** Python's ==: the same items (range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2)). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RangeValue q)) return false;
        if (big == null && q.big == null) return length == q.length && (length == 0 || start == q.start && (length == 1 || step == q.step));
        return hashItems().equals(q.hashItems());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(SetOrder.hash(this));
    }

    @Override
    public String toString() {
        Object p = step();
        return "range(" + start() + ", " + stop() + (!Long.valueOf(1).equals(p) ? ", " + p : "") + ")";
    }
}
