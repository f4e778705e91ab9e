package dev.adjoint.lang;

import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.LibmPow;
import dev.adjoint.ndarray.LibmSin;

/**
 * CPython's complex arithmetic (Objects/complexobject.c), formula for formula, so that results
 * agree to the last bit: the product, Smith's quotient, and the power, by repeated squaring for a
 * whole exponent up to 100 and through polar form otherwise.
 */
final class ComplexMath {
    private ComplexMath() {}

    private static final PyComplex ONE = new PyComplex(1.0, 0.0);

    static PyComplex product(PyComplex a, PyComplex b) {
        return new PyComplex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /** _Py_c_quot; null for a zero divisor (CPython's EDOM). */
    static PyComplex quotient(PyComplex a, PyComplex b) {
        double absReal = Math.abs(b.real()), absImag = Math.abs(b.imag());
        if (absReal >= absImag) {
            if (absReal == 0.0) return null;
            double ratio = b.imag() / b.real(), denom = b.real() + b.imag() * ratio;
            return new PyComplex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b.real() / b.imag(), denom = b.real() * ratio + b.imag();
            return new PyComplex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN); // a NaN in the divisor
    }

    /** complex_pow: its errors are CPython's (a zero base to a negative or complex power, an infinite result). */
    static PyComplex power(PyComplex a, PyComplex b) {
        PyComplex p = b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0 ? powi(a, (long) b.real()) : pow(a, b);
        if (p == null) throw PyError.zeroDivision("0.0 to a negative or complex power");
        if (Double.isInfinite(p.real()) || Double.isInfinite(p.imag())) throw PyError.overflow("complex exponentiation");
        return p;
    }

    private static PyComplex powi(PyComplex x, long n) {
        return n > 0 ? powu(x, n) : quotient(ONE, powu(x, -n));
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = ONE, p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = product(r, p);
            p = product(p, p);
        }
        return r;
    }

    /** _Py_c_pow; null for zero to a negative or complex power. */
    private static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real() == 0.0 && b.imag() == 0.0) return ONE;
        if (a.real() == 0.0 && a.imag() == 0.0) return b.imag() != 0.0 || b.real() < 0.0 ? null : new PyComplex(0.0, 0.0);
        double vabs = Math.hypot(a.real(), a.imag());
        double len = LibmPow.pow(vabs, b.real());
        double at = Math.atan2(a.imag(), a.real());
        double phase = at * b.real();
        if (b.imag() != 0.0) {
            len /= LibmExp.exp(at * b.imag());
            phase += b.imag() * LibmLog.log(vabs);
        }
        return new PyComplex(len * LibmSin.cos(phase), len * LibmSin.sin(phase));
    }
}
