package dev.adjoint.lang;

/** Python's range(start, stop, step): iterated lazily, its items are constant scalar tensors. */
public record RangeValue(long start, long stop, long step) {
    public long length() {
        if (step > 0) return start >= stop ? 0 : (stop - start + step - 1) / step;
        return start <= stop ? 0 : (start - stop - step - 1) / (-step);
    }

    public long get(long i) {
        return start + i * step;
    }

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + (step != 1 ? ", " + step : "") + ")";
    }
}
