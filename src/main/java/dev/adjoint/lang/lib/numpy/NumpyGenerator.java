package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.LibmLog1p;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.random.NumpyZiggurat;
import dev.adjoint.random.Pcg64;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * {@code rng = np.random.default_rng(seed)}: NumPy's Generator over PCG64 ({@link Pcg64}), whose
 * random, integers, uniform, choice, permutation, shuffle, permuted, bytes and the distributions
 * of {@link GeneratorDistributions} give NumPy 1.24's numbers for the same seed; its normal and
 * exponential draws (and what builds on them) are NumPy's ziggurat over NumPy's recorded tables
 * ({@link NumpyZiggurat}).
 */
final class NumpyGenerator implements HostObject, PyReprable {
    static final PyClass GENERATOR = PyClass.builtin("Generator", "numpy.random._generator", BuiltinTypes.OBJECT,
            Builtin.of("Generator", a -> {
                Object given = a.expect(1, 1, "bit_generator").option(0, "bit_generator", null);
                if (!(given instanceof NpPcg64 pcg)) throw PyError.attribute("'" + Values.typeName(given) + "' object has no attribute 'capsule'");
                return new NumpyGenerator(pcg);
            }));

    private final NpPcg64 bitGenerator;
    private final Pcg64 bits;
    private final Map<String, Builtin.Fn> methods = new LinkedHashMap<>();

    private NumpyGenerator(NpPcg64 bitGenerator) {
        this.bitGenerator = bitGenerator;
        this.bits = bitGenerator.bits;
        methods.put("random", this::random);
        methods.put("integers", this::integers);
        methods.put("uniform", this::uniform);
        methods.put("standard_normal", this::standardNormal);
        methods.put("standard_exponential", this::standardExponential);
        methods.put("choice", this::choice);
        methods.put("permutation", this::permutation);
        methods.put("shuffle", this::shuffle);
        methods.put("permuted", this::permuted);
        methods.put("bytes", this::bytes);
        GeneratorDistributions.add(methods, a -> bits);
    }

    /** np.random.default_rng(seed): an int, None (fresh entropy, as NumPy's), a SeedSequence, a PCG64 (drawn from, not copied) or a Generator (itself). */
    static Object defaultRng(Args a) {
        Object s = a.expect(0, 1, "seed").option(0, "seed", null);
        if (s instanceof NumpyGenerator g) return g;
        if (s instanceof NpPcg64 pcg) return new NumpyGenerator(pcg);
        return new NumpyGenerator(NpPcg64.of(s));
    }

    // ---- draws ----

    private Object random(Args a) {
        a.expect(0, 2, "size", "dtype");
        NpType t = Numpy.dtype(a, 1, NpType.FLOAT64);
        if (t == NpType.FLOAT32) return sized(a, a.option(0, "size", null), () -> (bits.next32() >>> 8) * (1.0f / 16777216.0f), t, false);
        if (t != NpType.FLOAT64) throw PyError.type("Unsupported dtype \"" + t.name + "\" for random");
        return sized(a, a.option(0, "size", null), bits::nextDouble, t, false);
    }

    /** standard_normal(size=None, dtype=np.float64, out=None): the ziggurat ({@link NumpyZiggurat}). */
    private Object standardNormal(Args a) {
        a.expect(0, 2, "size", "dtype");
        return sized(a, a.option(0, "size", null), () -> NumpyZiggurat.standardNormal(bits), float64Only(a, 1, "standard_normal"), false);
    }

    /** standard_exponential(size=None, dtype=np.float64, method='zig'): the ziggurat, or -log1p(-U) for any other method, as NumPy. */
    private Object standardExponential(Args a) {
        a.expect(0, 3, "size", "dtype", "method");
        NpType t = float64Only(a, 1, "standard_exponential");
        boolean ziggurat = "zig".equals(Values.plain(a.option(2, "method", "zig")));
        return sized(a, a.option(0, "size", null), ziggurat ? () -> NumpyZiggurat.standardExponential(bits) : () -> -LibmLog1p.log1p(-bits.nextDouble()), t, false);
    }

    /** float64, the only dtype adjoint draws these in (NumPy's float32 draws use tables of their own). */
    private static NpType float64Only(Args a, int index, String method) {
        NpType t = Numpy.dtype(a, index, NpType.FLOAT64);
        if (t == NpType.FLOAT32) throw PyError.notSupported("Generator." + method + " in float32 (NumPy draws it from its float32 tables; adjoint has the float64 ones)");
        if (t != NpType.FLOAT64) throw PyError.type("Unsupported dtype dtype('" + t.name + "') for " + method);
        return t;
    }

