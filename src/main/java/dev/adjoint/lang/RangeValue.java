package dev.adjoint.lang;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Python's range(start, stop, step): walked lazily, its items are ints. */
public record RangeValue(long start, long stop, long step) {
    public long length() {
        if (step > 0) return start >= stop ? 0 : (stop - start - 1) / step + 1;
        return start <= stop ? 0 : (start - stop - 1) / (-step) + 1;
    }

    public long get(long i) {
        return start + i * step;
    }

    public boolean contains(long v) {
        if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
        return (v - start) % step == 0;
    }

    public Iterator<Object> iterator() {
        long n = length();
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

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + (step != 1 ? ", " + step : "") + ")";
    }
}
