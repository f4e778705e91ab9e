package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code @functools.singledispatch}: a function that runs the implementation registered for the
 * class of its first argument (the nearest along that class's resolution order), the decorated
 * function for any other. {@code register} takes a class (or a union) and a function, a class as a
 * decorator, or a function whose first parameter is annotated; {@code dispatch(cls)} and
 * {@code registry} show the choice. It reads as the decorated function (name, docstring), as
 * functools.update_wrapper makes it. Abstract base classes are not consulted.
 */
final class SingleDispatch implements Callable, TabledHostObject, PyReprable {
    private final Object function;
    private final Map<PyClass, Object> registry = new LinkedHashMap<>();

    SingleDispatch(Object function) {
        this.function = function;
        registry.put(BuiltinTypes.OBJECT, function);
    }

    /** The decorated function (its __wrapped__). */
    Object wrapped() {
        return function;
    }

    @Override
    public String name() {
        return function instanceof Callable c ? c.name() : "singledispatch";
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        if (args.isEmpty()) throw PyError.type(name() + " requires at least 1 positional argument");
        return interpreter.call(dispatch(BuiltinTypes.of(args.get(0))), args, keywords, span);
    }

    /** The implementation for {@code cls}: the one registered for the first class along its resolution order that has one. */
    Object dispatch(PyClass cls) {
        for (PyClass k : cls.mro()) if (registry.containsKey(k)) return registry.get(k);
        return function;
    }

    /** register(cls, func), register(cls) as a decorator, or register(func) by its first parameter's annotation. */
    private Object register(Args a) {
        a.expect(1, 2);
        Object first = a.get(0);
        if (a.size() == 2) return add(first, a.get(1), null);
        if (first instanceof PyClass || first instanceof UnionType) return Builtin.of("register", d -> add(first, d.expect(1, 1).get(0), null));
        Object fn = SingleDispatchMethod.function(first); // a classmethod or staticmethod registered for a singledispatchmethod: its function's annotations
        if (!Values.callable(fn))
            throw PyError.type("Invalid first argument to `register()`. " + Repr.repr(first) + " is not a class or union type.");
        Object annotations = Attributes.getOrAbsent(a.interpreter(), fn, "__annotations__");
        if (!(annotations instanceof PyDict d) || d.size() == 0)
            throw PyError.type("Invalid first argument to `register()`: " + Repr.repr(first)
                    + ". Use either `@register(some_class)` or plain `@register` on an annotated function.");
        PyDict.Entry annotated = d.entries().get(0);
        return add(annotated.value(), first, (String) annotated.key());
    }

    /** Registers {@code fn} for a class or each class of a union; {@code parameter} names the annotation it came from, if any. */
    private Object add(Object cls, Object fn, String parameter) {
        List<Object> classes = cls instanceof UnionType u ? new java.util.ArrayList<>(u.classes("register")) : java.util.Arrays.asList(cls);
        for (Object c : classes) {
            if (c instanceof PyClass k) {
                registry.put(k, fn);
            } else if (parameter != null) {
                throw PyError.type("Invalid annotation for " + Repr.quoted(parameter) + ". " + Repr.repr(cls) + " is not a class.");
            } else {
                throw PyError.type("Invalid first argument to `register()`. " + Repr.repr(cls) + " is not a class or union type.");
            }
        }
        return fn;
    }

    @Override
    public String typeName() {
        return "function";
    }

    private static final AttributeTable<SingleDispatch> ATTRIBUTES = FunctoolsModule.wrapperAttributes(new AttributeTable<SingleDispatch>(),
                    d -> d.function, d -> SingleDispatchMethod.function(d.function))
            .method("dispatch", (d, a) -> {
                if (!(a.expect(1, 1).get(0) instanceof PyClass c)) throw PyError.type("dispatch() argument must be a class");
                return d.dispatch(c);
            })
            .method("register", SingleDispatch::register)
            .value("registry", d -> {
                PyDict copy = new PyDict();
                d.registry.forEach(copy::put);
                return copy;
            });

    @Override
    public AttributeTable<SingleDispatch> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "<function " + Repr.str(attribute("__qualname__")) + " at " + Values.address(this) + ">";
    }
}
