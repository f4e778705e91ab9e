package dev.adjoint.lang;

import dev.adjoint.ndarray.LibmLog;
import dev.adjoint.ndarray.LibmSin;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's random module on CPython's own generator ({@link MersenneTwister}): after
 * {@code random.seed(n)} every function gives the numbers CPython 3.11 gives, by the same
 * algorithms (random.py's randrange, choice, shuffle, sample, choices, uniform, gauss, and
 * {@link RandomDistributions}), and getstate/setstate hand its state over as CPython's. Without
 * a seed the session starts from the clock, as CPython starts from the OS's entropy.
 */
final class RandomModule {
    private RandomModule() {}

    static PyModule create() {
        MersenneTwister mt = new MersenneTwister();
        mt.seed(BigInteger.valueOf(System.nanoTime()).abs());
        PyModule m = new PyModule("random");
        for (Builtin f : functions(mt)) m.add(f);
        m.add(Builtin.of("Random", a -> {
            a.expect(0, 1, "x");
            MersenneTwister own = new MersenneTwister();
            own.seed(a.size() == 0 ? BigInteger.valueOf(System.nanoTime()).abs() : seedValue(a.get(0)));
            return new RandomInstance(functions(own));
        }));
        return m;
    }

    /** random.Random(seed): a generator of its own, with the module's functions as its methods (r.random(), r.shuffle(xs), ...). */
    private record RandomInstance(List<Builtin> methods) implements HostObject {
        @Override
        public String typeName() {
            return "Random";
        }

        @Override
        public Object attribute(String name) {
            for (Builtin b : methods) if (b.name().equals(name)) return b;
            return null;
        }

        @Override
        public java.util.Collection<String> attributeNames() {
            return methods.stream().map(Builtin::name).toList();
        }

        @Override
        public String toString() {
            return "<random.Random object at " + Values.address(this) + ">";
        }
    }

