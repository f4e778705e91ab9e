package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.Callable;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyOperand;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.TokenType;
import java.util.List;
import java.util.Map;

/**
 * NumPy's element types as values: {@code a.dtype} (prints {@code float64}, repr
 * {@code dtype('float64')}) and the scalar types {@code np.float32}, {@code np.float64},
 * {@code np.int64}, {@code np.uint8} and the other integers, {@code np.bool_} (repr {@code <class 'numpy.float32'>}; calling one converts).
 * A dtype equals its scalar type, its name and the Python type it stands for
 * ({@code a.dtype == np.float32}, {@code == 'float32'}, {@code == float}).
 */
record NpDtype(NpType type, boolean scalarType) implements TabledHostObject, PyReprable, PyOperand, Callable, dev.adjoint.lang.Reducible {
    /** One dtype object per type, as NumPy's built-in dtypes are (a pickle of several arrays writes each dtype once). */
    private static final NpDtype[] DTYPES = java.util.Arrays.stream(NpType.values()).map(t -> new NpDtype(t, false)).toArray(NpDtype[]::new);

    static NpDtype of(NpType t) {
        return DTYPES[t.ordinal()];
    }

    @Override
    public Reduction reduce(int protocol) {
        if (scalarType) throw PyError.notSupported("pickling the type " + pyRepr());
        return NumpyPickle.reduce(this);
    }

    /** The type a dtype= argument names: a dtype, a scalar type, its name, or Python's float/int/bool; null stays null. */
    static NpType parse(Object v) {
        if (v == null) return null;
        if (v instanceof NpDtype d) return d.type;
        if (v instanceof PyClass c) {
            if (c.module().equals("numpy")) return parse(c.name()); // np.float32, np.int64, ...
            if (c == BuiltinTypes.FLOAT) return NpType.FLOAT64;
            if (c == BuiltinTypes.INT) return NpType.INT64;
            if (c == BuiltinTypes.BOOL) return NpType.BOOL;
        }
        if (v instanceof String s) {
            if (s.length() > 1 && "<|=".indexOf(s.charAt(0)) >= 0 && ALIASES.containsKey(s.substring(1))) return ALIASES.get(s.substring(1)); // '<i4': the machine's order
            for (NpType t : NpType.values()) if (t.name.equals(s)) return t;
            NpType t = ALIASES.get(s);
            if (t == null) throw knownToNumpy(s) ? notSupported(s) : PyError.type("data type " + dev.adjoint.lang.Repr.repr(s) + " not understood");
            return t;
        }
        if (v instanceof Unsupported u) throw notSupported(u.name());
        throw PyError.type("Cannot interpret '" + dev.adjoint.lang.Repr.repr(v) + "' as a data type");
    }

    /** NumPy's other names of the types: Python's, C's and the one-letter codes ('u1' is uint8, 'B' too). */
    private static final Map<String, NpType> ALIASES = Map.ofEntries(Map.entry("float", NpType.FLOAT64), Map.entry("double", NpType.FLOAT64),
            Map.entry("f8", NpType.FLOAT64), Map.entry("d", NpType.FLOAT64), Map.entry("f4", NpType.FLOAT32), Map.entry("single", NpType.FLOAT32),
            Map.entry("f", NpType.FLOAT32), Map.entry("int", NpType.INT64), Map.entry("long", NpType.INT64), Map.entry("i8", NpType.INT64),
            Map.entry("l", NpType.INT64), Map.entry("q", NpType.INT64), Map.entry("i4", NpType.INT32), Map.entry("i", NpType.INT32),
            Map.entry("intc", NpType.INT32), Map.entry("i2", NpType.INT16), Map.entry("h", NpType.INT16), Map.entry("short", NpType.INT16),
            Map.entry("i1", NpType.INT8), Map.entry("b", NpType.INT8), Map.entry("byte", NpType.INT8), Map.entry("u8", NpType.UINT64),
            Map.entry("L", NpType.UINT64), Map.entry("Q", NpType.UINT64), Map.entry("u4", NpType.UINT32), Map.entry("I", NpType.UINT32),
            Map.entry("u2", NpType.UINT16), Map.entry("H", NpType.UINT16), Map.entry("ushort", NpType.UINT16), Map.entry("u1", NpType.UINT8),
            Map.entry("B", NpType.UINT8), Map.entry("ubyte", NpType.UINT8), Map.entry("bool_", NpType.BOOL), Map.entry("?", NpType.BOOL),
            Map.entry("b1", NpType.BOOL));

