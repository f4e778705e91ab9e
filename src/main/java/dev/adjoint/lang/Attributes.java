package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading, setting and deleting {@code obj.name} for every kind of value, by Python's rules: an
 * object's own attributes, then its class's (functions bound as methods, properties computed,
 * static and class methods as declared); built-in values find their type's methods; tensors
 * their attributes; a tracked number the number's attributes, then its node's; library objects
 * and modules their members.
 */
final class Attributes {
    /**
     * What a lecture's tracked number (x1 = 2 at the top level) answers beside a Python number's
     * attributes: its node's autograd, as the lecture uses it (y.backward(), x1.grad, x.data = ...).
     * Nothing else of a tensor's, so that code which asks hasattr(v, 'shape') or 'item' of a
     * number takes CPython's branch.
     */
    private static final java.util.Set<String> AUTOGRAD_ATTRIBUTES = java.util.Set.of("grad", "data", "requires_grad", "requires_grad_",
            "backward", "grad_fn", "is_leaf", "retain_grad", "retains_grad", "register_hook", "detach", "detach_", "zero_");

    private Attributes() {}

    static Object get(Interpreter in, Object obj, String name) {
        return get(in, obj, name, null);
    }

    /** obj.name as getattr/hasattr written at {@code span} ask for it (null: library code), where a tensor's warnings point. */
    static Object get(Interpreter in, Object obj, String name, Span span) {
        if (obj instanceof PyInstance i) return instance(in, i, name);
        if (obj instanceof PyClass c) return ofClass(c, name);
        if (obj instanceof Descriptors.Super s) return ofSuper(in, s, name);
        if (obj instanceof PyModule m) {
            if (m.has(name) || name.equals("__name__")) return m.attribute(name);
            if (name.equals("__dict__")) return m.namespace();
            if (name.equals("__doc__") && CPythonDocs.doc(m.name()) != null) return CPythonDocs.doc(m.name()); // math.__doc__: CPython's, as recorded
            throw PyError.attribute("module '" + m.name() + "' has no attribute '" + name + "'" + m.absentNote()).withHint(hint(name, m.attributeNames()));
        }
        if (name.equals("__class__") && obj instanceof HostObject) return BuiltinTypes.of(obj); // what type() gives (torch.dtype)
        if (obj instanceof Tensor t) return TensorAttributes.get(t, name, in, span);
        if (obj instanceof TrackedNumber t) {
            Object v = builtinAttribute(t.value(), name, null);
            if (v != Environment.UNBOUND || (v = ObjectDunders.ofValue(t, name)) != Environment.UNBOUND) return v;
            try {
                if (!AUTOGRAD_ATTRIBUTES.contains(name)) throw PyError.attribute(name); // a Python number's: not the tensor's shape, dtype, item, tolist (duck typing, tester Y18), nor its special methods
                return TensorAttributes.get(t.node(), name, in); // what autograd asks of it: grad, backward, is_leaf, ...
            } catch (PyError e) {
                if (!e.type().equals("AttributeError")) throw e;
                throw PyError.attribute("'" + Values.typeName(t) + "' object has no attribute '" + name + "'"); // as Python says of the number
            }
        }
        if (obj instanceof HostObject h) {
            Object v = h.attribute(name);
            if (v != null || h.attributeIsNone(name)) return v;
            if (h.pyClass() != null && (v = builtinAttribute(obj, name, in)) != Environment.UNBOUND) return v; // torch.Size.index: tuple's; a NamedTuple class's own methods
            if ((v = ObjectDunders.ofValue(obj, name)) != Environment.UNBOUND) return v;
            throw PyError.attribute("'" + h.typeName() + "' object has no attribute '" + name + "'").withHint(hint(name, h.attributeNames()));
        }
        if (obj instanceof UserFunction f) {
            if (f.hasAttribute(name)) return f.attribute(name);
            switch (name) {
                case "__name__":
                    return f.name();
                case "__qualname__":
                    return f.qualifiedName();
                case "__doc__":
                    return docstring(f);
                case "__annotations__": { // none written: an empty dict, kept so that changes to it stay (CPython's)
                    PyDict empty = new PyDict();
                    f.setAttribute(name, empty);
                    return empty;
                }
                case "__module__":
                    return f.closure().global().table().get("__name__") instanceof String module ? module : "__main__";
                case "__defaults__":
                    return defaults(f, false);
                case "__kwdefaults__":
                    return defaults(f, true);
                case "__code__":
                    return f.code();
                case "__dict__":
                    return new FunctionDict(f);
                case "__globals__": // the names of the module it was defined in (globals() of the session's own)
                    return in == null ? null : in.globalsDict(f.closure().global());
                case "__closure__":
                    return Cell.closureOf(f);
                default:
                    break;
            }
        }
        if (obj instanceof Builtin b && in != null && (name.equals("__doc__") || name.equals("__text_signature__"))) { // CPython's, as recorded
            String qualified = CPythonDocs.qualifiedName(b, in);
            String text = qualified == null ? null : name.equals("__doc__") ? CPythonDocs.doc(qualified) : CPythonDocs.textSignature(qualified);
            if (text != null) return text;
        }
        Object method = obj instanceof BoundCallable b ? b.function() : obj;
        if (method instanceof BuiltinMethod m && m.owner() != null && name.equals("__doc__")) { // str.split.__doc__: CPython's, as recorded
            String doc = CPythonDocs.doc("builtins." + m.owner() + "." + m.name());
            if (doc != null) return doc;
        }
        if (obj instanceof Callable c && name.equals("__name__")) return c.name();
        if (obj instanceof Builtin b && name.equals("__qualname__")) return b.name(); // len.__qualname__
        if (obj instanceof Builtin b && name.equals("__module__") && in != null && in.builtinNamed(b.name()) == b) return "builtins"; // print.__module__
        Object described = describedFunction(obj, name);
        if (described != Environment.UNBOUND) return described;
        if (obj instanceof BoundCallable b) {
            if (name.equals("__self__")) return b.self();
            if (name.equals("__func__")) return b.function();
            // a method reads its function's attributes, as CPython's method objects do
            if (b.function() instanceof UserFunction f && (f.hasAttribute(name) || FUNCTION_ATTRIBUTES.contains(name))) return get(in, f, name);
        }
        Object v = builtinAttribute(obj, name, null);
        if (v != Environment.UNBOUND || (v = ObjectDunders.ofValue(obj, name)) != Environment.UNBOUND) return v;
        throw PyError.attribute("'" + Values.typeName(obj) + "' object has no attribute '" + name + "'")
                .withHint(hint(name, BuiltinTypes.of(obj).dict().keySet()));
    }

