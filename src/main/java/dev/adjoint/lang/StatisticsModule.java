package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Python's statistics with CPython's exact results: mean, variance and stdev sum the data as exact
 * fractions (every float is one) and round once, so {@code mean([0.1, 0.2, 0.3])} is 0.2 where
 * {@code sum(xs) / 3} is 0.20000000000000004, and the mean of ints stays an int when it is one;
 * stdev is the correctly rounded square root of the exact variance. Also fmean, median (low,
 * high), mode, multimode, quantiles, pvariance, pstdev, harmonic_mean, geometric_mean,
 * covariance, correlation, linear_regression and StatisticsError (a ValueError).
 */
final class StatisticsModule {
    static final String ERROR = "statistics.StatisticsError";

    private StatisticsModule() {}

    static PyModule create() {
        PyModule m = new PyModule("statistics");
        m.add("StatisticsError", Exceptions.named(ERROR)).add("NormalDist", NormalDist.TYPE);
        m.add(Builtin.of("mean", a -> {
            Sum s = Sum.of(data(a.expect(1, 1).get(0)), null);
            if (s.count < 1) throw error("mean requires at least one data point");
            return s.convert(s.exact == null ? null : s.exact.divide(BigInteger.valueOf(s.count)), s.special / s.count);
        }));
        m.add(Builtin.of("fmean", a -> {
            List<Object> xs = data(a.expect(1, 2, "weights").get(0));
            Object weights = a.option(1, "weights", null);
            if (weights == null) {
                if (xs.isEmpty()) throw error("fmean requires at least one data point");
                return fsum(xs) / xs.size();
            }
            List<Object> ws = data(weights);
            if (xs.size() != ws.size()) throw error("data and weights must be the same length");
            List<Object> products = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) products.add(Operators.binary(TokenType.STAR, xs.get(i), ws.get(i)));
            double den = fsum(ws);
            if (den == 0) throw error("sum of weights must be non-zero");
            return fsum(products) / den;
        }));
        m.add(Builtin.of("median", a -> {
            List<Object> xs = sortedData(a);
            int n = xs.size();
            if (n % 2 == 1) return xs.get(n / 2);
            return Operators.binary(TokenType.SLASH, Operators.binary(TokenType.PLUS, xs.get(n / 2 - 1), xs.get(n / 2)), 2L);
        }));
        m.add(Builtin.of("median_low", a -> {
            List<Object> xs = sortedData(a);
            return xs.get(xs.size() % 2 == 1 ? xs.size() / 2 : xs.size() / 2 - 1);
        }));
        m.add(Builtin.of("median_high", a -> {
            List<Object> xs = sortedData(a);
            return xs.get(xs.size() / 2);
        }));
        m.add(Builtin.of("mode", a -> {
            List<Object> modes = modes(data(a.expect(1, 1).get(0)));
            if (modes.isEmpty()) throw error("no mode for empty data");
            return modes.get(0);
        }));
        m.add(Builtin.of("multimode", a -> new PyList(modes(data(a.expect(1, 1).get(0))))));
        m.add(Builtin.of("quantiles", a -> quantiles(a)));
        m.add(Builtin.of("variance", a -> variance(a, "variance", "xbar", 1)));
        m.add(Builtin.of("pvariance", a -> variance(a, "pvariance", "mu", 0)));
        m.add(Builtin.of("stdev", a -> deviation(a, "stdev", "xbar", 1)));
        m.add(Builtin.of("pstdev", a -> deviation(a, "pstdev", "mu", 0)));
        m.add(Builtin.of("harmonic_mean", StatisticsModule::harmonicMean));
        m.add(Builtin.of("geometric_mean", a -> {
            List<Object> xs = data(a.expect(1, 1).get(0));
            List<Object> each = new ArrayList<>();
            for (Object x : xs) {
                double v = PyNumbers.toDouble(x);
                if (!(v > 0)) throw error("geometric mean requires a non-empty dataset containing positive numbers");
                each.add(Math.log(v));
            }
            if (xs.isEmpty()) throw error("geometric mean requires a non-empty dataset containing positive numbers");
            return Math.exp(fsum(each) / each.size()); // exp(fmean(map(log, data))), as CPython
        }));
        m.add(Builtin.of("covariance", a -> {
            Paired p = Paired.of(a, "covariance");
            return p.sxy / (p.n - 1);
        }));
        m.add(Builtin.of("correlation", a -> {
            Paired p = Paired.of(a, "correlation");
            double root = Math.sqrt(p.sxx * p.syy);
            if (root == 0) throw error("at least one of the inputs is constant");
            return p.sxy / root;
        }));
        PyClass regression = NamedTuples.type("statistics", "LinearRegression", "slope", "intercept");
        m.add(Builtin.of("linear_regression", a -> {
            boolean proportional = Values.truthy(a.keyword("proportional"));
            Paired p = Paired.of(a, "linear regression");
            double sxy = proportional ? p.sumOfProducts() : p.sxy, sxx = proportional ? p.sumOfSquares() : p.sxx;
            if (sxx == 0) throw error("x is constant");
            double slope = sxy / sxx;
            return regression.call(a.interpreter(), java.util.Arrays.asList(slope, proportional ? 0.0 : p.ybar - slope * p.xbar), java.util.Map.of(), a.span());
        }));
        return m;
    }

    /**
     * harmonic_mean(data, weights=None) as CPython computes it: each weight / value in Python's
     * arithmetic (a float for ints), summed exactly, the total weight divided by that sum and
     * rounded once; a zero value makes it 0.
     */
    private static Object harmonicMean(Args a) {
        a.expect(1, 2, "weights");
        String negative = "harmonic mean does not support negative values";
        List<Object> xs = data(a.get(0));
        Object weights = a.option(1, "weights", null);
        if (xs.isEmpty()) throw error("harmonic_mean requires at least one data point");
        if (xs.size() == 1 && weights == null) {
            Object x = xs.get(0);
            if (!PyNumbers.isNumber(x)) throw PyError.type("unsupported type");
            if (less(x, 0L)) throw error(negative);
            return x;
        }
        List<Object> ws = new ArrayList<>();
        Ratio totalWeight;
        if (weights == null) {
            for (Object x : xs) ws.add(1L);
            totalWeight = Ratio.of((long) xs.size());
        } else {
            ws = data(weights);
            if (ws.size() != xs.size()) throw error("Number of weights does not match data size");
            for (Object w : ws) if (less(w, 0L)) throw error(negative);
            totalWeight = Sum.of(ws, null).exact;
        }
        List<Object> terms = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            Object w = ws.get(i), x = xs.get(i);
            if (less(x, 0L)) throw error(negative);
            if (!Values.truthy(w)) terms.add(0L);
            else if (!Values.truthy(x)) return 0L; // CPython's ZeroDivisionError, caught
            else terms.add(Operators.binary(TokenType.SLASH, w, x));
        }
        Sum total = Sum.of(terms, null);
        if (total.exact != null && total.exact.num().signum() <= 0) throw error("Weighted sum must be positive");
        if (total.exact == null) return totalWeight.toDouble() / total.special;
        return total.convert(totalWeight.over(total.exact), 0);
    }

    private static boolean less(Object a, Object b) {
        return Values.truthy(Operators.compare(TokenType.LESS, a, b));
    }

    /** Two data sets of one length (at least two points) with the float sums CPython's covariance, correlation and linear_regression take. */
    private record Paired(List<Double> x, List<Double> y, int n, double xbar, double ybar, double sxy, double sxx, double syy) {
        static Paired of(Args a, String what) {
            a.expect(2, 2, "proportional");
            List<Double> x = floats(a.get(0)), y = floats(a.get(1));
            int n = x.size();
            if (y.size() != n) throw error(what + " requires that both inputs have same number of data points");
            if (n < 2) throw error(what + " requires at least two data points");
            double xbar = fsumOf(x) / n, ybar = fsumOf(y) / n;
            List<Double> xy = new ArrayList<>(), xx = new ArrayList<>(), yy = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double dx = x.get(i) - xbar, dy = y.get(i) - ybar;
                xy.add(dx * dy);
                xx.add(dx * dx);
                yy.add(dy * dy);
            }
            return new Paired(x, y, n, xbar, ybar, fsumOf(xy), fsumOf(xx), fsumOf(yy));
        }

        /** sum(x*y) and sum(x*x) about zero (linear_regression's proportional=True). */
        double sumOfProducts() {
            List<Double> p = new ArrayList<>();
            for (int i = 0; i < n; i++) p.add(x.get(i) * y.get(i));
            return fsumOf(p);
        }

        double sumOfSquares() {
            List<Double> p = new ArrayList<>();
            for (double v : x) p.add(v * v);
            return fsumOf(p);
        }

        private static List<Double> floats(Object v) {
            List<Double> out = new ArrayList<>();
            for (Object item : data(v)) out.add(PyNumbers.toDouble(item));
            return out;
        }

        private static double fsumOf(List<Double> xs) {
            return MathModule.fsum(new ArrayList<Object>(xs).iterator());
        }
    }

    static PyError error(String message) {
        return new PyError(ERROR, message);
    }

    private static List<Object> data(Object v) {
        List<Object> out = new ArrayList<>();
        for (Iterator<Object> it = Values.iterate(v); it.hasNext(); ) {
            Object item = Values.plain(it.next()), number = Values.number(item);
            out.add(number instanceof Double ? number : item); // a NumPy float is a float (np.float64 subclasses it): its value
        }
        return out;
    }

    private static List<Object> sortedData(Args a) {
        List<Object> xs = ListMethods.sorted(data(a.expect(1, 1).get(0)), null, false, a.interpreter());
        if (xs.isEmpty()) throw error("no median for empty data");
        return xs;
    }

    private static double fsum(List<Object> xs) {
        return MathModule.fsum(xs.iterator());
    }

    /** The most common values, in the order first seen (Counter.most_common's order for ties). */
    private static List<Object> modes(List<Object> xs) {
        PyDict counts = new PyDict();
        for (Object x : xs) counts.put(x, counts.containsKey(x) ? (Long) counts.get(x) + 1 : 1L);
        long most = 0;
        for (PyDict.Entry e : counts.entries()) most = Math.max(most, (Long) e.value());
        List<Object> out = new ArrayList<>();
        for (PyDict.Entry e : counts.entries()) if ((Long) e.value() == most) out.add(e.key());
        return out;
    }

    private static Object quantiles(Args a) {
        a.expect(1, 1, "n", "method");
        long n = Values.toLong(a.option(-1, "n", 4L), "n");
        Object method = a.option(-1, "method", "exclusive");
        if (n < 1) throw error("n must be at least 1");
        List<Object> xs = ListMethods.sorted(data(a.get(0)), null, false, a.interpreter());
        long ld = xs.size();
        if (ld < 2) throw error("must have at least two data points");
        PyList out = new PyList();
        boolean inclusive = "inclusive".equals(method);
        if (!inclusive && !"exclusive".equals(method)) throw PyError.value("Unknown method: " + Repr.repr(method));
        long m = inclusive ? ld - 1 : ld + 1;
        for (long i = 1; i < n; i++) {
            long j, delta;
            if (inclusive) {
                j = Math.floorDiv(i * m, n);
                delta = Math.floorMod(i * m, n);
                j++; // the pair is data[j - 1], data[j] below, as for the exclusive method
            } else {
                j = Math.max(1, Math.min(ld - 1, i * m / n));
                delta = i * m - j * n;
            }
            Object low = Operators.binary(TokenType.STAR, xs.get((int) j - 1), n - delta);
            Object high = Operators.binary(TokenType.STAR, xs.get((int) j), delta);
            out.add(Operators.binary(TokenType.SLASH, Operators.binary(TokenType.PLUS, low, high), n));
        }
        return out;
    }

    /** variance (sample: ddof 1) or pvariance (ddof 0), exact then rounded once. */
    private static Object variance(Args a, String name, String center, int ddof) {
        Sum s = squares(a, center);
        if (s.count < 1 + ddof) throw error(name + " requires at least " + (ddof == 1 ? "two data points" : "one data point"));
        long divisor = s.count - ddof;
        return s.convert(s.exact == null ? null : s.exact.divide(BigInteger.valueOf(divisor)), s.special / divisor);
    }

    /** stdev or pstdev: the correctly rounded square root of the exact variance. */
    private static Object deviation(Args a, String name, String center, int ddof) {
        Sum s = squares(a, center);
        if (s.count < 1 + ddof) throw error(name + " requires at least " + (ddof == 1 ? "two data points" : "one data point"));
        long divisor = s.count - ddof;
        if (s.exact == null) return Math.sqrt(s.special / divisor);
        return s.exact.divide(BigInteger.valueOf(divisor)).sqrt();
    }

    /** The sum of squared deviations: from the exact mean, or from the centre given (then each deviation is Python arithmetic, as CPython's). */
    private static Sum squares(Args a, String center) {
        a.expect(1, 2, center);
        List<Object> xs = data(a.get(0));
        Object c = Values.plain(a.option(1, center, null));
        if (c != null) {
            List<Object> squared = new ArrayList<>();
            for (Object x : xs) {
                Object d = Operators.binary(TokenType.MINUS, x, c);
                squared.add(Operators.binary(TokenType.STAR, d, d));
            }
            return Sum.of(squared, null);
        }
        Sum sum = Sum.of(xs, null);
        if (sum.exact == null || sum.count == 0) return sum.count == 0 ? new Sum(Ratio.ZERO, 0, 0, sum.floats) : sum;
        Ratio squares = Sum.of(xs, x -> x.times(x)).exact;
        BigInteger n = BigInteger.valueOf(sum.count);
        // (n * sum(x^2) - sum(x)^2) / n: poor for floats, exact for fractions
        Ratio ssd = squares.times(new Ratio(n, BigInteger.ONE)).minus(sum.exact.times(sum.exact)).divide(n);
        return new Sum(ssd, sum.count, 0, sum.floats);
    }

    /**
     * An exact sum: the items as fractions, or (when one is inf or nan) the float sum of those;
     * floats: whether any item was a float (the result's type, as CPython's _coerce of int and float).
     */
    private record Sum(Ratio exact, long count, double special, boolean floats) {
        static Sum of(List<Object> xs, java.util.function.UnaryOperator<Ratio> each) {
            Ratio total = Ratio.ZERO;
            double special = 0;
            boolean nonFinite = false, floats = false;
            for (Object x : xs) {
                if (x instanceof Double d) {
                    floats = true;
                    if (!Double.isFinite(d)) {
                        special += d;
                        nonFinite = true;
                        continue;
                    }
                } else if (!PyNumbers.isInt(x) && !(x instanceof Boolean)) {
                    throw PyError.type("can't convert type '" + Values.typeName(x) + "' to numerator/denominator");
                }
                Ratio r = Ratio.of(x);
                total = total.plus(each == null ? r : each.apply(r));
            }
            return new Sum(nonFinite ? null : total, xs.size(), special, floats);
        }

        /** The result as CPython's _convert gives it: an int when the data were ints and it is whole, else a float. */
        Object convert(Ratio value, double nonFinite) {
            if (value == null) return nonFinite;
            if (!floats && value.den().equals(BigInteger.ONE)) return PyNumbers.normalize(value.num());
            return value.toDouble();
        }
    }

    /** A fraction num/den in lowest terms, den > 0. */
    private record Ratio(BigInteger num, BigInteger den) {
        static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

        static Ratio of(Object x) {
            if (x instanceof Double d) {
                java.math.BigDecimal exact = new java.math.BigDecimal(d);
                return exact.scale() > 0 ? reduced(exact.unscaledValue(), BigInteger.TEN.pow(exact.scale()))
                        : new Ratio(exact.toBigIntegerExact(), BigInteger.ONE);
            }
            return new Ratio(PyNumbers.big(x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x), BigInteger.ONE);
        }

        static Ratio reduced(BigInteger num, BigInteger den) {
            BigInteger g = num.gcd(den);
            if (den.signum() < 0) g = g.negate();
            return g.equals(BigInteger.ONE) ? new Ratio(num, den) : new Ratio(num.divide(g), den.divide(g));
        }

        Ratio plus(Ratio o) {
            return reduced(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Ratio minus(Ratio o) {
            return plus(new Ratio(o.num.negate(), o.den));
        }

        Ratio times(Ratio o) {
            return reduced(num.multiply(o.num), den.multiply(o.den));
        }

        Ratio over(Ratio o) {
            return o.num.signum() < 0 ? reduced(num.multiply(o.den).negate(), den.multiply(o.num).negate()) : reduced(num.multiply(o.den), den.multiply(o.num));
        }

        Ratio divide(BigInteger n) {
            return reduced(num, den.multiply(n));
        }

        /** The nearest double (ties to even): 55+ bits of the quotient rounded to odd, then one rounding to 53 bits. */
        double toDouble() {
            return quotient(num, den);
        }

        static double quotient(BigInteger n, BigInteger d) {
            if (n.signum() == 0) return 0.0;
            boolean negative = n.signum() < 0;
            n = n.abs();
            int shift = 55 - (n.bitLength() - d.bitLength());
            BigInteger[] qr = (shift >= 0 ? n.shiftLeft(shift) : n).divideAndRemainder(shift >= 0 ? d : d.shiftLeft(-shift));
            long q = qr[0].longValueExact();
            if (qr[1].signum() != 0) q |= 1; // round to odd: the bits below keep the rounding honest
            double r = Math.scalb((double) q, -shift);
            return negative ? -r : r;
        }

        /** The correctly rounded square root, as CPython's _float_sqrt_of_frac (round-to-odd integer square root of a scaled fraction). */
        double sqrt() {
            int q = Math.floorDiv(num.bitLength() - den.bitLength() - (2 * 53 + 3), 2);
            if (q >= 0) return quotient(roundedToOdd(num, den.shiftLeft(2 * q)).shiftLeft(q), BigInteger.ONE);
            return quotient(roundedToOdd(num.shiftLeft(-2 * q), den), BigInteger.ONE.shiftLeft(-q));
        }

        private static BigInteger roundedToOdd(BigInteger n, BigInteger m) {
            BigInteger a = n.divide(m).sqrt();
            return a.multiply(a).multiply(m).equals(n) ? a : a.or(BigInteger.ONE);
        }
    }
}
