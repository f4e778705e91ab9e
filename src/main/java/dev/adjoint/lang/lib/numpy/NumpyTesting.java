package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.ndarray.NDArray;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** {@code np.testing.assert_allclose} and {@code assert_array_equal}: nothing when equal, else NumPy's AssertionError text. */
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
        m.add("assert_equal", m.attribute("assert_array_equal"));
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

    private interface Close {
        boolean test(double p, double q);
    }

    private static void check(Args a, NpArray x, NpArray y, String header, Close close) {
        String err = a.keyword("err_msg") instanceof String s ? s : "";
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
        StringBuilder msg = new StringBuilder("\n" + header);
        if (!err.isEmpty()) {
            if (!err.contains("\n") && err.length() < 79 - header.length()) msg.append(' ').append(err);
            else msg.append('\n').append(err);
        }
        msg.append("\n x: ").append(cut(x.pyRepr())).append("\n y: ").append(cut(y.pyRepr()));
        throw new PyError("AssertionError", msg.toString());
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
