package dev.adjoint.lang;

import dev.adjoint.ndarray.Index;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Indexing and slicing of tuples, strings and ranges (tensors are indexed by the engine). */
final class Sequences {
    private Sequences() {}

    static Object index(Object sequence, List<Index> items) {
        List<Object> elements;
        if (sequence instanceof List<?> l) elements = Collections.unmodifiableList(new ArrayList<>(l));
        else if (sequence instanceof String || sequence instanceof RangeValue) elements = Values.items(sequence);
        else throw new IllegalArgumentException("'" + Values.typeName(sequence) + "' object is not subscriptable");
        if (items.size() != 1) throw new IllegalArgumentException(Values.typeName(sequence) + " indices must be one integer or slice");
        Index item = items.get(0);
        int n = elements.size();
        if (item instanceof Index.At at) {
            int i = at.index() < 0 ? at.index() + n : at.index();
            if (i < 0 || i >= n) throw new IllegalArgumentException(Values.typeName(sequence) + " index out of range");
            return elements.get(i);
        }
        Index.Slice s = (Index.Slice) item;
        int[] r = resolve(s, n);
        List<Object> out = new ArrayList<>();
        for (int i = r[0]; r[2] > 0 ? i < r[1] : i > r[1]; i += r[2]) out.add(elements.get(i));
        if (sequence instanceof String) {
            StringBuilder sb = new StringBuilder();
            for (Object c : out) sb.append(c);
            return sb.toString();
        }
        return Collections.unmodifiableList(out);
    }

    /** Python's slice.indices(n). */
    private static int[] resolve(Index.Slice s, int n) {
        int step = s.step() == null ? 1 : s.step();
        if (step == 0) throw new IllegalArgumentException("slice step cannot be zero");
        int lo = step > 0 ? 0 : -1, hi = step > 0 ? n : n - 1;
        int start = s.start() == null ? (step > 0 ? lo : hi) : clamp(s.start(), n, lo, hi);
        int stop = s.stop() == null ? (step > 0 ? hi : lo) : clamp(s.stop(), n, lo, hi);
        return new int[] {start, stop, step};
    }

    private static int clamp(int v, int n, int lo, int hi) {
        if (v < 0) v += n;
        return Math.max(lo, Math.min(hi, v));
    }
}
