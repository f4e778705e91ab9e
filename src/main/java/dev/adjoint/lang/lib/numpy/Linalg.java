package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.LuDecomposition;
import dev.adjoint.ndarray.NDArray;

/**
 * {@code np.linalg}: norm (vector ord 1, 2, inf, -inf, 0, p; matrix 'fro', 1, inf, 2, -2, 'nuc'; the decompositions
 * are {@link Decompositions}), and for one
 * square float matrix det, inv and solve by LU with partial pivoting, as LAPACK's dgetrf/dgetrs
 * that NumPy calls; det is NumPy's sign * exp(sum of log |u_ii|), so det([[2, 1], [1, 3]]) is
 * NumPy's 5.000000000000001. From 3 x 3 on, the last digit or two may differ from NumPy's (its
 * BLAS kernels order and fuse the operations their own way). A singular matrix is NumPy's
 * LinAlgError.
 */
final class Linalg {
    static final String LINALG_ERROR = "numpy.linalg.LinAlgError";

    private Linalg() {}

    static PyModule module() {
        PyModule m = new PyModule("numpy.linalg");
        m.add(Builtin.of("norm", Linalg::norm));
        m.add("LinAlgError", dev.adjoint.lang.Exceptions.library(LINALG_ERROR));
        Decompositions.add(m);
        Spectral.add(m);
        m.add(Builtin.of("det", a -> {
            LuDecomposition lu = LuDecomposition.of(square(a.expect(1, 1), "det"));
            NpType t = Decompositions.Matrix.resultType(ArrayFunctions.self(a)); // computed in float64, cast back as NumPy's
            if (lu.firstZeroPivot() != 0) return NpArray.scalar(0.0, t);
            double sign = lu.swaps() % 2 == 0 ? 1 : -1, log = 0;
            for (int i = 0; i < lu.size(); i++) {
                if (lu.pivot(i) < 0) sign = -sign;
                log += Math.log(Math.abs(lu.pivot(i)));
            }
            return NpArray.scalar(sign * Math.exp(log), t);
        }));
        m.add(Builtin.of("inv", a -> {
            double[][] lu = square(a.expect(1, 1), "inv");
            int n = lu.length;
            double[] identity = new double[n * n];
            for (int i = 0; i < n; i++) identity[i * n + i] = 1;
            return NpArray.of(NDArray.of(solve(lu, identity, n), n, n), Decompositions.Matrix.resultType(ArrayFunctions.self(a)));
        }));
        m.add(Builtin.of("matrix_power", a -> matrixPower(a, (Builtin) m.attribute("inv"))));
        m.add(Builtin.of("solve", a -> {
            double[][] lu = square(a.expect(2, 2), "solve");
            int n = lu.length;
            NpArray b = Operand.required(a.get(1), "solve");
            if (b.ndim() == 1 && b.shape()[0] != n || b.ndim() == 2 && b.shape()[0] != n) // NumPy's gufunc messages, solve1 for a vector
                throw PyError.value((b.ndim() == 1 ? "solve1" : "solve") + ": Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                        + (b.ndim() == 1 ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)") + " (size " + b.shape()[0] + " is different from " + n + ")");
            if (b.ndim() < 1 || b.ndim() > 2)
                throw PyError.value("solve: the right-hand side must have " + n + " rows (a vector or a matrix), got shape " + ArrayText.shapeRepr(b.shape()));
            int columns = b.ndim() == 1 ? 1 : b.shape()[1];
            double[] x = solve(lu, b.values().compact().toArray(), columns);
            NpType t = ArrayFunctions.self(a).type == NpType.FLOAT32 && b.type == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64; // NumPy's _commonType of both
            return NpArray.of(b.ndim() == 1 ? NDArray.of(x, n) : NDArray.of(x, n, columns), t);
        }));
        return m;
    }

    /**
     * np.linalg.matrix_power(a, n) as NumPy computes it: the identity for 0, inv(a) for a negative
     * power, a itself for 1, then a @ a and (a @ a) @ a, past 3 by binary decomposition (squares of
     * a multiplied into the result from the lowest bit up), so the float products are NumPy's.
     */
    private static Object matrixPower(Args a, Builtin inv) {
        a.expect(2, 2, "n");
        NpArray x = ArrayFunctions.self(a);
        if (x.ndim() < 2) throw new PyError(LINALG_ERROR, x.ndim() + "-dimensional array given. Array must be at least two-dimensional");
        int[] s = x.shape();
        if (s[s.length - 1] != s[s.length - 2]) throw new PyError(LINALG_ERROR, "Last 2 dimensions of the array must be square");
        Object given = Values.plain(a.option(1, "n", null));
        if (!dev.adjoint.lang.PyNumbers.isInt(given)) throw PyError.type("exponent must be an integer");
        long n = Values.toLong(given, "n");
        if (n == 0) {
            int k = s[s.length - 1];
            return NpArray.of(NDArray.eye(k, k).broadcastTo(s).compact(), x.type);
        }
        if (n < 0) {
            x = (NpArray) inv.fn().apply(new Args("inv", new java.util.ArrayList<>(java.util.List.of(x)), new java.util.HashMap<>(), a.span(), a.interpreter()));
            n = -n;
        }
        if (n == 1) return x;
        if (n == 2) return Elementwise.matmul(x, x);
        if (n == 3) return Elementwise.matmul(Elementwise.matmul(x, x), x);
        NpArray z = null, result = null;
        while (n > 0) {
            z = z == null ? x : Elementwise.matmul(z, z);
            boolean bit = n % 2 == 1;
            n /= 2;
            if (bit) result = result == null ? z : Elementwise.matmul(result, z);
        }
        return result;
    }

    /** The matrix argument as rows of doubles: one square 2-d array, else NumPy's LinAlgError. */
    private static double[][] square(Args a, String function) {
        NpArray x = ArrayFunctions.self(a);
        if (x.ndim() < 2)
            throw new PyError(LINALG_ERROR, x.ndim() + "-dimensional array given. Array must be at least two-dimensional");
        int[] s = x.shape();
        if (s[s.length - 1] != s[s.length - 2]) throw new PyError(LINALG_ERROR, "Last 2 dimensions of the array must be square");
        if (x.ndim() > 2) throw PyError.value("adjoint's np.linalg." + function + " takes one matrix (2-d), not a stack of them");
        int n = s[0];
        double[] v = x.values().compact().toArray();
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) rows[i] = java.util.Arrays.copyOfRange(v, i * n, i * n + n);
        return rows;
    }

    /** X with A X = B (B row-major n x columns), by LU, forward and back substitution; LinAlgError if A is singular. */
    private static double[] solve(double[][] a, double[] b, int columns) {
        LuDecomposition lu = LuDecomposition.of(a);
        if (lu.firstZeroPivot() != 0) throw new PyError(LINALG_ERROR, "Singular matrix");
        return lu.solve(b, columns);
    }

    /** np.linalg.norm(x, ord=None, axis=None, keepdims=False). */
    private static Object norm(Args a) {
        a.expect(1, 4, "ord", "axis", "keepdims");
        NpArray x = ArrayFunctions.self(a);
        Object ord = a.option(1, "ord", null);
        int[] ax = ArrayFunctions.axes(a.option(2, "axis", null), x.ndim(), a);
        boolean keep = a.flag("keepdims", false);
        if (ord != null && (ax == null ? x.ndim() == 2 : ax.length == 2)) return matrixNorm(x, ord, ax, keep, a);
        if (ord != null && ax == null && x.ndim() > 2) throw PyError.value("Improper number of dimensions to norm.");
        double p = ord == null ? 2 : ord instanceof String s ? badOrd(s) : Values.toDouble(ord);
        int[] all = ax;
        if (all == null) {
            all = new int[x.ndim()];
            for (int i = 0; i < all.length; i++) all[i] = i;
        }
        NDArray r = ArrayFunctions.blocks(x, all, keep, (v, from, n) -> vectorNorm(v, from, n, p));
        if (r.ndim() == 0) return NpArray.scalar(r.item(), x.type == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64);
        return NpArray.of(r, x.type == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64);
    }

    private static double badOrd(String s) {
        throw PyError.value("Invalid norm order '" + s + "' for vectors");
    }

    /** NumPy's vector norms: 2 as sqrt of the pairwise sum of squares, inf/-inf as max/min |x|, 0 as the count of non-zeros, p as (sum |x|^p)^(1/p). */
    private static double vectorNorm(double[] v, int from, int n, double p) {
        double[] t = new double[n];
        if (p == Double.POSITIVE_INFINITY || p == Double.NEGATIVE_INFINITY) {
            double best = p > 0 ? 0 : Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) best = p > 0 ? Math.max(best, Math.abs(v[from + i])) : Math.min(best, Math.abs(v[from + i]));
            return best;
        }
        if (p == 0) {
            int count = 0;
            for (int i = 0; i < n; i++) if (v[from + i] != 0) count++;
            return count;
        }
        for (int i = 0; i < n; i++) {
            double e = Math.abs(v[from + i]);
            t[i] = p == 1 ? e : p == 2 ? v[from + i] * v[from + i] : Math.pow(e, p);
        }
        double s = ArrayFunctions.sum(t, 0, n);
        return p == 1 ? s : p == 2 ? Math.sqrt(s) : Math.pow(s, 1 / p);
    }

    /** Matrix norms of a 2-d array: 'fro', 1 (max column sum), inf (max row sum), 2, -2 and 'nuc' (from the singular values). */
    private static Object matrixNorm(NpArray x, Object ord, int[] ax, boolean keep, Args a) {
        if (ax != null || keep) throw PyError.value("adjoint's np.linalg.norm takes a matrix ord= only for a whole 2-d array (no axis=, keepdims=)");
        double[] v = x.values().compact().toArray();
        int rows = x.shape()[0], cols = x.shape()[1];
        double r;
        if ("fro".equals(ord)) r = vectorNorm(v, 0, v.length, 2);
        else if ("nuc".equals(ord) || !(ord instanceof String) && Math.abs(Values.toDouble(ord)) == 2) { // from the singular values, as NumPy's _multi_svd_norm
            double[] s = Decompositions.singularValues(Decompositions.Matrix.of(a, "norm"));
            r = "nuc".equals(ord) ? ArrayFunctions.sum(s, 0, s.length) : Values.toDouble(ord) > 0 ? s[0] : s[s.length - 1];
        } else {
            Double p = ord instanceof String ? null : Values.toDouble(ord);
            if (p == null || !(p == 1 || p == -1 || Double.isInfinite(p)))
                throw PyError.value(ord instanceof String s && !s.equals("nuc") ? "Invalid norm order '" + s + "' for matrices"
                        : "Invalid norm order for matrices.");
            boolean columns = Math.abs(p) == 1, largest = p > 0;
            int outer = columns ? cols : rows, inner = columns ? rows : cols;
            r = largest ? 0 : Double.POSITIVE_INFINITY;
            for (int o = 0; o < outer; o++) {
                double s = 0;
                for (int i = 0; i < inner; i++) s += Math.abs(columns ? v[i * cols + o] : v[o * cols + i]);
                r = largest ? Math.max(r, s) : Math.min(r, s);
            }
        }
        return NpArray.scalar(r, x.type == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64);
    }
}
