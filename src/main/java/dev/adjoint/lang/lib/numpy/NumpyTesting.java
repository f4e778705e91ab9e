package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Operators;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code np.testing.assert_allclose}, {@code assert_array_equal}, {@code assert_array_almost_equal},
 * {@code assert_almost_equal} and {@code assert_equal}: nothing when equal, else NumPy's AssertionError text.
 */
final class NumpyTesting {
    private NumpyTesting() {}

    static PyModule module() {
        PyModule m = new PyModule("numpy.testing");
        m.add(Builtin.of("assert_allclose", a -> {
            a.expect(2, 5, "rtol", "atol", "equal_nan", "err_msg");
            double rtol = a.number(2, "rtol", 1e-7), atol = a.number(3, "atol", 0);
            NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), "assert_allclose");
            String header = "Not equal to tolerance rtol=" + g(rtol, 6) + ", atol=" + g(atol, 6);
            check(a, x, y, header, (p, q) -> Double.isNaN(p) && Double.isNaN(q) || p == q || Math.abs(p - q) <= atol + rtol * Math.abs(q));
            return null;
        }));
        m.add(Builtin.of("assert_array_equal", a -> {
            a.expect(2, 3, "err_msg");
            NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), "assert_array_equal");
            check(a, x, y, "Arrays are not equal", (p, q) -> Double.isNaN(p) && Double.isNaN(q) || p == q);
            return null;
        }));
        m.add(Builtin.of("assert_equal", a -> {
            a.expect(2, 3, "err_msg");
            assertEqual(a, a.get(0), a.get(1), a.keyword("err_msg") instanceof String s ? s : "");
            return null;
        }));
        m.add(Builtin.of("assert_almost_equal", a -> {
            a.expect(2, 5, "actual", "desired", "decimal", "err_msg", "verbose");
            assertAlmostEqual(a, a.option(0, "actual", null), a.option(1, "desired", null), a.integer(2, "decimal", 7),
                    a.option(3, "err_msg", "") instanceof String s ? s : "");
            return null;
        }));
        m.add("assert_array_almost_equal", Builtin.of("assert_array_almost_equal", a -> {
            a.expect(2, 3, "decimal");
            int decimal = a.integer(2, "decimal", 6);
            NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), "assert_array_almost_equal");
            check(a, x, y, "Arrays are not almost equal to " + decimal + " decimals",
                    (p, q) -> Double.isNaN(p) && Double.isNaN(q) || Math.abs(p - q) < 1.5 * Math.pow(10, -decimal));
            return null;
        }));
        return m;
    }

    /**
     * NumPy's assert_equal(actual, desired): dicts key by key (key=k in the message; a missing
     * key or a non-dict actual is an AssertionError of its repr), lists and tuples item by item
     * (item=k), arrays as assert_array_equal, anything else by ==, with NaN equal to NaN and 0.0
     * unequal to -0.0; a failure says "Items are not equal:" with both reprs.
     */
    private static void assertEqual(Args a, Object actual, Object desired, String err) {
        if (desired instanceof dev.adjoint.lang.PyDict want) {
            if (!(actual instanceof dev.adjoint.lang.PyDict got)) throw new PyError("AssertionError", Repr.repr(dev.adjoint.lang.BuiltinTypes.of(actual)));
            assertEqual(a, (long) got.size(), (long) want.size(), err);
            for (dev.adjoint.lang.PyDict.Entry e : want.entries()) {
                if (!got.containsKey(e.key())) throw new PyError("AssertionError", Repr.repr(e.key()));
                assertEqual(a, got.get(e.key()), e.value(), "key=" + Repr.repr(e.key()) + "\n" + err);
            }
            return;
        }
        if (actual instanceof java.util.List<?> x && desired instanceof java.util.List<?> y) {
            assertEqual(a, (long) x.size(), (long) y.size(), err);
            for (int k = 0; k < y.size(); k++) assertEqual(a, x.get(k), y.get(k), "item=" + k + "\n" + err);
            return;
        }
        if (isArray(actual) || isArray(desired)) {
            check(a, Operand.required(actual, "assert_equal"), Operand.required(desired, "assert_equal"), "Arrays are not equal", err,
                    (p, q) -> Double.isNaN(p) && Double.isNaN(q) || p == q);
            return;
        }
        boolean equal;
        Object p = Values.plain(actual), q = Values.plain(desired);
        if (isScalar(p) != isScalar(q)) equal = false;
        else if (p instanceof Number || p instanceof NpArray || q instanceof Number || q instanceof NpArray) equal = numbersEqual(p, q);
        else equal = pyEquals(desired, actual);
        if (!equal) throw new PyError("AssertionError", message("Items are not equal:", err, " ACTUAL: " + cut(Repr.repr(actual)) + "\n DESIRED: " + cut(Repr.repr(desired))));
    }

    /**
     * NumPy's assert_almost_equal: arrays, lists and tuples as assert_array_almost_equal; numbers
     * within 1.5 * 10**-decimal, NaN only to NaN and an infinity only to itself.
     */
    private static void assertAlmostEqual(Args a, Object actual, Object desired, int decimal, String err) {
        String header = "Arrays are not almost equal to " + decimal + " decimals";
        if (isArray(actual) || isArray(desired) || actual instanceof java.util.List || desired instanceof java.util.List) {
            check(a, Operand.required(actual, "assert_almost_equal"), Operand.required(desired, "assert_almost_equal"), header, err,
                    (p, q) -> Double.isNaN(p) && Double.isNaN(q) || Math.abs(p - q) < 1.5 * Math.pow(10, -decimal));
            return;
        }
        double p = Operand.required(actual, "assert_almost_equal").values().item(), q = Operand.required(desired, "assert_almost_equal").values().item();
        boolean equal;
        if (!Double.isFinite(p) || !Double.isFinite(q)) equal = Double.isNaN(p) || Double.isNaN(q) ? Double.isNaN(p) && Double.isNaN(q) : p == q;
        else equal = Math.abs(q - p) < 1.5 * Math.pow(10.0, -decimal);
        if (!equal) throw new PyError("AssertionError", message(header, err, " ACTUAL: " + cut(Repr.repr(actual)) + "\n DESIRED: " + cut(Repr.repr(desired))));
    }

    /** Python's desired == actual (each side's own == asked, as np.uint8 == a.dtype). */
    private static boolean pyEquals(Object desired, Object actual) {
        return Values.truthy(Operators.compare(TokenType.EQUAL_EQUAL, desired, actual));
    }

    private static boolean isArray(Object v) {
        return v instanceof NpArray x && !x.isScalar();
    }

    /** NumPy's isscalar: numbers, strings and NumPy scalars. */
    private static boolean isScalar(Object v) {
        return v instanceof Number || v instanceof Boolean || v instanceof String || v instanceof NpArray;
    }

    private static boolean numbersEqual(Object p, Object q) {
        NpArray x = Operand.of(p), y = Operand.of(q);
        if (x == null || y == null) return pyEquals(q, p);
        double u = x.values().item(), v = y.values().item();
        if (Double.isNaN(u) && Double.isNaN(v)) return true;
        if (u == 0 && v == 0) return Double.doubleToRawLongBits(u) == Double.doubleToRawLongBits(v); // 0.0 and -0.0 differ here
        return u == v;
    }

    private interface Close {
        boolean test(double p, double q);
    }

    private static void check(Args a, NpArray x, NpArray y, String header, Close close) {
        check(a, x, y, header, a.keyword("err_msg") instanceof String s ? s : "", close);
    }

    private static void check(Args a, NpArray x, NpArray y, String header, String err, Close close) {
        if (!java.util.Arrays.equals(x.shape(), y.shape()) && x.ndim() != 0 && y.ndim() != 0) {
            fail(header, err + "\n(shapes " + ArrayText.shapeRepr(x.shape()) + ", " + ArrayText.shapeRepr(y.shape()) + " mismatch)", x, y);
            return;
        }
        Elementwise.broadcast(x, y);
        NDArray px = x.values(), py = y.values();
        int[] shape = dev.adjoint.ndarray.Shapes.broadcast(x.shape(), y.shape());
        double[] p = px.broadcastTo(shape).toArray(), q = py.broadcastTo(shape).toArray();
        int bad = 0;
        double maxAbs = 0, maxRel = 0;
        boolean anyNonzero = false;
        for (int i = 0; i < p.length; i++) {
            if (!close.test(p[i], q[i])) bad++;
            double e = Math.abs(p[i] - q[i]);
            maxAbs = Math.max(maxAbs, e);
            if (q[i] != 0) {
                anyNonzero = true;
                maxRel = Math.max(maxRel, e / Math.abs(q[i]));
            }
        }
        if (bad == 0) return;
        NpType errType = x.type.isFloating() || y.type.isFloating() ? NpType.promote(x.type, y.type) : NpType.INT64;
        String remarks = "\nMismatched elements: " + bad + " / " + p.length + " (" + g(100.0 * bad / p.length, 3) + "%)"
                + "\nMax absolute difference: " + ArrayText.formatted(maxAbs, errType)
                + "\nMax relative difference: " + (anyNonzero ? ArrayText.formatted(maxRel, NpType.FLOAT64) : "inf");
        fail(header, err + remarks, x, y);
    }

    private static void fail(String header, String err, NpArray x, NpArray y) {
        // NumPy compares arrays: a scalar shows as a 0-d array (array(0.5, dtype=float32))
        String values = " x: " + cut(ArrayText.repr(x.values(), x.type)) + "\n y: " + cut(ArrayText.repr(y.values(), y.type));
        throw new PyError("AssertionError", message(header, err, values));
    }

    /** NumPy's build_err_msg: the header, err_msg beside it when short and one line (else below it), then the values. */
    private static String message(String header, String err, String values) {
        StringBuilder msg = new StringBuilder("\n" + header);
        if (!err.isEmpty()) {
            if (!err.contains("\n") && err.length() < 79 - header.length()) msg.append(' ').append(err);
            else msg.append('\n').append(err);
        }
        return msg.append('\n').append(values).toString();
    }

    private static String cut(String r) {
        String[] lines = r.split("\n", -1);
        if (lines.length <= 4) return r;
        return String.join("\n", java.util.List.of(lines).subList(0, 3)) + "...";
    }

    /** Python's format(v, '.Ng'). */
    static String g(double v, int digits) {
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exp = d.precision() - d.scale() - 1;
        if (exp < -4 || exp >= digits) {
            BigDecimal m = d.movePointLeft(exp).stripTrailingZeros();
            String e = String.format("%02d", Math.abs(exp));
            return m.toPlainString() + "e" + (exp < 0 ? "-" : "+") + e;
        }
        return d.stripTrailingZeros().toPlainString();
    }
}
