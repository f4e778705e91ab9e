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
        m.add(Builtin.of("seed", a -> {
            a.expect(0, 1, "seed");
            Object s = a.option(0, "seed", null);
            long seed = s == null ? System.nanoTime() & 0xffffffffL : Values.toLong(Values.plain(s), "seed");
            if (seed < 0 || seed > 0xffffffffL) throw PyError.value("Seed must be between 0 and 2**32 - 1");
            rng(a).seed(seed);
            return null;
        }));
        m.add(Builtin.of("default_rng", NumpyGenerator::defaultRng));
        m.add("Generator", NumpyGenerator.GENERATOR);
        m.add(Builtin.of("rand", a -> sample(a, rng(a).rand(dims(a)))));
        m.add(Builtin.of("randn", a -> sample(a, rng(a).randn(dims(a)))));
        for (String name : new String[] {"random", "random_sample", "sample", "ranf"})
            m.add(Builtin.of(name, a -> {
                a.expect(0, 1, "size");
                NumpyRandom r = rng(a);
                return sized(a, a.option(0, "size", null), r::nextDouble);
            }));
        m.add(Builtin.of("standard_normal", a -> {
            a.expect(0, 1, "size");
            NumpyRandom r = rng(a);
            return sized(a, a.option(0, "size", null), r::nextGaussian);
        }));
        m.add(Builtin.of("uniform", a -> {
            a.expect(0, 3, "low", "high", "size");
            double lo = a.number(0, "low", 0), hi = a.number(1, "high", 1);
            NumpyRandom r = rng(a);
            return sized(a, a.option(2, "size", null), () -> lo + (hi - lo) * r.nextDouble());
        }));
        m.add(Builtin.of("normal", a -> {
            a.expect(0, 3, "loc", "scale", "size");
            double loc = a.number(0, "loc", 0), scale = a.number(1, "scale", 1);
            if (scale < 0) throw PyError.value("scale < 0");
            NumpyRandom r = rng(a);
            return sized(a, a.option(2, "size", null), () -> loc + scale * r.nextGaussian());
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
            BoundedIntegers draws = new BoundedIntegers(rng(a), t);
            Object size = a.option(2, "size", null);
            if (size == null && dtype != null) return NpArray.scalar(low + draws.next(range), t); // with a dtype, one NumPy scalar
            return sized(a, size, () -> low + draws.next(range), t);
        }));
        m.add(Builtin.of("shuffle", a -> {
            Object x = a.expect(1, 1).get(0);
            NumpyRandom r = rng(a);
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
            NumpyRandom r = rng(a);
            NpArray arr = dev.adjoint.lang.PyNumbers.isInt(Values.plain(x))
                    ? NpArray.of(NDArray.arange(0, Values.toLong(Values.plain(x), "n"), 1), NpType.INT64)
                    : Operand.required(x, "permutation");
            return shuffled(arr, r);
        }));
        m.add(Builtin.of("choice", a -> {
            a.expect(1, 3, "size", "replace", "p");
            if (a.keyword("p") != null) throw PyError.value("adjoint's np.random.choice draws uniformly: p= is not supported");
            Object pool = a.get(0);
            NpArray items = dev.adjoint.lang.PyNumbers.isInt(Values.plain(pool))
                    ? NpArray.of(NDArray.arange(0, Values.toLong(Values.plain(pool), "a"), 1), NpType.INT64)
                    : Operand.required(pool, "choice");
            if (items.ndim() != 1) throw PyError.value("a must be 1-dimensional");
            int n = items.size();
            if (n == 0) throw PyError.value("'a' cannot be empty unless no samples are taken");
            double[] v = items.values().toArray();
            NumpyRandom r = rng(a);
            Object size = a.option(1, "size", null);
            if (!a.flag("replace", true)) return withoutReplacement(a, items, size, r, dev.adjoint.lang.PyNumbers.isInt(Values.plain(pool)));
            if (size == null && !dev.adjoint.lang.PyNumbers.isInt(Values.plain(pool))) return NpArray.scalar(v[(int) bounded(r, n - 1)], items.type); // an item of the array
            return sized(a, size, () -> v[(int) bounded(r, n - 1)], items.type);
        }));
        return m;
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
    private static Object sized(Args a, Object size, DoubleSupplier draw, NpType type) {
        if (size == null) return NpArray.python(draw.getAsDouble(), type);
        int[] s = Numpy.shape(a, size);
        double[] v = new double[dev.adjoint.ndarray.Shapes.size(s)];
        for (int i = 0; i < v.length; i++) v[i] = draw.getAsDouble();
        return NpArray.of(NDArray.of(v, s), type);
    }

    private static NumpyRandom rng(Args a) {
        return a.interpreter().random();
    }
}
