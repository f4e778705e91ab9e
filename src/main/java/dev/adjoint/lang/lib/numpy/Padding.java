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
 * from the earlier axes' borders). 'constant' (constant_values=), 'edge', 'reflect' and 'symmetric'
 * (reflect_type='odd' too), 'wrap' (its border repeated a period at a time, as 1.24 does, which for a
 * border wider than the axis is not a plain cycle), 'maximum', 'minimum', 'mean' and 'median'
 * (stat_length=), 'linear_ramp' (end_values=) and 'empty'; a function as the mode is refused by name.
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
        int nd = x.ndim();
        double[][] values = switch (mode) { // per axis (before, after): constant_values, end_values, stat_length (-1: the whole axis)
            case "constant" -> pairs(a.keywords().getOrDefault("constant_values", 0L), nd, false);
            case "linear_ramp" -> pairs(a.keywords().getOrDefault("end_values", 0L), nd, false);
            case "maximum", "minimum", "mean", "median" -> pairs(a.keywords().get("stat_length"), nd, true);
            default -> null;
        };
        Object reflectType = Values.plain(a.keywords().getOrDefault("reflect_type", "even"));
        boolean odd = "odd".equals(reflectType);
        int[] shape = x.shape().clone();
        if (!mode.equals("constant") && !mode.equals("empty") && Shapes.size(shape) == 0) {
            for (int d = 0; d < shape.length; d++)
                if (shape[d] == 0 && (widths[d][0] > 0 || widths[d][1] > 0))
                    throw PyError.value("can't extend empty axis " + d + " using modes other than 'constant' or 'empty'");
            mode = "empty"; // nothing to read: NumPy leaves the (empty) result as made
        }
        double[] v = x.values().compact().toArray();
        NpType type = x.type;
        for (int d = 0; d < shape.length; d++) {
            int n = shape[d], before = widths[d][0], after = widths[d][1], m = n + before + after;
            int outer = 1, inner = 1;
            for (int k = 0; k < d; k++) outer *= shape[k];
            for (int k = d + 1; k < shape.length; k++) inner *= shape[k];
            dev.adjoint.ndarray.Limits.check((long) outer * m * inner, "the padded array");
            double[] out = new double[outer * m * inner], line = new double[m];
            int[] source = mode.equals("wrap") && n > 0 ? wrapped(n, before, after) : null;
            boolean[] rampZeroStep = {false, false}; // per side: NumPy's linspace divides first when any step of that side is 0
            if (mode.equals("linear_ramp"))
                for (int o = 0; o < outer; o++)
                    for (int i = 0; i < inner; i++)
                        for (int side = 0; side < 2; side++) {
                            int width = side == 0 ? before : after;
                            double edge = v[(o * n + (side == 0 ? 0 : n - 1)) * inner + i];
                            if (width > 0 && (edge - values[d][side]) / width == 0) rampZeroStep[side] = true;
                        }
            for (int o = 0; o < outer; o++)
                for (int i = 0; i < inner; i++) {
                    java.util.Arrays.fill(line, 0);
                    for (int k = 0; k < n; k++) line[before + k] = v[(o * n + k) * inner + i];
                    switch (mode) {
                        case "constant" -> fill(line, before, after, type.cast(values[d][0]), type.cast(values[d][1]));
                        case "empty" -> { } // NumPy's uninitialized memory; adjoint's np.empty is zeros
                        case "edge" -> fill(line, before, after, line[before], line[before + n - 1]);
                        case "wrap" -> {
                            for (int j = 0; j < m; j++) if (j < before || j >= before + n) line[j] = line[before + source[j]];
                        }
                        case "reflect", "symmetric" -> {
                            if (n == 1) fill(line, before, after, line[before], line[before]); // NumPy's legacy: one entry is its edge
                            else reflect(line, before, after, mode.equals("symmetric"), odd, type);
                        }
                        case "linear_ramp" -> ramps(line, before, after, n, values[d], rampZeroStep, type);
                        default -> { // a statistic of the first stat_length items for the left border, of the last ones for the right
                            int leftCount = values[d][0] < 0 ? n : (int) Math.min(n, values[d][0]), rightCount = values[d][1] < 0 ? n : (int) Math.min(n, values[d][1]);
                            fill(line, before, after, statistic(mode, line, before, leftCount, inner == 1, type),
                                    statistic(mode, line, before + n - rightCount, rightCount, inner == 1, type));
                        }
                    }
                    for (int j = 0; j < m; j++) out[(o * m + j) * inner + i] = line[j];
                }
            v = out;
            shape[d] = m;
        }
        return NpArray.of(NDArray.of(v, shape), type);
    }

    /**
     * NumPy's _as_pairs: one value for every side, (before, after) for every axis, or a pair per
     * axis; stat_length's (asIndex) are rounded to integers and never negative, None is -1 (the whole axis).
     */
    private static double[][] pairs(Object v, int nd, boolean asIndex) {
        double[][] out = new double[nd][2];
        if (v == null) {
            for (double[] pair : out) java.util.Arrays.fill(pair, -1);
            return out;
        }
        NpArray x = Operand.required(v, "pad");
        double[] flat = x.values().toArray();
        if (asIndex) for (int i = 0; i < flat.length; i++) flat[i] = Math.rint(flat[i]);
        boolean one = x.ndim() < 3 && flat.length == 1, pair = x.ndim() < 3 && flat.length == 2 && !java.util.Arrays.equals(x.shape(), new int[] {2, 1});
        if (!one && !pair && !(x.ndim() == 2 && x.shape()[0] == nd && x.shape()[1] == 2) && !(x.ndim() == 2 && x.shape()[0] == 1 && x.shape()[1] == 2))
            throw PyError.value("operands could not be broadcast together with remapped shapes [original->remapped]: " + Elementwise.shapeText(x.shape())
                    + "  and requested shape (" + nd + ",2)");
        for (int d = 0; d < nd; d++) {
            out[d][0] = one ? flat[0] : pair ? flat[0] : flat[(x.shape()[0] == 1 ? 0 : d) * 2];
            out[d][1] = one ? flat[0] : pair ? flat[1] : flat[(x.shape()[0] == 1 ? 0 : d) * 2 + 1];
            if (asIndex && (out[d][0] < 0 || out[d][1] < 0)) throw PyError.value("index can't contain negative values");
        }
        return out;
    }

    private static void fill(double[] line, int before, int after, double left, double right) {
        java.util.Arrays.fill(line, 0, before, left);
        java.util.Arrays.fill(line, line.length - after, line.length, right);
    }

    /**
     * The statistic (maximum, minimum, mean, median) of count items from line[from], as
     * arraypad.py's _get_stats takes it: an integer array's mean and
     * median rounded half to even; a mean summed pairwise along the last axis, in order along others.
     */
    private static double statistic(String mode, double[] line, int from, int count, boolean lastAxis, NpType type) {
        if (count == 0 && (mode.equals("maximum") || mode.equals("minimum"))) throw PyError.value("stat_length of 0 yields no value for padding");
        double[] chunk = java.util.Arrays.copyOfRange(line, from, from + count);
        boolean f32 = type == NpType.FLOAT32;
        double r = switch (mode) {
            case "maximum", "minimum" -> {
                double best = chunk[0];
                for (double c : chunk) best = extreme(best, c, mode.equals("maximum"));
                yield best;
            }
            case "mean" -> {
                double sum = 0;
                if (lastAxis) sum = ArrayFunctions.sum(chunk, 0, count, f32);
                else for (double c : chunk) sum = f32 ? (float) (sum + c) : sum + c;
                yield f32 ? (float) (sum / count) : sum / count;
            }
            default -> { // median: the middle one, or the mean of the middle two
                double[] sorted = chunk.clone();
                java.util.Arrays.sort(sorted);
                if (count == 0 || Double.isNaN(sorted[count - 1])) yield Double.NaN;
                double mid = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
                yield f32 ? (float) mid : mid;
            }
        };
        return type.isExact() && type != NpType.BOOL ? type.cast(Math.rint(r)) : type.cast(r);
    }

    /**
     * NumPy 1.24's _set_reflect_both on one line, repeated until both borders are filled: each
     * round mirrors at most the part filled so far (less its end entry unless {@code includeEdge},
     * 'symmetric') onto each border; 'odd' reflects about the edge's value (2 * edge - item).
     */
    private static void reflect(double[] line, int before, int after, boolean includeEdge, boolean odd, NpType type) {
        int m = line.length, left = before, right = after, edge = includeEdge ? 1 : 0;
        while (left > 0 || right > 0) {
            int oldLength = m - right - left - (includeEdge ? 0 : 1);
            if (left > 0) {
                int count = Math.min(oldLength, left), from = left - edge + count; // padded[from:from-count:-1]
                double[] chunk = new double[count];
                for (int k = 0; k < count; k++) chunk[k] = odd ? 2 * line[left] - line[from - k] : line[from - k];
                for (int k = 0; k < count; k++) line[left - count + k] = type.cast(chunk[k]);
                left -= count;
            }
            if (right > 0) {
                int count = Math.min(oldLength, right), from = m - right + edge - 2; // padded[-right+edge-2::-1], count of them
                int to = m - right;
                double[] chunk = new double[count];
                for (int k = 0; k < count; k++) chunk[k] = odd ? 2 * line[to - 1] - line[from - k] : line[from - k];
                for (int k = 0; k < count; k++) line[to + k] = type.cast(chunk[k]);
                right -= count;
            }
        }
    }

    /**
     * linear_ramp: np.linspace(end_value, edge, width, endpoint=False) on each side (the right one
     * reversed), as arraypad.py's _get_linear_ramps computes it: start + j * step, or (j / width) *
     * delta when a step of the axis is 0; an integer array's floored.
     */
    private static void ramps(double[] line, int before, int after, int n, double[] ends, boolean[] zeroStep, NpType type) {
        boolean f32 = type == NpType.FLOAT32;
        for (int side = 0; side < 2; side++) {
            int width = side == 0 ? before : after;
            double start = f32 ? (float) ends[side] : ends[side], edge = line[side == 0 ? before : before + n - 1];
            double delta = f32 ? (float) (edge - start) : edge - start, step = f32 ? (float) (delta / width) : delta / width;
            for (int j = 0; j < width; j++) {
                double y = zeroStep[side] ? (f32 ? (float) ((float) ((float) j / width) * delta) : j / (double) width * delta) : (f32 ? (float) (j * step) : j * step);
                y = f32 ? (float) (y + start) : y + start;
                if (type.isExact()) y = Math.floor(y);
                line[side == 0 ? j : line.length - 1 - j] = type.cast(y);
            }
        }
    }

    /** np.amax/np.amin of two: a NaN wins. */
    private static double extreme(double a, double b, boolean max) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        return max ? Math.max(a, b) : Math.min(a, b);
    }

    /** The unpadded axis in the middle of the padded one, its borders still to fill (-1). */
    private static int[] middle(int n, int before, int after) {
        int[] src = new int[n + before + after];
        java.util.Arrays.fill(src, -1);
        for (int j = 0; j < n; j++) src[before + j] = j;
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
