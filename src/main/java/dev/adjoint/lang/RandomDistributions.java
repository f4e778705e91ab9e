package dev.adjoint.lang;

import java.util.List;

/**
 * random.py's distributions after uniform and gauss, by CPython 3.11's algorithms on the same
 * generator, so that a seed gives CPython's numbers: normalvariate (Kinderman and Monahan),
 * lognormvariate, expovariate, vonmisesvariate, gammavariate (Cheng's and Kennedy and Gentle's),
 * betavariate, paretovariate, weibullvariate and triangular.
 */
final class RandomDistributions {
    private RandomDistributions() {}

    private static final double NV_MAGICCONST = 4 * dev.adjoint.ndarray.LibmExp.exp(-0.5) / Math.sqrt(2.0);
    private static final double LOG4 = dev.adjoint.ndarray.LibmLog.log(4.0), SG_MAGICCONST = 1.0 + dev.adjoint.ndarray.LibmLog.log(4.5), TWOPI = 2.0 * Math.PI;

    /** Adds them to the functions of a module or of a random.Random drawing from {@code mt}. */
    static void add(List<Builtin> m, MersenneTwister mt) {
        m.add(Builtin.of("normalvariate", a -> {
            a.expect(0, 2, "mu", "sigma");
            return normal(mt, number(a.option(0, "mu", 0.0)), number(a.option(1, "sigma", 1.0)));
        }));
        m.add(Builtin.of("lognormvariate", a -> {
            a.expect(2, 2, "mu", "sigma");
            return dev.adjoint.ndarray.LibmExp.exp(normal(mt, number(a.get(0)), number(a.get(1))));
        }));
        m.add(Builtin.of("expovariate", a -> {
            double lambd = number(a.expect(1, 1, "lambd").get(0));
            double u = mt.random();
            if (lambd == 0) throw PyError.zeroDivision("float division by zero");
            return -dev.adjoint.ndarray.LibmLog.log(1.0 - u) / lambd;
        }));
        m.add(Builtin.of("vonmisesvariate", a -> {
            a.expect(2, 2, "mu", "kappa");
            return vonMises(mt, number(a.get(0)), number(a.get(1)));
        }));
        m.add(Builtin.of("gammavariate", a -> {
            a.expect(2, 2, "alpha", "beta");
            return gamma(mt, number(a.get(0)), number(a.get(1)));
        }));
        m.add(Builtin.of("betavariate", a -> {
            a.expect(2, 2, "alpha", "beta");
            double y = gamma(mt, number(a.get(0)), 1.0);
            return y != 0 ? y / (y + gamma(mt, number(a.get(1)), 1.0)) : 0.0;
        }));
        m.add(Builtin.of("paretovariate", a -> {
            double alpha = number(a.expect(1, 1, "alpha").get(0));
            double u = 1.0 - mt.random();
            if (alpha == 0) throw PyError.zeroDivision("float division by zero");
            return pow(u, -1.0 / alpha);
        }));
        m.add(Builtin.of("weibullvariate", a -> {
            a.expect(2, 2, "alpha", "beta");
            double alpha = number(a.get(0)), beta = number(a.get(1));
            double u = 1.0 - mt.random();
            if (beta == 0) throw PyError.zeroDivision("float division by zero");
            return alpha * pow(-dev.adjoint.ndarray.LibmLog.log(u), 1.0 / beta);
        }));
        m.add(Builtin.of("triangular", a -> {
            a.expect(0, 3, "low", "high", "mode");
            double low = number(a.option(0, "low", 0.0)), high = number(a.option(1, "high", 1.0));
            Object mode = a.option(2, "mode", null);
            double u = mt.random();
            if (mode != null && high == low) return Values.plain(a.option(0, "low", 0.0)); // random.py returns low itself (2 stays an int)
            double c = mode == null ? 0.5 : (number(mode) - low) / (high - low);
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double t = low;
                low = high;
                high = t;
            }
            return low + (high - low) * Math.sqrt(u * c);
        }));
    }

    private static double normal(MersenneTwister mt, double mu, double sigma) {
        double z;
        while (true) {
            double u1 = mt.random(), u2 = 1.0 - mt.random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            if (z * z / 4.0 <= -dev.adjoint.ndarray.LibmLog.log(u2)) break;
        }
        return mu + z * sigma;
    }

    private static double vonMises(MersenneTwister mt, double mu, double kappa) {
        if (kappa <= 1e-6) return TWOPI * mt.random();
        double s = 0.5 / kappa, r = s + Math.sqrt(1.0 + s * s), z;
        while (true) {
            double u1 = mt.random();
            z = dev.adjoint.ndarray.LibmSin.cos(Math.PI * u1);
            double d = z / (r + z), u2 = mt.random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * dev.adjoint.ndarray.LibmExp.exp(d)) break;
        }
        double q = 1.0 / r, f = (q + z) / (1.0 + q * z), u3 = mt.random();
        return floatMod(u3 > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f), TWOPI);
    }

    private static double gamma(MersenneTwister mt, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) throw PyError.value("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0) { // Cheng's rejection
            double ainv = Math.sqrt(2.0 * alpha - 1.0), bbb = alpha - LOG4, ccc = alpha + ainv;
            while (true) {
                double u1 = mt.random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - mt.random();
                double v = dev.adjoint.ndarray.LibmLog.log(u1 / (1.0 - u1)) / ainv, x = alpha * dev.adjoint.ndarray.LibmExp.exp(v), z = u1 * u1 * u2, r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= dev.adjoint.ndarray.LibmLog.log(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -dev.adjoint.ndarray.LibmLog.log(1.0 - mt.random()) * beta;
        double x;
        while (true) { // ALGORITHM GS of Statistical Computing, Kennedy and Gentle
            double u = mt.random(), b = (Math.E + alpha) / Math.E, p = b * u;
            x = p <= 1.0 ? pow(p, 1.0 / alpha) : -dev.adjoint.ndarray.LibmLog.log((b - p) / alpha);
            double u1 = mt.random();
            if (p > 1.0) {
                if (u1 <= pow(x, alpha - 1.0)) break;
            } else if (u1 <= dev.adjoint.ndarray.LibmExp.exp(-x)) {
                break;
            }
        }
        return x * beta;
    }

    /** Python's float ** float for the values these draw (positive bases). */
    private static double pow(double x, double y) {
        return PyNumbers.floatPow(x, y);
    }

    /** Python's float %: the result takes the divisor's sign. */
    private static double floatMod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) m += y;
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    private static double number(Object v) {
        return PyNumbers.toDouble(Values.plain(v));
    }
}