    /**
     * The built-in method {@code obj.name} binds when {@code obj} is a list, a dict or a str (a
     * subclass's own method is not one), or null: what {@link #get} would bind, found without its
     * tests of every other kind of object.
     */
    static BuiltinMethod plainMethod(Object obj, String name) {
        if (!(obj instanceof PyList || obj instanceof PyDict || obj instanceof String)) return null;
        return BuiltinTypes.of(obj).lookup(name) instanceof BuiltinMethod m ? m : null;
    }

    /** An attribute a built-in type gives its values (str.upper, list.append, float.real); UNBOUND if none. */
    private static Object builtinAttribute(Object obj, String name, Interpreter in) {
        if (name.equals("__class__")) return BuiltinTypes.of(obj);
        Object v = BuiltinTypes.of(obj).lookup(name);
        if (v == Environment.UNBOUND) return v;
        return bind(obj, v, in); // in: a property's getter written in Python runs there
    }

    /** The function a staticmethod or classmethod wraps (__func__, __wrapped__), a property's fget, fset and fdel; UNBOUND for any other. */
    private static Object describedFunction(Object obj, String name) {
        if (obj instanceof Descriptors.StaticMethod m && (name.equals("__func__") || name.equals("__wrapped__"))) return m.function();
        if (obj instanceof Descriptors.ClassMethod m && (name.equals("__func__") || name.equals("__wrapped__"))) return m.function();
        if (obj instanceof Descriptors.Property p)
            switch (name) {
                case "fget": return p.getter();
                case "fset": return p.setter();
                case "fdel": return p.deleter();
                default: break;
            }
        return Environment.UNBOUND;
    }

