package dev.adjoint.lang.lib;

import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Values;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * torch.backends.cudnn as a CPU build of PyTorch has it: training scripts begin by setting
 * {@code benchmark} and {@code deterministic}, which change nothing without cuDNN, and read them
 * back; {@code is_available()} is False and {@code version()} None. A failed input puts the flags back.
 */
final class CudnnFlags implements HostObject, Undoable {
    private final Map<String, Boolean> flags = new LinkedHashMap<>();
    private final Builtin isAvailable = Builtin.of("is_available", a -> {
        a.expect(0, 0);
        return false;
    });
    private final Builtin version = Builtin.of("version", a -> {
        a.expect(0, 0);
        return null;
    });

    CudnnFlags() {
        flags.put("enabled", true);
        flags.put("benchmark", false);
        flags.put("deterministic", false);
        flags.put("allow_tf32", true);
    }

    @Override
    public String typeName() {
        return "module";
    }

    @Override
    public Object attribute(String name) {
        if (name.equals("__name__")) return "torch.backends.cudnn";
        if (name.equals("is_available")) return isAvailable;
        if (name.equals("version")) return version;
        return flags.get(name);
    }

    @Override
    public Collection<String> attributeNames() {
        List<String> names = new java.util.ArrayList<>(flags.keySet());
        names.addAll(List.of("is_available", "version"));
        return names;
    }

    @Override
    public boolean setAttribute(String name, Object value) {
        if (!flags.containsKey(name)) return false;
        if (!(value instanceof Boolean b))
            throw new PyError("RuntimeError", "set_" + name + "_cudnn expects a bool, but got " + Values.typeName(value));
        UndoLog.touch(this);
        flags.put(name, b);
        return true;
    }

    @Override
    public Runnable snapshot() {
        Map<String, Boolean> before = new LinkedHashMap<>(flags);
        return () -> {
            flags.clear();
            flags.putAll(before);
        };
    }

    @Override
    public String toString() {
        return "<module 'torch.backends.cudnn' (built-in)>";
    }
}
