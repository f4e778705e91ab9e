package dev.adjoint.lang;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The methods and attributes of int and float (bit_length, is_integer, real, imag, as_integer_ratio, ...). */
final class NumberMethods {
    private NumberMethods() {}

    static void register(PyClass intType, PyClass floatType) {
        intType.method("bit_length", a -> (long) PyNumbers.big(self(a.expect(0, 0))).abs().bitLength());
        intType.method("bit_count", a -> (long) PyNumbers.big(self(a.expect(0, 0))).abs().bitCount());
        floatType.method("is_integer", a -> {
            double d = (Double) self(a.expect(0, 0));
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
        floatType.method("hex", a -> FloatHex.hex((Double) self(a.expect(0, 0))));
        floatType.define("fromhex", new Descriptors.ClassMethod(new BuiltinMethod("fromhex", a -> FloatHex.fromHex(a.expect(1, 1).string(0)))));
        for (PyClass c : new PyClass[] {intType, floatType}) {
            c.method("conjugate", a -> PyNumbers.pos(self(a.expect(0, 0))));
            c.method("as_integer_ratio", a -> ratio(self(a.expect(0, 0))));
            c.define("real", property("real", v -> PyNumbers.pos(v)));
            c.define("imag", property("imag", v -> v instanceof Double ? (Object) 0.0 : (Object) 0L));
        }
        intType.define("numerator", property("numerator", v -> PyNumbers.pos(v)));
        intType.define("denominator", property("denominator", v -> 1L));
    }

    private static Object self(Args a) {
        return Values.number(a.self()); // also np.float64's, a float subclass
    }

    private static Descriptors.Property property(String name, java.util.function.UnaryOperator<Object> getter) {
        return new Descriptors.Property(new BuiltinMethod(name, a -> getter.apply(self(a))), null, null);
    }

    private static Object ratio(Object v) {
        if (!(v instanceof Double d)) return Values.tuple(PyNumbers.pos(v), 1L);
        if (Double.isNaN(d)) throw PyError.value("cannot convert NaN to integer ratio");
        if (Double.isInfinite(d)) throw PyError.overflow("cannot convert Infinity to integer ratio");
        BigDecimal exact = new BigDecimal(d);
        BigInteger num = exact.unscaledValue(), den = BigInteger.ONE;
        if (exact.scale() > 0) den = BigInteger.TEN.pow(exact.scale());
        else num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return Values.tuple(PyNumbers.normalize(num), PyNumbers.normalize(den));
    }
}