    /** What a function has of its own besides __name__, which a method bound to it reads through it. */
    private static final Set<String> FUNCTION_ATTRIBUTES = Set.of("__annotations__", "__doc__", "__module__", "__defaults__", "__kwdefaults__",
            "__code__", "__qualname__", "__globals__", "__closure__");

    /**
     * __defaults__: the defaults of the positional parameters that have one, as a tuple, or None;
     * __kwdefaults__ ({@code keywordOnly}): those of the keyword-only ones, as a dict, or None.
     */
    private static Object defaults(UserFunction f, boolean keywordOnly) {
        List<Object> positional = new ArrayList<>();
        PyDict byName = new PyDict();
        for (int i = 0; i < f.params().size(); i++) {
            Stmt.Param p = f.params().get(i);
            Object d = f.defaults().get(i);
            if (d == Environment.UNBOUND) continue;
            if (p.kind() == Stmt.ParamKind.KEYWORD_ONLY) byName.put(p.name(), d);
            else positional.add(d);
        }
        if (keywordOnly) return byName.size() == 0 ? null : byName;
        return positional.isEmpty() ? null : Values.tuple(positional);
    }

    static String docstring(UserFunction f) {
        if (!f.body().isEmpty() && f.body().get(0) instanceof Stmt.Expression e && e.expr() instanceof Expr.Str s) return s.value();
        return null;
    }

    /** A class attribute seen through an instance: methods bound, properties computed, static and class methods unwrapped. */
    /** A special method as CPython finds it: on the type, bound to the object, never through __getattribute__. */
    static Object special(Interpreter in, PyInstance i, String name) {
        return bind(i, i.pyClass().lookup(name), in);
    }

    private static Object bind(Object self, Object v, Interpreter in) {
        if (v instanceof UserFunction || v instanceof BuiltinMethod || v instanceof GradModeContext.Decorated) return new BoundCallable(self, (Callable) v);
        if (v instanceof Descriptors.StaticMethod s) return s.function();
        if (v instanceof Descriptors.ClassMethod c) return new BoundCallable(BuiltinTypes.of(self), (Callable) c.function());
        if (v instanceof SingleDispatchMethod m) return m.bind(self, BuiltinTypes.of(self));
        if (v instanceof Descriptors.Property p) {
            if (p.getter() == null) throw PyError.attribute("property has no getter");
            return call(in, p.getter(), self);
        }
        return v;
    }

    private static Object call(Interpreter in, Object fn, Object... args) {
        if (in != null) return in.call(fn, Arrays.asList(args));
        return ((Callable) fn).call(null, Arrays.asList(args), Map.of(), null);
    }

    /** obj.name: the class's __getattribute__ if it has its own, else object's; then __getattr__ if that found nothing. */
    private static Object instance(Interpreter in, PyInstance i, String name) {
        if (PyClass.someDefinesGetattribute() && i.has("__getattribute__")) {
            try {
                return in.call(bind(i, i.pyClass().lookup("__getattribute__"), in), Arrays.asList(name));
            } catch (LangError e) {
                if (!Exceptions.matches(e, "AttributeError") || !i.has("__getattr__")) throw e;
                return in.call(bind(i, i.pyClass().lookup("__getattr__"), in), Arrays.asList(name));
            }
        }
        Object found = ordinaryOrAbsent(in, i, name);
        if (found != Environment.UNBOUND) return found;
        if (i.has("__getattr__")) return in.call(bind(i, i.pyClass().lookup("__getattr__"), in), Arrays.asList(name));
        throw noAttribute(i, name);
    }

    /** object.__getattribute__(obj, name): data descriptors (property, __set__/__delete__), then the object's own attributes, then the class's. */
    static Object ordinary(Interpreter in, PyInstance i, String name) {
        Object found = ordinaryOrAbsent(in, i, name);
        if (found == Environment.UNBOUND) throw noAttribute(i, name);
        return found;
    }

