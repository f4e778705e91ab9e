package dev.adjoint.lang;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Class statements that subclass a built-in type ({@code class Stack(list)}, {@code class Vocab(dict)},
 * {@code class Mode(str, Enum)}, {@code class C(collections.Counter)}), as CPython lays them out: an
 * object of such a class is an instance with attributes of its own that carries a value of the built-in
 * type ({@link PyInstance#value()}). The built-in type's methods, found along the class's MRO, work on
 * that value ({@link BuiltinMethod} passes it as self); what the class defines itself comes first, as
 * the MRO has it. A mutable type's value is made empty by __new__ and filled by its __init__
 * ({@code super().__init__(items)}); an immutable one's is made by __new__ from the call's arguments.
 * Types CPython refuses as bases are refused with its TypeError; types adjoint cannot carry are refused
 * at the class statement, never made into an object that silently lacks the type's behaviour.
 */
final class BuiltinSubclasses {
    private BuiltinSubclasses() {}

    /** CPython's types that no class may derive from ("type 'bool' is not an acceptable base type"). */
    private static final Set<PyClass> FINAL = Set.of(BuiltinTypes.BOOL, BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.NONE, BuiltinTypes.FUNCTION,
                BuiltinTypes.BUILTIN_FUNCTION, BuiltinTypes.METHOD, BuiltinTypes.GENERATOR, BuiltinTypes.ELLIPSIS);

    /**
     * Checks a class statement's base: CPython's TypeError for a type no class derives from, adjoint's
     * refusal for a built-in or library type whose objects it cannot carry in an instance.
     */
    static void checkBase(PyClass base) {
        if (FINAL.contains(base)) throw PyError.type("type '" + base.name() + "' is not an acceptable base type");
        if (base == BuiltinTypes.OBJECT || base.isSubclassOf(Exceptions.BASE_EXCEPTION) || valueType(base) != null) return;
        if (base == NamedTuples.TYPING_BASE || base == TypingModule.TYPED_DICT) return; // the class statement makes a tuple or a dict class
        boolean builtins = base.module().equals("builtins");
        String name = builtins ? "the built-in type '" + base.name() + "'" : base.module() + "." + base.name();
        if (builtins && base.isBuiltin()) throw PyError.notSupported("subclassing " + name);
        // a library type made by Java (torch.Tensor, io.StringIO, ...) without an __init__ of its own a subclass's object could run
        PyClass initOwner = base.owner("__init__");
        if (base.isBuiltin() && base.hasConstructor() && (initOwner == null || initOwner == BuiltinTypes.OBJECT))
            throw PyError.notSupported("subclassing " + name);
    }

    /** CPython's check of several bases: two that carry values of unrelated types cannot be one object. */
    static void checkLayout(List<PyClass> bases) {
        PyClass found = null;
        for (PyClass b : bases) {
            PyClass t = valueType(b);
            if (t == null) continue;
            if (found == null || t.isSubclassOf(found)) found = t;
            else if (!found.isSubclassOf(t)) throw PyError.type("multiple bases have instance lay-out conflict");
        }
    }

    /** Whether objects of a subclass of {@code type} carry one of its values. */
    static boolean carries(PyClass type) {
        return type.mutableValues() != null;
    }

    /** The built-in type whose value an instance of {@code cls} carries (the first along its MRO), or null. */
    static PyClass valueType(PyClass cls) {
        for (PyClass c : cls.mro()) if (c.mutableValues() != null) return c;
        return null;
    }

    /** A new instance's value before __init__: empty for a mutable type, else made from the call's arguments as the type's __new__ does. */
    static Object initialValue(PyClass type, List<Object> args, Map<String, Object> keywords, Interpreter in) {
        if (Boolean.TRUE.equals(type.mutableValues())) return type.call(in, List.of(), Map.of(), null);
        return Values.plain(type.call(in, args, keywords, null));
    }

    /** Defines the type's __new__ (and a mutable type's __init__, which refills the value) for its subclasses to inherit. */
    static void defineConstruction(PyClass type, boolean mutable) {
        type.define("__new__", new Descriptors.StaticMethod(Builtin.of("__new__", a -> {
            if (a.size() == 0) throw PyError.type(type.name() + ".__new__(): not enough arguments");
            if (!(a.get(0) instanceof PyClass cls)) throw PyError.type(type.name() + ".__new__(X): X is not a type object (" + Values.typeName(a.get(0)) + ")");
            if (!cls.isSubclassOf(type)) throw PyError.type(type.name() + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of " + type.name());
            List<Object> rest = a.positional().subList(1, a.size());
            if (cls == type) return type.call(a.interpreter(), mutable ? List.of() : rest, mutable ? Map.of() : a.keywords(), a.span());
            PyInstance obj = new PyInstance(cls, a.interpreter());
            obj.setValue(initialValue(type, rest, a.keywords(), a.interpreter()));
            return obj;
        })));
        if (!mutable) return;
        type.method("__init__", a -> {
            Object fresh = type.call(a.interpreter(), a.positional(), a.keywords(), a.span());
            if (a.instance() != null) a.instance().setValue(fresh);
            else refill(a.self(), fresh); // list.__init__(xs, items) on a list itself: its items replaced
            return null;
        });
    }

    /** A value of the type itself given new contents by its __init__. */
    private static void refill(Object self, Object fresh) {
        if (self instanceof PyList l && fresh instanceof PyList f) {
            l.clear();
            l.addAll(f);
        } else if (self instanceof PyDict d && fresh instanceof PyDict f) {
            d.clear();
            for (PyDict.Entry e : f.entries()) d.put(e.key(), e.value());
        } else if (self instanceof PySet s && fresh instanceof PySet f) {
            s.clear();
            for (Object v : f) s.add(v);
        }
    }

    /** Whether it is an object of a subclass of a built-in type, carrying a value. */
    static boolean carriesValue(Object v) {
        return v instanceof PyInstance i && i.value() != null;
    }

    /** The value an instance carries (a list subclass's list, a str subclass's text), else the object itself. */
    static Object valueOf(Object v) {
        return v instanceof PyInstance i && i.value() != null ? i.value() : v;
    }

    /** Whether a built-in method of the type named {@code owner} works on this instance's value. */
    static boolean worksOnValue(PyInstance i, String owner) {
        Object v = i.value();
        if (v == null || owner == null || owner.equals("object")) return false;
        for (PyClass c : BuiltinTypes.of(v).mro()) if (c.name().equals(owner)) return true;
        return false;
    }

    /** Whether a built-in method's result that is its self value stands for the instance (list.__iadd__ returns self; str.strip's text does not). */
    static boolean isMutableValue(Object v) {
        return v instanceof PyList || v instanceof PyDict || v instanceof PySet s && !s.frozen() || v instanceof PyDeque;
    }

    /** dict.__getitem__: the value, else the subclass's __missing__ (class Vocab(dict)), else what the dict itself does. */
    static Object dictItem(Args a) {
        Object key = a.expect(1, 1).get(0);
        if (!(a.self() instanceof PyDict d)) return Subscripts.get(a.interpreter(), a.self(), key); // a ChainMap's
        if (d.containsKey(key)) return d.get(key);
        PyInstance i = a.instance();
        if (i != null && i.pyClass().owner("__missing__") != null && !i.pyClass().owner("__missing__").isBuiltin()) return i.call("__missing__", key);
        return Subscripts.get(a.interpreter(), d, key);
    }

    /** The repr of an instance whose class keeps its type's: a list's {@code [1, 2]}; a set's and a collections type's with the class's name ({@code S({1})}, {@code C({'a': 2})}). */
    static String repr(PyInstance i) {
        Object v = i.value();
        String text = Repr.repr(v);
        String name = i.pyClass().name();
        if (v instanceof PySet s && !s.frozen()) return s.size() == 0 ? name + "()" : name + "(" + text + ")";
        PyClass type = BuiltinTypes.of(v);
        if (v instanceof PyDict && type == BuiltinTypes.DICT || v instanceof List || v instanceof String || PyNumbers.isNumber(v)) return text;
        String prefix = type.name() + "(";
        return text.startsWith(prefix) ? name + text.substring(type.name().length()) : text;
    }

    /** hash() and dict keys of an instance whose class defines neither __eq__ nor __hash__ itself: its value's (a str subclass's text is the same key as the text); a mutable value's is CPython's TypeError naming the class. */
    static Object key(PyInstance i) {
        if (isMutableValue(i.value())) throw PyError.type("unhashable type: '" + i.pyClass().name() + "'");
        return HashKey.of(i.value());
    }

    /** Whether the class itself (not its built-in type) defines the special method. */
    static boolean ownedByClass(PyInstance i, String special) {
        PyClass owner = i.pyClass().owner(special);
        return owner != null && !owner.isBuiltin();
    }
}
