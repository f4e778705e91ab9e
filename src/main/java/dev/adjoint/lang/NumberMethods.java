package dev.adjoint.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** The methods and attributes of int and float (bit_length, is_integer, real, imag, as_integer_ratio, ...). */
final class NumberMethods {
    private NumberMethods() {}

    static void register(PyClass intType, PyClass floatType) {
        intType.method("bit_length", a -> (long) PyNumbers.big(self(a.expect(0, 0))).abs().bitLength());
        intType.define("from_bytes", new Descriptors.ClassMethod(new BuiltinMethod("from_bytes", a -> {
            a.expect(1, 2, "bytes", "byteorder", "signed");
            Object given = a.option(0, "bytes", null);
            byte[] data = given instanceof PyBytes b ? b.data() : PyBytes.of(new byte[0]).data();
            if (!(given instanceof PyBytes)) data = ((PyBytes) PyBytes.BYTES.call(a.interpreter(), java.util.Arrays.asList(given), java.util.Map.of(), a.span())).data();
            data = bigEndian(data, a.option(1, "byteorder", "big"));
            Object n = PyNumbers.normalize(a.flag("signed", false) ? new BigInteger(data.length == 0 ? new byte[1] : data) : new BigInteger(1, data));
            return ofClass(a, n);
        })));
        intType.method("to_bytes", a -> {
            a.expect(0, 2, "length", "byteorder", "signed");
            BigInteger n = PyNumbers.big(self(a));
            int length = (int) Values.toLong(a.option(0, "length", 1L), "length");
            boolean signed = a.flag("signed", false);
            if (n.signum() < 0 && !signed) throw PyError.overflow("can't convert negative int to unsigned");
            if (n.bitLength() + (signed ? 1 : 0) > 8L * length) throw PyError.overflow("int too big to convert");
            byte[] raw = n.toByteArray(), out = new byte[length];
            java.util.Arrays.fill(out, (byte) (n.signum() < 0 ? 0xff : 0));
            for (int i = 0; i < Math.min(length, raw.length); i++) out[length - 1 - i] = raw[raw.length - 1 - i];
            return PyBytes.of(bigEndian(out, a.option(1, "byteorder", "big")));
        });
        intType.method("bit_count", a -> (long) PyNumbers.big(self(a.expect(0, 0))).abs().bitCount());
        floatType.method("is_integer", a -> {
            double d = (Double) self(a.expect(0, 0));
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
        floatType.method("hex", a -> FloatHex.hex((Double) self(a.expect(0, 0))));
        NumberDunders.register(intType, floatType);
        floatType.define("fromhex", new Descriptors.ClassMethod(new BuiltinMethod("fromhex", a -> ofClass(a, FloatHex.fromHex(a.expect(1, 1).string(0))))));
        for (PyClass c : new PyClass[] {intType, floatType}) {
            c.method("conjugate", a -> PyNumbers.pos(self(a.expect(0, 0))));
            c.method("as_integer_ratio", a -> ratio(self(a.expect(0, 0))));
            c.define("real", property("real", v -> PyNumbers.pos(v)));
            c.define("imag", property("imag", v -> v instanceof Double ? (Object) 0.0 : (Object) 0L));
        }
        intType.define("numerator", property("numerator", v -> PyNumbers.pos(v)));
        intType.define("denominator", property("denominator", v -> 1L));
    }

    /** The bytes in big-endian order: reversed for byteorder 'little' (reversing is its own inverse). */
    private static byte[] bigEndian(byte[] data, Object order) {
        if ("big".equals(order)) return data;
        if (!"little".equals(order)) throw PyError.value("byteorder must be either 'little' or 'big'");
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) out[i] = data[data.length - 1 - i];
        return out;
    }

    private static Object self(Args a) {
        return Values.number(a.self()); // also np.float64's, a float subclass
    }

    /** A class method's number as an object of the class it was called on: cls(n) for a subclass (Money.from_bytes), as CPython's. */
    private static Object ofClass(Args a, Object n) {
        return a.self() instanceof PyClass c && !c.isBuiltin() ? a.interpreter().call(c, List.of(n)) : n;
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