    private Object uniform(Args a) {
        a.expect(0, 3, "low", "high", "size");
        double lo = a.number(0, "low", 0), hi = a.number(1, "high", 1), range = hi - lo;
        if (!Double.isFinite(range)) throw PyError.overflow("Range exceeds valid bounds");
        return sized(a, a.option(2, "size", null), () -> lo + range * bits.nextDouble(), NpType.FLOAT64, false);
    }

    private Object integers(Args a) {
        a.expect(1, 5, "low", "high", "size", "dtype", "endpoint");
        Object highArg = a.option(1, "high", null);
        long low = highArg == null ? 0 : Values.toLong(a.option(0, "low", null), "low");
        long high = Values.toLong(highArg == null ? a.option(0, "low", null) : highArg, "high");
        NpType t = Numpy.dtype(a, 3, NpType.INT64);
        if (t.isFloating()) throw PyError.type("Unsupported dtype dtype('" + t.name + "') for integers");
        boolean endpoint = a.flag("endpoint", false);
        if (!endpoint) {
            if (high == Long.MIN_VALUE) throw PyError.value("high is out of bounds for " + t.name);
            high--; // the generator draws from the closed interval
        }
        if (low < t.least()) throw PyError.value("low is out of bounds for " + t.name);
        if (high > (t == NpType.BOOL ? 1 : t.greatest())) throw PyError.value("high is out of bounds for " + t.name);
        if (low > high) throw PyError.value(low == 0 ? "high " + (endpoint ? "<" : "<=") + " 0" : "low " + (endpoint ? ">" : ">=") + " high");
        long off = low, rng = high - low;
        if (rng < 0) throw PyError.value("adjoint's Generator.integers draws ranges of at most 2**63 values");
        GeneratorIntegers draws = new GeneratorIntegers(bits, t);
        return sized(a, a.option(2, "size", null), () -> off + draws.next(rng), t, true);
    }

    /** size=None: one number (a Python float, a NumPy int64 scalar as NumPy's integers gives); else an array of that shape filled in order. */
    private static Object sized(Args a, Object size, DoubleSupplier draw, NpType type, boolean numpyScalar) {
        if (size == null) {
            double v = draw.getAsDouble();
            return numpyScalar ? NpArray.scalar(v, type) : NpArray.python(v, type);
        }
        int[] s = Numpy.shape(a, size);
        dev.adjoint.ndarray.Limits.check(Shapes.size(s), Shapes.str(s));
        double[] v = new double[Shapes.size(s)];
        for (int i = 0; i < v.length; i++) v[i] = draw.getAsDouble();
        return NpArray.of(NDArray.of(v, s), type);
    }

    private Object choice(Args a) {
        a.expect(1, 4, "a", "size", "replace", "p", "shuffle");
        Object pool = a.option(0, "a", null);
        Object number = Values.number(pool);
        boolean ofInt = PyNumbers.isInt(number) && !(number instanceof Boolean);
        NpArray items = ofInt ? null : Operand.required(pool, "choice");
        if (items != null && items.ndim() == 0) throw PyError.value("a must be a sequence or an integer, not 0-d array");
        long popSize = ofInt ? Values.toLong(number, "a") : items.shape()[0];
        Object sizeArg = a.option(1, "size", null);
        int[] shape = sizeArg == null ? new int[0] : Numpy.shape(a, sizeArg);
        int size = Shapes.size(shape);
        if (ofInt && popSize <= 0 && size != 0) throw PyError.value("a must be greater than 0 unless no samples are taken");
        if (!ofInt && popSize == 0 && size != 0) throw PyError.value("'a' cannot be empty unless no samples are taken");
        double[] cdf = probabilities(a.option(3, "p", null), popSize);
        boolean replace = a.bool(2, "replace", true);
        long[] idx = new long[size];
        if (replace) {
            for (int i = 0; i < size; i++) idx[i] = cdf == null ? bits.bounded(popSize - 1) : ChoiceWeights.searchRight(cdf, bits.nextDouble());
        } else {
            if (size > popSize) throw PyError.value("Cannot take a larger sample than population when replace is False");
            if (cdf != null) {
                int[] found = ChoiceWeights.withoutReplacement(ChoiceWeights.checked(a.option(3, "p", null), popSize), size, bits::nextDouble);
                for (int i = 0; i < size; i++) idx[i] = found[i];
            } else {
                idx = withoutReplacement((int) popSize, size, a.flag("shuffle", true));
            }
        }
        double[] picked = new double[size];
        for (int i = 0; i < size; i++) picked[i] = idx[i];
        if (ofInt) return sizeArg == null ? (Object) idx[0] : NpArray.of(NDArray.of(picked, shape), NpType.INT64);
        NpArray indices = NpArray.of(NDArray.of(picked, shape), NpType.INT64);
        return Subscript.get(items, sizeArg == null ? (Object) idx[0] : indices);
    }

