package dev.adjoint.lang.lib;

import dev.adjoint.autograd.SavedTensorHooks;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.ContextManager;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.scope.Scope;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * {@code torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook)}: inside the with block,
 * the nodes recorded call pack_hook on each tensor they save, and a backward pass calls unpack_hook
 * on what it returned (see {@link SavedTensorHooks}).
 */
final class TorchSavedTensorsHooks implements HostObject, ContextManager {
    private final Object pack, unpack;
    private Scope active;

    private TorchSavedTensorsHooks(Object pack, Object unpack) {
        this.pack = pack;
        this.unpack = unpack;
    }

    /** torch.autograd.graph. */
    static PyModule module() {
        PyModule m = new PyModule("torch.autograd.graph");
        m.add(Builtin.of("saved_tensors_hooks", a -> {
            a.expect(2, 2, "pack_hook", "unpack_hook").require("pack_hook", "unpack_hook");
            return new TorchSavedTensorsHooks(a.option(0, "pack_hook", null), a.option(1, "unpack_hook", null));
        }));
        return m;
    }

    @Override
    public Object enter(Interpreter in) {
        active = SavedTensorHooks.push(t -> in.call(pack, Arrays.asList(t)), packed -> {
            Object r = in.call(unpack, Arrays.asList(packed));
            if (!(r instanceof dev.adjoint.autograd.Tensor))
                throw PyError.type("Output of saved tensor unpack_hook expected to be a Tensor but got result of type " + Values.typeName(r));
            return r;
        });
        return null;
    }

    @Override
    public void exit() {
        if (active != null) active.close();
        active = null;
    }

    @Override
    public String typeName() {
        return "saved_tensors_hooks";
    }

    @Override
    public Object attribute(String name) {
        return null;
    }

    @Override
    public Collection<String> attributeNames() {
        return List.of();
    }
}
