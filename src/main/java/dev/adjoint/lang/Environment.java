package dev.adjoint.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;

/**
 * Variables of one scope: the session's globals, the locals of one function call (which see the
 * scope the function was defined in, and so the globals as they are at call time), a class body,
 * or a comprehension. {@code global} and {@code nonlocal} names are bound where they were declared.
 */
final class Environment implements dev.adjoint.undo.Undoable {
    /** Returned by {@link #get} for a name bound nowhere (None is null, so null cannot say it). */
    static final Object UNBOUND = new Object() {
        @Override
        public String toString() {
            return "<unbound>";
        }
    };

    /**
     * Returned by {@link #get} for a name the function reading it binds somewhere but has not
     * bound yet (CPython's UnboundLocalError), and for one an enclosing function binds but has not
     * bound yet (its NameError about a free variable): never the global of that name.
     */
    static final Object UNBOUND_LOCAL = new Object(), UNBOUND_FREE = new Object();

    private final Map<String, Object> values;
    /** A function call's local names (see LocalNames); null for the globals, a class body or a comprehension. */
    private final Set<String> locals;
    private final Environment enclosing;
    private final boolean classBody;
    /** A comprehension's scope: its loop variables live here, but a := inside it binds outside (Python's rule). */
    private final boolean comprehension;
    private Set<String> globalNames, nonlocalNames;
    /** The undo log open when it was made (see Undoable.birth). */
    private final long birth = dev.adjoint.undo.UndoLog.birth();

    Environment(Map<String, Object> values, Environment enclosing) {
        this(values, enclosing, false, false, null);
    }

    private Environment(Map<String, Object> values, Environment enclosing, boolean classBody, boolean comprehension, Set<String> locals) {
        this.values = values;
        this.enclosing = enclosing;
        this.classBody = classBody;
        this.comprehension = comprehension;
        this.locals = locals;
    }

    /**
     * A function call's scope; its names keep the order they were bound in, which locals() shows
     * (CPython: parameters, then locals). {@code locals} are the names its body binds anywhere.
     */
    static Environment local(Environment enclosing, Set<String> locals) {
        return new Environment(new LocalTable(locals.size()), enclosing, false, false, locals);
    }

    /** The scope of a class body: its names become the class's attributes; functions defined in it do not see it. */
    static Environment classBody(Environment enclosing, Map<String, Object> namespace) {
        return new Environment(namespace, enclosing, true, false, null);
    }

    /** The scope of a comprehension's loop variables. */
    static Environment comprehension(Environment enclosing) {
        return new Environment(new HashMap<>(), enclosing, false, true, null);
    }

    /** Whether this is a comprehension's own scope (CPython 3.11 runs a comprehension as a function of its own). */
    boolean isComprehension() {
        return comprehension;
    }

    /** Where {@code name := value} binds: the nearest scope that is not a comprehension's. */
    Environment outsideComprehensions() {
        Environment e = this;
        while (e.comprehension) e = e.enclosing;
        return e;
    }

    Object get(String name) {
        if (globalNames != null && globalNames.contains(name)) return global().getHere(name);
        for (Environment e = this; e != null; e = e.enclosing) {
            if (e.classBody && e != this) continue; // methods do not see their class's names, as in Python
            Object v = e.values.getOrDefault(name, UNBOUND);
            if (v != UNBOUND) return v;
            if (e.locals != null && e.locals.contains(name)) return e == this ? UNBOUND_LOCAL : UNBOUND_FREE;
        }
        return UNBOUND;
    }

    boolean isClassBody() {
        return classBody;
    }

    /** This scope's own names and values (globals() views the top level's). */
    Map<String, Object> table() {
        return values;
    }

    private Object getHere(String name) {
        return values.getOrDefault(name, UNBOUND);
    }

    /** Assignment binds in this scope (assignments inside a function are local) unless the name was declared global or nonlocal. */
    void define(String name, Object value) {
        Environment t = target(name);
        if (t != this) t.recordChange();
        t.values.put(name, value);
    }