    /** p=: the normalised running sum NumPy searches (None: null), checked as NumPy checks it. */
    private static double[] probabilities(Object p, long popSize) {
        return p == null ? null : ChoiceWeights.cdf(ChoiceWeights.checked(p, popSize));
    }

    /** NumPy's sampling without replacement: a tail shuffle for a large share of a large population, else Floyd's algorithm (then shuffled). */
    private long[] withoutReplacement(int popSize, int size, boolean shuffle) {
        int cutoff = shuffle ? 50 : 20;
        if (popSize > 10000 && size > popSize / cutoff) {
            long[] all = new long[popSize];
            for (int i = 0; i < popSize; i++) all[i] = i;
            shuffleTail(all, popSize, Math.max(popSize - size, 1), true);
            return java.util.Arrays.copyOfRange(all, popSize - size, popSize);
        }
        long[] idx = new long[size];
        if (size == 0) return idx;
        long mask = (long) (1.2 * size);
        for (int s = 1; s <= 32; s <<= 1) mask |= mask >>> s;
        long[] set = new long[(int) mask + 1];
        java.util.Arrays.fill(set, -1);
        for (int j = popSize - size; j < popSize; j++) {
            long val = bits.bounded(j);
            int loc = (int) (val & mask);
            while (set[loc] != -1 && set[loc] != val) loc = (int) ((loc + 1) & mask);
            if (set[loc] == -1) {
                set[loc] = val;
                idx[j - popSize + size] = val;
            } else { // val was drawn before: j instead
                loc = (int) (j & mask);
                while (set[loc] != -1) loc = (int) ((loc + 1) & mask);
                set[loc] = j;
                idx[j - popSize + size] = j;
            }
        }
        if (shuffle) shuffleTail(idx, size, 1, true);
        return idx;
    }

