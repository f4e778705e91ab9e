package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * collections.abc: {@code isinstance(x, Iterable)} and {@code issubclass} as CPython answers them.
 * The one-method ABCs (Iterable, Sized, Container, Callable, Iterator, Reversible, Collection) hold
 * for any class that defines their methods, as their {@code __subclasshook__} says; the others
 * (Sequence, Mapping, Set and their mutable kinds) hold for the built-in types registered with them
 * and for classes that derive from them.
 */
final class CollectionsAbc {
    private CollectionsAbc() {}

    private static final Map<PyClass, List<String>> BY_METHODS = new LinkedHashMap<>();
    private static final Map<PyClass, List<PyClass>> REGISTERED = new LinkedHashMap<>();

    static final PyClass ITERABLE = structural("Iterable", "__iter__");
    static final PyClass SIZED = structural("Sized", "__len__");
    static final PyClass CONTAINER = structural("Container", "__contains__");
    static final PyClass CALLABLE = structural("Callable", "__call__");
    static final PyClass HASHABLE = structural("Hashable", "__hash__");
    static final PyClass ITERATOR = structural("Iterator", "__iter__", "__next__");
    static final PyClass REVERSIBLE = structural("Reversible", "__iter__", "__reversed__");
    static final PyClass COLLECTION = structural("Collection", "__len__", "__iter__", "__contains__");
    static final PyClass SEQUENCE = registered("Sequence", BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.STR, BuiltinTypes.RANGE, PyBytes.BYTES, PyBytes.BYTEARRAY,
            PyDeque.CLASS);
    static final PyClass MUTABLE_SEQUENCE = registered("MutableSequence", BuiltinTypes.LIST, PyBytes.BYTEARRAY, PyDeque.CLASS);
    static final PyClass MAPPING = registered("Mapping", BuiltinTypes.DICT, PyChainMap.CLASS);
    static final PyClass MUTABLE_MAPPING = registered("MutableMapping", BuiltinTypes.DICT, PyChainMap.CLASS);
    static final PyClass SET = registered("Set", BuiltinTypes.SET, BuiltinTypes.FROZENSET);
    static final PyClass MUTABLE_SET = registered("MutableSet", BuiltinTypes.SET);

    static {
        sequenceMixins(SEQUENCE);
    }

    static PyModule create() {
        PyModule m = new PyModule("collections.abc");
        for (PyClass c : BY_METHODS.keySet()) m.add(c.name(), c);
        for (PyClass c : REGISTERED.keySet()) m.add(c.name(), c);
        return m;
    }

    /** isinstance(v, abc) when abc is one of these; null for any other class. */
    static Boolean isInstance(Object v, PyClass abc) {
        if (abc == CALLABLE) return Values.callable(v);
        if (abc == HASHABLE) return hashable(v);
        Boolean number = NumbersModule.isSubclass(BuiltinTypes.of(v), abc); // numbers.Number and its tower
        if (number != null) return number;
        if (!BY_METHODS.containsKey(abc) && !REGISTERED.containsKey(abc)) return null;
        return isSubclass(BuiltinTypes.of(v), abc);
    }

    /** issubclass(c, abc) when abc is one of these; null for any other class. */
    static Boolean isSubclass(PyClass c, PyClass abc) {
        if (c.isSubclassOf(abc)) return true;
        Boolean number = NumbersModule.isSubclass(c, abc);
        if (number != null) return number;
        if (abc == REVERSIBLE && (isSubclass(c, SEQUENCE) || c.isSubclassOf(BuiltinTypes.DICT))) return true; // their __reversed__
        if (abc == SET && DictView.SET_LIKE.contains(c)) return true; // keys and items views, registered with KeysView and ItemsView
        List<String> methods = BY_METHODS.get(abc);
        if (methods != null) return methods.stream().allMatch(name -> defines(c, name));
        List<PyClass> types = REGISTERED.get(abc);
        if (types == null) return null;
        return types.stream().anyMatch(c::isSubclassOf);
    }

    /** Whether v's type gives it a hash (a list's, a dict's and a set's is None; so is a class's with __eq__ but no __hash__). */
    private static boolean hashable(Object v) {
        if (v instanceof PyList || v instanceof PyDict || v instanceof PySet s && !s.frozen() || v instanceof PyBytes b && b.mutable()) return false;
        if (!(v instanceof PyInstance)) return true;
        try {
            HashKey.of(v);
            return true;
        } catch (PyError e) {
            if (!e.type().equals("TypeError")) throw e;
            return false;
        }
    }

    /** Sequence's mixin methods, for a class that derives from it and defines __getitem__ and __len__. */
    private static void sequenceMixins(PyClass sequence) {
        sequence.method("__iter__", a -> new PyIterator("iterator", ((PyInstance) a.expect(0, 0).self()).indexCalls()));
        sequence.method("__contains__", a -> {
            Object x = a.expect(1, 1).get(0);
            for (java.util.Iterator<Object> it = ((PyInstance) a.self()).indexCalls(); it.hasNext(); ) {
                Object item = it.next();
                if (item == x || Operators.equal(item, x)) return true;
            }
            return false;
        });
        sequence.method("count", a -> {
            Object x = a.expect(1, 1).get(0);
            long n = 0;
            for (java.util.Iterator<Object> it = ((PyInstance) a.self()).indexCalls(); it.hasNext(); ) {
                Object item = it.next();
                if (item == x || Operators.equal(item, x)) n++;
            }
            return n;
        });
        sequence.method("index", a -> {
            Object x = a.expect(1, 1).get(0);
            long i = 0;
            for (java.util.Iterator<Object> it = ((PyInstance) a.self()).indexCalls(); it.hasNext(); i++) {
                Object item = it.next();
                if (item == x || Operators.equal(item, x)) return i;
            }
            throw new PyError("ValueError", "");
        });
    }

    /** Whether the class or a base defines the method (None there says it does not: __hash__ = None). */
    private static boolean defines(PyClass c, String name) {
        Object v = c.lookup(name);
        return v != Environment.UNBOUND && v != null;
    }

    private static PyClass structural(String name, String... methods) {
        PyClass c = PyClass.library(name, "collections.abc", null);
        BY_METHODS.put(c, List.of(methods));
        return c;
    }

    private static PyClass registered(String name, PyClass... types) {
        PyClass c = PyClass.library(name, "collections.abc", null);
        REGISTERED.put(c, List.of(types));
        return c;
    }
}
