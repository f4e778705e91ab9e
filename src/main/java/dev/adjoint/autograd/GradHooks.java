package dev.adjoint.autograd;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;

/**
 * Hooks on tensors' gradients ({@code Tensor.register_hook}): a PyTorch backward pass (not the
 * lecture's tools) runs a tensor's hooks, in the order registered, on its gradient once it is
 * complete, before passing it on or accumulating it into {@code .grad}; a hook that returns a
 * tensor replaces the gradient. Kept beside the tensors (a weak map), so that the many tensors
 * without hooks carry nothing and a pass checks them only while some tensor has one.
 */
public final class GradHooks {
    /** A hook: the gradient it is given, or a replacement (null: keep it). */
    public interface Hook {
        Tensor apply(Tensor grad);
    }

    private static final Map<Tensor, Registered> HOOKS = Collections.synchronizedMap(new WeakHashMap<>());

    private GradHooks() {}

    /** Adds {@code hook} after {@code t}'s others; the Runnable removes it (again: nothing). */
    public static Runnable add(Tensor t, Hook hook) {
        Registered r = HOOKS.computeIfAbsent(t, k -> new Registered());
        UndoLog.touch(r);
        r.hooks.add(hook);
        return () -> {
            UndoLog.touch(r);
            r.hooks.remove(hook);
        };
    }

    static boolean any() {
        return !HOOKS.isEmpty();
    }

    /**
     * Whether a tensor that {@code inGraph} accepts has a hook: asked of the few hooked tensors,
     * so that a hook on another graph's tensor (one a session still holds) does not take every
     * later pass off the scalar path (a pass with hooks keeps its adjoints as tensors).
     */
    static boolean anyOn(Predicate<Tensor> inGraph) {
        synchronized (HOOKS) {
            for (Map.Entry<Tensor, Registered> e : HOOKS.entrySet())
                if (!e.getValue().hooks.isEmpty() && inGraph.test(e.getKey())) return true;
        }
        return false;
    }

    /** The tensors that have a hook now (few; an empty set when none has). */
    static Set<Tensor> hookedTensors() {
        if (HOOKS.isEmpty()) return Set.of();
        Set<Tensor> hooked = Collections.newSetFromMap(new IdentityHashMap<>());
        synchronized (HOOKS) {
            for (Map.Entry<Tensor, Registered> e : HOOKS.entrySet()) if (!e.getValue().hooks.isEmpty()) hooked.add(e.getKey());
        }
        return hooked;
    }

    /** {@code grad} after {@code t}'s hooks. */
    static Tensor apply(Tensor t, Tensor grad) {
        Registered r = HOOKS.get(t);
        if (r == null) return grad;
        for (Hook h : List.copyOf(r.hooks)) {
            Tensor replaced = h.apply(grad);
            if (replaced != null) grad = replaced;
        }
        return grad;
    }

    /** One tensor's hooks; a failed input puts the list back as it was. */
    private static final class Registered implements Undoable {
        final List<Hook> hooks = new ArrayList<>();

        @Override
        public Runnable snapshot() {
            List<Hook> before = List.copyOf(hooks);
            return () -> {
                hooks.clear();
                hooks.addAll(before);
            };
        }
    }
}
