package dev.adjoint.lang;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A module bound by import (math, torch, needle, ...): named members, read-only from the language. */
public final class PyModule implements HostObject {
    private final String name;
    private final Map<String, Object> members = new LinkedHashMap<>();
    /** Why a member is absent, said when one is asked for (os: "adjoint does not run commands ..."); null for none. */
    private final String absentNote;

    public PyModule(String name) {
        this(name, null);
    }

    public PyModule(String name, String absentNote) {
        this.name = name;
        this.absentNote = absentNote;
    }

    /** ": why" after a missing member's error, or "". */
    String absentNote() {
        return absentNote == null ? "" : " (" + absentNote + ")";
    }

    public String name() {
        return name;
    }

    /** A member whose value is read anew each time it is asked for (needle.autograd.TENSOR_COUNTER). */
    public interface Live {
        Object value();
    }

    /** Adds a member while the module is built. */
    public PyModule add(String member, Object value) {
        members.put(member, value);
        return this;
    }

    public PyModule add(Builtin b) {
        return add(b.name(), b);
    }

    public Map<String, Object> members() {
        return java.util.Collections.unmodifiableMap(members);
    }

    @Override
    public String typeName() {
        return "module";
    }

    @Override
    public Object attribute(String member) {
        if (member.equals("__name__")) return name;
        Object v = members.get(member);
        return v instanceof Live live ? live.value() : v;
    }

    /** Whether the module has the member (a member may be None). */
    public boolean has(String member) {
        return members.containsKey(member);
    }

    @Override
    public Collection<String> attributeNames() {
        return members.keySet();
    }

    @Override
    public String toString() {
        return "<module '" + name + "' (built-in)>";
    }
}
