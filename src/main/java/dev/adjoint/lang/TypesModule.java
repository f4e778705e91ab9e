package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's types: SimpleNamespace (attributes from keywords, shown as namespace(a=1, b='x'),
 * equal by their attributes) and the names of the interpreter's own types (FunctionType,
 * LambdaType, BuiltinFunctionType, MethodType, ModuleType, GeneratorType, NoneType) for isinstance;
 * MappingProxyType, a read-only view of a dict ({@link MappingProxy}).
 */
final class TypesModule {
    private TypesModule() {}

    static final PyClass SIMPLE_NAMESPACE = simpleNamespace();

    static PyModule create() {
        PyModule m = new PyModule("types");
        m.add("SimpleNamespace", SIMPLE_NAMESPACE);
        m.add("FunctionType", BuiltinTypes.FUNCTION).add("LambdaType", BuiltinTypes.FUNCTION);
        m.add("BuiltinFunctionType", BuiltinTypes.BUILTIN_FUNCTION).add("BuiltinMethodType", BuiltinTypes.BUILTIN_FUNCTION);
        m.add("MethodType", BuiltinTypes.METHOD).add("ModuleType", BuiltinTypes.MODULE).add("GeneratorType", BuiltinTypes.GENERATOR);
        m.add("NoneType", BuiltinTypes.NONE).add("MappingProxyType", MappingProxy.TYPE);
        return m;
    }

    private static PyClass simpleNamespace() {
        PyClass cls = PyClass.library("SimpleNamespace", "types", null).withTypeName("types.SimpleNamespace"); // CPython's tp_name
        cls.method("__init__", a -> {
            if (a.size() > 0) throw PyError.type("no positional arguments expected");
            for (Map.Entry<String, Object> e : a.keywords().entrySet()) ((PyInstance) a.self()).setOwn(e.getKey(), e.getValue());
            return null;
        });
        cls.method("__repr__", a -> {
            PyInstance self = (PyInstance) a.self();
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Object> e : self.attributes().entrySet()) parts.add(e.getKey() + "=" + Repr.repr(e.getValue()));
            String name = self.pyClass() == cls ? "namespace" : self.pyClass().name();
            return name + "(" + String.join(", ", parts) + ")";
        });
        cls.method("__eq__", a -> {
            Object other = a.expect(1, 1).get(0);
            if (!(other instanceof PyInstance o) || !o.pyClass().isSubclassOf(cls)) return Dunders.NOT_IMPLEMENTED;
            return Operators.equal(dict((PyInstance) a.self()), dict(o));
        });
        // CPython's namespace_richcompare orders two namespaces as their dicts: ns < ns fails naming 'dict' and 'dict'
        Map.of("__lt__", TokenType.LESS, "__le__", TokenType.LESS_EQUAL, "__gt__", TokenType.GREATER, "__ge__", TokenType.GREATER_EQUAL)
                .forEach((dunder, op) -> cls.method(dunder, a -> {
                    Object other = a.expect(1, 1).get(0);
                    if (!(other instanceof PyInstance o) || !o.pyClass().isSubclassOf(cls)) return Dunders.NOT_IMPLEMENTED;
                    return Operators.compare(op, dict((PyInstance) a.self()), dict(o));
                }));
        return cls;
    }

    private static PyDict dict(PyInstance i) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : i.attributes().entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }
}
