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
    private final LinkedHashMap<String, Object> attributes;
    /** id()'s number: its own identity hash, or the one of the object it stands in for in __del__ (see Finalization). */
    private final int identity;
    /** Whether its class has __del__ and the session watches it (see Finalization). */
    private boolean finalizable;
    /** The undo log open when it was made (see Undoable.birth). */
    private final long birth = dev.adjoint.undo.UndoLog.birth();
    /** Its __dict__ (a live view of the attributes), made at the first vars(obj) or obj.__dict__. */
    private InstanceDict dict;
    /**
     * The built-in value an object of a subclass of a built-in type is (a list subclass's list, a str
     * subclass's text: see {@link BuiltinSubclasses}), or null. The built-in type's methods work on it.
     */
    private Object value;
    /** The dict assigned to its __dict__, which holds its attributes from then on, or null. */
    private PyDict shared;
    /** An exception's last raise: the error whose frames are its traceback (an exception group's box shows it), or null. */
    private LangError raisedAs;

    PyInstance(PyClass cls, Interpreter interpreter) {
        this.cls = cls;
        this.interpreter = interpreter;
        this.attributes = new LinkedHashMap<>();
        this.identity = System.identityHashCode(this);
        if (interpreter != null && !cls.isBuiltin() && has("__del__")) {
            finalizable = true;
            interpreter.finalization().watchInstance(this);
        }
    }

    /** The error this exception was last raised as (its traceback and chain), or null if it never was. */
    LangError raisedAs() {
        return raisedAs;
    }

    void raisedAs(LangError error) {
        raisedAs = error;
    }

    /** The stand-in a freed object's __del__ runs on: its class, attributes and id(), never finalized again (PEP 442). */
    private PyInstance(Remains r) {
        this.cls = r.cls;
        this.interpreter = r.interpreter;
        this.attributes = r.attributes;
        this.identity = r.identity;
        this.value = r.value;
    }

    /** What __del__ needs once the object is gone (nothing that holds the object itself). */
    static final class Remains {
        private final PyClass cls;
        private final Interpreter interpreter;
        private final LinkedHashMap<String, Object> attributes;
        private final int identity;
        /** The built-in value, kept up to date by setValue (given after the object is made). */
        private Object value;

        Remains(PyClass cls, Interpreter interpreter, LinkedHashMap<String, Object> attributes, int identity, Object value) {
            this.cls = cls;
            this.interpreter = interpreter;
            this.attributes = attributes;
            this.identity = identity;
            this.value = value;
        }

        /** Runs __del__ on {@code alive} (at exit) or on a stand-in; an error is printed as CPython's "Exception ignored in", never raised. */
        void runDel(PyInstance alive) {
            PyInstance self = alive != null ? alive : new PyInstance(this);
            if (alive != null) alive.finalizable = false;
            try {
                interpreter.callMethod(self, "__del__", java.util.List.of());
            } catch (Interrupted e) {
                throw e;
            } catch (RuntimeException e) {
                Object del = cls.lookup("__del__");
                interpreter.printer().writeError("Exception ignored in: " + Repr.repr(del) + "\n" + Interpreter.wrap(e, null).getMessage() + "\n");
            }
        }
    }

    /** What Finalization keeps of it (made once; setValue keeps its value current). */
    Remains remains() {
        if (remains == null) remains = new Remains(cls, interpreter, attributes, identity, value);
        return remains;
    }

    private Remains remains;

    boolean finalizable() {
        return finalizable;
    }

    /** id()'s number (see {@link #identity}). */
    int identity() {
        return identity;
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
        if (remains != null) remains.value = value;
    }

    /** The instance's own attribute, or {@link Environment#UNBOUND}. */
    public Object own(String name) {
        if (shared != null) return shared.containsKey(name) ? shared.get(name) : Environment.UNBOUND;
        return attributes.getOrDefault(name, Environment.UNBOUND);
    }

    public Map<String, Object> attributes() {
        if (shared == null) return Collections.unmodifiableMap(attributes);
        Map<String, Object> named = new LinkedHashMap<>();
        for (PyDict.Entry e : shared.entries()) if (e.key() instanceof String s) named.put(s, e.value());
        return Collections.unmodifiableMap(named);
    }

    /** vars(obj), obj.__dict__: one live dict of its attributes (the dict given to __dict__, if one was). */
    PyDict dict() {
        if (shared != null) return shared;
        if (dict == null) dict = new InstanceDict(this);
        return dict;
    }

    /**
     * { self.__dict__ = d}: its attributes are d's items from now on, one dict (the AttrDict idiom
     * { self.__dict__ = self} of a dict subclass: { cfg.lr} is { cfg["lr"]}).
     */
    void shareDict(PyDict d) {
        UndoLog.touch(this);
        shared = d;
    }

    public void setOwn(String name, Object value) {
        if (shared != null) {
            shared.put(name, value);
            return;
        }
        UndoLog.touch(this);
        attributes.put(name, value);
    }

    public boolean deleteOwn(String name) {
        if (shared != null) return shared.remove(name) != null;
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
        if (has("__len__")) return length() != 0;
        if (value != null) return Values.truthy(value); // a float subclass's 0.0
        return true;
    }

    /** __len__'s answer as CPython takes it (PyNumber_AsSsize_t): an int, or an object with __index__; not negative. */
    long length() {
        Object n = Values.plain(call("__len__"));
        if (!(n instanceof Long || n instanceof java.math.BigInteger || n instanceof Boolean || n instanceof PyInstance i && i.has("__index__")))
            throw PyError.type("'" + Values.typeName(n) + "' object cannot be interpreted as an integer");
        if (n instanceof java.math.BigInteger) throw PyError.overflow("cannot fit 'int' into an index-sized integer");
        long k = Values.toLong(n, "__len__()");
        if (k < 0) throw PyError.value("__len__() should return >= 0");
        return k;
    }

    /** for x in obj: __iter__ (an iterator with __next__, or any iterable), else __getitem__ with 0, 1, 2, ... until IndexError. */
    public Iterator<Object> iterate() {
        if (has("__iter__")) {
            Object it = iteratorFromIter();
            if (it instanceof PyInstance i) return i.nextCalls();
            return Values.iterate(it);
        }
        if (has("__getitem__")) return indexCalls();
        if (value != null) return Values.iterate(value); // class Log(io.StringIO): its lines
        throw PyError.type("'" + cls.typeName() + "' object is not iterable");
    }

    /** What __iter__ returned, refused as CPython's iter() refuses it when it is not an iterator (a list, a number, an object without __next__). */
    Object iteratorFromIter() {
        Object method = cls.lookup("__iter__");
        if (method == null) throw PyError.type("'" + cls.typeName() + "' object is not iterable"); // __iter__ = None
        Object it = call("__iter__");
        if (!(method instanceof UserFunction)) return it; // a library class's own __iter__ (nn.ModuleList's) answers what it answers
        Object p = Values.plain(it);
        if (p == null || p instanceof PyInstance i && !i.has("__next__") || p instanceof Number || p instanceof Boolean || p instanceof String
                || p instanceof PyBytes || p instanceof java.util.List || p instanceof PyDict || p instanceof PySet || p instanceof RangeValue)
            throw PyError.type("iter() returned non-iterator of type '" + Values.typeName(it) + "'");
        return it;
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
        PyDict savedShared = shared;
        return () -> {
            attributes.clear();
            attributes.putAll(saved);
            cls = savedClass;
            value = savedValue;
            shared = savedShared;
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
