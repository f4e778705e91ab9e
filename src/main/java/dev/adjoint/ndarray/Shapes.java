package dev.adjoint.ndarray;

import java.util.Arrays;

/** Shape arithmetic: sizes, row-major strides, NumPy broadcasting, axis normalisation. */
public final class Shapes {
    static final int[] SCALAR = new int[0];

    private Shapes() {}

    public static int size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
            if (n > Integer.MAX_VALUE) throw new ShapeException("shape " + str(shape) + " has too many elements");
        }
        return (int) n;
    }

    /** Whether strides put each entry of shape at its own position in 0..size-1 (dimensions of size 1 may have any stride). */
    public static boolean isDense(int[] shape, int[] strides) {
        if (size(shape) == 0) return true;
        Integer[] order = new Integer[shape.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(strides[a], strides[b]));
        long expected = 1;
        for (int d : order) {
            if (shape[d] == 1) continue;
            if (strides[d] != expected) return false;
            expected *= shape[d];
        }
        return true;
    }

    public static int[] rowMajorStrides(int[] shape) {
        if (shape.length == 0) return SCALAR;
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /** NumPy's rule: align from the right; each pair of dims must be equal or one of them 1. */
    public static int[] broadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i < n - a.length ? 1 : a[i - (n - a.length)];
            int db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da != db && da != 1 && db != 1)
                throw new ShapeException("shapes " + str(a) + " and " + str(b) + " cannot be broadcast together");
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Whether {@code s} expands to {@code target} alone (each dim, aligned at the right, 1 or target's; no more dims than target). */
    public static boolean broadcastsTo(int[] s, int[] target) {
        if (s.length > target.length) return false;
        for (int i = 1; i <= s.length; i++) if (s[s.length - i] != 1 && s[s.length - i] != target[target.length - i]) return false;
        return true;
    }

    /**
     * The axes of {@code to} that broadcasting {@code from} to it added or stretched (NumPy's rules:
     * the leading axes, then the axes where {@code from} has size 1): the axes a gradient is summed
     * over on the way back. Empty when nothing was broadcast.
     */
    public static int[] broadcastAxes(int[] from, int[] to) {
        int lead = to.length - from.length, n = 0;
        int[] axes = new int[to.length];
        for (int i = 0; i < to.length; i++)
            if (i < lead || (from[i - lead] == 1 && to[i] != 1)) axes[n++] = i;
        return java.util.Arrays.copyOf(axes, n);
    }

    /** Python-style shape text: (), (3,), (2, 3). */
    public static String str(int[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /** Accepts negative axes like NumPy; rejects out-of-range ones with the array's rank in the message. */
    public static int axis(int axis, int ndim) {
        int a = axis < 0 ? axis + ndim : axis;
        if (a < 0 || a >= ndim)
            throw new ShapeException("axis " + axis + " is out of range for an array of " + ndim + " dimension" + (ndim == 1 ? "" : "s"));
        return a;
    }

    /** Normalised, sorted, duplicate-free axes; null means all axes. */
    public static int[] axes(int[] axes, int ndim) {
        if (axes == null) {
            int[] all = new int[ndim];
            for (int i = 0; i < ndim; i++) all[i] = i;
            return all;
        }
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) out[i] = axis(axes[i], ndim);
        Arrays.sort(out);
        for (int i = 1; i < out.length; i++)
            if (out[i] == out[i - 1]) throw new ShapeException("axis " + out[i] + " is repeated");
        return out;
    }

    /** The shape after reducing over the given (normalised) axes. */
    public static int[] reduced(int[] shape, int[] axes, boolean keepdims) {
        boolean[] r = new boolean[shape.length];
        for (int a : axes) r[a] = true;
        int n = 0;
        for (int i = 0; i < shape.length; i++) if (!r[i] || keepdims) n++;
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!r[i]) out[k++] = shape[i];
            else if (keepdims) out[k++] = 1;
        }
        return out;
    }

    /** Resolves one -1 in a reshape target and checks the element count. */
    public static int[] reshapeTarget(int[] from, int[] to) {
        int[] out = to.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == -1) {
                if (unknown >= 0) throw new ShapeException("only one dimension can be inferred"); // PyTorch's words
                unknown = i;
            } else if (out[i] < 0) {
                throw new ShapeException("invalid shape dimension " + out[i]);
            } else known *= out[i];
        }
        int size = size(from);
        if (unknown >= 0) {
            if (known == 0 || size % known != 0)
                throw new ShapeException("cannot reshape array of shape " + str(from) + " (size " + size + ") into shape " + str(to));
            out[unknown] = (int) (size / known);
        } else if (known != size) {
            throw new ShapeException("cannot reshape array of shape " + str(from) + " (size " + size + ") into shape " + str(to));
        }
        return out;
    }
}
