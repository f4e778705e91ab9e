package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object of a class made by a class statement (or of a built-in exception class): its
 * attributes, recorded in the undo log before their first change in an input. It keeps the
 * interpreter that made it, which runs its special methods (__repr__, __len__, __iter__, ...)
 * wherever Python would call them, printing included.
 */
public final class PyInstance implements Undoable {
    private PyClass cls; // changed only by becomeInstanceOf (a lazy module turning into its eager class)
    private final Interpreter interpreter;
    private final LinkedHashMap<String, Object> attributes = new LinkedHashMap<>();
    /** The undo log open when it was made (see Undoable.birth). */
    private final long birth = dev.adjoint.undo.UndoLog.birth();
    /** Its __dict__ (a live view of the attributes), made at the first vars(obj) or obj.__dict__. */
    private InstanceDict dict;
    /**
     * The built-in value an object of a subclass of a built-in type is (a list subclass's list, a str
     * subclass's text: see {@link BuiltinSubclasses}), or null. The built-in type's methods work on it.
     */
    private Object value;

    PyInstance(PyClass cls, Interpreter interpreter) {
        this.cls = cls;
        this.interpreter = interpreter;
    }

    /** A new instance of a library class without its __init__ (what the library's own code makes: a distribution's expand()). */
    public static PyInstance blank(PyClass cls, Interpreter interpreter) {
        return new PyInstance(cls, interpreter);
    }

    public PyClass pyClass() {
        return cls;
    }

    /** {@code obj.__class__ = cls}, as PyTorch's lazy modules do after their first call (recorded, so a failed input puts the class back). */
    public void becomeInstanceOf(PyClass newClass) {
        UndoLog.touch(this);
        cls = newClass;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /** The built-in value it carries as an object of a subclass of a built-in type, or null. */
    public Object value() {
        return value;
    }

    /** Gives it its built-in value: at creation, or again when a mutable type's __init__ runs (list.__init__ refills the list). */
    void setValue(Object value) {
        UndoLog.touch(this);
        this.value = value;
    }

    /** The instance's own attribute, or {@link Environment#UNBOUND}. */
    public Object own(String name) {
        return attributes.getOrDefault(name, Environment.UNBOUND);
    }

    public Map<String, Object> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** vars(obj), obj.__dict__: one live dict of its attributes. */
    PyDict dict() {
        if (dict == null) dict = new InstanceDict(this);
        return dict;
    }

    public void setOwn(String name, Object value) {
        UndoLog.touch(this);
        attributes.put(name, value);
    }

    public boolean deleteOwn(String name) {
        if (!attributes.containsKey(name)) return false;
        UndoLog.touch(this);
        attributes.remove(name);
        return true;
    }

    /** Whether the class defines a special method (not one of object's defaults). */
    public boolean has(String special) {
        PyClass owner = cls.owner(special);
        return owner != null && owner != BuiltinTypes.OBJECT;
    }

    /** Calls a method the class defines: {@code self.name(args)}. */
    public Object call(String method, Object... args) {
        return interpreter.callMethod(this, method, Arrays.asList(args));
    }

    public String repr() {
        if (has("__repr__")) return text(call("__repr__"), "__repr__");
        if (value != null) return BuiltinSubclasses.repr(this);
        String module = cls.module().equals("builtins") ? "" : cls.module() + "."; // <object object at 0x...>, as CPython names a built-in type
        return "<" + module + cls.qualifiedName() + " object at " + Values.address(this) + ">";
    }

    /**
     * What IPython's pretty printer shows for it as a cell's result when its class keeps object's repr:
     * {@code <__main__.P at 0x7f...>} (repr() has "object at"); null when the class defines __repr__.
     */
    public String ipythonPretty() {
        return has("__repr__") || value != null ? null : "<" + cls.module() + "." + cls.qualifiedName() + " at " + Values.address(this) + ">";
    }

    public String str() {
        if (has("__str__")) return text(call("__str__"), "__str__");
        if (value instanceof String s) return s; // str.__str__: the text, whatever __repr__ says
        return repr();
    }

    private static String text(Object v, String method) {
        if (v instanceof String s) return s;
        throw PyError.type(method + " returned non-string (type " + Values.typeName(v) + ")");
    }

    public boolean truthy() {
        if (has("__bool__")) {
            Object v = call("__bool__");
            if (!(v instanceof Boolean b)) throw PyError.type("__bool__ should return bool, returned " + Values.typeName(v));
            return b;
        }
        if (has("__len__")) return Values.toLong(call("__len__"), "__len__()") != 0;
        if (value != null) return Values.truthy(value); // a float subclass's 0.0
        return true;
    }

    /** for x in obj: __iter__ (an iterator with __next__, or any iterable), else __getitem__ with 0, 1, 2, ... until IndexError. */
    public Iterator<Object> iterate() {
        if (has("__iter__")) {
            Object it = call("__iter__");
            if (it instanceof PyInstance i && i.has("__next__")) return i.nextCalls();
            return Values.iterate(it);
        }
        if (has("__getitem__")) return indexCalls();
        throw PyError.type("'" + cls.name() + "' object is not iterable");
    }

    /** An iterator object: each step calls __next__ until it raises StopIteration. */
    Iterator<Object> nextCalls() {
        return new Lookahead() {
            Object fetch() {
                try {
                    return call("__next__");
                } catch (LangError e) {
                    if (Exceptions.matches(e, "StopIteration")) return END;
                    throw e;
                }
            }
        };
    }

    /** __getitem__ with 0, 1, 2, ... until IndexError (the old iteration protocol, and Sequence's __iter__). */
    Iterator<Object> indexCalls() {
        return new Lookahead() {
            long i;

            Object fetch() {
                try {
                    return call("__getitem__", i++);
                } catch (LangError e) {
                    if (Exceptions.matches(e, "IndexError") || Exceptions.matches(e, "StopIteration")) return END;
                    throw e;
                }
            }
        };
    }

    @Override
    public Runnable snapshot() {
        Map<String, Object> saved = new LinkedHashMap<>(attributes);
        PyClass savedClass = cls;
        Object savedValue = value;
        return () -> {
            attributes.clear();
            attributes.putAll(saved);
            cls = savedClass;
            value = savedValue;
        };
    }

    @Override
    public String toString() {
        return "<" + cls.module() + "." + cls.name() + " object>";
    }

    @Override
    public long birth() {
        return birth;
    }
}
