package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: a built-in type (int, list, Exception, ...) or one made by a class statement.
 * Its attributes live in a dict searched along the method resolution order (C3, as Python);
 * calling it makes an instance and runs {@code __init__}, or, for a built-in type that is not
 * subclassed, calls the type's Java constructor ({@code int("3")}). A user class records its
 * attribute changes in the undo log.
 */
public final class PyClass implements Callable, Undoable {
    private final String name;
    private final String module;
    private final List<PyClass> bases;
    private final List<PyClass> mro;
    private final LinkedHashMap<String, Object> dict;
    private final Callable constructor;
    private final boolean builtin;
    /** The metaclass's hooks (enum.EnumType's), or null for type; a class statement's class takes its bases'. */
    private Metaclass metaclass;
    /** Python's __qualname__ when it is more than the name: "C.D" for a class in a class, "f.<locals>.K" in a function. */
    private String qualifiedName;
    /** CPython's tp_name when it is module-qualified ("types.SimpleNamespace"): what error messages call an object of exactly this class. */
    private String typeName;
    /** The class statement that made it and the input it was in (inspect.getsource), or null. */
    private Stmt.ClassDef statement;
    private Source source;
    /** Defines this built-in type's methods at the first look into its dict (see {@link #methodsFrom}); null once done. */
    private volatile PendingMethods pendingMethods;

    private PyClass(String name, String module, List<PyClass> bases, Map<String, Object> dict, Callable constructor, boolean builtin) {
        this.name = name;
        this.module = module;
        this.bases = List.copyOf(bases);
        this.dict = new LinkedHashMap<>(dict);
        this.constructor = constructor;
        this.builtin = builtin;
        this.mro = linearize();
        for (PyClass b : this.bases) if (metaclass == null) metaclass = b.metaclass;
    }

    /** A built-in type; {@code constructor} is what calling it does (null: make an instance and run __init__). */
    public static PyClass builtin(String name, PyClass base, Callable constructor) {
        return builtin(name, "builtins", base, constructor);
    }

    /** A built-in type of a library module (torch.Tensor). */
    public static PyClass builtin(String name, String module, PyClass base, Callable constructor) {
        return new PyClass(name, module, base == null ? List.of() : List.of(base), Map.of(), constructor, true);
    }

    /** A built-in exception type of a library module with several bases (numpy.AxisError is a ValueError and an IndexError). */
    public static PyClass builtinException(String name, String module, List<PyClass> bases) {
        return new PyClass(name, module, bases, Map.of(), null, true);
    }

    /**
     * A class of a library namespace (torch.nn.Module, Dataset, torch.autograd.Function): fixed,
     * subclassable by a class statement, its behaviour in the built-in methods {@link #method} adds.
     */
    public static PyClass library(String name, String module, PyClass base) {
        return new PyClass(name, module, List.of(base == null ? BuiltinTypes.OBJECT : base), Map.of(), null, true);
    }

    /** A class made by a class statement. */
    static PyClass user(String name, String module, List<PyClass> bases, Map<String, Object> namespace) {
        List<PyClass> b = bases.isEmpty() ? List.of(BuiltinTypes.OBJECT) : bases;
        if (namespace.containsKey("__getattribute__")) getattributeDefined = true;
        return new PyClass(name, module, b, namespace, null, false);
    }

    /**
     * Whether any class was ever given its own __getattribute__: until one is, reading an attribute
     * skips looking for it along the MRO (every obj.name would otherwise pay for that search).
     */
    private static volatile boolean getattributeDefined;

    static boolean someDefinesGetattribute() {
        return getattributeDefined;
    }

    public String name() {
        return name;
    }

    /** Python's __qualname__: the dotted path of class bodies and functions it was defined in, then its name. */
    public String qualifiedName() {
        return qualifiedName != null ? qualifiedName : name;
    }

    void setQualifiedName(String qualifiedName) {
        this.qualifiedName = qualifiedName;
    }

    /** The name error messages give an object of this class: CPython's tp_name (a C type's may name its module), else the name. */
    public String typeName() {
        return typeName != null ? typeName : name;
    }

    /** Gives a library class the module-qualified tp_name of its CPython C type ("types.SimpleNamespace"); its __name__ stays. */
    PyClass withTypeName(String typeName) {
        this.typeName = typeName;
        return this;
    }

    public String module() {
        return module;
    }

    public List<PyClass> bases() {
        return bases;
    }

