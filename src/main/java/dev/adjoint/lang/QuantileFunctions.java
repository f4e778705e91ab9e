package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.lib.TorchTypeInfo;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.function.BiConsumer;

/**
 * quantile and nanquantile(input, q, dim=None, keepdim=False, *, interpolation='linear') as PyTorch
 * computes them: the entries sorted along dim (NaN last), each q's rank q·(n−1) among them (n the
 * non-NaN count for nanquantile; a NaN in the row makes quantile's NaN), then the entry below and
 * the one above the rank interpolated. Gradients flow through the sort to the entries picked;
 * the result is PyTorch's last node, SqueezeBackward3.
 */
final class QuantileFunctions {
    private QuantileFunctions() {}

    private static final String[] MODES = {"linear", "lower", "higher", "midpoint", "nearest"};

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("quantile", a -> quantile(a, false));
        add.accept("nanquantile", a -> quantile(a, true));
    }

    private static Tensor quantile(Args given, boolean ignoreNan) {
        Args a = given.positionalFrom("input", "q").expect(2, 4, "dim", "keepdim", "interpolation");
        Tensor x = TensorFunctions.self(a);
        Object qv = Values.plain(a.get(1)), d = Values.plain(a.option(2, "dim", null));
        boolean keepdim = Values.truthy(a.option(3, "keepdim", false));
        Object mode = a.keyword("interpolation");
        String interpolation = mode == null ? "linear" : String.valueOf(mode);
        if (!(qv instanceof Tensor) && !(PyNumbers.isNumber(qv) && !(qv instanceof Boolean))) throw overloads(a, qv);
        if (x.value().size() == 0) throw new AutogradException("quantile() input tensor must be non-empty");
        double[] qs;
        boolean vector = false;
        if (qv instanceof Tensor q) {
            if (q.ndim() > 1) throw new AutogradException("quantile() q must be a scalar or 1D tensor");
            if (!x.dtype().isFloating()) throw new AutogradException("quantile() input tensor must be either float or double dtype");
            if (q.dtype() != x.dtype()) throw new AutogradException("quantile() q tensor must be same dtype as the input tensor");
            qs = q.value().toArray();
            for (double v : qs) if (!(v >= 0 && v <= 1)) throw new AutogradException("quantile() q values must be in the range [0, 1]");
            vector = q.ndim() == 1;
        } else {
            if (!x.dtype().isFloating()) throw new AutogradException("quantile() input tensor must be either float or double dtype");
            double v = PyNumbers.toDouble(qv);
            if (!(v >= 0 && v <= 1)) throw new AutogradException("quantile() q must be in the range [0, 1] but got " + TorchTypeInfo.percentG(v));
            qs = new double[] {v};
        }
        int m = java.util.Arrays.asList(MODES).indexOf(interpolation);
        if (m < 0)
            throw new AutogradException("quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, but got " + interpolation);
        Tensor lines = d == null ? Ops.reshape(x, x.value().size()) : x;
        int dim = d == null ? 0 : TensorFunctions.dim(a, d, Math.max(x.ndim(), 1));
        if (lines.ndim() == 0) lines = Ops.reshape(lines, 1);
        Tensor sorted = Ops.sort(lines, dim, false)[0];
        int[] s = sorted.shape();
        int n = s[dim], stride = Shapes.rowMajorStrides(s)[dim], rows = sorted.value().size() / n;
        double[] v = sorted.value().toArray(), weights = new double[qs.length * rows];
        int[] below = new int[weights.length], above = new int[weights.length];
        for (int r = 0; r < rows; r++) {
            int base = r / stride * stride * n + r % stride; // the row's first entry along dim
            int count = 0;
            for (int k = 0; k < n; k++) if (!Double.isNaN(v[base + k * stride])) count++;
            for (int i = 0; i < qs.length; i++) {
                double rank = ignoreNan ? (count == 0 ? n - 1 : qs[i] * (count - 1)) : (count < n ? n - 1 : qs[i] * (n - 1));
                rank = switch (m) {
                    case 1 -> Math.floor(rank);
                    case 2 -> Math.ceil(rank);
                    case 4 -> Math.rint(rank);
                    default -> rank;
                };
                int low = (int) rank, out = i * rows + r;
                below[out] = base + low * stride;
                above[out] = base + (int) Math.ceil(rank) * stride;
                weights[out] = m == 3 ? 0.5 : rank - low;
            }
        }
        int[] flat = {weights.length};
        Tensor result = Ops.take(sorted, below, flat);
        if (m == 0 || m == 3) result = Ops.lerp(result, Ops.take(sorted, above, flat), Tensor.constant(NDArray.of(weights, flat), x.dtype()), false);
        return Ops.reshape(result, outShape(x, d == null ? -1 : dim, keepdim, vector ? qs.length : -1), "SqueezeBackward3");
    }

    /** q's length first (if q is a vector), then x's shape without dim (or with 1 there, keepdim; every dim 1 without dim). */
    private static int[] outShape(Tensor x, int dim, boolean keepdim, int qLength) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (qLength >= 0) out.add(qLength);
        for (int i = 0; i < x.ndim(); i++) {
            if (dim < 0 || i == dim) {
                if (keepdim) out.add(1);
            } else out.add(x.shape()[i]);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static PyError overloads(Args a, Object q) {
        return PyError.type(a.function() + "() received an invalid combination of arguments - got (Tensor, " + Values.typeName(q) + "), but expected one of:\n"
                + " * (Tensor input, Tensor q, int dim, bool keepdim, *, str interpolation, Tensor out)\n"
                + " * (Tensor input, float q, int dim, bool keepdim, *, str interpolation, Tensor out)\n");
    }
}
