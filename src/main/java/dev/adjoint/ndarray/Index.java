package dev.adjoint.ndarray;

import java.util.List;

/** One item of a subscript: an integer (drops the axis) or a Python slice start:stop:step (nulls are defaults). */
public sealed interface Index {
    record At(int index) implements Index {}

    record Slice(Integer start, Integer stop, Integer step) implements Index {
        public static final Slice ALL = new Slice(null, null, null);

        /** Python's slice.indices(n): clamped start, stop and step for an axis of size n. */
        int[] resolve(int n) {
            int st = step == null ? 1 : step;
            if (st == 0) throw new ShapeException("slice step cannot be zero");
            int lo = st > 0 ? 0 : -1, hi = st > 0 ? n : n - 1;
            int s = start == null ? (st > 0 ? lo : hi) : clamp(start, n, lo, hi);
            int e = stop == null ? (st > 0 ? hi : lo) : clamp(stop, n, lo, hi);
            return new int[] {s, e, st};
        }

        /** How many entries of an axis of size n the slice takes (len(range(n)[slice])), found without an array. */
        public int length(int n) {
            int[] r = resolve(n);
            int start = r[0], stop = r[1], step = r[2];
            return step > 0 ? Math.max(0, (stop - start + step - 1) / step) : Math.max(0, (start - stop - step - 1) / (-step));
        }

        private static int clamp(int v, int n, int lo, int hi) {
            if (v < 0) v += n;
            return Math.max(lo, Math.min(hi, v));
        }
    }

    /** Applies a subscript as a view: slices keep their axis, integers remove theirs; missing trailing items are ':'. */
    static NDArray select(NDArray a, List<Index> items) {
        if (items.size() > a.ndim())
            throw new ShapeException("too many indices for an array of shape " + Shapes.str(a.shape) + ": " + a.ndim() + " dimension" + (a.ndim() == 1 ? "" : "s") + " but " + items.size() + " were indexed");
        NDArray v = a;
        for (int k = 0; k < items.size(); k++)
            if (items.get(k) instanceof Slice s) {
                int[] r = s.resolve(v.shape[k]);
                v = v.slice(k, r[0], r[1], r[2]);
            }
        for (int k = items.size() - 1; k >= 0; k--)
            if (items.get(k) instanceof At at) {
                if (at.index() < -v.shape[k] || at.index() >= v.shape[k])
                    throw new ShapeException("index " + at.index() + " is out of bounds for axis " + k + " with size " + a.shape[k]);
                v = v.index(k, at.index());
            }
        return v;
    }
}
