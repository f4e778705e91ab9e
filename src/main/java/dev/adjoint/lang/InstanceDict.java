package dev.adjoint.lang;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object's {@code __dict__} as vars(obj) and obj.__dict__ give it: a live view of the object's
 * attributes, so {@code vars(p)["x"] = 1} sets {@code p.x} and a later {@code p.y = 2} shows in it,
 * as in CPython; changes go through the object, which records them in the undo log. An
 * exception's args (and OSError's errno, ...) are CPython's slots, not listed, as there.
 */
class InstanceDict extends NameDict {
    final PyInstance owner;

    InstanceDict(PyInstance owner) {
        this.owner = owner;
    }

    /** What CPython's built-in exceptions keep in slots, not in __dict__ (vars(ValueError("x")) is {}), by the class that has them. */
    private static final Map<String, List<String>> EXCEPTION_SLOTS = new HashMap<>();

    static {
        EXCEPTION_SLOTS.put("BaseException", Arrays.asList("args", "__cause__", "__context__", "__suppress_context__", "__traceback__"));
        EXCEPTION_SLOTS.put("OSError", Arrays.asList("errno", "strerror", "filename", "filename2"));
        EXCEPTION_SLOTS.put("BaseExceptionGroup", Arrays.asList("message", "exceptions"));
        EXCEPTION_SLOTS.put("StopIteration", Arrays.asList("value"));
        EXCEPTION_SLOTS.put("SystemExit", Arrays.asList("code"));
        EXCEPTION_SLOTS.put("ImportError", Arrays.asList("name", "path", "msg"));
        EXCEPTION_SLOTS.put("NameError", Arrays.asList("name"));
        EXCEPTION_SLOTS.put("AttributeError", Arrays.asList("name", "obj"));
        EXCEPTION_SLOTS.put("SyntaxError", Arrays.asList("filename", "lineno", "offset", "text", "msg", "end_lineno", "end_offset", "print_file_and_line"));
    }

    @Override
    Map<String, Object> names() {
        Map<String, Object> all = owner.attributes();
        java.util.Set<String> slots = Slots.inMro(owner.pyClass()); // a base's __slots__ are not in the subclass's __dict__
        if (!slots.isEmpty()) {
            all = new LinkedHashMap<>(all);
            all.keySet().removeAll(slots);
        }
        if (!owner.pyClass().isSubclassOf(Exceptions.BASE_EXCEPTION)) return all;
        Map<String, Object> own = new LinkedHashMap<>(all);
        for (PyClass c : owner.pyClass().mro())
            if (c.module().equals("builtins")) for (String slot : EXCEPTION_SLOTS.getOrDefault(c.name(), List.of())) own.remove(slot);
        return own;
    }

    @Override
    void set(String name, Object value) {
        owner.setOwn(name, value);
    }

    @Override
    void delete(String name) {
        owner.deleteOwn(name);
    }
}
