package dev.adjoint.lang;

/** A slice {@code start:stop:step} as a value (of slice(...), or of a subscript); absent parts are None. */
public record SliceValue(Object start, Object stop, Object step) {
    /** Python's slice.indices(n): start, stop and step clamped to a sequence of length n. */
    public long[] indices(long n) {
        long st = step == null ? 1 : clipped(step, "slice step");
        if (st == 0) throw PyError.value("slice step cannot be zero");
        long lo = st > 0 ? 0 : -1, hi = st > 0 ? n : n - 1;
        long s = start == null ? (st > 0 ? lo : hi) : clamp(clipped(start, "slice index"), n, lo, hi);
        long e = stop == null ? (st > 0 ? hi : lo) : clamp(clipped(stop, "slice index"), n, lo, hi);
        return new long[] {s, e, st};
    }

    /** How many items the slice takes from a sequence of length n. */
    public static long length(long[] r) {
        if (r[2] > 0) return r[0] >= r[1] ? 0 : (r[1] - r[0] - 1) / r[2] + 1;
        return r[0] <= r[1] ? 0 : (r[0] - r[1] - 1) / (-r[2]) + 1;
    }

    /** A bound as CPython's slices read it: an int beyond 64 bits is clipped to the largest (or smallest) index, not refused. */
    private static long clipped(Object v, String what) {
        if (Values.plain(v) instanceof java.math.BigInteger big) return big.signum() > 0 ? Long.MAX_VALUE : -Long.MAX_VALUE;
        return Values.toLong(v, what);
    }

    private static long clamp(long v, long n, long lo, long hi) {
        if (v < 0) v += n;
        return Math.max(lo, Math.min(hi, v));
    }

    @Override
    public String toString() {
        return "slice(" + Repr.repr(start) + ", " + Repr.repr(stop) + ", " + Repr.repr(step) + ")";
    }
}
