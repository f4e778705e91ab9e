package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * A method of a built-in type, implemented in Java ({@code str.upper}, {@code list.append}): called
 * with the object first, like any method; its function sees the object as {@link Args#self()} and
 * counts only the other arguments in its messages. {@code owner}: the name of the type that defines it
 * (its repr says {@code <method 'append' of 'list' objects>}), or null.
 */
public record BuiltinMethod(String name, Builtin.Fn fn, String owner) implements Callable {
    public BuiltinMethod(String name, Builtin.Fn fn) {
        this(name, fn, null);
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        if (args.isEmpty()) throw PyError.type("descriptor '" + name + "' needs an argument");
        try {
            Args a = new Args(name, args.subList(1, args.size()), keywords, span, interpreter);
            if (args.get(0) instanceof PyInstance i && BuiltinSubclasses.worksOnValue(i, owner)) { // class Stack(list): list.append works on its list
                if (name.equals("copy") && BuiltinSubclasses.copiesAsItsClass(i)) return BuiltinSubclasses.copyAsItsClass(i, interpreter);
                Object result = fn.apply(a.withInstance(i));
                return result == i.value() && BuiltinSubclasses.isMutableValue(result) ? i : result; // list.__iadd__ returns self: the object
            }
            return fn.apply(a.withSelf(args.get(0)));
        } catch (ClassCastException e) { // str.upper(3): called through its class with an object of another type
            String type = Values.typeName(args.get(0));
            if (owner == null || owner.equals(type)) throw e;
            throw PyError.type("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '" + type + "' object");
        } catch (PyError | LangError e) { // list.append(1): the 1 was taken for the list, so the method sees no argument; CPython names the real mistake
            String type = e instanceof PyError p ? p.type() : ((LangError) e).type();
            if (owner == null || !PYTHON_TYPES.contains(owner) || !"TypeError".equals(type) || appliesTo(args.get(0))) throw e;
            throw PyError.type("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '" + Values.typeName(args.get(0)) + "' object");
        }
    }

    /** Python's own types, whose unbound methods CPython checks (a library's, Tensor's or ndarray's, say it themselves). */
    private static final java.util.Set<String> PYTHON_TYPES = java.util.Set.of("list", "dict", "set", "frozenset", "str", "bytes", "bytearray",
            "tuple", "int", "float", "complex", "bool", "range", "slice", "object", "type");

    /** Whether {@code self} is an object of the owner type (or of a subclass). */
    private boolean appliesTo(Object self) {
        for (PyClass c : BuiltinTypes.of(self).mro())
            if (c.name().equals(owner) || (c.module() + "." + c.name()).equals(owner)) return true;
        return false;
    }

    @Override
    public String toString() {
        return owner == null ? "<method '" + name + "'>" : "<method '" + name + "' of '" + owner + "' objects>";
    }
}