    private static Object ordinaryOrAbsent(Interpreter in, PyInstance i, String name) {
        Object fromClass = i.pyClass().lookup(name);
        if (fromClass instanceof Descriptors.Property p && p.getter() == null) throw noAccessor(name, i, "getter");
        if (fromClass instanceof Descriptors.Property) return bind(i, fromClass, in);
        boolean descriptor = fromClass instanceof PyInstance d && d.has("__get__");
        if (descriptor && isDataDescriptor((PyInstance) fromClass)) return describe(in, (PyInstance) fromClass, i, i.pyClass());
        Object own = i.own(name);
        if (own != Environment.UNBOUND) return own;
        if (name.equals("__class__")) return i.pyClass();
        if (name.equals("__dict__") && Slots.hasDict(i)) return i.dict(); // live: vars(p)["x"] = 1 sets p.x
        if (descriptor) return describe(in, (PyInstance) fromClass, i, i.pyClass());
        if (fromClass instanceof Descriptors.CachedProperty c) { // computed once, then the instance's own
            Object value = call(in, c.function(), i);
            i.setOwn(name, value);
            return value;
        }
        if (fromClass != Environment.UNBOUND) return bind(i, fromClass, in);
        if (i.value() instanceof HostObject h) { // class W(deque): the deque's maxlen
            Object v = h.attribute(name);
            if (v != null || h.attributeIsNone(name)) return v;
        }
        return ObjectDunders.ofValue(i, name);
    }

    /** CPython 3.11's words for a property without that function: "property 'p' of 'T' object has no setter". */
    private static PyError noAccessor(String name, PyInstance i, String which) {
        return PyError.attribute("property '" + name + "' of '" + i.pyClass().typeName() + "' object has no " + which);
    }

    private static PyError noAttribute(PyInstance i, String name) {
        Set<String> names = new LinkedHashSet<>(i.attributes().keySet());
        for (PyClass c : i.pyClass().mro()) names.addAll(c.dict().keySet());
        return PyError.attribute("'" + i.pyClass().typeName() + "' object has no attribute '" + name + "'").withHint(hint(name, names));
    }

    /** A descriptor that also sets or deletes: it wins over the instance's own attribute of that name (the data model's precedence). */
    private static boolean isDataDescriptor(PyInstance d) {
        return d.has("__set__") || d.has("__delete__");
    }

    /** descriptor.__get__(obj, cls): obj None when read through the class. */
    private static Object describe(Interpreter in, PyInstance descriptor, Object obj, PyClass cls) {
        return in.call(bind(descriptor, descriptor.pyClass().lookup("__get__"), in), java.util.Arrays.asList(obj, cls));
    }

    private static Object ofClass(PyClass c, String name) {
        switch (name) {
            case "__name__":
                return c.name();
            case "__qualname__":
                return c.qualifiedName();
            case "__module__":
                return c.module();
            case "__bases__":
                return Values.tuple(new ArrayList<Object>(c.bases()));
            case "__mro__":
                return Values.tuple(new ArrayList<Object>(c.mro()));
            case "mro": // type.mro(): the order as a list (a class of its own may say otherwise)
                if (c.lookup(name) == Environment.UNBOUND) return Builtin.of("mro", a -> new PyList(new ArrayList<Object>(c.mro())));
                break;
            case "__doc__": { // a class's own (its docstring or None), never a base's
                return c.dict().get("__doc__");
            }
            case "__dict__":
                if (!c.dict().containsKey("__dict__")) return new ClassDict(c);
                break;
            case "__annotations__": // a class's own, never a base's: none written is an empty dict, kept in the class (CPython 3.10's)
                if (c.dict().containsKey(name) || c.isBuiltin()) break;
                c.set(name, new PyDict());
                return c.dict().get(name);
            default:
                break;
        }
        Object v = c.lookup(name);
        if (v == Environment.UNBOUND) v = ObjectDunders.ofClass(c, name);
        if (v == Environment.UNBOUND) {
            Set<String> names = new LinkedHashSet<>();
            for (PyClass k : c.mro()) names.addAll(k.dict().keySet());
            throw PyError.attribute("type object '" + c.name() + "' has no attribute '" + name + "'").withHint(hint(name, names));
        }
        if (v instanceof Descriptors.StaticMethod s) return s.function();
        if (v instanceof Descriptors.ClassMethod m) return new BoundCallable(c, (Callable) m.function());
        if (v instanceof SingleDispatchMethod m) return m.bind(null, c);
        if (v instanceof PyInstance d && d.has("__get__")) return describe(d.interpreter(), d, null, c);
        return v;
    }

