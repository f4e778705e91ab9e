package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.data.Permutation;
import dev.adjoint.random.NumpyRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * {@code np.random}: NumPy's legacy global generator (RandomState, MT19937), reproduced bit for bit
 * by {@link NumpyRandom}: seed, rand, randn, random, uniform, normal, randint, shuffle,
 * permutation, choice give NumPy's numbers for the same seed. It is the session's one generator,
 * which torch.manual_seed and needle's initialisers also draw from (in PyTorch they are two).
 */
final class NumpyRandomModule {
    private NumpyRandomModule() {}

    static PyModule module() {
        PyModule m = new PyModule("numpy.random");
        addDraws(m, a -> a.interpreter().random());
        m.add(Builtin.of("default_rng", NumpyGenerator::defaultRng));
        m.add("Generator", NumpyGenerator.GENERATOR);
        m.add("PCG64", NpPcg64.CLASS);
        m.add("SeedSequence", NpSeedSequence.CLASS);
        m.add("RandomState", RandomState.CLASS);
        PyModule mtrand = new PyModule("numpy.random.mtrand"); // where NumPy defines them: np.random.mtrand.RandomState
        addDraws(mtrand, a -> a.interpreter().random());
        mtrand.add("RandomState", RandomState.CLASS);
        m.add("mtrand", mtrand);
        return m;
    }

