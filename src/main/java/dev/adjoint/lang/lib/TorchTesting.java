package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TorchDtype;
import dev.adjoint.lang.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code torch.testing.assert_close} as PyTorch 1.13 compares: tensors (shape, then dtype, then
 * |actual − expected| ≤ atol + rtol·|expected| entry by entry), Python numbers, and lists or tuples
 * of them item by item; its AssertionError messages word for word (the mismatched share, the
 * greatest absolute and relative differences among the mismatches and where). Default tolerances
 * by dtype: float64 1e-7 and 1e-7, float32 1.3e-6 and 1e-5, integers exact.
 */
final class TorchTesting {
    private TorchTesting() {}

    static PyModule module() {
        PyModule m = new PyModule("torch.testing");
        m.add(Builtin.of("assert_close", a -> {
            a.expect(2, 2, "actual", "expected", "allow_subclasses", "rtol", "atol", "equal_nan", "check_device", "check_dtype", "check_layout",
                    "check_stride", "msg");
            Object rtol = a.keyword("rtol"), atol = a.keyword("atol");
            return check(a, rtol, atol, a.flag("equal_nan", false), a.flag("check_dtype", true));
        }));
        m.add(Builtin.of("assert_allclose", a -> { // deprecated in 1.12: assert_close without the dtype check, NaNs equal
            a.expect(2, 6, "actual", "expected", "rtol", "atol", "equal_nan", "msg");
            a.interpreter().warnInLibrary("FutureWarning", ALLCLOSE_DEPRECATED, "torch.testing._deprecated", 35);
            return check(a, a.option(2, "rtol", null), a.option(3, "atol", null), a.bool(4, "equal_nan", true), false);
        }));
        return m;
    }

    private static final String ALLCLOSE_DEPRECATED = "torch.testing.assert_allclose() is deprecated since 1.12 and will be removed in 1.14. Use "
            + "torch.testing.assert_close() instead. For detailed upgrade instructions see https://github.com/pytorch/pytorch/issues/61844.";

    /** Raises PyTorch's AssertionError (or the msg= given) unless actual and expected are close. */
    private static Object check(Args a, Object rtol, Object atol, boolean equalNan, boolean checkDtype) {
        if ((rtol == null) != (atol == null))
            throw PyError.value("Both 'rtol' and 'atol' must be either specified or omitted, but got no " + (rtol == null ? "rtol" : "atol") + ".");
        Options o = new Options(rtol == null ? null : a.number(rtol, "rtol"), atol == null ? null : a.number(atol, "atol"), equalNan, checkDtype);
        String failure = compare(a, a.get(0), a.get(1), o);
        if (failure == null) return null;
        Object msg = a.keyword("msg");
        throw new PyError("AssertionError", msg instanceof String s && !s.isEmpty() ? s : failure);
    }

    private record Options(Double rtol, Double atol, boolean equalNan, boolean checkDtype) {}

    /** Why actual and expected are not close, or null when they are. */
    private static String compare(Args a, Object actual, Object expected, Options o) {
        if (isSequence(actual) && isSequence(expected)) {
            List<Object> x = Values.items(actual), y = Values.items(expected);
            if (x.size() != y.size()) return "The length of the sequences mismatch: " + x.size() + " != " + y.size();
            for (int i = 0; i < x.size(); i++) {
                String failure = compare(a, x.get(i), y.get(i), o);
                if (failure != null) return failure + "\n\nThe failure occurred for item [" + i + "]";
            }
            return null;
        }
        if (actual instanceof Tensor t && expected instanceof Tensor e) return compareTensors(t, e, o);
        if (isNumber(actual) && isNumber(expected)) {
            boolean floating = actual instanceof Double || expected instanceof Double;
            Tolerance tol = tolerance(o, floating ? DType.FLOAT64 : DType.INT64);
            double x = a.number(actual, "actual"), y = a.number(expected, "expected");
            if (close(x, y, tol, o.equalNan())) return null;
            double diff = Math.abs(x - y);
            Object shown = floating ? (Object) diff : (Object) (long) diff;
            return scalarMessage(shown, y == 0 ? Double.POSITIVE_INFINITY : diff / Math.abs(y), tol);
        }
        throw PyError.type("No comparison pair was able to handle inputs of type " + typeText(actual) + " and " + typeText(expected) + ".");
    }

