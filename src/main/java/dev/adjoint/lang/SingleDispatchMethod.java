package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * {@code @functools.singledispatchmethod}: a method that runs the implementation registered for
 * the class of its first argument after self (or cls). Read through an instance or its class it
 * gives a function that dispatches, then binds the implementation it found as a class attribute
 * would be bound (a plain function to the instance, a classmethod to the class, a staticmethod to
 * nothing); {@code register} is {@link SingleDispatch}'s.
 */
final class SingleDispatchMethod implements TabledHostObject, PyReprable {
    static final PyClass TYPE = PyClass.builtin("singledispatchmethod", "functools", BuiltinTypes.OBJECT, Builtin.of("singledispatchmethod", a -> {
        Object func = a.expect(1, 1, "func").get(0);
        if (!Values.callable(func) && !isMethodDescriptor(func)) throw PyError.type(Repr.repr(func) + " is not callable or a descriptor");
        return new SingleDispatchMethod(func);
    }));

    private final Object func;
    private final SingleDispatch dispatcher;

    private SingleDispatchMethod(Object func) {
        this.func = func;
        this.dispatcher = new SingleDispatch(func);
    }

    static boolean isMethodDescriptor(Object v) {
        return v instanceof Descriptors.ClassMethod || v instanceof Descriptors.StaticMethod;
    }

    /** The function of a function, classmethod or staticmethod (whose name and annotations it carries). */
    static Object function(Object v) {
        if (v instanceof Descriptors.ClassMethod c) return c.function();
        if (v instanceof Descriptors.StaticMethod s) return s.function();
        return v;
    }

    /** The decorated function (of a classmethod or staticmethod, the function in it). */
    Object decorated() {
        return function(func);
    }

    /** What {@code obj.name} (obj null: {@code cls.name}) gives: a function that dispatches on its first argument. */
    Callable bind(Object obj, PyClass cls) {
        return new Bound(obj, cls);
    }

    @Override
    public String typeName() {
        return "singledispatchmethod";
    }

    @Override
    public PyClass pyClass() {
        return TYPE;
    }

    private static final AttributeTable<SingleDispatchMethod> ATTRIBUTES = new AttributeTable<SingleDispatchMethod>()
            .value("dispatcher", m -> m.dispatcher)
            .value("func", m -> m.func)
            .value("register", m -> m.dispatcher.attribute("register"));

    @Override
    public AttributeTable<SingleDispatchMethod> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "<functools.singledispatchmethod object at " + Values.address(this) + ">";
    }

    /** The function singledispatchmethod.__get__ returns: it reads as the decorated function (update_wrapper). */
    private final class Bound implements Callable, TabledHostObject, PyReprable {
        private final Object obj;
        private final PyClass cls;

        Bound(Object obj, PyClass cls) {
            this.obj = obj;
            this.cls = cls;
        }

        @Override
        public String name() {
            return function(func) instanceof Callable c ? c.name() : "_method";
        }

        @Override
        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            if (args.isEmpty()) throw new PyError("IndexError", "tuple index out of range");
            Object method = dispatcher.dispatch(BuiltinTypes.of(args.get(0)));
            return interpreter.call(bound(method), args, keywords, span);
        }

        /** method.__get__(obj, cls). */
        private Object bound(Object method) {
            if (method instanceof Descriptors.ClassMethod c) return new BoundCallable(cls, (Callable) c.function());
            if (method instanceof Descriptors.StaticMethod s) return s.function();
            return obj == null || !(method instanceof Callable c) ? method : new BoundCallable(obj, c);
        }

        @Override
        public String typeName() {
            return "function";
        }

        /** register, and the decorated function's name, docstring, ... as the dispatcher reads them. */
        private static final AttributeTable<Bound> ATTRIBUTES = FunctoolsModule.wrapperAttributes(new AttributeTable<Bound>(),
                        b -> b.dispatcher().wrapped(), b -> function(b.dispatcher().wrapped()))
                .value("register", b -> b.dispatcher().attribute("register"));

        private SingleDispatch dispatcher() {
            return dispatcher;
        }

        @Override
        public AttributeTable<Bound> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            return "<function " + Repr.str(attribute("__qualname__")) + " at " + Values.address(this) + ">";
        }
    }
}
