package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.List;
import java.util.TreeSet;

/**
 * np.pad(array, pad_width, mode='constant', **kwargs) as NumPy 1.24's numpy/lib/arraypad.py pads:
 * one axis after another, each from the array the axes before it already padded (so corners come
 * from the earlier axes' borders). 'constant' (constant_values=), 'edge', 'reflect', 'symmetric'
 * and 'wrap' (its border repeated a period at a time, as 1.24 does, which for a border wider than
 * the axis is not a plain cycle), 'maximum' and 'minimum' over the whole axis. 'mean', 'median',
 * 'linear_ramp', 'empty', stat_length=, reflect_type='odd' and a function as the mode are refused by name.
 */
final class Padding {
    private Padding() {}

    /** The keyword arguments np.pad takes with each mode (null: no such mode). */
    private static List<String> keywords(String mode) {
        return switch (mode) {
            case "empty", "edge", "wrap" -> List.of();
            case "constant" -> List.of("constant_values");
            case "linear_ramp" -> List.of("end_values");
            case "maximum", "mean", "median", "minimum" -> List.of("stat_length");
            case "reflect", "symmetric" -> List.of("reflect_type");
            default -> null;
        };
    }

    static Object pad(Args a, int[][] widths, NpArray x) {
        Object modeArg = Values.plain(a.option(2, "mode", "constant"));
        if (!(modeArg instanceof String mode)) throw PyError.notSupported("np.pad with a function as the mode");
        List<String> allowed = keywords(mode);
        if (allowed == null) throw PyError.value("mode '" + mode + "' is not supported");
        TreeSet<String> unsupported = new TreeSet<>(a.keywords().keySet());
        unsupported.removeAll(List.of("array", "pad_width", "mode"));
        unsupported.removeAll(allowed);
        if (!unsupported.isEmpty())
            throw PyError.value("unsupported keyword arguments for mode '" + mode + "': {" + String.join(", ", unsupported.stream().map(Repr::repr).toList()) + "}");
        if (List.of("mean", "median", "linear_ramp", "empty").contains(mode)) throw PyError.notSupported("np.pad's mode='" + mode + "'");
        if (a.keywords().containsKey("stat_length") && a.keyword("stat_length") != null) throw PyError.notSupported("np.pad's stat_length=");
        if (a.keywords().containsKey("reflect_type") && !"even".equals(Values.plain(a.keyword("reflect_type"))))
            throw PyError.notSupported("np.pad's reflect_type=" + Repr.repr(Values.plain(a.keyword("reflect_type"))));
        double fill = mode.equals("constant") ? Operand.required(a.keywords().getOrDefault("constant_values", 0L), "pad").values().item() : 0;
        int[] shape = x.shape().clone();
        if (!mode.equals("constant") && Shapes.size(shape) == 0)
            for (int d = 0; d < shape.length; d++)
                if (shape[d] == 0 && (widths[d][0] > 0 || widths[d][1] > 0))
                    throw PyError.value("can't extend empty axis " + d + " using modes other than 'constant' or 'empty'");
        double[] v = x.values().compact().toArray();
        for (int d = 0; d < shape.length; d++) {
            int n = shape[d], before = widths[d][0], after = widths[d][1], m = n + before + after;
            int outer = 1, inner = 1;
            for (int k = 0; k < d; k++) outer *= shape[k];
            for (int k = d + 1; k < shape.length; k++) inner *= shape[k];
            dev.adjoint.ndarray.Limits.check((long) outer * m * inner, "the padded array");
            double[] out = new double[outer * m * inner];
            boolean stat = mode.equals("maximum") || mode.equals("minimum");
            int[] source = stat || mode.equals("constant") || n == 0 ? null : sources(mode, n, before, after);
            for (int o = 0; o < outer; o++)
                for (int i = 0; i < inner; i++) {
                    double border = fill;
                    if (stat) {
                        border = v[o * n * inner + i];
                        for (int k = 1; k < n; k++) border = extreme(border, v[(o * n + k) * inner + i], mode.equals("maximum"));
                    }
                    for (int j = 0; j < m; j++) {
                        int k = j - before;
                        boolean inside = k >= 0 && k < n;
                        out[(o * m + j) * inner + i] = inside ? v[(o * n + k) * inner + i] : source == null ? border : v[(o * n + source[j]) * inner + i];
                    }
                }
            v = out;
            shape[d] = m;
        }
        return NpArray.of(NDArray.of(v, shape), x.type);
    }

    /** np.amax/np.amin of two: a NaN wins. */
    private static double extreme(double a, double b, boolean max) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        return max ? Math.max(a, b) : Math.min(a, b);
    }

    /** For each place of the padded axis, the place of the unpadded axis (length n) its value comes from. */
    private static int[] sources(String mode, int n, int before, int after) {
        if (mode.equals("wrap")) return wrapped(n, before, after);
        if (mode.equals("edge") || mode.equals("reflect") && n == 1) { // one entry reflects as its edge, as NumPy pads it
            int[] src = new int[n + before + after];
            for (int j = 0; j < src.length; j++) src[j] = Math.min(Math.max(j - before, 0), n - 1);
            return src;
        }
        return reflected(n, before, after, mode.equals("symmetric"));
    }

    /** The unpadded axis in the middle of the padded one, its borders still to fill (-1). */
    private static int[] middle(int n, int before, int after) {
        int[] src = new int[n + before + after];
        java.util.Arrays.fill(src, -1);
        for (int j = 0; j < n; j++) src[before + j] = j;
        return src;
    }

    /**
     * NumPy 1.24's _set_reflect_both, repeated until both borders are filled: each round mirrors
     * at most the part filled so far (less its end entry unless {@code includeEdge}, 'symmetric')
     * onto each border, so a border much wider than the other does not simply continue the mirror.
     */
    private static int[] reflected(int n, int before, int after, boolean includeEdge) {
        int[] src = middle(n, before, after);
        int m = src.length, left = before, right = after, edge = includeEdge ? 1 : 0;
        while (left > 0 || right > 0) {
            int oldLength = m - right - left - (includeEdge ? 0 : 1);
            if (left > 0) {
                int count = Math.min(oldLength, left), from = left - edge + count; // padded[from:from-count:-1]
                for (int k = 0; k < count; k++) src[left - count + k] = src[from - k];
                left -= count;
            }
            if (right > 0) {
                int count = Math.min(oldLength, right), from = m - right + edge - 2; // padded[-right+edge-2::-1], count of them
                int to = m - right;
                for (int k = 0; k < count; k++) src[to + k] = src[from - k];
                right -= count;
            }
        }
        return src;
    }

    /**
     * NumPy 1.24's _set_wrap_both, repeated until both borders are filled: each round copies at
     * most a period (the part filled so far) from the far end of that part onto each border's inner end.
     */
    private static int[] wrapped(int n, int before, int after) {
        int[] src = middle(n, before, after);
        int m = src.length, left = before, right = after;
        while (left > 0 || right > 0) {
            int period = m - left - right, newLeft = 0, newRight = 0;
            if (left > 0) {
                int count = Math.min(period, left), from = m - right - count;
                int to = left > period ? left - period : 0;
                if (left > period) newLeft = left - period;
                for (int k = 0; k < count; k++) src[to + k] = src[from + k];
            }
            if (right > 0) {
                int count = Math.min(period, right), from = left;
                int to = m - right;
                if (right > period) newRight = right - period;
                for (int k = 0; k < count; k++) src[to + k] = src[from + k];
            }
            left = newLeft;
            right = newRight;
        }
        return src;
    }
}
