package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyReprable;
import java.util.Collection;
import java.util.List;

/**
 * np.finfo(np.float32) and np.iinfo(np.uint8): the limits of a type, for numerical code's
 * epsilons ({@code np.finfo(np.float32).eps}) and a pixel type's range ({@code np.iinfo(np.uint8).max}).
 * finfo's numbers are NumPy scalars of the type; iinfo's are Python ints, as NumPy's.
 */
record TypeInfo(NpType type) implements HostObject, PyReprable {
    static void add(PyModule m) {
        m.add(Builtin.of("finfo", a -> {
            NpType t = type(a.expect(1, 1).get(0));
            if (!t.isFloating()) throw PyError.value("data type <class 'numpy." + t.scalarName() + "'> not inexact");
            return new TypeInfo(t);
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

    @Override
    public Object attribute(String name) {
        if (type.isInteger()) {
            return switch (name) {
                case "min" -> type.least();
                case "max" -> type == NpType.UINT64 ? new java.math.BigInteger("18446744073709551615") : (Object) (long) type.greatest();
                case "bits" -> (long) type.bits;
                case "dtype" -> NpDtype.of(type);
                case "kind" -> String.valueOf(type.kind.letter);
                default -> null;
            };
        }
        return switch (name) {
            case "eps" -> scalar(single() ? Math.ulp(1f) : Math.ulp(1d));
            case "epsneg" -> scalar(single() ? Math.ulp(1f) / 2 : Math.ulp(1d) / 2);
            case "max" -> scalar(single() ? Float.MAX_VALUE : Double.MAX_VALUE);
            case "min" -> scalar(single() ? -Float.MAX_VALUE : -Double.MAX_VALUE);
            case "tiny", "smallest_normal" -> scalar(single() ? Float.MIN_NORMAL : Double.MIN_NORMAL);
            case "smallest_subnormal" -> scalar(single() ? Float.MIN_VALUE : Double.MIN_VALUE);
            case "resolution" -> scalar(single() ? 1e-6 : 1e-15);
            case "precision" -> single() ? 6L : 15L;
            case "bits" -> (long) type.bits;
            case "dtype" -> NpDtype.of(type);
            default -> null;
        };
    }

    private NpArray scalar(double v) {
        return NpArray.scalar(v, type);
    }

    @Override
    public Collection<String> attributeNames() {
        return type.isInteger() ? List.of("min", "max", "bits", "dtype", "kind")
                : List.of("eps", "epsneg", "max", "min", "tiny", "smallest_normal", "smallest_subnormal", "resolution", "precision", "bits", "dtype");
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
