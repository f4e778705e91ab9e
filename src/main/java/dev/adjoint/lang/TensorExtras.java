package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Torch functions students reach for beyond the basics, each as PyTorch 1.13 has it: cumprod (with
 * its gradient), nonzero, diag, tril/triu, isclose/allclose, meshgrid and einsum. The differentiable ones
 * are built from the engine's ops, so gradients flow as through any other.
 */
public final class TensorExtras {
    private TensorExtras() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("cumprod", a -> {
            Tensor x = TensorFunctions.self(a.expect(1, 2, "dim", "dtype"));
            Object d = a.option(1, "dim", null);
            if (d == null) throw PyError.type(a.function() + "() missing 1 required positional arguments: \"dim\"");
            int axis = TensorFunctions.dim(a, d, Math.max(x.ndim(), 1));
            if (a.keyword("dtype") == null) return Ops.cumprod(x, axis);
            DType type = TorchDtype.of(a.keyword("dtype"), a);
            Tensor products = Ops.cumprod(x.to(type), axis); // PyTorch casts before it multiplies: 1.7 as int64 is 1
            return products.dtype() == type ? products : products.to(type); // int8 wraps around as PyTorch's does
        });
        add.accept("nonzero", a -> {
            Tensor x = TensorFunctions.self(a.expect(1, 1, "as_tuple"));
            if (a.flag("as_tuple", false)) return Values.tuple(new ArrayList<Object>(nonzeroColumns(x)));
            return nonzeroRows(x);
        });
        add.accept("argwhere", a -> nonzeroRows(TensorFunctions.self(a.positionalFrom("input").expect(1, 1))));
        add.accept("diag", a -> {
            Tensor x = TensorFunctions.self(a.expect(1, 2, "diagonal"));
            int k = a.integer(1, "diagonal", 0);
            if (x.ndim() == 1) return diagMatrix(x, k);
            if (x.ndim() != 2) throw new PyError("RuntimeError", "matrix or a vector expected"); // PyTorch 1.13's words
            return Ops.take(x, diagonalPositions(x.shape(), k), new int[] {diagonalLength(x.shape(), k)}, "DiagBackward0");
        });
        add.accept("diag_embed", TensorExtras::diagEmbed);
        add.accept("diagflat", a -> { // diag of the flattened input (DiagBackward0)
            a = a.positionalFrom("input");
            Tensor x = TensorFunctions.self(a.expect(1, 2, "offset"));
            return diagMatrix(Ops.reshape(x, x.value().size()), (int) Values.toLong(Values.plain(a.option(1, "offset", 0L)), "offset"));
        });
        add.accept("tril", a -> triangle(a, true));
        add.accept("triu", a -> triangle(a, false));
        add.accept("isclose", a -> closeness(a.expect(2, 5, "other", "rtol", "atol", "equal_nan")));
        add.accept("allclose", a -> { // isclose(...).all(): broadcasting as isclose does (makemore's gradient checks compare (64,) with (1, 64))
            double[] close = closeness(a.expect(2, 5, "other", "rtol", "atol", "equal_nan")).value().toArray();
            for (double c : close) if (c == 0) return false;
            return true;
        });
        add.accept("meshgrid", TensorExtras::meshgrid);
        add.accept("einsum", a -> Einsum.of(a));
    }

    /**
     * isclose's elementwise |x - y| <= atol + rtol * |y| with PyTorch's checks: both operands tensors
     * of one dtype, shapes that broadcast, tolerances not negative; infinities are close only to
     * themselves, NaN only with equal_nan.
     */
    private static Tensor closeness(Args a) {
        Tensor x = TensorFunctions.self(a);
        Tensor y = TensorFunctions.tensor(a, a.option(1, "other", null), "other", 2);
        if (x.dtype() != y.dtype()) throw new PyError("RuntimeError", x.dtype().scalarName() + " did not match " + y.dtype().scalarName());
        double rtol = TensorFunctions.number(a, 2, "rtol", 1e-5), atol = TensorFunctions.number(a, 3, "atol", 1e-8);
        if (rtol < 0) throw new PyError("RuntimeError", "rtol must be greater than or equal to zero, but got " + Values.formatNumber(rtol));
        if (atol < 0) throw new PyError("RuntimeError", "atol must be greater than or equal to zero, but got " + Values.formatNumber(atol));
        boolean equalNan = a.bool(4, "equal_nan", false);
        Ops.checkBroadcast(x.shape(), y.shape());
        int[] s = Shapes.broadcast(x.shape(), y.shape());
        double[] xv = x.value().broadcastTo(s).toArray(), yv = y.value().broadcastTo(s).toArray(), out = new double[xv.length];
        for (int i = 0; i < out.length; i++) {
            double p = xv[i], q = yv[i];
            boolean close = p == q || (equalNan && Double.isNaN(p) && Double.isNaN(q))
                    || (Double.isFinite(p) && Double.isFinite(q) && Math.abs(p - q) <= atol + rtol * Math.abs(q));
            out[i] = close ? 1 : 0;
        }
        return Tensor.constant(NDArray.of(out, s), DType.BOOL);
    }

    /** For each dimension of x, the indices of its nonzero entries along it (row-major order). */
    /** The indices of x's nonzero entries, one row each (nonzero, argwhere). */
    private static Tensor nonzeroRows(Tensor x) {
        List<Tensor> columns = nonzeroColumns(x);
        int count = columns.get(0).value().size(), nd = x.ndim();
        double[] v = new double[count * nd];
        for (int d = 0; d < nd; d++) for (int k = 0; k < count; k++) v[k * nd + d] = columns.get(d).value().get(k);
        return Tensor.constant(NDArray.of(v, count, nd), DType.INT64);
    }

    public static List<Tensor> nonzeroColumns(Tensor c) {
        double[] v = c.value().toArray();
        int[] s = c.shape(), strides = Shapes.rowMajorStrides(s);
        int count = 0;
        for (double x : v) if (x != 0) count++;
        List<double[]> cols = new ArrayList<>();
        for (int d = 0; d < Math.max(s.length, 1); d++) cols.add(new double[count]);
        for (int i = 0, k = 0; i < v.length; i++) {
            if (v[i] == 0) continue;
            int rest = i;
            for (int d = 0; d < s.length; d++) {
                cols.get(d)[k] = rest / strides[d];
                rest %= strides[d];
            }
            k++;
        }
        List<Tensor> out = new ArrayList<>();
        for (double[] col : cols) out.add(Tensor.constant(NDArray.of(col, col.length), DType.INT64));
        return out;
    }

    /** diag(v, k): a square matrix with v on its k-th diagonal, zeros elsewhere (v's gradient is that diagonal's). */
    private static Tensor diagMatrix(Tensor v, int k) {
        int n = v.shape()[0] + Math.abs(k);
        return Ops.placed(v, diagonalPositions(new int[] {n, n}, k), new int[] {n, n}, "DiagBackward0");
    }

    /**
     * diag_embed(input, offset=0, dim1=-2, dim2=-1): each vector along input's last dim laid on the
     * offset diagonal of the matrices spanning dims dim1 and dim2 of the result (DiagEmbedBackward0).
     */
    private static Tensor diagEmbed(Args a) {
        a = a.positionalFrom("input");
        Tensor x = TensorFunctions.self(a.expect(1, 4, "offset", "dim1", "dim2"));
        int k = (int) Values.toLong(Values.plain(a.option(1, "offset", 0L)), "offset");
        long given1 = Values.toLong(Values.plain(a.option(2, "dim1", -2L)), "dim1"), given2 = Values.toLong(Values.plain(a.option(3, "dim2", -1L)), "dim2");
        int nd = x.ndim() + 1, d1 = TensorFunctions.wrapDim(given1, nd), d2 = TensorFunctions.wrapDim(given2, nd);
        if (d1 == d2) throw new AutogradException("diagonal dimensions cannot be identical " + given1 + ", " + given2);
        int len = x.ndim() == 0 ? 1 : x.shape()[x.ndim() - 1], n = len + Math.abs(k);
        int[] out = new int[nd];
        for (int d = 0, b = 0; d < nd; d++) out[d] = d == d1 || d == d2 ? n : x.shape()[b++];
        int[] strides = Shapes.rowMajorStrides(out), positions = new int[x.value().size()];
        int batches = len == 0 ? 0 : positions.length / len;
        for (int batch = 0; batch < batches; batch++) {
            int base = 0, rest = batch; // the batch index's place among the dims other than d1 and d2, last dim fastest
            for (int d = nd - 1; d >= 0; d--) {
                if (d == d1 || d == d2) continue;
                base += rest % out[d] * strides[d];
                rest /= out[d];
            }
            for (int i = 0; i < len; i++) positions[batch * len + i] = base + (i + Math.max(-k, 0)) * strides[d1] + (i + Math.max(k, 0)) * strides[d2];
        }
        return Ops.placed(x, positions, out, "DiagEmbedBackward0");
    }

    private static int diagonalLength(int[] s, int k) {
        return Math.max(0, k >= 0 ? Math.min(s[0], s[1] - k) : Math.min(s[0] + k, s[1]));
    }

    /** Row-major positions of a matrix's k-th diagonal (k > 0 above the main one). */
    private static int[] diagonalPositions(int[] s, int k) {
        int[] p = new int[diagonalLength(s, k)];
        for (int i = 0; i < p.length; i++) p[i] = (k >= 0 ? i : i - k) * s[1] + (k >= 0 ? i + k : i);
        return p;
    }

    /** tril(x, diagonal=0) / triu: the last two dims' entries on and below (above) the diagonal kept, the rest zero. */
    private static Tensor triangle(Args a, boolean lower) {
        Tensor x = TensorFunctions.self(a.expect(1, 2, "diagonal"));
        if (x.ndim() == 0) throw PyError.index("Dimension specified as -2 but tensor has no dimensions"); // PyTorch 1.13 asks for dim -2 first
        if (x.ndim() < 2) throw PyError.index("Dimension out of range (expected to be in range of [-1, 0], but got -2)");
        int k = a.integer(1, "diagonal", 0);
        int[] s = x.shape();
        int rows = s[s.length - 2], cols = s[s.length - 1];
        double[] mask = new double[rows * cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) mask[i * cols + j] = (lower ? j - i <= k : j - i >= k) ? 1 : 0;
        Tensor keep = Tensor.constant(NDArray.of(mask, rows, cols), DType.BOOL);
        return Ops.where(keep, x, Tensor.constant(NDArray.zeros(1), x.dtype()));
    }

    /** meshgrid(*tensors, indexing="ij"|"xy"): each 1-d input expanded along its own axis (xy swaps the first two). */
    private static Object meshgrid(Args a) {
        a.expect(1, Integer.MAX_VALUE, "indexing");
        List<Object> given = a.size() == 1 && !(a.get(0) instanceof Tensor) ? new ArrayList<>(Values.items(a.get(0))) : a.positional();
        List<Tensor> ts = new ArrayList<>();
        for (Object o : given) ts.add(TensorFunctions.tensor(a, o, "tensors", 1));
        Object indexing = a.keyword("indexing");
        if (indexing == null)
            a.interpreter().warn("UserWarning", "torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument.", "torch.functional");
        boolean xy = "xy".equals(indexing);
        if (indexing != null && !xy && !"ij".equals(indexing))
            throw new PyError("RuntimeError", "torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: " + Repr.str(indexing));
        int n = ts.size();
        int[] axisOf = new int[n], shape = new int[n];
        for (int i = 0; i < n; i++) {
            if (ts.get(i).ndim() > 1) throw new PyError("RuntimeError", "torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: " + Repr.repr(ts.get(i)));
            axisOf[i] = xy && n >= 2 && i < 2 ? 1 - i : i;
            shape[axisOf[i]] = ts.get(i).value().size();
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] along = new int[n];
            java.util.Arrays.fill(along, 1);
            along[axisOf[i]] = shape[axisOf[i]];
            out.add(Ops.expand(Ops.reshape(ts.get(i), along), shape));
        }
        return Values.tuple(out);
    }

    /**
     * einsum(equation, *operands) as a product of broadcast operands summed over the letters the
     * output leaves out: each operand's repeated letters become its diagonal, its axes are put in
     * one order (the output's letters, then the summed ones) and the products summed.
     */
    private static final class Einsum {
        static Tensor of(Args a) {
            a.expect(1, Integer.MAX_VALUE);
            if (!(a.get(0) instanceof String eq)) throw PyError.type("einsum(): argument 'equation' must be str, not " + Values.typeName(a.get(0)));
            List<Object> given = a.size() == 2 && !(a.get(1) instanceof Tensor) ? new ArrayList<>(Values.items(a.get(1))) : a.positional().subList(1, a.size());
            List<Tensor> ops = new ArrayList<>();
            for (Object o : given) ops.add(TensorFunctions.tensor(a, o, "operands", 2));
            String spec = eq.replace(" ", "");
            String lhs = spec.contains("->") ? spec.substring(0, spec.indexOf("->")) : spec;
            String[] terms = lhs.split(",", -1);
            if (terms.length != ops.size())
                throw new PyError("RuntimeError", "einsum(): more operands were provided than specified in the equation".replace("more", terms.length < ops.size() ? "more" : "fewer"));
            int ellipsisDims = 0;
            for (int i = 0; i < terms.length; i++) if (terms[i].contains("...")) ellipsisDims = Math.max(ellipsisDims, ops.get(i).ndim() - (terms[i].length() - 3));
            String ell = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".substring(26 - ellipsisDims); // stand-ins for the dims "..." covers (the last ones, right-aligned)
            List<String> letters = new ArrayList<>();
            for (int i = 0; i < terms.length; i++) {
                String t = terms[i];
                if (t.contains("...")) t = t.replace("...", ell.substring(ell.length() - (ops.get(i).ndim() - (t.length() - 3))));
                if (t.length() != ops.get(i).ndim())
                    throw new PyError("RuntimeError", "einsum(): the number of subscripts in the equation (" + t.length()
                            + ") does not match the number of dimensions (" + ops.get(i).ndim() + ") for operand " + i + " and no ellipsis was given");
                letters.add(t);
            }
            for (Tensor t : ops) { // PyTorch's einsum multiplies through bmm (after reading the equation): one type only, no promotion
                if (t.dtype() == ops.get(0).dtype()) continue;
                if (ops.get(0).dtype() == DType.BOOL) throw new PyError("RuntimeError", "\"bmm\" not implemented for 'Bool'");
                throw new PyError("RuntimeError", "expected scalar type " + ops.get(0).dtype().scalarName() + " but found " + t.dtype().scalarName());
            }
            Map<Character, Integer> count = new TreeMap<>();
            for (String t : letters) for (char c : t.toCharArray()) count.merge(c, 1, Integer::sum);
            String output;
            if (spec.contains("->")) {
                output = spec.substring(spec.indexOf("->") + 2).replace("...", ell);
            } else {
                StringBuilder sb = new StringBuilder(ell);
                for (Map.Entry<Character, Integer> e : count.entrySet()) if (e.getValue() == 1 && ell.indexOf(e.getKey()) < 0) sb.append(e.getKey());
                output = sb.toString();
            }
            StringBuilder order = new StringBuilder(output);
            for (char c : count.keySet()) if (order.indexOf(String.valueOf(c)) < 0) order.append(c);
            for (char c : output.toCharArray())
                if (!count.containsKey(c)) throw new PyError("RuntimeError", "einsum(): output subscript " + c + " does not appear in the equation for any input operand");
            Tensor product = null;
            for (int i = 0; i < ops.size(); i++) {
                Tensor t = ops.get(i);
                String ls = letters.get(i);
                for (int p = firstRepeat(ls); p >= 0; p = firstRepeat(ls)) { // a letter twice: its diagonal, as the last axis
                    int q = ls.indexOf(ls.charAt(p), p + 1);
                    t = TensorFunctions.diagonal(t.shape(), 0, p, q).apply(t);
                    ls = ls.substring(0, p) + ls.substring(p + 1, q) + ls.substring(q + 1) + ls.charAt(p);
                }
                product = product == null ? aligned(t, ls, order.toString()) : Ops.mul(product, aligned(t, ls, order.toString()));
            }
            int summed = order.length() - output.length();
            if (summed == 0) return product;
            int[] axes = new int[summed];
            for (int k = 0; k < summed; k++) axes[k] = output.length() + k;
            return Ops.sum(product, axes, false);
        }

        private static int firstRepeat(String s) {
            for (int i = 0; i < s.length(); i++) if (s.indexOf(s.charAt(i), i + 1) >= 0) return i;
            return -1;
        }

        /** t (axes named by {@code ls}) permuted into {@code order}, with size-1 axes for the letters it lacks. */
        private static Tensor aligned(Tensor t, String ls, String order) {
            int[] perm = new int[ls.length()];
            int k = 0;
            for (char c : order.toCharArray()) if (ls.indexOf(c) >= 0) perm[k++] = ls.indexOf(c);
            Tensor p = ls.length() > 1 ? Ops.permute(t, perm) : t;
            int[] shape = new int[order.length()];
            for (int i = 0; i < shape.length; i++) shape[i] = ls.indexOf(order.charAt(i)) >= 0 ? t.shape()[ls.indexOf(order.charAt(i))] : 1;
            return Ops.reshape(p, shape);
        }
    }
}
