package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.Callable;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyOperand;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.TokenType;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * NumPy's element types as values: {@code a.dtype} (prints {@code float64}, repr
 * {@code dtype('float64')}) and the scalar types {@code np.float32}, {@code np.float64},
 * {@code np.int64}, {@code np.bool_} (repr {@code <class 'numpy.float32'>}; calling one converts).
 * A dtype equals its scalar type, its name and the Python type it stands for
 * ({@code a.dtype == np.float32}, {@code == 'float32'}, {@code == float}).
 */
record NpDtype(NpType type, boolean scalarType) implements HostObject, PyReprable, PyOperand, Callable {
    static NpDtype of(NpType t) {
        return new NpDtype(t, false);
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
            for (NpType t : NpType.values()) if (t.name.equals(s)) return t;
            switch (s) {
                case "float", "double", "f8" -> {
                    return NpType.FLOAT64;
                }
                case "int", "long", "i8" -> {
                    return NpType.INT64;
                }
                case "f4", "single" -> {
                    return NpType.FLOAT32;
                }
                case "bool_", "?" -> {
                    return NpType.BOOL;
                }
                default -> {
                }
            }
            throw notSupported(s);
        }
        if (v instanceof Unsupported u) throw notSupported(u.name());
        throw PyError.type("Cannot interpret '" + dev.adjoint.lang.Repr.repr(v) + "' as a data type");
    }

    static PyError notSupported(String name) {
        return PyError.type("data type '" + name + "' is not supported: adjoint's numpy has float64, float32, int64 and bool arrays");
    }

    /** np.int32, np.uint8, np.float16, np.complex128 ...: named, so that using one says what is not supported. */
    record Unsupported(String name) implements HostObject, PyReprable {
        public String typeName() {
            return "type";
        }

        public Object attribute(String n) {
            return null;
        }

        public Collection<String> attributeNames() {
            return List.of();
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
        NpArray x = Operand.required(a.get(0), name());
        if (x.ndim() > 0) return NpArray.of(x.values(), type); // np.float32([1, 2]) is an array, as in NumPy
        return NpArray.scalar(type.cast(x.values().item()), type);
    }

    @Override
    public String typeName() {
        return scalarType ? "type" : "numpy.dtype[" + type.name + "]";
    }

    @Override
    public Object attribute(String n) {
        return switch (n) {
            case "name" -> type == NpType.BOOL ? "bool" : type.name;
            case "itemsize" -> (long) type.itemsize;
            case "kind" -> type == NpType.BOOL ? "b" : type == NpType.INT64 ? "i" : "f";
            case "type" -> Numpy.scalarClass(type);
            default -> null;
        };
    }

    @Override
    public Collection<String> attributeNames() {
        return List.of("name", "itemsize", "kind", "type");
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
    public Object unary(TokenType op) {
        return null;
    }

    @Override
    public Object abs() {
        return null;
    }

    @Override
    public boolean truthy() {
        return true;
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