    /**
     * A nonlocal or global name bound from inside a function changes a scope made before: a
     * function's enclosing scope (a closure's cell) records itself, so a failed input puts it
     * back; the globals are the session's, which puts them back itself.
     */
    private void recordChange() {
        if (enclosing != null) dev.adjoint.undo.UndoLog.touch(this);
    }

    @Override
    public Runnable snapshot() {
        Map<String, Object> before = new java.util.LinkedHashMap<>(values);
        return () -> {
            values.clear();
            values.putAll(before);
        };
    }

    @Override
    public long birth() {
        return birth;
    }

    /** {@code del name}: false when it is bound nowhere it could be deleted from. */
    boolean delete(String name) {
        Environment t = target(name);
        if (!t.values.containsKey(name)) return false;
        if (t != this) t.recordChange();
        t.values.remove(name);
        return true;
    }

    /**
     * Whether {@code name} is a function's local (not declared global or nonlocal) that is not
     * bound yet: {@code n += 1} in a function then reads it before it has a value, CPython's
     * UnboundLocalError, though a global of that name exists.
     */
    boolean isUnboundLocal(String name) {
        return enclosing != null && !classBody && !comprehension && target(name) == this && !values.containsKey(name);
    }

    /** Whether {@code name} is bound in the scope an assignment to it would change. */
    boolean isBoundHere(String name) {
        return target(name).values.containsKey(name);
    }

    private Environment target(String name) {
        if (globalNames != null && globalNames.contains(name)) return global();
        if (nonlocalNames != null && nonlocalNames.contains(name)) {
            for (Environment e = enclosing; e != null && e.enclosing != null; e = e.enclosing)
                if (!e.classBody && e.values.containsKey(name)) return e;
        }
        return this;
    }

    void declareGlobal(String name) {
        if (globalNames == null) globalNames = new HashSet<>();
        globalNames.add(name);
    }

    /** Declares a name of an enclosing function; false if no enclosing function binds it (Python's SyntaxError). */
    boolean declareNonlocal(String name) {
        for (Environment e = enclosing; e != null && e.enclosing != null; e = e.enclosing) {
            if (!e.classBody && e.values.containsKey(name)) {
                if (nonlocalNames == null) nonlocalNames = new HashSet<>();
                nonlocalNames.add(name);
                return true;
            }
        }
        return false;
    }

    /** Whether this is a module's scope, not a function's, a class body's or a comprehension's. */
    boolean isModuleBody() {
        return enclosing == null;
    }

    /** The module's scope (the session's globals, or an imported file's). */
    Environment global() {
        Environment e = this;
        while (e.enclosing != null) e = e.enclosing;
        return e;
    }

    /** The nearest function scope from here out (not a class body, not the module's) that binds {@code name}: where a closure's cell for it lives; null if none. */
    Environment cellOwner(String name) {
        for (Environment e = this; e != null && !e.isGlobal(); e = e.enclosing)
            if (!e.classBody && (e.values.containsKey(name) || e.locals != null && e.locals.contains(name))) return e;
        return null;
    }

    /** The nearest scope that is not a class body: where functions defined here close over. */
    Environment functionScope() {
        Environment e = this;
        while (e.classBody) e = e.enclosing;
        return e;
    }

    /**
     * The names CPython 3.11 tries, in turn, for a NameError's "Did you mean": those of the
     * function running (its code's co_varnames: {@code varNames}, bound yet or not) or of the
     * comprehension running, then the globals; a class body has no names of the first kind.
     */
    List<Set<String>> suggestionStages(Set<String> varNames) {
        Set<String> local = isGlobal() || classBody ? Set.of() : locals != null && varNames != null ? varNames : values.keySet();
        return List.of(local, global().values.keySet());
    }


    boolean isGlobal() {
        return enclosing == null;
    }
}
