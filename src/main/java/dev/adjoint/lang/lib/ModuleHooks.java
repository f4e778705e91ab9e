package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.TensorHooks;
import dev.adjoint.lang.Values;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code module.register_forward_pre_hook(hook)} and {@code register_forward_hook(hook)}, run by
 * a module's call as PyTorch 1.13's _call_impl runs them: each pre-hook gets (module, input
 * tuple) and may return a replacement input (one value is made a tuple); then forward; then each
 * hook gets (module, input, output) and may return a replacement output. Hooks run in
 * registration order; each registration returns a RemovableHandle. The hooks are hidden
 * attributes of the module, so the undo log restores them with it. Backward hooks
 * ({@code register_full_backward_hook}, {@code register_backward_hook}) are set up around the
 * call by {@link ModuleBackwardHooks}.
 */
final class ModuleHooks {
    private ModuleHooks() {}

    private static final String PRE_HOOKS = "_adjoint_forward_pre_hooks", HOOKS = "_adjoint_forward_hooks", BACKWARD_HOOKS = "_adjoint_backward_hooks";
    /** Which kind of backward hooks the module has had (True: full ones), as PyTorch's _is_full_backward_hook; absent: none yet. */
    private static final String FULL = "_adjoint_is_full_backward_hook";
    /** PyTorch numbers every handle from one counter. */
    private static final AtomicLong NEXT_ID = new AtomicLong();

    static Object registerPreHook(Args a) {
        return register(a, PRE_HOOKS);
    }

    static Object registerHook(Args a) {
        return register(a, HOOKS);
    }

    static Object registerFullBackwardHook(Args a) {
        return registerBackward(a, true);
    }

    static Object registerBackwardHook(Args a) {
        return registerBackward(a, false);
    }

    /** PyTorch keeps both kinds in one dict and refuses to mix them, even after the others were removed. */
    private static Object registerBackward(Args a, boolean full) {
        PyInstance m = TorchNn.instance(a);
        if (m.own(FULL) instanceof Boolean was && was != full)
            throw new PyError("RuntimeError", "Cannot use both regular backward hooks and full backward hooks on a single Module. Please use only one of them.");
        m.setOwn(FULL, full);
        return register(a, BACKWARD_HOOKS);
    }

    private static Object register(Args a, String kind) {
        PyInstance m = TorchNn.instance(a.expect(1, 1, "hook"));
        Object hook = a.option(0, "hook", null);
        long id = NEXT_ID.getAndIncrement();
        hooks(m, kind).put(id, hook);
        return new TensorHooks.RemovableHandle(() -> {
            PyDict d = hooks(m, kind);
            if (d.containsKey(id)) d.remove(id);
        });
    }

    /** A pre-hook registered from Java (weight_norm's, spectral_norm's), as register_forward_pre_hook registers one. */
    static void addPreHook(PyInstance m, Object hook) {
        hooks(m, PRE_HOOKS).put(NEXT_ID.getAndIncrement(), hook);
    }

    /** The first pre-hook that {@code is} accepts, or null. */
    static Object findPreHook(PyInstance m, java.util.function.Predicate<Object> is) {
        for (Object h : snapshot(m, PRE_HOOKS)) if (is.test(h)) return h;
        return null;
    }

    /** Removes the first pre-hook that {@code is} accepts and returns it; null when there is none. */
    static Object removePreHook(PyInstance m, java.util.function.Predicate<Object> is) {
        if (!(m.own(PRE_HOOKS) instanceof PyDict d)) return null;
        for (PyDict.Entry e : d.entries())
            if (is.test(e.value())) {
                d.remove(e.key());
                return e.value();
            }
        return null;
    }

    private static PyDict hooks(PyInstance m, String kind) {
        if (m.own(kind) instanceof PyDict d) return d;
        PyDict fresh = new PyDict();
        m.setOwn(kind, fresh);
        return fresh;
    }

    /** module(*input): the pre-hooks, forward, the hooks. */
    static Object call(Args a) {
        PyInstance m = TorchNn.instance(a);
        Interpreter in = a.interpreter();
        List<Object> input = new ArrayList<>(a.positional());
        TorchLazy.initializeOnFirstCall(m, input, in); // PyTorch's lazy modules infer their shapes in a pre-hook registered first
        for (Object hook : snapshot(m, PRE_HOOKS)) {
            Object r = in.call(hook, Arrays.asList(m, Values.tuple(input)));
            if (r != null) input = r instanceof List<?> l && !(r instanceof PyList) ? new ArrayList<>(l) : new ArrayList<>(List.of(r)); // a tuple, or one value made one
        }
        List<Object> backwardHooks = snapshot(m, BACKWARD_HOOKS);
        boolean full = Boolean.TRUE.equals(m.own(FULL));
        ModuleBackwardHooks backward = full && !backwardHooks.isEmpty() ? new ModuleBackwardHooks(m, backwardHooks, in) : null;
        if (backward != null) input = backward.setUpInputs(input);
        Object result = in.callMethod(m, "forward", input, a.keywords()); // keywords go to forward as given (PyTorch's hooks see the positional ones)
        for (Object hook : snapshot(m, HOOKS)) {
            Object r = in.call(hook, Arrays.asList(m, Values.tuple(input), result));
            if (r != null) result = r;
        }
        if (backward != null) result = backward.setUpOutputs(result);
        if (!full && !backwardHooks.isEmpty()) ModuleBackwardHooks.oldStyle(m, backwardHooks, input, result, in);
        return result;
    }

    /** The hooks as registered now: a hook that removes one while they run does not change this call's. */
    private static List<Object> snapshot(PyInstance m, String kind) {
        if (!(m.own(kind) instanceof PyDict d)) return List.of();
        List<Object> out = new ArrayList<>();
        for (PyDict.Entry e : d.entries()) out.add(e.value());
        return out;
    }
}
