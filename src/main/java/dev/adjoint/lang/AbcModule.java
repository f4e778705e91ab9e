package dev.adjoint.lang;

import java.util.TreeSet;

/**
 * Python's abc as course frameworks use it: {@code class Shape(ABC)} with {@code @abstractmethod}
 * methods; making an object of a class that still has abstract methods is CPython's TypeError
 * ("Can't instantiate abstract class Shape with abstract method area").
 */
final class AbcModule {
    private AbcModule() {}

    static final PyClass ABC = PyClass.library("ABC", "abc", null);
    private static final String ABSTRACT = "__isabstractmethod__";

    static PyModule create() {
        PyModule m = new PyModule("abc");
        m.add("ABC", ABC);
        m.add(Builtin.of("abstractmethod", a -> {
            Object f = a.expect(1, 1).get(0);
            if (f instanceof UserFunction u) u.setAttribute(ABSTRACT, true);
            return f;
        }));
        return m;
    }

    /** Refuses to instantiate a subclass of ABC whose methods (as looked up along its MRO) include an abstract one. */
    static void refuseAbstract(PyClass cls) {
        if (!cls.isSubclassOf(ABC)) return;
        TreeSet<String> names = new TreeSet<>();
        for (PyClass c : cls.mro())
            for (String name : c.dict().keySet())
                if (isAbstract(cls.lookup(name))) names.add(name);
        if (names.isEmpty()) return;
        throw PyError.type("Can't instantiate abstract class " + cls.name() + " with abstract method" + (names.size() > 1 ? "s " : " ")
                + String.join(", ", names));
    }

    private static boolean isAbstract(Object member) {
        if (member instanceof Descriptors.Property p) member = p.getter();
        return member instanceof UserFunction f && Boolean.TRUE.equals(f.attribute(ABSTRACT));
    }
}