    /** The legacy generator's functions, drawing from {@code source}'s generator: np.random's (the session's) or a RandomState's own. */
    static void addDraws(PyModule m, Function<Args, NumpyRandom> source) {
        m.add(Builtin.of("seed", a -> {
            source.apply(a).seed(legacySeed(a.expect(0, 1, "seed").option(0, "seed", null)));
            return null;
        }));
        m.add(Builtin.of("get_state", a -> {
            a.expect(0, 1, "legacy");
            NumpyRandom r = source.apply(a);
            long[] words = r.keyAndPosition();
            NpArray key = NpArray.of(NDArray.of(java.util.Arrays.stream(words, 0, 624).asDoubleStream().toArray(), 624), NpType.UINT32);
            long pos = words[624];
            if (a.flag("legacy", true)) return Values.tuple("MT19937", key, pos, r.hasCachedGauss() ? 1L : 0L, r.cachedGauss());
            dev.adjoint.lang.PyDict state = new dev.adjoint.lang.PyDict(), out = new dev.adjoint.lang.PyDict();
            state.put("key", key);
            state.put("pos", pos);
            out.put("bit_generator", "MT19937");
            out.put("state", state);
            out.put("has_gauss", r.hasCachedGauss() ? 1L : 0L);
            out.put("gauss", r.cachedGauss());
            return out;
        }));
        m.add(Builtin.of("set_state", a -> {
            Object state = Values.plain(a.expect(1, 1, "state").get(0));
            if (!(state instanceof java.util.List<?> parts) || parts.size() < 3)
                throw PyError.value("adjoint's np.random.set_state takes the tuple get_state() gives: ('MT19937', key, pos[, has_gauss, cached_gaussian])");
            if (!"MT19937".equals(Values.plain(parts.get(0)))) throw PyError.value("set_state can only be used with legacy MT19937state instances.");
            double[] key = Operand.required(parts.get(1), "set_state").values().toArray();
            if (key.length != 624) throw PyError.value("state must be 624 elements");
            long[] words = new long[625];
            for (int i = 0; i < 624; i++) words[i] = ((long) key[i]) & 0xffffffffL;
            words[624] = Values.toLong(Values.plain(parts.get(2)), "pos");
            if (words[624] < 0 || words[624] > 624) throw PyError.value("pos must be between 0 and 624, got " + words[624]);
            boolean hasGauss = parts.size() > 3 && Values.toLong(Values.plain(parts.get(3)), "has_gauss") != 0;
            double gauss = parts.size() > 4 ? Values.toDouble(Values.plain(parts.get(4))) : 0;
            source.apply(a).setState(words, hasGauss, gauss);
            return null;
        }));
        m.add(Builtin.of("rand", a -> sample(a, source.apply(a).rand(dims(a)))));
        m.add(Builtin.of("randn", a -> sample(a, source.apply(a).randn(dims(a)))));
        for (String name : new String[] {"random", "random_sample", "sample", "ranf"})
            m.add(Builtin.of(name, a -> {
                a.expect(0, 1, "size");
                NumpyRandom r = source.apply(a);
                return sized(a, a.option(0, "size", null), r::nextDouble);
            }));
        m.add(Builtin.of("bytes", a -> { // randint(0, 2**32, n, dtype=np.uint32)'s words: MT19937's 32 bits each
            NumpyRandom r = source.apply(a);
            return NumpyGenerator.randomBytes(a, () -> r.nextInt() & 0xffffffffL);
        }));
        m.add(Builtin.of("randint", a -> {
            a.expect(0, 3, "low", "high", "size", "dtype"); // low may come by keyword, as needle's RandomCrop passes it
            if (a.option(0, "low", null) == null) throw a.error("missing 1 required positional argument: 'low'");
            Object dtype = a.option(3, "dtype", null);
            NpType t = dtype == null ? NpType.INT64 : NpDtype.parse(dtype);
            if (t.isFloating()) throw PyError.type("Unsupported dtype dtype('" + t.name + "') for randint");
            Object highArg = a.option(1, "high", null);
            long low = highArg == null ? 0 : Values.toLong(Values.plain(a.option(0, "low", null)), "low");
            long high = highArg == null ? Values.toLong(Values.plain(a.option(0, "low", null)), "high") : Values.toLong(Values.plain(highArg), "high");
            if (low < t.least()) throw PyError.value("low is out of bounds for " + t.name);
            if (high - 1 > t.greatest()) throw PyError.value("high is out of bounds for " + t.name);
            if (low >= high) throw PyError.value("low >= high");
            long range = high - low - 1;
            if (range > Integer.MAX_VALUE) throw PyError.value("adjoint's np.random draws ranges of at most 2**31 values");
            BoundedIntegers draws = new BoundedIntegers(source.apply(a), t);
            Object size = a.option(2, "size", null);
            if (size == null && dtype != null) return NpArray.scalar(low + draws.next(range), t); // with a dtype, one NumPy scalar
            return sized(a, size, () -> low + draws.next(range), t);
        }));
        m.add(Builtin.of("shuffle", a -> {
            Object x = a.expect(1, 1).get(0);
            NumpyRandom r = source.apply(a);
            if (x instanceof PyList l) {
                for (int i = l.size() - 1; i > 0; i--) {
                    int j = (int) bounded(r, i);
                    Object t = l.get(i);
                    l.set(i, l.get(j));
                    l.set(j, t);
                }
                return null;
            }
            if (!(x instanceof NpArray arr)) throw PyError.type("shuffle takes a list or an array, not " + Values.typeName(x));
            arr.write(shuffled(arr, r).values());
            return null;
        }));
        m.add(Builtin.of("permutation", a -> {
            Object x = a.expect(1, 1).get(0);
            NumpyRandom r = source.apply(a);
            NpArray arr = dev.adjoint.lang.PyNumbers.isInt(Values.plain(x))
                    ? NpArray.of(NDArray.arange(0, Values.toLong(Values.plain(x), "n"), 1), NpType.INT64)
                    : Operand.required(x, "permutation");
            return shuffled(arr, r);
        }));
        m.add(Builtin.of("choice", a -> {
            a.expect(1, 4, "size", "replace", "p");
            Object pool = a.get(0);
            NpArray items = dev.adjoint.lang.PyNumbers.isInt(Values.plain(pool))
                    ? NpArray.of(NDArray.arange(0, Values.toLong(Values.plain(pool), "a"), 1), NpType.INT64)
                    : Operand.required(pool, "choice");
            if (items.ndim() != 1) throw PyError.value("a must be 1-dimensional");
            int n = items.size();
            if (n == 0 && !emptySample(a, a.option(1, "size", null)))
                throw PyError.value(dev.adjoint.lang.PyNumbers.isInt(Values.plain(pool)) ? "a must be greater than 0 unless no samples are taken"
                        : "'a' cannot be empty unless no samples are taken");
            double[] v = items.values().toArray();
            NumpyRandom r = source.apply(a);
            Object size = a.option(1, "size", null);
            Object p = a.option(3, "p", null);
            if (p != null) return weighted(a, items, size, a.option(2, "replace", true), r, dev.adjoint.lang.PyNumbers.isInt(Values.plain(pool)), p);
            if (!a.flag("replace", true)) return withoutReplacement(a, items, size, r, dev.adjoint.lang.PyNumbers.isInt(Values.plain(pool)));
            if (size == null && !dev.adjoint.lang.PyNumbers.isInt(Values.plain(pool))) return NpArray.scalar(v[(int) bounded(r, n - 1)], items.type); // an item of the array
            return sized(a, size, () -> v[(int) bounded(r, n - 1)], items.type);
        }));
        LegacyDistributions.add(m, source);
        LegacyMultivariate.add(m, source);
    }

    /**
     * choice(a, size, replace, p) as NumPy's legacy generator draws it: one uniform per sample,
     * placed in the cumulative sum of p (normalised by its last entry) by a search from the right;
     * without replacement, rounds of draws over p with the places already taken zeroed, keeping the
     * new distinct ones in the order drawn. p is checked as NumPy checks it (its Kahan sum within
     * sqrt(eps) of 1).
     */
    private static Object weighted(Args a, NpArray items, Object size, Object replace, NumpyRandom r, boolean ofInt, Object pGiven) {
        int n = items.size();
        double[] p = ChoiceWeights.checked(pGiven, n);
        int[] shape = size == null ? new int[0] : Numpy.shape(a, size);
        int count = dev.adjoint.ndarray.Shapes.size(shape);
        double[] picked = new double[count];
        if (Values.truthy(replace)) {
            double[] cdf = ChoiceWeights.cdf(p);
            for (int i = 0; i < count; i++) picked[i] = ChoiceWeights.searchRight(cdf, r.nextDouble());
        } else {
            if (count > n) throw PyError.value("Cannot take a larger sample than population when 'replace=False'");
            int[] found = ChoiceWeights.withoutReplacement(p, count, r::nextDouble);
            for (int i = 0; i < count; i++) picked[i] = found[i];
        }
        double[] v = items.values().toArray(), out = new double[count];
        for (int i = 0; i < count; i++) out[i] = v[(int) picked[i]];
        if (size == null) return ofInt ? (Object) (long) out[0] : NpArray.scalar(out[0], items.type);
        return NpArray.of(NDArray.of(out, shape), items.type);
    }