    /** Whether NumPy reads the string as one of its types adjoint lacks ('float16', 'U5', 'object', 'complex128', '<M8[s]'), else NumPy does not understand it. */
    private static boolean knownToNumpy(String s) {
        String t = s.replaceFirst("^[<>=|]", "");
        if (ALIASES.containsKey(t)) return true; // '>i4': a byte order adjoint's arrays do not have
        for (NpType type : NpType.values()) if (type.name.equals(t)) return true;
        return t.matches("(float|complex|int|uint)(16|32|64|128|256)?|half|longdouble|longlong|ulonglong|clongdouble|cdouble|csingle|longfloat|"
                + "str_?|unicode_?|bytes_?|object_?|void|datetime64(\\[\\w+\\])?|timedelta64(\\[\\w+\\])?|[eFDGgOSUVaMmc]|[fcSUVa]\\d+|[Mm]8(\\[\\w+\\])?");
    }

    static PyError notSupported(String name) {
        return PyError.type("data type '" + name + "' is not supported: adjoint's numpy has float64, float32, int8 ... int64, uint8 ... uint64 and bool arrays");
    }

    /** np.float16, np.complex128 ...: named, so that using one says what is not supported. */
    record Unsupported(String name) implements HostObject, PyReprable, Callable {
        public String typeName() {
            return "type";
        }

        /** np.float16(0.1): the type named, as what adjoint's numpy does not have. */
        @Override
        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            throw notSupported(name);
        }

        public String pyRepr() {
            return "<class 'numpy." + name + "'>";
        }
    }

    @Override
    public String name() {
        return scalarType ? type.scalarName() : "dtype";
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        Args a = new Args(name(), args, keywords, span, interpreter).expect(scalarType ? 0 : 1, 1);
        if (!scalarType) return of(parse(a.get(0)));
        if (a.size() == 0) return NpArray.scalar(0, type);
        if (dev.adjoint.lang.Values.plain(a.get(0)) instanceof String s) return NpArray.scalar(type.cast(parsed(s)), type);
        NpArray x = Operand.required(a.get(0), name());
        if (x.ndim() > 0) return NpArray.of(x.values(), type); // np.float32([1, 2]) is an array, as in NumPy
        return NpArray.scalar(type.cast(x.values().item()), type);
    }

    /** A string as NumPy's scalar types read one: float() and int() do for numbers, a bool is whether it is non-empty. */
    private double parsed(String s) {
        return switch (type.kind) {
            case BOOL -> s.isEmpty() ? 0 : 1;
            case FLOAT -> dev.adjoint.lang.BuiltinTypes.parseFloat(s);
            case SIGNED, UNSIGNED -> dev.adjoint.lang.PyNumbers.approx(dev.adjoint.lang.BuiltinTypes.parseInt(s, 10));
        };
    }

    @Override
    public String typeName() {
        return scalarType ? "type" : "numpy.dtype[" + type.name + "]";
    }

    private static final AttributeTable<NpDtype> ATTRIBUTES = new AttributeTable<NpDtype>()
            .value("name", d -> d.type == NpType.BOOL ? "bool" : d.type.name)
            .value("itemsize", d -> (long) d.type.itemsize())
            .value("kind", d -> String.valueOf(d.type.kind.letter))
            .value("type", d -> Numpy.scalarClass(d.type));

    @Override
    public AttributeTable<NpDtype> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        if (scalarType) return "<class 'numpy." + name() + "'>";
        return "dtype('" + (type == NpType.BOOL ? "bool" : type.name) + "')";
    }

    @Override
    public String pyStr() {
        return scalarType ? pyRepr() : type == NpType.BOOL ? "bool" : type.name;
    }

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        return null;
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (op != TokenType.EQUAL_EQUAL && op != TokenType.BANG_EQUAL) return null;
        boolean same;
        try {
            same = other instanceof NpDtype || other instanceof String || other instanceof PyClass ? parse(other) == type : false;
        } catch (PyError e) {
            same = false;
        }
        return op == TokenType.EQUAL_EQUAL ? same : !same;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpDtype d && d.type == type;
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return pyStr();
    }

}
