package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.TabledHostObject;

/**
 * np.finfo(np.float32) and np.iinfo(np.uint8): the limits of a type, for numerical code's
 * epsilons ({@code np.finfo(np.float32).eps}) and a pixel type's range ({@code np.iinfo(np.uint8).max}).
 * finfo's numbers are NumPy scalars of the type; iinfo's are Python ints, as NumPy's.
 */
record TypeInfo(NpType type) implements TabledHostObject, PyReprable {
    static void add(PyModule m) {
        m.add(Builtin.of("finfo", a -> {
            NpType t = type(a.expect(1, 1).get(0));
            if (!t.isFloating()) throw PyError.value("data type <class 'numpy." + t.scalarName() + "'> not inexact");
            return FINFO.computeIfAbsent(t, TypeInfo::new); // NumPy keeps one finfo per type: np.finfo(np.float32) is np.finfo('float32')
        }));
        m.add(Builtin.of("isscalar", a -> { // Python's and NumPy's scalars; a 0-d array is none
            Object v = dev.adjoint.lang.Values.plain(a.expect(1, 1).get(0));
            return v instanceof NpArray x ? x.isScalar() : dev.adjoint.lang.PyNumbers.isNumber(v) || v instanceof String || v instanceof dev.adjoint.lang.PyBytes;
        }));
        m.add(Builtin.of("iinfo", a -> {
            NpType t = type(a.expect(1, 1).get(0));
            if (!t.isInteger()) throw PyError.value("Invalid integer data type '" + t.kind.letter + "'.");
            return new TypeInfo(t);
        }));
    }

    private static final java.util.Map<NpType, TypeInfo> FINFO = new java.util.concurrent.ConcurrentHashMap<>();

    // equal only to itself, as NumPy's (which defines no __eq__): one finfo per type, a new iinfo at each call
    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The type an argument names: a type, a dtype, its name, or an array or scalar of it (np.finfo(x.dtype), np.iinfo(y)). */
    private static NpType type(Object v) {
        return v instanceof NpArray x ? x.type : NpDtype.parse(v);
    }

    private boolean single() {
        return type == NpType.FLOAT32;
    }

    @Override
    public String typeName() {
        return type.isFloating() ? "numpy.finfo" : "numpy.iinfo";
    }

    /** iinfo's attributes and finfo's, in the order NumPy's repr names them. */
    private static final AttributeTable<TypeInfo> INTEGER = new AttributeTable<TypeInfo>()
            .value("min", i -> i.type.least())
            .value("max", i -> i.type == NpType.UINT64 ? new java.math.BigInteger("18446744073709551615") : (Object) (long) i.type.greatest())
            .value("bits", i -> (long) i.type.bits)
            .value("dtype", i -> NpDtype.of(i.type))
            .value("kind", i -> String.valueOf(i.type.kind.letter));
    private static final AttributeTable<TypeInfo> FLOATING = new AttributeTable<TypeInfo>()
            .value("eps", f -> f.scalar(f.single() ? Math.ulp(1f) : Math.ulp(1d)))
            .value("epsneg", f -> f.scalar(f.single() ? Math.ulp(1f) / 2 : Math.ulp(1d) / 2))
            .value("max", f -> f.scalar(f.single() ? Float.MAX_VALUE : Double.MAX_VALUE))
            .value("min", f -> f.scalar(f.single() ? -Float.MAX_VALUE : -Double.MAX_VALUE))
            .value("tiny", f -> f.scalar(f.single() ? Float.MIN_NORMAL : Double.MIN_NORMAL))
            .value("smallest_normal", f -> f.scalar(f.single() ? Float.MIN_NORMAL : Double.MIN_NORMAL))
            .value("smallest_subnormal", f -> f.scalar(f.single() ? Float.MIN_VALUE : Double.MIN_VALUE))
            .value("resolution", f -> f.scalar(f.single() ? 1e-6 : 1e-15))
            .value("precision", f -> f.single() ? 6L : 15L)
            .value("bits", f -> (long) f.type.bits)
            .value("dtype", f -> NpDtype.of(f.type));

    @Override
    public AttributeTable<TypeInfo> attributeTable() {
        return type.isInteger() ? INTEGER : FLOATING;
    }

    private NpArray scalar(double v) {
        return NpArray.scalar(v, type);
    }

    @Override
    public String pyRepr() {
        if (type.isInteger()) return "iinfo(min=" + attribute("min") + ", max=" + attribute("max") + ", dtype=" + type.name + ")";
        return "finfo(resolution=" + (single() ? "1e-06" : "1e-15") + ", min=" + ((NpArray) attribute("min")).pyRepr() + ", max="
                + ((NpArray) attribute("max")).pyRepr() + ", dtype=" + type.name + ")";
    }

    @Override
    public String toString() {
        return pyRepr();
    }
}