    /** The module's functions, each drawing from {@code mt}. */
    private static List<Builtin> functions(MersenneTwister mt) {
        List<Builtin> m = new ArrayList<>();
        m.add(Builtin.of("seed", a -> {
            a.expect(0, 2, "a", "version");
            Object seed = a.option(0, "a", null), version = a.option(1, "version", 2L);
            mt.seed(Operators.equal(version, 1L) && (seed instanceof String || seed instanceof PyBytes b && !b.mutable()) ? versionOneSeed(seed) : seedValue(seed));
            return null;
        }));
        m.add(Builtin.of("random", a -> {
            a.expect(0, 0);
            return mt.random();
        }));
        m.add(Builtin.of("getrandbits", a -> {
            long k = integer(a.expect(1, 1).get(0), "getrandbits");
            if (k < 0) throw PyError.value("number of bits must be non-negative");
            return PyNumbers.normalize(mt.bits((int) Math.min(k, Integer.MAX_VALUE)));
        }));
        m.add(Builtin.of("randrange", a -> {
            a.expect(1, 3, "start", "stop", "step");
            java.util.function.Consumer<String> warn = text -> a.interpreter().warnAtCall("DeprecationWarning", text, a.span());
            return randrange(mt, a.option(0, "start", null), a.option(1, "stop", null), a.option(2, "step", null), warn);
        }));
        m.add(Builtin.of("randint", a -> {
            a.expect(2, 2, "a", "b");
            // random.py's randint calls randrange: its warnings are random's own, which the default filters ignore
            java.util.function.Consumer<String> warn = text -> a.interpreter().warn("DeprecationWarning", text, "random");
            return randrange(mt, a.get(0), PyNumbers.add(index(a.get(1), "stop", warn), 1L), null, warn);
        }));
        m.add(Builtin.of("choice", a -> {
            Object seq = a.expect(1, 1, "seq").get(0);
            long n = (Long) PyBuiltins.len(seq);
            if (n == 0) throw PyError.index("Cannot choose from an empty sequence");
            return item(a.interpreter(), seq, mt.below(BigInteger.valueOf(n)).longValue());
        }));
        m.add(Builtin.of("shuffle", a -> { // random.py's: x[i], x[j] = x[j], x[i] of any mutable sequence (a list, a deque, a class's __setitem__)
            Object x = a.expect(1, 1, "x").get(0);
            Interpreter in = a.interpreter();
            for (long i = in.len(x) - 1; i > 0; i--) {
                long j = mt.below((int) i + 1);
                Object xi = item(in, x, i), xj = item(in, x, j);
                Subscripts.set(in, x, i, xj);
                Subscripts.set(in, x, j, xi);
            }
            return null;
        }));
        m.add(Builtin.of("sample", a -> {
            a.expect(1, 2, "population", "k", "counts");
            Object k = a.option(1, "k", null);
            if (k == null) throw PyError.type("Random.sample() missing 1 required positional argument: 'k'");
            return sample(a.interpreter(), mt, a.get(0), integer(k, "sample"), a.keyword("counts"));
        }));
        m.add(Builtin.of("choices", a -> {
            a.expect(1, 2, "population", "weights", "cum_weights", "k");
            return choices(a.interpreter(), mt, a.get(0), a.option(1, "weights", null), a.keyword("cum_weights"), a.option(-1, "k", 1L));
        }));
        m.add(Builtin.of("uniform", a -> {
            a.expect(2, 2, "a", "b");
            double lo = PyNumbers.toDouble(Values.plain(a.get(0))), hi = PyNumbers.toDouble(Values.plain(a.get(1)));
            return lo + (hi - lo) * mt.random();
        }));
        m.add(Builtin.of("randbytes", a -> { // random.py: getrandbits(n * 8).to_bytes(n, 'little')
            long n = integer(a.expect(1, 1, "n").get(0), "randbytes");
            if (n < 0) throw PyError.value("number of bits must be non-negative");
            byte[] big = mt.bits((int) Math.min(n * 8, Integer.MAX_VALUE)).toByteArray(), out = new byte[(int) n];
            for (int i = 0; i < n && i < big.length; i++) out[i] = big[big.length - 1 - i];
            return PyBytes.of(out);
        }));
        m.add(Builtin.of("getstate", a -> {
            a.expect(0, 0);
            return mt.state();
        }));
        m.add(Builtin.of("setstate", a -> {
            mt.setState(a.expect(1, 1, "state").get(0));
            return null;
        }));
        RandomDistributions.add(m, mt);
        m.add(Builtin.of("gauss", a -> {
            a.expect(0, 2, "mu", "sigma");
            return gauss(mt, number(a.option(0, "mu", 0.0)), number(a.option(1, "sigma", 1.0)));
        }));
        return m;
    }

