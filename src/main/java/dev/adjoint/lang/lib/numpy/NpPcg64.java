package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.random.Pcg64;
import java.math.BigInteger;

/**
 * {@code np.random.PCG64(seed)} and {@code rng.bit_generator}: NumPy's PCG64 bit generator as an
 * object; {@code np.random.Generator(pcg)} draws from it. Its {@code state} is NumPy's dict (the
 * 128-bit LCG state and increment, the buffered half word), and setting it back replays the
 * stream, as in NumPy.
 */
final class NpPcg64 implements TabledHostObject, PyReprable {
    static final PyClass CLASS = PyClass.builtin("PCG64", "numpy.random._pcg64", BuiltinTypes.OBJECT,
            Builtin.of("PCG64", a -> of(a.expect(0, 1, "seed").option(0, "seed", null))));

    final Pcg64 bits;

    NpPcg64(Pcg64 bits) {
        this.bits = bits;
    }

    /** PCG64(seed): an int, None (fresh entropy) or a SeedSequence. */
    static NpPcg64 of(Object seed) {
        if (seed instanceof NpSeedSequence s) return new NpPcg64(s.pcg64());
        return new NpPcg64(NpSeedSequence.of(seed).pcg64());
    }

    private PyDict state() {
        BigInteger[] si = bits.stateAndIncrement();
        PyDict inner = new PyDict();
        inner.put("state", PyNumbers.normalize(si[0]));
        inner.put("inc", PyNumbers.normalize(si[1]));
        PyDict d = new PyDict();
        d.put("bit_generator", "PCG64");
        d.put("state", inner);
        d.put("has_uint32", bits.hasBufferedHalf() ? 1L : 0L);
        d.put("uinteger", bits.bufferedHalf());
        return d;
    }

    /** NumPy's setter: a dict for a PCG64, each number taken modulo its width. */
    private void setState(Object value) {
        if (!(value instanceof PyDict d)) throw PyError.type("state must be a dict");
        if (!"PCG64".equals(d.get("bit_generator"))) throw PyError.value("state must be for a PCG64 PRNG");
        if (!(d.get("state") instanceof PyDict inner)) throw PyError.type("state must be a dict");
        bits.setState(integer(inner.get("state")), integer(inner.get("inc")), integer(d.get("has_uint32")).signum() != 0,
                integer(d.get("uinteger")).longValue());
    }

    private static BigInteger integer(Object v) {
        Object n = Values.number(v);
        if (n instanceof BigInteger b) return b;
        if (n instanceof Long l) return BigInteger.valueOf(l);
        if (n instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        throw PyError.type("an integer is required (got type " + Values.typeName(v) + ")");
    }

    @Override
    public String typeName() {
        return "numpy.random._pcg64.PCG64";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    private static final AttributeTable<NpPcg64> ATTRIBUTES = new AttributeTable<NpPcg64>().value("state", NpPcg64::state);

    @Override
    public AttributeTable<?> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public boolean setAttribute(String name, Object value) {
        if (!name.equals("state")) return false;
        setState(value);
        return true;
    }

    @Override
    public String pyRepr() {
        return "<numpy.random._pcg64.PCG64 object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
