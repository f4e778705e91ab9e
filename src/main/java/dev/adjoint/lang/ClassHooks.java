package dev.adjoint.lang;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hooks of CPython's data model that run when a class is made and when an object is made,
 * and object's own versions of the attribute hooks: {@code object.__new__},
 * {@code BaseException.__new__} (which keeps the arguments in {@code args} before any
 * {@code __init__} runs), {@code __set_name__} and {@code __init_subclass__} after a class
 * statement, and {@code object.__getattribute__/__setattr__/__delattr__}, which an override
 * calls to do the ordinary thing.
 */
final class ClassHooks {
    private ClassHooks() {}

    /** What {@code object.__new__(cls)} (or {@code BaseException.__new__}) makes for {@code cls(args)} when cls has no __new__ of its own. */
    static PyInstance newInstance(PyClass cls, List<Object> args, Interpreter in) {
        return newInstance(cls, args, Map.of(), in);
    }

    /** A new object of cls; of a subclass of a built-in type, with its value (see BuiltinSubclasses). */
    static PyInstance newInstance(PyClass cls, List<Object> args, Map<String, Object> keywords, Interpreter in) {
        if (args.size() >= 2 && args.size() <= 5) cls = Exceptions.osErrorSubclass(cls, args.get(0)); // OSError(2, 'x') is a FileNotFoundError
        PyInstance obj = new PyInstance(cls, in);
        if (cls.isSubclassOf(Exceptions.BASE_EXCEPTION)) obj.setOwn("args", Values.tuple(args));
        PyClass valueType = cls.isBuiltin() ? null : BuiltinSubclasses.valueType(cls);
        if (valueType != null) obj.setValue(BuiltinSubclasses.initialValue(valueType, args, keywords, in));
        return obj;
    }

    /** Defines object's __new__, __init__, __init_subclass__ and attribute hooks (while the built-in table is built). */
    static void defineObjectMethods(PyClass object) {
        object.define("__new__", new Descriptors.StaticMethod(Builtin.of("__new__", a -> {
            PyClass cls = newTarget(a, "object");
            if (a.size() > 1 || !a.keywords().isEmpty()) {
                // CPython's object_new: extra arguments are an error unless the class has __init__ but not __new__
                if (overrides(cls, "__new__")) throw PyError.type("object.__new__() takes exactly one argument (the type to instantiate)");
                if (!overrides(cls, "__init__")) throw PyError.type(cls.name() + "() takes no arguments");
            }
            return new PyInstance(cls, a.interpreter());
        })));
        object.method("__init__", a -> {
            if (a.size() > 0 || !a.keywords().isEmpty()) {
                PyClass cls = BuiltinTypes.of(a.self()); // CPython's object_init: the mirror image of object_new
                if (overrides(cls, "__init__")) throw PyError.type("object.__init__() takes exactly one argument (the instance to initialize)");
                if (!overrides(cls, "__new__")) throw PyError.type(Values.typeName(a.self()) + "() takes no arguments");
            }
            return null;
        });
        object.define("__init_subclass__", new Descriptors.ClassMethod(Builtin.of("__init_subclass__", a -> {
            if (!a.keywords().isEmpty()) throw PyError.type(((PyClass) a.get(0)).name() + ".__init_subclass__() takes no keyword arguments");
            return null;
        })));
        object.method("__getattribute__", a -> {
            Object name = a.expect(1, 1).get(0);
            return a.self() instanceof PyInstance i ? Attributes.ordinary(a.interpreter(), i, attributeName(name)) : Attributes.get(a.interpreter(), a.self(), attributeName(name));
        });
        object.method("__setattr__", a -> {
            a.expect(2, 2);
            if (a.self() instanceof PyInstance i) Attributes.setOrdinary(a.interpreter(), i, attributeName(a.get(0)), a.get(1));
            else Attributes.set(a.interpreter(), a.self(), attributeName(a.get(0)), a.get(1));
            return null;
        });
        object.method("__delattr__", a -> {
            Object name = a.expect(1, 1).get(0);
            if (a.self() instanceof PyInstance i) Attributes.deleteOrdinary(a.interpreter(), i, attributeName(name));
            else Attributes.delete(a.interpreter(), a.self(), attributeName(name));
            return null;
        });
    }

    /** BaseException.__new__(cls, *args): the object with args set, whatever its __init__ later does with them. */
    static Object exceptionNew(Args a) {
        PyClass cls = newTarget(a, "BaseException");
        if (!cls.isSubclassOf(Exceptions.BASE_EXCEPTION))
            throw PyError.type("BaseException.__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of BaseException");
        return newInstance(cls, a.positional().subList(1, a.size()), a.interpreter());
    }

    /** The class argument of X.__new__(cls, ...): a class a class statement made (built-in types are made by their constructors). */
    private static PyClass newTarget(Args a, String owner) {
        if (a.size() == 0) throw PyError.type(owner + ".__new__(): not enough arguments");
        if (!(a.get(0) instanceof PyClass cls)) throw PyError.type(owner + ".__new__(X): X is not a type object (" + Values.typeName(a.get(0)) + ")");
        if (cls.isBuiltin() && cls != BuiltinTypes.OBJECT && !cls.isSubclassOf(Exceptions.BASE_EXCEPTION))
            throw PyError.type(owner + ".__new__(" + cls.name() + ") is not safe, use " + cls.name() + ".__new__()");
        return cls;
    }

    /** Whether a class defines (or inherits from a class other than object) the special method. */
    private static boolean overrides(PyClass cls, String special) {
        PyClass owner = cls.owner(special);
        return owner != null && owner != BuiltinTypes.OBJECT;
    }

    private static String attributeName(Object name) {
        if (name instanceof String s) return s;
        throw PyError.type("attribute name must be string, not '" + Values.typeName(name) + "'");
    }

    /**
     * After a class statement made {@code cls}, as type.__new__ does: each attribute's
     * {@code __set_name__(cls, name)} (a descriptor learns its name), then the nearest base's
     * {@code __init_subclass__} with the class statement's keywords.
     */
    static void created(Interpreter in, PyClass cls, Map<String, Object> namespace, Map<String, Object> keywords, Span span) {
        for (Map.Entry<String, Object> member : new ArrayList<>(namespace.entrySet()))
            if (member.getValue() instanceof PyInstance descriptor && descriptor.has("__set_name__"))
                in.call(Attributes.get(in, descriptor, "__set_name__"), Arrays.asList(cls, member.getKey()), Map.of(), span);
        if (cls.lookupAfter(cls, "__init_subclass__") instanceof Descriptors.ClassMethod hook)
            in.call(hook.function(), Arrays.asList(cls), keywords, span);
    }
}
