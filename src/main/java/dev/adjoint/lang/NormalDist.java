package dev.adjoint.lang;

import dev.adjoint.ndarray.LibmErf;
import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog;
import java.util.Arrays;

/**
 * statistics.NormalDist: a normal distribution of mean mu and standard deviation sigma, with
 * CPython's formulas step by step (pdf, cdf through erf, inv_cdf by Wichura's AS241 rational
 * approximation, overlap, zscore, quantiles), samples drawn by the random module's gauss, and
 * arithmetic with constants and other NormalDists as CPython defines it.
 */
record NormalDist(double mu, double sigma) implements TabledHostObject, PyReprable, PyOperand, HashedByValue {
    static final PyClass TYPE = PyClass.builtin("NormalDist", "statistics", BuiltinTypes.OBJECT, Builtin.of("NormalDist", a -> {
        a.expect(0, 2, "mu", "sigma");
        Object sigma = a.option(1, "sigma", 1.0);
        if (!PyNumbers.isNumber(Values.plain(sigma))) // CPython compares sigma < 0.0 first, then converts both with float()
            throw PyError.type("'<' not supported between instances of '" + Values.typeName(sigma) + "' and 'float'");
        return of(asFloat(a.option(0, "mu", 0.0)), asFloat(sigma));
    }));
    private static final double SQRT2 = Math.sqrt(2.0), TAU = 2 * Math.PI;

    static {
        TYPE.define("from_samples", Builtin.of("from_samples", a -> {
            Object data = a.expect(1, 1, "data").option(0, "data", null);
            Interpreter in = a.interpreter();
            Object statistics = in.modules().load("statistics");
            Object mean = in.call(Attributes.get(in, statistics, "mean"), Arrays.asList(data)); // exact, then rounded once, as _mean_stdev
            Object stdev = in.call(Attributes.get(in, statistics, "stdev"), Arrays.asList(data));
            return of(number(mean), number(stdev));
        }));
    }

    static NormalDist of(double mu, double sigma) {
        if (sigma < 0.0) throw StatisticsModule.error("sigma must be non-negative");
        return new NormalDist(mu, sigma);
    }

    private static double asFloat(Object v) {
        return (Double) BuiltinTypes.floatOf(new Args("float", java.util.Arrays.asList(v), java.util.Map.of(), null, null));
    }

    private static double number(Object v) {
        Object p = Values.plain(v);
        if (!PyNumbers.isNumber(p)) throw PyError.type("must be real number, not " + Values.typeName(v));
        return PyNumbers.toDouble(p);
    }

    double pdf(double x) {
        double variance = sigma * sigma;
        if (variance == 0) throw StatisticsModule.error("pdf() not defined when sigma is zero");
        double diff = x - mu;
        return LibmExp.exp(diff * diff / (-2.0 * variance)) / Math.sqrt(TAU * variance);
    }

    double cdf(double x) {
        if (sigma == 0) throw StatisticsModule.error("cdf() not defined when sigma is zero");
        return 0.5 * (1.0 + LibmErf.erf((x - mu) / (sigma * SQRT2)));
    }

    double invCdf(double p) {
        if (p <= 0.0 || p >= 1.0) throw StatisticsModule.error("p must be in the range 0.0 < p < 1.0");
        if (sigma <= 0.0) throw StatisticsModule.error("cdf() not defined when sigma at or below zero");
        return mu + Wichura.quantile(p) * sigma;
    }

    double overlap(NormalDist other) {
        NormalDist x = this, y = other;
        if (y.sigma < x.sigma || y.sigma == x.sigma && y.mu < x.mu) { // sorted, so that the overlap commutes
            x = other;
            y = this;
        }
        double xVar = x.sigma * x.sigma, yVar = y.sigma * y.sigma;
        if (xVar == 0 || yVar == 0) throw StatisticsModule.error("overlap() not defined when sigma is zero");
        double dv = yVar - xVar, dm = Math.abs(y.mu - x.mu);
        if (dv == 0) return 1.0 - LibmErf.erf(dm / (2.0 * x.sigma * SQRT2));
        double a = x.mu * yVar - y.mu * xVar;
        double b = x.sigma * y.sigma * Math.sqrt(dm * dm + dv * LibmLog.log(yVar / xVar));
        double x1 = (a + b) / dv, x2 = (a - b) / dv;
        return 1.0 - (Math.abs(y.cdf(x1) - x.cdf(x1)) + Math.abs(y.cdf(x2) - x.cdf(x2)));
    }

