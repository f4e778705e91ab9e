package dev.adjoint.lang.lib;

import dev.adjoint.autograd.SavedTensorHooks;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.ContextManager;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.scope.Scope;
import java.util.Arrays;
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

    /** saved_tensors_hooks(pack_hook, unpack_hook): one object, however torch.autograd.graph is reached (import or attribute). */
    private static final Builtin SAVED_TENSORS_HOOKS = Builtin.of("saved_tensors_hooks", a -> {
        // PyTorch's is a class: its messages name __init__ and count self
        if (a.size() > 2) throw PyError.type("saved_tensors_hooks.__init__() takes 3 positional arguments but " + (a.size() + 1) + " were given");
        a = a.positionalFrom("pack_hook", "unpack_hook");
        List<String> missing = new java.util.ArrayList<>();
        for (int i = a.size(); i < 2; i++) missing.add(i == 0 ? "pack_hook" : "unpack_hook");
        if (!missing.isEmpty()) throw PyError.type("saved_tensors_hooks.__init__() " + Args.missingArguments(missing));
        return new TorchSavedTensorsHooks(a.expect(2, 2).get(0), a.get(1));
    });

    /** torch.autograd.graph. */
    static PyModule module() {
        PyModule m = new PyModule("torch.autograd.graph");
        m.add(SAVED_TENSORS_HOOKS);
        return m;
    }

    @Override
    public Object enter(Interpreter in) {
        if (!Values.callable(pack) || !Values.callable(unpack))
            throw PyError.type("_push_saved_tensors_default_hooks(): incompatible function arguments. The following argument types are supported:\n"
                    + "    1. (arg0: function, arg1: function) -> None\n\nInvoked with: " + Repr.repr(pack) + ", " + Repr.repr(unpack));
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
}