    private static String compareTensors(Tensor t, Tensor e, Options o) {
        if (!java.util.Arrays.equals(t.shape(), e.shape()))
            return "The values for attribute 'shape' do not match: torch.Size(" + Tensor.torchShape(t.shape()) + ") != torch.Size(" + Tensor.torchShape(e.shape()) + ").";
        if (o.checkDtype() && t.dtype() != e.dtype())
            return "The values for attribute 'dtype' do not match: " + TorchDtype.of(t.dtype()).name() + " != " + TorchDtype.of(e.dtype()).name() + ".";
        Tolerance tol = tolerance(o, DType.promote(t.dtype(), e.dtype()));
        double[] x = t.value().toArray(), y = e.value().toArray();
        int mismatches = 0, worstAbs = 0, worstRel = 0;
        double maxAbs = 0, maxRel = 0;
        for (int i = 0; i < x.length; i++) {
            if (close(x[i], y[i], tol, o.equalNan())) continue;
            mismatches++;
            double abs = Math.abs(x[i] - y[i]), rel = abs / Math.abs(y[i]);
            if (abs > maxAbs || Double.isNaN(abs) && !Double.isNaN(maxAbs)) { // torch.max: the first greatest, a NaN wins
                maxAbs = abs;
                worstAbs = i;
            }
            if (rel > maxRel || Double.isNaN(rel) && !Double.isNaN(maxRel)) {
                maxRel = rel;
                worstRel = i;
            }
        }
        if (mismatches == 0) return null;
        boolean integers = !t.dtype().isFloating() && !e.dtype().isFloating();
        if (t.ndim() == 0) return scalarMessage(integers ? (Object) (long) maxAbs : (Object) maxAbs, maxRel, tol);
        String share = new BigDecimal(100.0 * mismatches / x.length).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        return header(tol) + "Mismatched elements: " + mismatches + " / " + x.length + " (" + share + "%)\n"
                + "Greatest absolute difference: " + PyNumbers.repr(integers ? (Object) (long) maxAbs : (Object) maxAbs) + " at index " + index(worstAbs, t.shape())
                + allowed(tol, tol.atol()) + "\n"
                + "Greatest relative difference: " + PyNumbers.repr(maxRel) + " at index " + index(worstRel, t.shape()) + allowed(tol, tol.rtol());
    }

    private record Tolerance(double rtol, double atol) {
        boolean exact() {
            return rtol == 0 && atol == 0;
        }
    }

    private static Tolerance tolerance(Options o, DType type) {
        if (o.rtol() != null) return new Tolerance(o.rtol(), o.atol());
        return type.isFloating() ? new Tolerance(1e-7, 1e-7) : new Tolerance(0, 0);
    }

    /** torch.isclose: equal (infinities of one sign included), NaN to NaN with equal_nan, or within atol + rtol·|expected|. */
    private static boolean close(double x, double y, Tolerance tol, boolean equalNan) {
        if (x == y) return true;
        if (Double.isNaN(x) || Double.isNaN(y)) return equalNan && Double.isNaN(x) && Double.isNaN(y);
        if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
        return Math.abs(x - y) <= tol.atol() + tol.rtol() * Math.abs(y);
    }

    private static String header(Tolerance tol) {
        return "Tensor-likes are not " + (tol.exact() ? "equal" : "close") + "!\n\n";
    }

    private static String scalarMessage(Object absolute, double relative, Tolerance tol) {
        return "Scalars are not " + (tol.exact() ? "equal" : "close") + "!\n\nAbsolute difference: " + PyNumbers.repr(absolute) + allowed(tol, tol.atol())
                + "\nRelative difference: " + PyNumbers.repr(relative) + allowed(tol, tol.rtol());
    }

    private static String allowed(Tolerance tol, double limit) {
        return tol.exact() ? "" : " (up to " + PyNumbers.repr(limit) + " allowed)";
    }

    /** A flat position as PyTorch's unravelled index: a tuple, (1,) or (1, 1). */
    private static String index(int flat, int[] shape) {
        long[] at = new long[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            at[d] = flat % shape[d];
            flat /= shape[d];
        }
        StringBuilder sb = new StringBuilder("(");
        for (int d = 0; d < at.length; d++) sb.append(d > 0 ? ", " : "").append(at[d]);
        return sb.append(at.length == 1 ? ",)" : ")").toString();
    }

    private static boolean isSequence(Object v) {
        return v instanceof PyList || (v instanceof List<?> && !(v instanceof Tensor));
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean;
    }

    private static String typeText(Object v) {
        return "<class '" + (v instanceof Tensor ? "torch.Tensor" : Values.typeName(v)) + "'>";
    }
}