    private static final AttributeTable<NormalDist> ATTRIBUTES = new AttributeTable<NormalDist>()
            .method("cdf", (d, a) -> d.cdf(number(a.expect(1, 1).get(0))))
            .method("inv_cdf", (d, a) -> d.invCdf(number(a.expect(1, 1).get(0))))
            .value("mean", NormalDist::mu)
            .value("median", NormalDist::mu)
            .value("mode", NormalDist::mu)
            .method("overlap", (d, a) -> {
                if (!(Values.plain(a.expect(1, 1).get(0)) instanceof NormalDist other)) throw PyError.type("Expected another NormalDist instance");
                return d.overlap(other);
            })
            .method("pdf", (d, a) -> d.pdf(number(a.expect(1, 1).get(0))))
            .method("quantiles", (d, a) -> {
                long n = Values.toLong(a.expect(0, 1, "n").option(0, "n", 4L), "n");
                PyList cuts = new PyList();
                for (long i = 1; i < n; i++) cuts.add(d.invCdf((double) i / n));
                return cuts;
            })
            .method("samples", NormalDist::samples)
            .value("stdev", NormalDist::sigma)
            .value("variance", d -> d.sigma * d.sigma)
            .method("zscore", (d, a) -> {
                double x = number(a.expect(1, 1).get(0));
                if (d.sigma == 0) throw StatisticsModule.error("zscore() not defined when sigma is zero");
                return (x - d.mu) / d.sigma;
            });

    @Override
    public AttributeTable<NormalDist> attributeTable() {
        return ATTRIBUTES;
    }

    /** samples(n, *, seed=None): random.gauss, or random.Random(seed).gauss, n times, as CPython draws them. */
    private Object samples(Args a) {
        a.expect(1, 1, "seed");
        long n = Values.toLong(a.get(0), "n");
        Interpreter in = a.interpreter();
        Object random = in.modules().load("random");
        Object source = a.keyword("seed") == null ? random : in.call(Attributes.get(in, random, "Random"), Arrays.asList(a.keyword("seed")));
        Object gauss = Attributes.get(in, source, "gauss");
        PyList out = new PyList();
        for (long i = 0; i < n; i++) out.add(in.call(gauss, Arrays.asList(mu, sigma)));
        return out;
    }

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        Object o = Values.plain(other);
        if (o instanceof NormalDist d) {
            NormalDist left = reflected ? d : this, right = reflected ? this : d;
            return switch (op) {
                case PLUS -> of(left.mu + right.mu, Math.hypot(left.sigma, right.sigma));
                case MINUS -> of(left.mu - right.mu, Math.hypot(left.sigma, right.sigma));
                default -> null;
            };
        }
        if (!PyNumbers.isNumber(o)) return null;
        double c = PyNumbers.toDouble(o);
        return switch (op) {
            case PLUS -> of(mu + c, sigma);
            case MINUS -> reflected ? of(-(mu - c), sigma) : of(mu - c, sigma); // c - X is -(X - c)
            case STAR -> of(mu * c, sigma * Math.abs(c));
            case SLASH -> reflected ? null : of(mu / nonzero(c), sigma / Math.abs(c));
            default -> null;
        };
    }

    private static double nonzero(double c) {
        if (c == 0) throw PyError.zeroDivision("float division by zero");
        return c;
    }

    @Override
    public Object unary(TokenType op) {
        return op == TokenType.MINUS ? of(-mu, sigma) : op == TokenType.PLUS ? this : null;
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (!(Values.plain(other) instanceof NormalDist d)) return null;
        boolean same = d.mu == mu && d.sigma == sigma;
        return switch (op) {
            case EQUAL_EQUAL -> same;
            case BANG_EQUAL -> !same;
            default -> null;
        };
    }

    @Override
    public String pyRepr() {
        return "NormalDist(mu=" + PyNumbers.repr(mu) + ", sigma=" + PyNumbers.repr(sigma) + ")";
    }

    @Override
    public String pyStr() {
        return pyRepr();
    }

    @Override
    public String typeName() {
        return "NormalDist";
    }

    @Override
    public PyClass pyClass() {
        return TYPE;
    }

    /**
     * Wichura's algorithm AS241 (Applied Statistics 37(3), 1988): the standard normal quantile by
     * rational approximations on three ranges of p, evaluated in the order CPython evaluates them.
     */
    private static final class Wichura {
        private static final double[] CENTRAL_NUM = {2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
                13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608};
        private static final double[] CENTRAL_DEN = {5226.495278852854561, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867,
                5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0};
        private static final double[] NEAR_NUM = {7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258,
                3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734};
        private static final double[] NEAR_DEN = {1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459,
                0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1.0};
        private static final double[] TAIL_NUM = {2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093,
                0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772};
        private static final double[] TAIL_DEN = {2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4,
                0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1.0};

        static double quantile(double p) {
            double q = p - 0.5;
            if (Math.abs(q) <= 0.425) {
                double r = 0.180625 - q * q;
                return horner(CENTRAL_NUM, r) * q / horner(CENTRAL_DEN, r);
            }
            double r = q <= 0.0 ? p : 1.0 - p;
            r = Math.sqrt(-LibmLog.log(r));
            double x;
            if (r <= 5.0) {
                r = r - 1.6;
                x = horner(NEAR_NUM, r) / horner(NEAR_DEN, r);
            } else {
                r = r - 5.0;
                x = horner(TAIL_NUM, r) / horner(TAIL_DEN, r);
            }
            return q < 0.0 ? -x : x;
        }

        /** ((c0 * r + c1) * r + c2) ... + c7: the nesting CPython writes out. */
        private static double horner(double[] c, double r) {
            double v = c[0];
            for (int i = 1; i < c.length; i++) v = v * r + c[i];
            return v;
        }
    }
}
