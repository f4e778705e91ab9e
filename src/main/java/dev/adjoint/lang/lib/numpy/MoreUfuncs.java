package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.LibmPow;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * NumPy's ufuncs beyond the arithmetic operators: the floating ones of two arguments (arctan2,
 * hypot, fmod, ...), rounding (rint, trunc, fix), the integer and logical ones (bitwise_*,
 * logical_*, invert), and the named forms of operators (mod, floor_divide, divmod). Each takes
 * out= and gives a NumPy scalar for scalar operands, as the ufuncs in {@link Numpy} do.
 */
final class MoreUfuncs {
    private MoreUfuncs() {}

    static void add(PyModule m) {
        floating2(m, "arctan2", dev.adjoint.autograd.op.LibmAtan2::atan2);
        floating2(m, "hypot", Math::hypot);
        m.add(Builtin.of("fmod", MoreUfuncs::fmod));
        m.add(Builtin.of("nan_to_num", MoreUfuncs::nanToNum));
        floating2(m, "copysign", Math::copySign);
        floating2(m, "nextafter", Math::nextAfter);
        floating2(m, "logaddexp", MoreUfuncs::logaddexp);
        floating2(m, "logaddexp2", MoreUfuncs::logaddexp2);
        m.add(Builtin.of("float_power", a -> { // NumPy's loops are float64 (and complex) only: float32 is widened
            a.expect(2, 2, "out");
            NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), "float_power");
            Elementwise.broadcast(x, y);
            NpArray r = Elementwise.zip(x, y, NpType.FLOAT64, LibmPow::pow);
            int flags = FloatErrors.ofBinary(TokenType.STAR_STAR, x, y, r); // as power's: 0 to a negative power divides by zero
            if (flags != 0) r.raised = new FloatErrors.Raised("float_power", flags);
            return Numpy.result(r, a);
        }));
        floating2(m, "heaviside", (x, h0) -> Double.isNaN(x) ? Double.NaN : x < 0 ? 0 : x > 0 ? 1 : h0);
        unaryFloating(m, "cbrt", dev.adjoint.ndarray.LibmCbrt::cbrt);
        unaryFloating(m, "fabs", Math::abs);
        m.add(Builtin.of("spacing", a -> { // in the array's own precision: float32's steps for a float32 array
            NpArray x = unary(a);
            boolean single = Elementwise.floatingType(x.type, "spacing") == NpType.FLOAT32;
            NpArray r = NpArray.of(x.values().map(single ? MoreUfuncs::spacing32 : MoreUfuncs::spacing), Elementwise.floatingType(x.type, "spacing"));
            // NaN at the infinities without a warning; the step past the largest value overflows (NumPy warns)
            if (r.values().anyMatch(Double::isInfinite)) r.raised = new FloatErrors.Raised("spacing", FloatErrors.OVERFLOW);
            return Numpy.result(r, a);
        }));
        unaryFloating(m, "sinc", x -> x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x));
        keepsType(m, "rint", Math::rint);
        keepsType(m, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        keepsType(m, "fix", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        keepsType(m, "positive", x -> x);
        m.add(Builtin.of("signbit", a -> Numpy.result(NpArray.of(unary(a).values().map(x -> (Double.doubleToRawLongBits(x) < 0) ? 1 : 0), NpType.BOOL), a)));
        m.add(Builtin.of("reciprocal", a -> {
            NpArray x = unary(a);
            if (!x.type.isExact()) return Numpy.result(Elementwise.withErrors(NpArray.of(x.values().map(v -> 1 / v), x.type), "reciprocal", true, x), a);
            // integers (bool as int8): NumPy's loop computes 1.0 / x and converts it, so 1 / 0 is x86's conversion of inf
            // (the type's minimum for 32 and 64 bits, 0 once cut to fewer bits or made unsigned), with both warnings
            NpType t = x.type == NpType.BOOL ? NpType.INT8 : x.type;
            double atZero = t == NpType.INT64 ? Long.MIN_VALUE : t == NpType.INT32 ? Integer.MIN_VALUE : 0;
            NpArray r = NpArray.of(x.values().map(v -> v == 0 ? atZero : (long) (1 / v)), t);
            if (x.values().anyMatch(v -> v == 0)) r.raised = new FloatErrors.Raised("reciprocal", FloatErrors.DIVIDE | FloatErrors.INVALID);
            return Numpy.result(r, a);
        }));
        operator(m, "mod", TokenType.PERCENT);
        operator(m, "remainder", TokenType.PERCENT);
        operator(m, "floor_divide", TokenType.SLASH_SLASH);
        operator(m, "bitwise_and", TokenType.AMPERSAND);
        operator(m, "bitwise_or", TokenType.PIPE);
        operator(m, "bitwise_xor", TokenType.CARET);
        operator(m, "left_shift", TokenType.LEFT_SHIFT);
        operator(m, "right_shift", TokenType.RIGHT_SHIFT);
        m.add(Builtin.of("invert", a -> Numpy.result(Elementwise.unary(TokenType.TILDE, unary(a)), a)));
        m.add("bitwise_not", m.attribute("invert"));
        m.add(Builtin.of("divmod", a -> {
            a.expect(2, 2);
            NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), "divmod");
            return Values.tuple(NpArray.box(Elementwise.binary(TokenType.SLASH_SLASH, x, y)), NpArray.box(Elementwise.binary(TokenType.PERCENT, x, y)));
        }));
        m.add(Builtin.of("fmax", a -> nanIgnoringExtreme(a, true)));
        m.add(Builtin.of("fmin", a -> nanIgnoringExtreme(a, false)));
        logical(m, "logical_and", (p, q) -> p && q);
        logical(m, "logical_or", (p, q) -> p || q);
        logical(m, "logical_xor", (p, q) -> p ^ q);
        m.add(Builtin.of("logical_not", a -> Numpy.result(NpArray.of(unary(a).values().map(v -> v == 0 ? 1 : 0), NpType.BOOL), a)));
    }

    /**
     * np.fmod: C's remainder, with the sign of the dividend. Integers (bool as int8) keep their
     * type: a zero divisor gives 0 and NumPy's "divide by zero encountered in fmod".
     */
    private static Object fmod(Args a) {
        a.expect(2, 2, "out");
        NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), "fmod");
        NpType t = Elementwise.resultType(x, y);
        Elementwise.broadcast(x, y);
        if (t.isFloating()) return Numpy.result(Elementwise.withErrors(
                Elementwise.zip(x, y, t, (p, q) -> q == 0 || Double.isInfinite(p) ? Double.NaN : p % q), "fmod", false, x, y), a);
        NpType r = t == NpType.BOOL ? NpType.INT8 : t;
        boolean unsigned = r.kind == NpType.Kind.UNSIGNED;
        NpArray out = Elementwise.zip(x, y, r, (p, q) -> {
            if (q == 0) return 0;
            long n = Int64Arithmetic.bits(p), d = Int64Arithmetic.bits(q);
            return unsigned ? Int64Arithmetic.unsigned(Long.remainderUnsigned(n, d)) : n % d;
        });
        if (out.size() > 0 && y.values().anyMatch(v -> v == 0)) out.raised = new FloatErrors.Raised("fmod", FloatErrors.DIVIDE);
        return Numpy.result(out, a);
    }

    /**
     * np.nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None): NaN and the infinities of a
     * float array replaced (by default by 0 and the type's largest and lowest numbers); integers and
     * bools kept; copy=False writes into x. A scalar gives a NumPy scalar.
     */
    private static Object nanToNum(Args a) {
        a.expect(1, 5, "copy", "nan", "posinf", "neginf");
        Object arg = a.get(0);
        NpArray x = ArrayFunctions.self(a);
        boolean inPlace = !a.bool(1, "copy", true) && Values.plain(arg) instanceof NpArray given && !given.isScalar();
        NpType t = x.type;
        double big = t == NpType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
        double nan = t.cast(a.number(2, "nan", 0)), posinf = t.cast(a.number(3, "posinf", big)), neginf = t.cast(a.number(4, "neginf", -big));
        NpArray r = !t.isFloating() ? NpArray.of(x.values(), t)
                : NpArray.of(x.values().map(v -> Double.isNaN(v) ? nan : v == Double.POSITIVE_INFINITY ? posinf : v == Double.NEGATIVE_INFINITY ? neginf : v), t);
        if (!inPlace) return NpArray.box(r);
        x.write(r.values());
        return x;
    }

    private static NpArray unary(Args a) {
        return ArrayFunctions.self(a.expect(1, 1, "out"));
    }

    /** A ufunc of one argument whose result keeps a float array's type (rint, trunc); an integer array's values are kept as they are. */
    private static void keepsType(PyModule m, String name, DoubleUnaryOperator f) {
        m.add(Builtin.of(name, a -> {
            NpArray x = unary(a);
            return Numpy.result(x.type.isExact() && !name.equals("positive") ? Elementwise.floating(x, name, f) : NpArray.of(x.values().map(f), x.type), a);
        }));
    }

    /** NumPy's npy_spacing: the step to the next value away from 0, the smallest subnormal at ±0, NaN at ±inf and NaN. */
    static double spacing(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.NaN;
        if (x == 0) return Double.MIN_VALUE;
        return x > 0 ? Math.nextUp(x) - x : Math.nextDown(x) - x;
    }

    /** npy_spacingf, on the float32 value. */
    static double spacing32(double v) {
        float x = (float) v;
        if (Float.isNaN(x) || Float.isInfinite(x)) return Double.NaN;
        if (x == 0) return Float.MIN_VALUE;
        return x > 0 ? Math.nextUp(x) - x : Math.nextDown(x) - x;
    }

    private static void unaryFloating(PyModule m, String name, DoubleUnaryOperator f) {
        m.add(Builtin.of(name, a -> Numpy.result(Elementwise.floating(unary(a), name, f), a)));
    }

    /** A floating ufunc of two arguments: broadcast, their promoted type made floating as NumPy's loops are chosen. */
    private static void floating2(PyModule m, String name, DoubleBinaryOperator f) {
        m.add(Builtin.of(name, a -> {
            a.expect(2, 2, "out");
            NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), name);
            NpType t = Elementwise.resultType(x, y);
            Elementwise.broadcast(x, y);
            NpType r = Elementwise.floatingType(t, name);
            return Numpy.result(Elementwise.withErrors(Elementwise.zip(x, y, r, f), name, false, x, y), a);
        }));
    }

    private static void operator(PyModule m, String name, TokenType op) {
        m.add(Builtin.of(name, a -> {
            a.expect(2, 2, "out");
            NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), name);
            return Numpy.result(Elementwise.binary(op, x, y), a);
        }));
    }

    private interface BoolOp {
        boolean apply(boolean p, boolean q);
    }

    private static void logical(PyModule m, String name, BoolOp op) {
        m.add(Builtin.of(name, a -> {
            a.expect(2, 2, "out");
            NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), name);
            Elementwise.broadcast(x, y);
            return Numpy.result(Elementwise.zip(x, y, NpType.BOOL, (p, q) -> op.apply(p != 0, q != 0) ? 1 : 0), a);
        }));
    }

    /** np.fmax/fmin: maximum/minimum that takes the number when one of the two is NaN. */
    private static Object nanIgnoringExtreme(Args a, boolean max) {
        a.expect(2, 2, "out");
        NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), a.function());
        NpType t = Elementwise.resultType(x, y);
        Elementwise.broadcast(x, y);
        return Numpy.result(Elementwise.zip(x, y, t, (p, q) -> {
            if (Double.isNaN(p)) return q;
            if (Double.isNaN(q)) return p;
            return max ? Math.max(p, q) : Math.min(p, q);
        }), a);
    }

    /** NumPy's npy_logaddexp: the larger plus log1p(exp(-|difference|)); equal values (infinities too) give x + log 2. */
    private static double logaddexp(double x, double y) {
        if (x == y) return x + Math.log(2);
        double d = x - y;
        if (d > 0) return x + Math.log1p(Math.exp(-d));
        if (d <= 0) return y + Math.log1p(Math.exp(d));
        return d; // NaN
    }

    private static final double LOG2E = 1.4426950408889634074;

    /** npy_logaddexp2: in base 2, log1p(2^-|d|) / ln 2 as NumPy's log2_1p. */
    private static double logaddexp2(double x, double y) {
        if (x == y) return x + 1;
        double d = x - y;
        if (d > 0) return x + LOG2E * Math.log1p(Math.pow(2, -d));
        if (d <= 0) return y + LOG2E * Math.log1p(Math.pow(2, d));
        return d;
    }
}