    /**
     * Fisher–Yates from the end down to {@code first}: choice's (NumPy's _shuffle_int) draws with
     * Lemire's rejection, shuffle's and permutation's (_shuffle_raw) with masked rejection.
     */
    private void shuffleTail(long[] v, int n, int first, boolean lemire) {
        for (int i = n - 1; i >= first; i--) {
            int j = (int) (lemire ? bits.bounded(i) : bits.interval(i));
            long t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }

    private Object permutation(Args a) {
        a.expect(1, 1, "x");
        Object x = a.option(0, "x", null);
        Object number = Values.number(x);
        NpArray arr = PyNumbers.isInt(number) && !(number instanceof Boolean)
                ? NpArray.of(NDArray.arange(0, Values.toLong(number, "x"), 1), NpType.INT64)
                : Operand.required(x, "permutation");
        if (arr.ndim() == 0) throw new PyError("numpy.AxisError", "axis 0 is out of bounds for array of dimension 0");
        return NpArray.of(shuffledRows(arr.values()), arr.type);
    }

    private Object shuffle(Args a) {
        Object x = a.expect(1, 1, "x").get(0);
        if (x instanceof PyList l) {
            for (int i = l.size() - 1; i > 0; i--) {
                int j = (int) bits.interval(i);
                Object t = l.get(i);
                l.set(i, l.get(j));
                l.set(j, t);
            }
            return null;
        }
        if (!(x instanceof NpArray arr) || arr.isScalar()) throw PyError.type("shuffle takes a list or an array, not " + Values.typeName(x));
        if (arr.ndim() == 0) throw new PyError("numpy.AxisError", "axis 0 is out of bounds for array of dimension 0");
        arr.write(shuffledRows(arr.values()));
        return null;
    }

    /** The rows (first axis) of v in NumPy's shuffled order: Fisher–Yates from the end with masked rejection. */
    private NDArray shuffledRows(NDArray v) {
        int n = v.shape()[0];
        long[] order = new long[n];
        for (int i = 0; i < n; i++) order[i] = i;
        shuffleTail(order, n, 1, false);
        double[] src = v.compact().toArray(), out = new double[src.length];
        int row = n == 0 ? 0 : src.length / n;
        for (int i = 0; i < n; i++) System.arraycopy(src, (int) order[i] * row, out, i * row, row);
        return NDArray.of(out, v.shape());
    }

    /**
     * permuted(x, axis=None, out=None): a shuffled copy (or out, shuffled in place); with an axis,
     * each 1-d slice along it is shuffled on its own, the slices in C order, as NumPy's.
     */
    private Object permuted(Args a) {
        a.expect(1, 1, "x", "axis", "out");
        Object given = a.option(0, "x", null);
        Object outArg = a.option(-1, "out", null);
        NpArray x = Operand.required(given, "permuted");
        NpArray out;
        if (outArg == null) out = NpArray.of(x.values().compact(), x.type);
        else if (outArg instanceof NpArray o && !o.isScalar()) {
            if (!java.util.Arrays.equals(o.shape(), x.shape())) throw PyError.value("out must have the same shape as x");
            o.checkWritable("output array");
            o.write(x.values().map(o.type::cast));
            out = o;
        } else throw PyError.type("out must be a numpy array");
        if (x.ndim() == 0) throw PyError.type("len() of unsized object");
        Object axisArg = a.option(-1, "axis", null);
        double[] v = out.values().compact().toArray();
        int[] shape = out.shape();
        if (axisArg == null) {
            long[] order = identity(v.length);
            shuffleTail(order, v.length, 1, false);
            out.write(NDArray.of(gather(v, order, 0, 1), shape));
            return out;
        }
        int axis = a.intValue(axisArg, "axis");
        if (axis < -shape.length || axis >= shape.length) throw ArrayFunctions.axisError(axis, shape.length);
        if (axis < 0) axis += shape.length;
        int len = shape[axis], inner = 1;
        for (int k = axis + 1; k < shape.length; k++) inner *= shape[k];
        int outer = len == 0 ? 0 : v.length / (len * inner);
        double[] result = v.clone();
        for (int o = 0; o < outer; o++)
            for (int i = 0; i < inner; i++) { // one slice along the axis: start o*len*inner + i, stride inner
                long[] order = identity(len);
                shuffleTail(order, len, 0, false);
                int start = o * len * inner + i;
                double[] slice = gather(v, order, start, inner);
                for (int k = 0; k < len; k++) result[start + k * inner] = slice[k];
            }
        out.write(NDArray.of(result, shape));
        return out;
    }

    private static long[] identity(int n) {
        long[] order = new long[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }

    /** The values at start + order[k] * stride, for each k. */
    private static double[] gather(double[] v, long[] order, int start, int stride) {
        double[] out = new double[order.length];
        for (int k = 0; k < order.length; k++) out[k] = v[start + (int) order[k] * stride];
        return out;
    }

    private Object bytes(Args a) {
        return randomBytes(a, () -> bits.bounded(0xffffffffL));
    }

    /**
     * bytes(length), the Generator's and the legacy generator's: the bytes of ceil(length / 4)
     * 32-bit draws, little-endian, cut to length (with C's division, as NumPy's for a negative length).
     */
    static Object randomBytes(Args a, java.util.function.LongSupplier word) {
        long length = Values.toLong(a.expect(1, 1, "length").option(0, "length", null), "length");
        long words = (length - 1) / 4 + 1;
        byte[] all = new byte[(int) Math.max(0, words) * 4];
        for (int w = 0; w < words; w++) {
            long value = word.getAsLong();
            for (int k = 0; k < 4; k++) all[4 * w + k] = (byte) (value >>> (8 * k));
        }
        int end = length >= 0 ? (int) Math.min(length, all.length) : Math.max(0, all.length + (int) length);
        return dev.adjoint.lang.PyBytes.of(java.util.Arrays.copyOf(all, end));
    }

    // ---- the object ----

    @Override
    public String typeName() {
        return "numpy.random._generator.Generator";
    }

    @Override
    public PyClass pyClass() {
        return GENERATOR;
    }

    @Override
    public Object attribute(String name) {
        Builtin.Fn f = methods.get(name);
        if (f != null) return Builtin.of(name, f);
        if (name.equals("bit_generator")) return bitGenerator;
        if (GeneratorDistributions.MISSING.contains(name))
            return Builtin.of(name, a -> {
                throw GeneratorDistributions.missing(name);
            });
        return null;
    }

    @Override
    public Collection<String> attributeNames() {
        List<String> names = new ArrayList<>(methods.keySet());
        names.add("bit_generator");
        names.addAll(GeneratorDistributions.MISSING);
        return names;
    }

    @Override
    public String pyRepr() {
        return "Generator(PCG64) at 0x" + Integer.toHexString(System.identityHashCode(this)).toUpperCase();
    }
}