    /** super().name: looked up after the method's class in the object's class order, bound to the object. */
    private static Object ofSuper(Interpreter in, Descriptors.Super s, String name) {
        PyClass cls = s.self() instanceof PyClass c ? c : BuiltinTypes.of(s.self());
        Object v = cls.lookupAfter(s.start(), name);
        if (v == Environment.UNBOUND && s.self() instanceof PyInstance i && i.value() instanceof HostObject h) { // super().write(s) in class Log(io.StringIO)
            Object own = h.attribute(name);
            if (own != null || h.attributeIsNone(name)) return own;
        }
        if (v == Environment.UNBOUND && !(s.self() instanceof PyClass)) v = ObjectDunders.ofSuper(s.self(), cls, s.start(), name);
        if (v == Environment.UNBOUND) throw PyError.attribute("'super' object has no attribute '" + name + "'");
        if (s.self() instanceof PyClass c) {
            if (v instanceof Descriptors.ClassMethod m) return new BoundCallable(c, (Callable) m.function());
            if (v instanceof Descriptors.StaticMethod st) return st.function();
            return v;
        }
        return bind(s.self(), v, in);
    }

    static void set(Interpreter in, Object obj, String name, Object value) {
        if (obj instanceof PyInstance i) {
            if (i.has("__setattr__")) in.call(special(in, i, "__setattr__"), Arrays.asList(name, value));
            else setOrdinary(in, i, name, value);
            return;
        }
        if (obj instanceof PyClass c) {
            if (c.metaclass() != null) c.metaclass().set(c, name, value);
            else c.set(name, value);
            return;
        }
        if (obj instanceof Tensor t) {
            TensorAttributes.set(t, name, value);
            return;
        }
        if (obj instanceof TrackedNumber t && BuiltinTypes.of(t.value()).lookup(name) == Environment.UNBOUND && AUTOGRAD_ATTRIBUTES.contains(name)) {
            try {
                TensorAttributes.set(t.node(), name, value); // what autograd lets one set: data, grad, requires_grad
            } catch (PyError e) {
                if (!e.type().equals("AttributeError")) throw e;
                throw PyError.attribute("'" + Values.typeName(t) + "' object has no attribute '" + name + "'"); // as Python says of the number
            }
            return;
        }
        if (obj instanceof UserFunction f) { // a function's attributes: f.calls = 0, and functools.wraps' names
            f.setAttribute(name, value);
            return;
        }
        if (obj instanceof PyModule m && m.setAttribute(name, value)) return; // a module run from a file: its globals
        if (obj instanceof HostObject h && !(obj instanceof PyModule) && h.setAttribute(name, value)) return;
        if (obj instanceof HostObject h && !(obj instanceof PyModule))
            throw PyError.attribute("cannot set attribute '" + name + "' of " + h.typeName());
        throw PyError.attribute("'" + Values.typeName(obj) + "' object has no attribute '" + name + "'");
    }

    /** object.__setattr__(obj, name, value): a property's setter or a descriptor's __set__, else the object's own attribute. */
    static void setOrdinary(Interpreter in, PyInstance i, String name, Object value) {
        Object fromClass = i.pyClass().lookup(name);
        if (fromClass instanceof Descriptors.Property p) {
            if (p.setter() == null) throw noAccessor(name, i, "setter");
            in.call(p.setter(), Arrays.asList(i, value));
            return;
        }
        if (fromClass instanceof PyInstance d && isDataDescriptor(d)) {
            if (!d.has("__set__")) throw PyError.attribute("__set__");
            in.call(bind(d, d.pyClass().lookup("__set__"), in), java.util.Arrays.asList(i, value));
            return;
        }
        if (name.equals("__dict__") && Slots.hasDict(i)) { // self.__dict__ = self in a dict subclass: one dict from now on, as CPython's
            if (!(BuiltinSubclasses.valueOf(value) instanceof PyDict d)) throw PyError.type("__dict__ must be set to a dictionary, not a '" + Values.typeName(value) + "'");
            if (d instanceof NameDict) throw PyError.notSupported("setting __dict__ to another object's __dict__ or a namespace");
            i.shareDict(d);
            return;
        }
        Slots.checkSettable(i, name);
        i.setOwn(name, value);
    }

