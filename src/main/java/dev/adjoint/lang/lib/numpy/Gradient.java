package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.ndarray.NDArray;
import java.util.List;

/**
 * np.gradient(f, *varargs, axis=None, edge_order=1): central differences inside, one-sided ones
 * (first or second order) at the edges, along each axis asked for, with NumPy's formulas in its
 * order of operations; a spacing is a number or the coordinates along the axis (evenly spaced
 * coordinates count as their one step, as NumPy finds). float32 stays float32, integers give float64.
 */
final class Gradient {
    private Gradient() {}

    static void add(PyModule m) {
        m.add(Builtin.of("gradient", Gradient::gradient));
    }

    private static Object gradient(Args a) {
        a.expect(1, Integer.MAX_VALUE, "axis", "edge_order");
        NpArray f = ArrayFunctions.self(a);
        int nd = f.ndim();
        int[] axes = ArrayFunctions.axes(a.keyword("axis"), nd, a);
        if (axes == null) {
            axes = new int[nd];
            for (int k = 0; k < nd; k++) axes[k] = k;
        }
        int edge = a.keyword("edge_order") == null ? 1 : ArrayFunctions.index(a.keyword("edge_order"), "edge_order");
        if (edge > 2) throw PyError.value("'edge_order' greater than 2 not supported");
        List<Object> varargs = a.positional().subList(1, a.size());
        if (!varargs.isEmpty() && varargs.size() != axes.length && !(varargs.size() == 1 && Operand.required(varargs.get(0), "gradient").ndim() == 0))
            throw PyError.type("invalid number of arguments");
        boolean single = f.type == NpType.FLOAT32;
        NpType type = single ? NpType.FLOAT32 : NpType.FLOAT64;
        List<Object> out = new PyList();
        for (int i = 0; i < axes.length; i++) {
            int axis = axes[i], n = f.shape()[axis];
            Object spacing = varargs.isEmpty() ? 1.0 : varargs.get(varargs.size() == 1 ? 0 : i);
            double[] steps = steps(Operand.required(spacing, "gradient"), n);
            if (n < edge + 1)
                throw PyError.value("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
            out.add(NpArray.of(alongAxis(f.values(), axis, line -> derivative(line, steps, edge, single)), type));
        }
        return out.size() == 1 ? out.get(0) : out;
    }

    /** One step (a number, or evenly spaced coordinates) or the steps between the coordinates along an axis of n. */
    private static double[] steps(NpArray spacing, int n) {
        if (spacing.ndim() == 0) return new double[] {spacing.values().item()};
        if (spacing.ndim() != 1) throw PyError.value("distances must be either scalars or 1d");
        if (spacing.size() != n) throw PyError.value("when 1d, distances must match the length of the corresponding dimension");
        double[] x = spacing.values().toArray(), d = new double[n - 1];
        boolean even = true;
        for (int k = 0; k < n - 1; k++) {
            d[k] = x[k + 1] - x[k];
            even &= d[k] == d[0];
        }
        return even && n > 1 ? new double[] {d[0]} : d;
    }

    /**
     * The derivative of one line. With one step h NumPy divides by 2h (float32 arithmetic for a
     * float32 line, its scalars cast to float32); with steps between coordinates it weighs three
     * neighbours by float64 arrays, then casts.
     */
    private static double[] derivative(double[] f, double[] steps, int edge, boolean single) {
        int n = f.length;
        double[] g = new double[n];
        if (steps.length == 1) {
            double h = steps[0];
            for (int k = 1; k < n - 1; k++) g[k] = r(r(f[k + 1] - f[k - 1], single) / r(2.0 * h, single), single);
            if (edge == 1) {
                g[0] = r(r(f[1] - f[0], single) / r(h, single), single);
                g[n - 1] = r(r(f[n - 1] - f[n - 2], single) / r(h, single), single);
            } else {
                g[0] = weighted(-1.5 / h, f[0], 2.0 / h, f[1], -0.5 / h, f[2], single);
                g[n - 1] = weighted(0.5 / h, f[n - 3], -2.0 / h, f[n - 2], 1.5 / h, f[n - 1], single);
            }
            return g;
        }
        for (int k = 1; k < n - 1; k++) {
            double d1 = steps[k - 1], d2 = steps[k];
            double p = -d2 / (d1 * (d1 + d2)), q = (d2 - d1) / (d1 * d2), s = d1 / (d2 * (d1 + d2));
            g[k] = r(p * f[k - 1] + q * f[k] + s * f[k + 1], single);
        }
        if (edge == 1) {
            g[0] = r(r(f[1] - f[0], single) / r(steps[0], single), single);
            g[n - 1] = r(r(f[n - 1] - f[n - 2], single) / r(steps[n - 2], single), single);
        } else {
            double d1 = steps[0], d2 = steps[1];
            g[0] = r(-(2.0 * d1 + d2) / (d1 * (d1 + d2)) * f[0] + (d1 + d2) / (d1 * d2) * f[1] + -d1 / (d2 * (d1 + d2)) * f[2], single);
            d1 = steps[n - 3];
            d2 = steps[n - 2];
            g[n - 1] = r(d2 / (d1 * (d1 + d2)) * f[n - 3] + -(d2 + d1) / (d1 * d2) * f[n - 2] + (2.0 * d2 + d1) / (d2 * (d1 + d2)) * f[n - 1], single);
        }
        return g;
    }

    /** a x + b y + c z as NumPy computes it with scalar weights: each weight and product in the line's type. */
    private static double weighted(double a, double x, double b, double y, double c, double z, boolean single) {
        return r(r(r(r(a, single) * x, single) + r(r(b, single) * y, single), single) + r(r(c, single) * z, single), single);
    }

    private static double r(double v, boolean single) {
        return single ? (float) v : v;
    }

    interface Line {
        double[] apply(double[] line);
    }

    /** f applied to every 1-d line along an axis of the values. */
    private static NDArray alongAxis(NDArray values, int axis, Line f) {
        int[] shape = values.shape();
        int nd = shape.length, n = shape[axis];
        int[] perm = new int[nd], inverse = new int[nd];
        for (int k = 0, j = 0; k < nd; k++) if (k != axis) perm[j++] = k;
        perm[nd - 1] = axis;
        for (int k = 0; k < nd; k++) inverse[perm[k]] = k;
        NDArray moved = values.permute(perm).compact();
        double[] v = moved.toArray(), r = new double[v.length];
        for (int from = 0; from < v.length; from += n) {
            double[] line = java.util.Arrays.copyOfRange(v, from, from + n);
            System.arraycopy(f.apply(line), 0, r, from, n);
        }
        return NDArray.of(r, moved.shape()).permute(inverse).compact();
    }
}
