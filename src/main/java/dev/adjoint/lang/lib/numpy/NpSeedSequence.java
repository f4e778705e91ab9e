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

/**
 * {@code np.random.SeedSequence(entropy)}: the seed NumPy's bit generators start from (a
 * non-negative integer, or fresh entropy for None); {@code generate_state(n)} gives NumPy's words,
 * and a Generator or PCG64 made from it draws what one made from the same integer draws.
 */
final class NpSeedSequence implements TabledHostObject, PyReprable {
    static final PyClass CLASS = PyClass.builtin("SeedSequence", "numpy.random.bit_generator", BuiltinTypes.OBJECT,
            Builtin.of("SeedSequence", a -> new NpSeedSequence(entropy(a.expect(0, 1, "entropy").option(0, "entropy", null)))));

    final BigInteger entropy;

    NpSeedSequence(BigInteger entropy) {
        this.entropy = entropy;
    }

    /** An entropy argument: a non-negative int, or None for 128 bits from the system's source, as NumPy's. */
    static BigInteger entropy(Object given) {
        Object s = Values.number(given);
        if (s == null) return new BigInteger(128, new java.security.SecureRandom());
        if (s instanceof Boolean || !PyNumbers.isInt(s)) throw PyError.type("SeedSequence expects int or sequence of ints for entropy not " + Repr.repr(s));
        BigInteger seed = s instanceof BigInteger b ? b : BigInteger.valueOf((Long) s);
        if (seed.signum() < 0) throw PyError.value("expected non-negative integer");
        return seed;
    }

    Pcg64 pcg64() {
        return new Pcg64(Pcg64.entropyWords(entropy));
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
        int[] words = Pcg64.generateState(Pcg64.entropyWords(entropy), n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = words[i] & 0xffffffffL;
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
            .value("entropy", s -> PyNumbers.normalize(s.entropy))
            .method("generate_state", NpSeedSequence::generateState);

    @Override
    public AttributeTable<?> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "SeedSequence(\n    entropy=" + entropy + ",\n)";
    }
}