    /** object.__delattr__(obj, name): a property's deleter or a descriptor's __delete__, else the object's own attribute. */
    static void deleteOrdinary(Interpreter in, PyInstance i, String name) {
        Object fromClass = i.pyClass().lookup(name);
        if (fromClass instanceof Descriptors.Property p) {
            if (p.deleter() == null) throw noAccessor(name, i, "deleter");
            in.call(p.deleter(), Arrays.asList(i));
            return;
        }
        if (fromClass instanceof PyInstance d && isDataDescriptor(d)) {
            if (!d.has("__delete__")) throw PyError.attribute("__delete__");
            in.call(bind(d, d.pyClass().lookup("__delete__"), in), Arrays.asList(i));
            return;
        }
        if (i.deleteOwn(name)) return;
        if (Slots.isSlot(i, name)) throw PyError.attribute(name); // an empty slot: CPython's member descriptor names only it
        throw PyError.attribute("'" + i.pyClass().typeName() + "' object has no attribute '" + name + "'");
    }

    static void delete(Interpreter in, Object obj, String name) {
        if (obj instanceof PyInstance i) {
            if (i.has("__delattr__")) in.call(special(in, i, "__delattr__"), Arrays.asList(name));
            else deleteOrdinary(in, i, name);
            return;
        }
        if (obj instanceof PyClass c) {
            if (!c.delete(name)) throw PyError.attribute("type object '" + c.name() + "' has no attribute '" + name + "'");
            return;
        }
        if (obj instanceof Tensor t && name.equals("grad")) {
            t.setGrad(null);
            return;
        }
        if (obj instanceof UserFunction f) {
            if (!f.deleteAttribute(name)) throw PyError.attribute("'function' object has no attribute '" + name + "'");
            return;
        }
        throw PyError.attribute("'" + Values.typeName(obj) + "' object attribute '" + name + "' cannot be deleted");
    }

    /** obj.name, or null when it has no such attribute. */
    static Object getOrNull(Interpreter in, Object obj, String name) {
        return has(in, obj, name) ? get(in, obj, name) : null;
    }

    /** hasattr(obj, name). */
    static boolean has(Interpreter in, Object obj, String name) {
        return has(in, obj, name, null);
    }

    static boolean has(Interpreter in, Object obj, String name, Span span) {
        return getOrAbsent(in, obj, name, span) != Environment.UNBOUND;
    }

    /** The attribute, or {@link Environment#UNBOUND} where getting it raises AttributeError (other errors propagate). */
    static Object getOrAbsent(Interpreter in, Object obj, String name) {
        return getOrAbsent(in, obj, name, null);
    }

    static Object getOrAbsent(Interpreter in, Object obj, String name, Span span) {
        try {
            return get(in, obj, name, span);
        } catch (PyError e) {
            if (e.type().equals("AttributeError")) return Environment.UNBOUND;
            throw e;
        } catch (LangError e) {
            if (Exceptions.matches(e, "AttributeError")) return Environment.UNBOUND;
            throw e;
        } catch (IllegalArgumentException e) {
            return Environment.UNBOUND; // a tensor's "no attribute"
        }
    }

    /** The names dir() lists. */
    static List<String> names(Object obj) {
        if (obj instanceof dev.adjoint.autograd.Tensor t && !t.isNeedle()) return TensorMethods.dirNames(); // PyTorch's names that adjoint has
        Set<String> names = new LinkedHashSet<>();
        if (obj instanceof PyInstance i) names.addAll(i.attributes().keySet());
        if (obj instanceof HostObject h) names.addAll(h.attributeNames());
        if (obj instanceof PyModule) { // a module's own names, not those of its type
            names.add("__name__");
            return names.stream().sorted().toList();
        }
        PyClass c = obj instanceof PyClass k ? k : BuiltinTypes.of(obj);
        for (PyClass k : c.mro()) names.addAll(k.dict().keySet());
        names.addAll(ObjectDunders.NAMES); // object's, which every value has
        List<String> out = new ArrayList<>(names);
        java.util.Collections.sort(out);
        return out;
    }

    private static String hint(String name, Collection<String> names) {
        return Suggestions.attributeHint(name, names);
    }
}
