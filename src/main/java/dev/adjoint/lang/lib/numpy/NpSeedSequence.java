package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.Pcg64;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code np.random.SeedSequence(entropy)}: the seed NumPy's bit generators start from (a
 * non-negative integer, a sequence of them, or fresh entropy for None); {@code generate_state(n)}
 * gives NumPy's words, and a Generator or PCG64 made from it draws what one made from the same
 * seed draws ({@code default_rng([1, 2, 3])}).
 */
final class NpSeedSequence implements TabledHostObject, PyReprable {
    static final PyClass CLASS = PyClass.builtin("SeedSequence", "numpy.random.bit_generator", BuiltinTypes.OBJECT,
            Builtin.of("SeedSequence", a -> of(a.expect(0, 1, "entropy").option(0, "entropy", null))));

    /** What entropy was given (an int, a sequence of ints; None's fresh 128 bits as an int), as s.entropy gives it back. */
    private final Object entropy;
    /** The entropy as 32-bit words (NumPy's _coerce_to_uint32_array): each int's words, lowest first, one after another. */
    private final int[] words;

    private NpSeedSequence(Object entropy, int[] words) {
        this.entropy = entropy;
        this.words = words;
    }

    /** SeedSequence(entropy): a non-negative int, a list, tuple, range or array of them, or None for 128 bits from the system's source, as NumPy's. */
    static NpSeedSequence of(Object given) {
        Object s = Values.plain(given);
        if (s == null) {
            BigInteger fresh = new BigInteger(128, new java.security.SecureRandom());
            return new NpSeedSequence(PyNumbers.normalize(fresh), Pcg64.entropyWords(fresh));
        }
        Object n = Values.number(s);
        if (n != null && !(n instanceof Boolean) && PyNumbers.isInt(n)) return new NpSeedSequence(n, wordsOf(n));
        if (!(s instanceof List<?> || s instanceof dev.adjoint.lang.RangeValue || s instanceof NpArray a && !a.isScalar()))
            throw PyError.type("SeedSequence expects int or sequence of ints for entropy not " + Values.str(s));
        List<Integer> all = new ArrayList<>();
        for (java.util.Iterator<Object> it = Values.iterate(s); it.hasNext(); ) {
            Object item = Values.number(it.next());
            if (item == null || item instanceof Double || item instanceof NpArray x && x.type.isFloating()) throw PyError.type("seed must be integer");
            for (int w : wordsOf(item)) all.add(w);
        }
        return new NpSeedSequence(s, all.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int[] wordsOf(Object n) {
        BigInteger seed = n instanceof BigInteger b ? b : BigInteger.valueOf(Values.toLong(n, "entropy"));
        if (seed.signum() < 0) throw PyError.value("expected non-negative integer");
        return Pcg64.entropyWords(seed);
    }

    Pcg64 pcg64() {
        return new Pcg64(words);
    }

    /** generate_state(n_words, dtype=np.uint32): n words of 32 bits (uint64 words would not fit adjoint's arrays exactly: refused). */
    private Object generateState(Args a) {
        a.expect(1, 2, "n_words", "dtype");
        int n = a.integer(0, "n_words", 0);
        if (n < 0) throw PyError.value("negative dimensions are not allowed");
        NpType t = Numpy.dtype(a, 1, NpType.UINT32);
        if (t == NpType.UINT64)
            throw new PyError("NotImplementedError", "SeedSequence.generate_state(dtype=np.uint64): adjoint's arrays hold integers exactly up to 2**53 only;"
                    + " dtype=np.uint32 gives the same words, two for each 64-bit one (low half first)");
        if (t != NpType.UINT32) throw PyError.type("only support uint32 or uint64");
        int[] state = Pcg64.generateState(words, n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = state[i] & 0xffffffffL;
        return NpArray.of(NDArray.of(v, n), t);
    }

    @Override
    public String typeName() {
        return "numpy.random.bit_generator.SeedSequence";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    private static final AttributeTable<NpSeedSequence> ATTRIBUTES = new AttributeTable<NpSeedSequence>()
            .value("entropy", s -> s.entropy)
            .method("generate_state", NpSeedSequence::generateState);

    @Override
    public AttributeTable<?> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "SeedSequence(\n    entropy=" + Repr.repr(entropy) + ",\n)";
    }
}
