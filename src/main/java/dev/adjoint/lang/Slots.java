package dev.adjoint.lang;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A class's {@code __slots__}: when every class of its MRO (object aside) names its instances'
 * attributes so, its instances have no __dict__ and take no other attribute, as in CPython
 * ({@code 'S' object has no attribute 'c'}). One class without __slots__ (or a built-in base, or
 * '__dict__' among the names) gives the instances a __dict__ again.
 */
final class Slots {
    private Slots() {}

    /** The attribute names an instance of {@code cls} may hold, or null when it has a __dict__ (any name). */
    static Set<String> allowed(PyClass cls) {
        if (cls.ownMember("__slots__") == null) return null; // the common case: one look-up
        Set<String> names = new HashSet<>();
        for (PyClass c : cls.mro()) {
            if (c == BuiltinTypes.OBJECT) continue;
            Object slots = c.ownMember("__slots__");
            if (c.isBuiltin() || slots == null) return null;
            for (String name : declared(c, slots)) {
                if (name.equals("__dict__")) return null;
                names.add(name);
            }
        }
        return names;
    }

    /** The names a class's __slots__ value gives (one string is one name), private ones mangled as in its body. */
    private static List<String> declared(PyClass c, Object slots) {
        List<Object> items = slots instanceof String s ? List.of(s) : Values.items(slots);
        String prefix = "_" + c.name().replaceFirst("^_+", "");
        return items.stream().map(item -> {
            if (!(item instanceof String name)) throw PyError.type("__slots__ items must be strings, not '" + Values.typeName(item) + "'");
            return name.startsWith("__") && !name.endsWith("__") && !prefix.equals("_") ? prefix + name : name;
        }).toList();
    }

    /** At the class statement's end, as type.__new__ checks: a slot may not also be a class attribute. */
    static void check(PyClass cls) {
        Object slots = cls.ownMember("__slots__");
        if (slots == null) return;
        for (String name : declared(cls, slots)) {
            if (!name.equals("__dict__") && cls.dict().containsKey(name))
                throw PyError.value(Repr.repr(name) + " in __slots__ conflicts with class variable");
        }
    }

    /**
     * Refuses {@code obj.name = value} on an instance without a __dict__ when name is not a slot: a
     * class attribute of that name is read-only from the instance, anything else is not there.
     */
    static void checkSettable(PyInstance i, String name) {
        Set<String> allowed = allowed(i.pyClass());
        if (allowed == null || allowed.contains(name)) return;
        if (i.pyClass().lookup(name) != Environment.UNBOUND)
            throw PyError.attribute("'" + i.pyClass().typeName() + "' object attribute '" + name + "' is read-only");
        throw PyError.attribute("'" + i.pyClass().typeName() + "' object has no attribute '" + name + "'");
    }

    /** The slot names of every class of the MRO that has __slots__ (empty if none has): kept out of an instance's __dict__. */
    static Set<String> inMro(PyClass cls) {
        Set<String> names = new HashSet<>();
        for (PyClass c : cls.mro()) {
            Object slots = c.isBuiltin() ? null : c.ownMember("__slots__");
            if (slots != null) names.addAll(declared(c, slots));
        }
        return names;
    }

    /** Whether {@code name} is one of the slots of an instance without a __dict__. */
    static boolean isSlot(PyInstance i, String name) {
        Set<String> allowed = allowed(i.pyClass());
        return allowed != null && allowed.contains(name);
    }

    /** Whether the instance has a __dict__ (obj.__dict__, vars(obj)). */
    static boolean hasDict(PyInstance i) {
        return allowed(i.pyClass()) == null;
    }
}