    /** The int a seed stands for, as random.seed and _randommodule.c make it. */
    private static BigInteger seedValue(Object a) {
        Object v = Values.plain(a);
        if (v == null) return BigInteger.valueOf(System.nanoTime()).abs();
        if (PyNumbers.isInt(v)) return PyNumbers.big(v).abs();
        if (v instanceof String || v instanceof PyBytes) { // version 2: the bytes (a str's in UTF-8) followed by their SHA-512, read as one big-endian int
            byte[] text = v instanceof PyBytes b ? b.data() : ((String) v).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[text.length + 64];
            System.arraycopy(text, 0, all, 0, text.length);
            System.arraycopy(sha512(text), 0, all, text.length, 64);
            return new BigInteger(1, all);
        }
        if (v instanceof Double) return new BigInteger(Long.toUnsignedString(SetOrder.hash(HashKey.of(v)))); // its hash, as a size_t
        throw PyError.type("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }

    /** random.seed(text, version=1): Python 2's hash of the text (bytes read as Latin-1). */
    private static BigInteger versionOneSeed(Object text) {
        String s = text instanceof PyBytes b ? new String(b.data(), StandardCharsets.ISO_8859_1) : (String) text;
        int[] chars = s.codePoints().toArray();
        long x = chars.length == 0 ? 0 : (long) chars[0] << 7;
        for (int c : chars) x = (1000003 * x) ^ c; // mod 2^64, as Java's long arithmetic
        x ^= chars.length;
        return new BigInteger(Long.toUnsignedString(x));
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is missing from this Java", e);
        }
    }

    /** random.py's randrange: [start, stop) by step, the draw by rejection sampling. */
    private static Object randrange(MersenneTwister mt, Object start, Object stop, Object step, java.util.function.Consumer<String> warn) {
        BigInteger istart = index(start, "arg 1", warn);
        if (stop == null) {
            if (step != null) throw PyError.type("Missing a non-None stop argument");
            if (istart.signum() > 0) return PyNumbers.normalize(mt.below(istart));
            throw PyError.value("empty range for randrange()");
        }
        BigInteger istop = index(stop, "stop", warn), width = istop.subtract(istart);
        BigInteger istep = step == null ? BigInteger.ONE : index(step, "step", warn);
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) return PyNumbers.normalize(istart.add(mt.below(width)));
            throw PyError.value("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        if (istep.signum() == 0) throw PyError.value("zero step for randrange()");
        BigInteger n = floorDiv(width.add(istep).add(BigInteger.valueOf(istep.signum() > 0 ? -1 : 1)), istep);
        if (n.signum() <= 0) throw PyError.value("empty range for randrange()");
        return PyNumbers.normalize(istart.add(istep.multiply(mt.below(n))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** An int argument; a float equal to an int is taken, any other is the ValueError it raises, each with random.py's DeprecationWarning. */
    private static BigInteger index(Object v, String what, java.util.function.Consumer<String> warn) {
        Object p = Values.plain(v);
        if (PyNumbers.isInt(p)) return PyNumbers.big(p);
        if (p instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            warn.accept("non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version");
            return new java.math.BigDecimal(d).toBigInteger();
        }
        if (p instanceof Double) {
            warn.accept("randrange() will raise TypeError in the future");
            throw PyError.value("non-integer " + what + " for randrange()");
        }
        throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
    }

    private static long integer(Object v, String function) {
        Object p = Values.plain(v);
        if (!PyNumbers.isInt(p)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
        return PyNumbers.big(p).longValue();
    }

    private static double number(Object v) {
        return PyNumbers.toDouble(Values.plain(v));
    }

    /** seq[i] as the language indexes it (random.py indexes whatever it is given); a list's and a range's directly. */
    private static Object item(Interpreter in, Object seq, long i) {
        if (seq instanceof List<?> l) return l.get((int) i);
        if (seq instanceof RangeValue r) return r.get(i);
        return Subscripts.get(in, seq, i);
    }

    /**
     * random.py's sample of any Sequence (a list, tuple, str, range, deque, a Sequence subclass): a
     * partial shuffle of a pool for small populations, else rejection of repeats; with counts, a
     * sample of range(total) mapped to the population by the counts' running sums.
     */
    private static PyList sample(Interpreter in, MersenneTwister mt, Object population, long k, Object counts) {
        if (!CollectionsAbc.isInstance(population, CollectionsAbc.SEQUENCE))
            throw PyError.type("Population must be a sequence.  For dicts or sets, use sorted(d).");
        long n = in.len(population);
        if (counts != null) {
            List<Object> cumulative = new ArrayList<>();
            Object running = 0L;
            for (Object c : Values.items(counts)) cumulative.add(running = cumulative.isEmpty() ? c : PyNumbers.add(running, c));
            if (cumulative.size() != n) throw PyError.value("The number of counts does not match the population");
            Object total = cumulative.remove(cumulative.size() - 1);
            if (!(total instanceof Long || total instanceof BigInteger)) throw PyError.type("Counts must be integers");
            if (Values.truthy(Operators.compare(TokenType.LESS_EQUAL, total, 0L))) throw PyError.value("Total of counts must be greater than zero");
            List<Double> bounds = new ArrayList<>(); // exact: a population of 2**53 counted items is out of reach
            for (Object c : cumulative) bounds.add(PyNumbers.toDouble(c));
            List<Object> out = new ArrayList<>();
            for (Object s : sample(in, mt, new RangeValue(0, Values.toLong(total, "counts"), 1), k, null))
                out.add(item(in, population, bisectRight(bounds, PyNumbers.toDouble(s), bounds.size())));
            return new PyList(out);
        }
        if (k < 0 || k > n) throw PyError.value("Sample larger than population or is negative");
        List<Object> result = new ArrayList<>((int) k);
        long setsize = 21;
        if (k > 5) setsize += (long) Math.pow(4, Math.ceil(dev.adjoint.ndarray.LibmLog.log(k * 3) / dev.adjoint.ndarray.LibmLog.log(4)));
        if (n <= setsize) {
            List<Object> pool = new ArrayList<>();
            for (Object x : Values.items(population)) pool.add(x); // random.py: list(population)
            for (int i = 0; i < k; i++) {
                int j = mt.below((int) (n - i));
                result.add(pool.get(j));
                pool.set(j, pool.get((int) (n - i - 1)));
            }
        } else {
            java.util.Set<Long> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = mt.below(BigInteger.valueOf(n)).longValue();
                while (selected.contains(j)) j = mt.below(BigInteger.valueOf(n)).longValue();
                selected.add(j);
                result.add(item(in, population, j));
            }
        }
        return new PyList(result);
    }

    /** random.py's choices: with replacement, by weights (their running sums, bisected) or evenly. */
    private static PyList choices(Interpreter in, MersenneTwister mt, Object population, Object weights, Object cumWeights, Object kArg) {
        long n = in.len(population), k = integer(kArg, "choices");
        List<Object> out = new ArrayList<>();
        if (cumWeights == null && weights == null) {
            for (long i = 0; i < k; i++) out.add(item(in, population, (long) Math.floor(mt.random() * n)));
            return new PyList(out);
        }
        if (cumWeights != null && weights != null) throw PyError.type("Cannot specify both weights and cumulative weights");
        List<Double> cum = new ArrayList<>();
        double running = 0;
        for (Object w : Values.items(cumWeights != null ? cumWeights : weights)) {
            running = cumWeights != null ? number(w) : running + number(w);
            cum.add(running);
        }
        if (cum.size() != n) throw PyError.value("The number of weights does not match the population");
        double total = cum.get(cum.size() - 1);
        if (total <= 0) throw PyError.value("Total of weights must be greater than zero");
        if (Double.isInfinite(total) || Double.isNaN(total)) throw PyError.value("Total of weights must be finite");
        for (long i = 0; i < k; i++) out.add(item(in, population, bisectRight(cum, mt.random() * total, (int) n - 1)));
        return new PyList(out);
    }

    /** bisect.bisect(a, x, 0, hi): the first index whose value is greater than x. */
    private static int bisectRight(List<Double> a, double x, int hi) {
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x < a.get(mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** random.py's gauss: Box-Muller, the second value kept for the next call. */
    private static double gauss(MersenneTwister mt, double mu, double sigma) {
        Double z = mt.gaussNext();
        mt.setGaussNext(null);
        if (z == null) {
            double x2pi = mt.random() * (2 * Math.PI), g2rad = Math.sqrt(-2.0 * LibmLog.log(1.0 - mt.random()));
            z = LibmSin.cos(x2pi) * g2rad; // the C library's cos, sin and log, as CPython's
            mt.setGaussNext(LibmSin.sin(x2pi) * g2rad);
        }
        return mu + z * sigma;
    }
}