    /** Whether choice's size asks for no samples at all (size=0, (0, 3)): then an empty pool is allowed. */
    private static boolean emptySample(Args a, Object size) {
        return size != null && dev.adjoint.ndarray.Shapes.size(Numpy.shape(a, size)) == 0;
    }

    /** A seed for np.random.seed and RandomState: an int from 0 to 2**32 - 1, or None (the clock's). */
    static long legacySeed(Object given) {
        Object s = Values.plain(given);
        if (s == null) return System.nanoTime() & 0xffffffffL;
        if (s instanceof Double) throw PyError.type("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
        if (s instanceof String text) throw PyError.type("Cannot cast scalar from dtype('<U" + Math.max(1, text.codePointCount(0, text.length())) + "') to dtype('int64') according to the rule 'safe'");
        long seed = Values.toLong(s, "seed");
        if (seed < 0 || seed > 0xffffffffL) throw PyError.value("Seed must be between 0 and 2**32 - 1");
        return seed;
    }

    /** choice(a, size, replace=False): the first items of a permutation, as NumPy's legacy generator draws them. */
    private static Object withoutReplacement(Args a, NpArray items, Object size, NumpyRandom r, boolean ofInt) {
        int n = items.size();
        int[] shape = size == null ? new int[0] : Numpy.shape(a, size);
        int count = dev.adjoint.ndarray.Shapes.size(shape);
        if (count > n) throw PyError.value("Cannot take a larger sample than population when 'replace=False'");
        double[] order = shuffled(NpArray.of(NDArray.arange(0, n, 1), NpType.INT64), r).values().toArray();
        double[] v = items.values().toArray(), picked = new double[Math.max(count, 1)];
        for (int i = 0; i < picked.length; i++) picked[i] = v[(int) order[i]];
        if (size == null) return ofInt ? (Object) (long) picked[0] : NpArray.scalar(picked[0], items.type); // choice(5) is an int, choice(arr) an item
        return NpArray.of(NDArray.of(java.util.Arrays.copyOf(picked, count), shape), items.type);
    }

    /** NumPy's random_interval (masked rejection of 32-bit draws): a uniform integer in [0, max]. */
    private static long bounded(NumpyRandom r, long max) {
        if (max > Integer.MAX_VALUE) throw PyError.value("adjoint's np.random draws ranges of at most 2**31 values");
        return Permutation.interval(r, (int) max);
    }

    /** A copy with the first axis shuffled as NumPy's legacy shuffle does (Fisher–Yates from the end). */
    private static NpArray shuffled(NpArray arr, NumpyRandom r) {
        if (arr.ndim() == 0) throw PyError.value("x must be an integer or at least 1-dimensional");
        int n = arr.shape()[0], row = arr.size() / Math.max(n, 1);
        double[] v = arr.values().toArray();
        double[] tmp = new double[row];
        for (int i = n - 1; i > 0; i--) {
            int j = (int) bounded(r, i);
            System.arraycopy(v, i * row, tmp, 0, row);
            System.arraycopy(v, j * row, v, i * row, row);
            System.arraycopy(tmp, 0, v, j * row, row);
        }
        return NpArray.of(NDArray.of(v, arr.shape()), arr.type);
    }

    private static int[] dims(Args a) {
        int[] s = new int[a.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = a.integer(i);
            if (s[i] < 0) throw PyError.value("negative dimensions are not allowed");
        }
        return s;
    }

    /** rand()/randn() with no dimensions give a float, as NumPy's. */
    private static Object sample(Args a, NDArray v) {
        return v.ndim() == 0 ? v.item() : NpArray.of(v, NpType.FLOAT64);
    }

    private static Object sized(Args a, Object size, DoubleSupplier draw) {
        return sized(a, size, draw, NpType.FLOAT64);
    }

    /** size=None: one Python number (as the legacy generator gives); else an array of that shape filled in order. */
    static Object sized(Args a, Object size, DoubleSupplier draw, NpType type) {
        if (size == null) return NpArray.python(draw.getAsDouble(), type);
        int[] s = Numpy.shape(a, size);
        double[] v = new double[dev.adjoint.ndarray.Shapes.size(s)];
        for (int i = 0; i < v.length; i++) v[i] = draw.getAsDouble();
        return NpArray.of(NDArray.of(v, s), type);
    }
}
