package dev.adjoint.lang;

import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.LibmLog1p;
import dev.adjoint.ndarray.LibmSin;
import java.util.function.UnaryOperator;

/**
 * Python's cmath, its basics: sqrt, exp, log (with a base), log10, phase, polar, rect, isclose,
 * isfinite, isinf, isnan and the constants, by CPython's own formulas (Modules/cmathmodule.c) for
 * finite arguments. CPython answers infinite and nan arguments from tables of special values,
 * which adjoint does not have: there they are refused by name, never a different number.
 */
final class CmathModule {
    private CmathModule() {}

    private static final double LARGE = Double.MAX_VALUE / 4, LOG_LARGE = Math.log(Double.MAX_VALUE / 4), LN2 = 0.6931471805599453,
            LN10 = 2.302585092994046;

    static PyModule create() {
        PyModule m = new PyModule("cmath");
        m.add("pi", Math.PI).add("e", Math.E).add("tau", 2 * Math.PI).add("inf", Double.POSITIVE_INFINITY).add("nan", Double.NaN)
                .add("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY)).add("nanj", new PyComplex(0.0, Double.NaN));
        function(m, "sqrt", CmathModule::sqrt);
        function(m, "exp", CmathModule::exp);
        function(m, "log10", z -> {
            PyComplex r = log(z);
            return new PyComplex(r.real() / LN10, r.imag() / LN10);
        });
        m.add(Builtin.of("log", a -> {
            a.expect(1, 2, "x", "base");
            PyComplex r = log(finite(a.option(0, "x", null), "log"));
            if (a.size() < 2 && !a.has("base")) return r;
            PyComplex q = ComplexMath.quotient(r, log(finite(a.option(1, "base", null), "log")));
            if (q == null) throw PyError.value("math domain error");
            return q;
        }));
        m.add(Builtin.of("phase", a -> {
            PyComplex z = complex(a.expect(1, 1).get(0));
            return Math.atan2(z.imag(), z.real());
        }));
        m.add(Builtin.of("polar", a -> {
            PyComplex z = complex(a.expect(1, 1).get(0));
            return Values.tuple(new PyComplex(z.real(), z.imag()).abs(), Math.atan2(z.imag(), z.real()));
        }));
        m.add(Builtin.of("rect", a -> {
            double r = MathModule.number(a.expect(2, 2).get(0)), phi = MathModule.number(a.get(1));
            if (!Double.isFinite(r) || !Double.isFinite(phi)) throw PyError.notSupported("cmath.rect() of an infinite or nan argument");
            return phi == 0.0 ? new PyComplex(r, r * phi) : new PyComplex(r * LibmSin.cos(phi), r * LibmSin.sin(phi));
        }));
        m.add(Builtin.of("isfinite", a -> {
            PyComplex z = complex(a.expect(1, 1).get(0));
            return Double.isFinite(z.real()) && Double.isFinite(z.imag());
        }));
        m.add(Builtin.of("isinf", a -> {
            PyComplex z = complex(a.expect(1, 1).get(0));
            return Double.isInfinite(z.real()) || Double.isInfinite(z.imag());
        }));
        m.add(Builtin.of("isnan", a -> {
            PyComplex z = complex(a.expect(1, 1).get(0));
            return Double.isNaN(z.real()) || Double.isNaN(z.imag());
        }));
        m.add(Builtin.of("isclose", a -> {
            a.expect(2, 2, "rel_tol", "abs_tol");
            PyComplex x = complex(a.get(0)), y = complex(a.get(1));
            double rel = a.has("rel_tol") ? MathModule.number(a.keyword("rel_tol")) : 1e-9, abs = a.has("abs_tol") ? MathModule.number(a.keyword("abs_tol")) : 0;
            if (rel < 0 || abs < 0) throw PyError.value("tolerances must be non-negative");
            if (x.equals(y)) return true;
            if (Double.isInfinite(x.real()) || Double.isInfinite(x.imag()) || Double.isInfinite(y.real()) || Double.isInfinite(y.imag())) return false;
            double d = (double) new PyComplex(x.real() - y.real(), x.imag() - y.imag()).abs();
            return d <= rel * (double) y.abs() || d <= rel * (double) x.abs() || d <= abs;
        }));
        return m;
    }

    private static void function(PyModule m, String name, UnaryOperator<PyComplex> f) {
        m.add(Builtin.of(name, a -> f.apply(finite(a.expect(1, 1).get(0), name))));
    }

    /** An int, float or complex argument as a complex; anything else is CPython's TypeError. */
    private static PyComplex complex(Object v) {
        PyComplex z = PyComplex.of(v);
        if (z == null && v instanceof PyInstance i && (i.has("__complex__") || i.has("__float__"))) z = ComplexType.number(v, "argument must be a number");
        if (z == null) throw PyError.type("must be real number, not " + Values.typeName(v));
        return z;
    }

    private static PyComplex finite(Object v, String name) {
        PyComplex z = complex(v);
        if (!Double.isFinite(z.real()) || !Double.isFinite(z.imag())) throw PyError.notSupported("cmath." + name + "() of an infinite or nan argument");
        return z;
    }

    /** cmath_sqrt_impl for finite z, scaled where hypot would be subnormal. */
    static PyComplex sqrt(PyComplex z) {
        if (z.real() == 0.0 && z.imag() == 0.0) return new PyComplex(0.0, z.imag());
        double ax = Math.abs(z.real()), ay = Math.abs(z.imag()), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + Math.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return z.real() >= 0.0 ? new PyComplex(s, Math.copySign(d, z.imag())) : new PyComplex(d, Math.copySign(s, z.imag()));
    }

    /** cmath_exp_impl for finite z. */
    static PyComplex exp(PyComplex z) {
        PyComplex r;
        if (z.real() > LOG_LARGE) {
            double l = LibmExp.exp(z.real() - 1.0);
            r = new PyComplex(l * LibmSin.cos(z.imag()) * Math.E, l * LibmSin.sin(z.imag()) * Math.E);
        } else {
            double l = LibmExp.exp(z.real());
            r = new PyComplex(l * LibmSin.cos(z.imag()), l * LibmSin.sin(z.imag()));
        }
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) throw PyError.overflow("math range error");
        return r;
    }

    /** c_log for finite z: log(0) is CPython's "math domain error". */
    static PyComplex log(PyComplex z) {
        double ax = Math.abs(z.real()), ay = Math.abs(z.imag()), re;
        if (ax > LARGE || ay > LARGE) {
            re = LibmLog.log(Math.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0.0 && ay == 0.0) throw PyError.value("math domain error");
            re = LibmLog.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = LibmLog1p.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = LibmLog.log(h);
            }
        }
        return new PyComplex(re, Math.atan2(z.imag(), z.real()));
    }
}
