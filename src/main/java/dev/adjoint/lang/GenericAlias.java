package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * {@code list[int]}, {@code dict[str, int]}, {@code tuple[int, ...]}: a built-in class subscripted
 * in an annotation, CPython's types.GenericAlias. It prints as written, calling it calls the
 * class, and its {@code __origin__} and {@code __args__} are the class and the arguments.
 */
record GenericAlias(PyClass origin, List<Object> args) implements TabledHostObject, Callable, PyReprable, HashedByValue {
    /** {@code cls[key]}: an alias for a built-in class; any other class stays itself (annotations only read it). */
    static Object of(PyClass cls, Object key) {
        if (!cls.module().equals("builtins") && !cls.module().equals("collections")) return cls;
        List<Object> args = key instanceof List<?> l && !(key instanceof PyList) ? List.copyOf(l) : java.util.Collections.singletonList(key);
        return new GenericAlias(cls, args);
    }

    @Override
    public String name() {
        return origin.name();
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> arguments, Map<String, Object> keywords, Span span) {
        return origin.call(interpreter, arguments, keywords, span);
    }

    @Override
    public String typeName() {
        return "types.GenericAlias";
    }

    private static final AttributeTable<GenericAlias> ATTRIBUTES = new AttributeTable<GenericAlias>()
            .value("__origin__", GenericAlias::origin)
            .value("__args__", g -> Values.tuple(g.args));

    @Override
    public AttributeTable<GenericAlias> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        StringBuilder sb = new StringBuilder(typeText(origin)).append('[');
        for (int i = 0; i < args.size(); i++) sb.append(i > 0 ? ", " : "").append(typeText(args.get(i)));
        return sb.append(']').toString();
    }

    /** Equal to an alias of the same class with arguments that are == (tuple[1] == tuple[1.0]), as CPython's ga_richcompare. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GenericAlias g && g.origin == origin && Operators.equal(Values.tuple(args), Values.tuple(g.args));
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(origin) + args.size(); // equal aliases hash alike; arguments may be unhashable
    }

    /** A type as the brackets of an alias show it: int, collections.deque, __main__.Foo, None, ..., list[int]. */
    static String typeText(Object v) {
        if (v == null || v == BuiltinTypes.NONE) return "None";
        if (v instanceof PyClass c) return c.module().equals("builtins") ? c.name() : c.module() + "." + c.name();
        if (v instanceof Ellipsis) return "...";
        return Repr.repr(v);
    }
}
