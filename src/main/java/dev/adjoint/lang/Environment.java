package dev.adjoint.lang;

import java.util.HashMap;
import java.util.Map;

/**
 * Variables of one scope: the session's globals, or the locals of one function call, which see
 * the scope the function was defined in (and so the globals, as they are at call time).
 */
final class Environment {
    /** Returned by {@link #get} for a name bound nowhere (None is null, so null cannot say it). */
    static final Object UNBOUND = new Object() {
        @Override
        public String toString() {
            return "<unbound>";
        }
    };

    private final Map<String, Object> values;
    private final Environment enclosing;

    Environment(Map<String, Object> values, Environment enclosing) {
        this.values = values;
        this.enclosing = enclosing;
    }

    static Environment local(Environment enclosing) {
        return new Environment(new HashMap<>(), enclosing);
    }

    Object get(String name) {
        for (Environment e = this; e != null; e = e.enclosing) {
            Object v = e.values.getOrDefault(name, UNBOUND);
            if (v != UNBOUND) return v;
        }
        return UNBOUND;
    }

    /** Assignment binds in this scope (assignments inside a function are local). */
    void define(String name, Object value) {
        values.put(name, value);
    }

    /** Every name visible from this scope, for "did you mean". */
    java.util.Set<String> names() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Environment e = this; e != null; e = e.enclosing) out.addAll(e.values.keySet());
        return out;
    }

    boolean isGlobal() {
        return enclosing == null;
    }
}