    public List<PyClass> mro() {
        return mro;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /**
     * For a built-in type whose values the objects of its subclasses carry (see BuiltinSubclasses):
     * whether those values change in place (list) or not (str); null for any other class.
     */
    private Boolean mutableValues;

    /** Marks a built-in type whose subclasses' objects carry one of its values (while the table is built). */
    PyClass carryingValues(boolean mutable) {
        mutableValues = mutable;
        return this;
    }

    /** The built-in type whose values its objects carry (the first along the MRO that is one), found once: the MRO never changes. */
    private PyClass valueType;
    private boolean valueTypeFound;

    PyClass valueType() {
        if (!valueTypeFound) {
            for (PyClass c : mro) if (c.mutableValues != null) {
                valueType = c;
                break;
            }
            valueTypeFound = true;
        }
        return valueType;
    }

    /** True or false for a type whose subclasses' objects carry its values (mutable ones or not), else null. */
    Boolean mutableValues() {
        return mutableValues;
    }

    /** Whether calling it runs a Java constructor (int, list, torch.Tensor) rather than making an instance. */
    boolean hasConstructor() {
        return constructor != null;
    }

    /** Gives a library class (enum.Enum) its metaclass while the table is built; its subclasses inherit it. */
    PyClass withMetaclass(Metaclass m) {
        metaclass = m;
        return this;
    }

    /** Records the class statement that made it, in {@code source}. */
    void setStatement(Stmt.ClassDef statement, Source source) {
        this.statement = statement;
        this.source = source;
    }

    /** The class statement that made it, or null for a class made otherwise. */
    Stmt.ClassDef statement() {
        return statement;
    }

    /** The input its class statement was in, or null. */
    Source source() {
        return source;
    }

    /** The metaclass's hooks, or null: type's behaviour. */
    Metaclass metaclass() {
        return metaclass;
    }

    /** Adds a member of a built-in type while the table is built (never after). */
    public PyClass define(String member, Object value) {
        dict.put(member, value);
        return this;
    }

    /**
     * Has {@code registration} define the methods of these built-in types when the dict of one of
     * them is first looked into, not now: every method is a lambda, and linking a lambda costs
     * about 0.2 ms at start-up (JDK 17's class-data archive keeps a lambda's class but not its
     * linkage), so the ~100 methods of str, list, dict, set and the numbers, linked eagerly, were
     * ~20 ms of every start. One registration may fill several types (list and tuple share methods).
     */
    public static void methodsFrom(Runnable registration, PyClass... types) {
        PendingMethods pending = new PendingMethods(registration, types);
        for (PyClass t : types) t.pendingMethods = pending;
    }

    /** A registration run once, by whichever thread first needs one of its types (the types are shared by every session). */
    private static final class PendingMethods {
        private final Runnable registration;
        private final PyClass[] types;
        private boolean running;

        PendingMethods(Runnable registration, PyClass[] types) {
            this.registration = registration;
            this.types = types;
        }

        synchronized void run() {
            if (running) return; // the registration itself looked into one of its types
            running = true;
            registration.run();
            for (PyClass t : types) t.pendingMethods = null;
        }
    }

    /** The dict, with any pending methods defined. */
    private LinkedHashMap<String, Object> members() {
        PendingMethods pending = pendingMethods;
        if (pending != null) pending.run();
        return dict;
    }

    /** A built-in method: called with the object first ({@code "a".upper()} is {@code str.upper("a")}), which it sees as Args.self(). */
    public PyClass method(String member, Builtin.Fn fn) {
        return define(member, new BuiltinMethod(member, fn, name()));
    }

    /** The attribute along the MRO, or {@link Environment#UNBOUND}. */
    public Object lookup(String member) {
        for (PyClass c : mro) {
            Object v = c.members().getOrDefault(member, Environment.UNBOUND);
            if (v != Environment.UNBOUND) return v;
        }
        return Environment.UNBOUND;
    }

    /** The class along the MRO whose dict holds {@code member}, or null. */
    PyClass owner(String member) {
        for (PyClass c : mro) if (c.members().containsKey(member)) return c;
        return null;
    }

    /** The attribute along the MRO after {@code after} (for super()), or UNBOUND. */
    Object lookupAfter(PyClass after, String member) {
        int i = mro.indexOf(after);
        for (int k = i + 1; k < mro.size(); k++) {
            Object v = mro.get(k).members().getOrDefault(member, Environment.UNBOUND);
            if (v != Environment.UNBOUND) return v;
        }
        return Environment.UNBOUND;
    }

    public Map<String, Object> dict() {
        return Collections.unmodifiableMap(members());
    }

    /** The class's own member (not a base's), or null: one look-up, no view of the dict made (attribute assignment asks it of __slots__). */
    Object ownMember(String member) {
        return members().get(member);
    }

    void set(String member, Object value) {
        if (builtin) throw PyError.type("cannot set '" + member + "' attribute of immutable type '" + name + "'");
        UndoLog.touch(this);
        if (member.equals("__getattribute__")) getattributeDefined = true;
        dict.put(member, value);
    }

    boolean delete(String member) {
        if (builtin) throw PyError.type("cannot delete '" + member + "' attribute of immutable type '" + name + "'");
        if (!dict.containsKey(member)) return false;
        UndoLog.touch(this);
        dict.remove(member);
        return true;
    }

    public boolean isSubclassOf(PyClass other) {
        return mro.contains(other);
    }

    /** The built-in type an instance of this class really is (Exception for a user exception), or null. */
    PyClass builtinBase() {
        for (PyClass c : mro) if (c.builtin) return c;
        return null;
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        if (constructor != null) return constructor.call(interpreter, args, keywords, span);
        if (metaclass != null) return metaclass.call(interpreter, this, args, keywords, span);
        return interpreter.instantiate(this, args, keywords, span);
    }

    @Override
    public Runnable snapshot() {
        Map<String, Object> saved = new LinkedHashMap<>(dict);
        return () -> {
            dict.clear();
            dict.putAll(saved);
        };
    }

    /** C3 linearization; a hierarchy with no consistent order is Python's TypeError. */
    private List<PyClass> linearize() {
        List<List<PyClass>> sequences = new ArrayList<>();
        for (PyClass b : bases) sequences.add(new ArrayList<>(b.mro));
        sequences.add(new ArrayList<>(bases));
        List<PyClass> out = new ArrayList<>();
        out.add(this);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) return Collections.unmodifiableList(out);
            PyClass next = null;
            for (List<PyClass> s : sequences) {
                PyClass head = s.get(0);
                boolean inTail = false;
                for (List<PyClass> t : sequences) if (t.indexOf(head) > 0) inTail = true;
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) throw PyError.type("Cannot create a consistent method resolution order (MRO) for bases");
            out.add(next);
            for (List<PyClass> s : sequences) s.remove(next);
        }
    }

    @Override
    public String toString() {
        if (metaclass != null) return metaclass.repr(this);
        return module.equals("builtins") ? "<class '" + name + "'>" : "<class '" + module + "." + qualifiedName() + "'>";
    }
}
