package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * The special methods every value has through {@code object} in CPython, called by name: needle's
 * Tensor is {@code def __str__(self): return self.realize_cached_data().__str__()}, a student's
 * class {@code return "V(" + self.d.__repr__() + ")"}, another {@code super().__repr__()}.
 *
 * <p>They are found last, after the value's own type was asked, and are never in a class's
 * dictionary: so a class's own {@code __str__} wins, and the interpreter's tests of what a class
 * defines ({@code has("__repr__")}) do not see them. Two kinds, as CPython has them:
 * <ul>
 *   <li>the value's type's ({@code (1.5).__str__()}, {@code float.__repr__(0.1)}, {@code p.__str__()}
 *       of a class without one): what {@code str()}, {@code repr()}, {@code format()}, {@code hash()}
 *       give it;</li>
 *   <li>object's own ({@code super().__repr__()}, {@code object.__repr__(x)}): the default forms,
 *       which never call back into the class's method of that name (that would recurse when the
 *       class's method is the caller): {@code <__main__.P object at 0x...>}, {@code object.__str__}
 *       is the type's repr, {@code object.__format__} takes only an empty spec, the hash and
 *       {@code ==} are by identity.</li>
 * </ul>
 */
final class ObjectDunders {
    private ObjectDunders() {}

    /** Their names, in the order dir() lists them. */
    static final List<String> NAMES = List.of("__eq__", "__format__", "__hash__", "__ne__", "__repr__", "__str__");

    private static final Map<String, BuiltinMethod> OF_TYPE = Map.of(
            "__str__", new BuiltinMethod("__str__", a -> !(a.expect(0, 0).self() instanceof PyInstance i && i.value() != null) ? Repr.str(a.self())
                    : i.value() instanceof String s ? s : Repr.repr(i)), // str.__str__ is the text; list's is object's: repr(self)
            "__repr__", new BuiltinMethod("__repr__", a -> a.expect(0, 0).self() instanceof PyInstance i && i.value() != null ? BuiltinSubclasses.repr(i) : Repr.repr(a.self())),
            "__format__", new BuiltinMethod("__format__", a -> StrFormat.formatValue(BuiltinSubclasses.valueOf(a.self()), spec(a), a.interpreter())),
            "__hash__", new BuiltinMethod("__hash__", a -> SetOrder.hash(a.expect(0, 0).self() instanceof PyInstance i && i.value() != null
                    ? BuiltinSubclasses.key(i) : HashKey.of(a.self()))));

    private static final Map<String, BuiltinMethod> OF_OBJECT = Map.of(
            "__str__", new BuiltinMethod("__str__", a -> Repr.repr(a.expect(0, 0).self())),
            "__repr__", new BuiltinMethod("__repr__", a -> defaultRepr(a.expect(0, 0).self())),
            "__format__", new BuiltinMethod("__format__", a -> {
                String spec = spec(a);
                if (!spec.isEmpty()) throw PyError.type("unsupported format string passed to " + Values.typeName(a.self()) + ".__format__");
                return Repr.str(a.self());
            }),
            "__hash__", new BuiltinMethod("__hash__", a -> SetOrder.hash(HashKey.identity(a.expect(0, 0).self()))),
            "__eq__", new BuiltinMethod("__eq__", a -> a.self() == a.expect(1, 1).get(0) ? (Object) true : Dunders.NOT_IMPLEMENTED),
            "__ne__", new BuiltinMethod("__ne__", a -> {
                Object self = a.self(), other = a.expect(1, 1).get(0);
                Object eq = self instanceof PyInstance i && i.has("__eq__") ? i.call("__eq__", other) : self == other ? (Object) true : Dunders.NOT_IMPLEMENTED;
                return eq == Dunders.NOT_IMPLEMENTED ? eq : (Object) !Values.truthy(eq);
            }));

    /**
     * {@code self.name} of a value whose type has no such attribute: its type's method (for an
     * object of a user class, object's), bound; null for the {@code __hash__} of an unhashable
     * container (CPython's {@code [].__hash__ is None}); UNBOUND for any other name.
     */
    static Object ofValue(Object self, String name) {
        BuiltinMethod m = (self instanceof PyInstance i && !builtinBelow(i.pyClass().mro(), 0) ? OF_OBJECT : OF_TYPE).get(name);
        if (m == null) return Environment.UNBOUND;
        if (name.equals("__hash__") && unhashable(self)) return null;
        return new BoundCallable(self, m);
    }

    /** {@code C.name} read through a class: object's own for {@code object} and user classes, else the built-in type's; UNBOUND for other names. */
    static Object ofClass(PyClass c, String name) {
        BuiltinMethod m = (builtinBelow(c.mro(), -1) ? OF_TYPE : OF_OBJECT).get(name);
        return m == null ? Environment.UNBOUND : m;
    }

    /**
     * {@code super().name} where no class after {@code start} in self's class's MRO has it: object's
     * own, bound; UNBOUND when a built-in type other than object comes after it (an Exception's
     * __str__ is its own, not object's).
     */
    static Object ofSuper(Object self, PyClass cls, PyClass start, String name) {
        // super().__repr__() in class Stack(list): the built-in type's, on the object's value (never back into the class's own)
        if (self instanceof PyInstance i && i.value() != null && OF_TYPE.containsKey(name)) return new BoundCallable(self, OF_TYPE.get(name));
        BuiltinMethod m = OF_OBJECT.get(name);
        if (m == null || builtinBelow(cls.mro(), cls.mro().indexOf(start))) return Environment.UNBOUND;
        return new BoundCallable(self, m);
    }

    /** Whether the MRO holds a built-in type other than object after position {@code after}. */
    private static boolean builtinBelow(List<PyClass> mro, int after) {
        for (int k = after + 1; k < mro.size(); k++) if (mro.get(k).isBuiltin() && mro.get(k) != BuiltinTypes.OBJECT) return true;
        return false;
    }

    private static String spec(Args a) {
        Object spec = a.expect(1, 1).get(0);
        if (!(spec instanceof String s)) throw PyError.type("format spec must be a str, not " + Values.typeName(spec));
        return s;
    }

    /** object.__repr__: {@code <__main__.P object at 0x...>}, {@code <int object at 0x...>}. */
    private static String defaultRepr(Object self) {
        PyClass cls = BuiltinTypes.of(self);
        String module = cls.module().equals("builtins") ? "" : cls.module() + ".";
        return "<" + module + cls.qualifiedName() + " object at " + Values.address(self) + ">";
    }

    /**
     * Whether the value's type sets __hash__ to None: list, dict, set, deque, bytearray, ndarray, and a class
     * that defines __eq__ without __hash__ (a tuple holding a list has tuple's __hash__, which fails
     * when called).
     */
    private static boolean unhashable(Object v) {
        if (v instanceof PyInstance) {
            try {
                HashKey.of(v);
                return false;
            } catch (PyError e) {
                if (e.type().equals("TypeError")) return true;
                throw e;
            }
        }
        return v instanceof PyList || v instanceof PyDict || v instanceof PyDeque || v instanceof PySet s && !s.frozen()
                || v instanceof PyBytes b && b.mutable() || v instanceof PyOperand o && !o.hashable(); // an ndarray
    }
}
