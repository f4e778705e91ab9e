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
 * Hooks a PyTorch backward pass (not the lecture's tools) runs, as PyTorch 1.13's engine runs them:
 * a tensor's hooks ({@code Tensor.register_hook}) on its complete gradient, and its node's hooks
 * ({@code grad_fn.register_prehook} on the gradient of its output, {@code grad_fn.register_hook}
 * on the gradients it computed for its inputs). A hook that returns something replaces what it
 * was given. Kept beside the tensors (a weak map), so that the many tensors without hooks carry
 * nothing and a pass checks them only while some tensor has one.
 *
 * <p>Before a node runs, its pre-hooks, its tensor's hooks and its retain_grad take turns in the
 * order each kind was first registered (PyTorch keeps each kind in one slot of the node's list,
 * added when the first of its kind is), each kind's hooks in the order registered; retain_grad
 * keeps the gradient as it is at its turn. A leaf's node (AccumulateGrad) runs its pre-hooks,
 * then the leaf's hooks, accumulates, then its post-hooks, given the gradient before the
 * leaf's hooks.
 */
public final class GradHooks {
    /** A tensor hook: the gradient it is given, or a replacement (null: keep it). */
    public interface Hook {
        Tensor apply(Tensor grad);
    }

    /** A node pre-hook: given the node's output gradients, returns replacements (null: keep them; a null entry: no gradient). */
    public interface PreHook {
        Tensor[] apply(Tensor[] gradOutputs);
    }

    /** A node post-hook: given the gradients the node computed for its inputs (null: none) and its output gradients, returns replacements for the first (null: keep them). */
    public interface PostHook {
        Tensor[] apply(Tensor[] gradInputs, Tensor[] gradOutputs);
    }

    private static final Map<Tensor, Registered> HOOKS = Collections.synchronizedMap(new WeakHashMap<>());

    private GradHooks() {}

    /** Adds a tensor hook after {@code t}'s others; the Runnable removes it (again: nothing). */
    public static Runnable add(Tensor t, Hook hook) {
        return register(t, Slot.TENSOR, hook);
    }

    /** Adds a pre-hook to the node that made {@code node} (its AccumulateGrad for a leaf). */
    public static Runnable addPre(Tensor node, PreHook hook) {
        return register(node, Slot.PRE, hook);
    }

    /** Adds a post-hook to the node that made {@code node} (its AccumulateGrad for a leaf). */
    public static Runnable addPost(Tensor node, PostHook hook) {
        return register(node, Slot.POST, hook);
    }

    private static Runnable register(Tensor t, Slot kind, Object hook) {
        Registered r = HOOKS.computeIfAbsent(t, k -> new Registered(k.retainsGrad() && !k.isLeaf()));
        UndoLog.touch(r);
        r.add(kind, hook);
        return () -> {
            if (removeFrom(r, kind, hook) || kind == Slot.TENSOR) return;
            synchronized (HOOKS) { // a node hook moved with its node (see nodeMoved)
                for (Registered other : HOOKS.values()) if (removeFrom(other, kind, hook)) return;
            }
        };
    }

    /** Removes the hook from r's; false if r does not hold it. */
    private static boolean removeFrom(Registered r, Slot kind, Object hook) {
        List<Object> list = r.hooks.get(kind.ordinal());
        if (!list.contains(hook)) return false;
        UndoLog.touch(r);
        list.remove(hook);
        return true;
    }

    /**
     * An in-place change made {@code from} a new node and moved the node it was to {@code to}: that
     * node's hooks (pre- and post-hooks) go with it, as PyTorch's hooks stay on the old grad_fn; the
     * tensor's own hooks and retain_grad stay with the tensor.
     */
    static void nodeMoved(Tensor from, Tensor to) {
        Registered r = HOOKS.get(from);
        if (r == null || r.hooks.get(Slot.PRE.ordinal()).isEmpty() && r.hooks.get(Slot.POST.ordinal()).isEmpty()) return;
        UndoLog.touch(r);
        Registered moved = HOOKS.computeIfAbsent(to, k -> new Registered(false));
        UndoLog.touch(moved);
        for (Slot kind : new Slot[] {Slot.PRE, Slot.POST}) {
            List<Object> list = r.hooks.get(kind.ordinal());
            for (Object h : list) moved.add(kind, h);
            list.clear();
        }
        r.turns.remove(Slot.PRE);
    }

    /** t now retains its gradient: its turn comes after the hooks it already has (none: first). */
    static void retainsGrad(Tensor t) {
        Registered r = HOOKS.get(t);
        if (r == null) return;
        UndoLog.touch(r);
        r.turn(Slot.RETAIN);
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
                if (e.getValue().any() && inGraph.test(e.getKey())) return true;
        }
        return false;
    }

    /** The tensors that have a hook now (few; an empty set when none has). */
    static Set<Tensor> hookedTensors() {
        if (HOOKS.isEmpty()) return Set.of();
        Set<Tensor> hooked = Collections.newSetFromMap(new IdentityHashMap<>());
        synchronized (HOOKS) {
            for (Map.Entry<Tensor, Registered> e : HOOKS.entrySet()) if (e.getValue().any()) hooked.add(e.getKey());
        }
        return hooked;
    }

    /** Whether {@code t} has a hook of any kind. */
    static boolean has(Tensor t) {
        Registered r = HOOKS.get(t);
        return r != null && r.any();
    }

    /** Receives what a retain_grad keeps at its turn. */
    interface Retained {
        void keep(Tensor grad);
    }

    /**
     * A node's gradient {@code grad} after the turns before it runs (pre-hooks, its tensor's hooks,
     * retain_grad, which hands {@code retained} its gradient); null: no gradient is left.
     */
    static Tensor beforeNode(Tensor node, Tensor grad, Retained retained) {
        Registered r = HOOKS.get(node);
        if (r == null) return grad;
        for (Slot turn : List.copyOf(r.turns)) {
            if (grad == null) return null;
            switch (turn) {
                case PRE -> grad = pre(r, grad);
                case TENSOR -> grad = tensorHooks(r, grad);
                case RETAIN -> retained.keep(grad);
                default -> throw new IllegalStateException(turn.name());
            }
        }
        return grad;
    }

    /** The gradients a node computed for its PyTorch inputs ({@code gradInputs}, null where none), after its post-hooks. */
    static Tensor[] afterNode(Tensor node, Tensor[] gradInputs, Tensor gradOutput) {
        Registered r = HOOKS.get(node);
        if (r == null) return gradInputs;
        for (Object h : r.copy(Slot.POST)) {
            Tensor[] replaced = ((PostHook) h).apply(gradInputs.clone(), new Tensor[] {gradOutput});
            if (replaced != null) gradInputs = replaced;
        }
        return gradInputs;
    }

    /** What a leaf accumulates of {@code grad} after its AccumulateGrad's hooks and its own (null: nothing). */
    static Tensor leafGradient(Tensor leaf, Tensor grad) {
        Registered r = HOOKS.get(leaf);
        if (r == null) return grad;
        Tensor beforeLeafHooks = pre(r, grad);
        if (beforeLeafHooks == null) return null;
        Tensor accumulated = tensorHooks(r, beforeLeafHooks);
        for (Object h : r.copy(Slot.POST)) ((PostHook) h).apply(new Tensor[0], new Tensor[] {beforeLeafHooks});
        return accumulated;
    }

    private static Tensor pre(Registered r, Tensor grad) {
        for (Object h : r.copy(Slot.PRE)) {
            Tensor[] replaced = ((PreHook) h).apply(new Tensor[] {grad});
            if (replaced != null) grad = replaced[0];
            if (grad == null) return null;
        }
        return grad;
    }

    private static Tensor tensorHooks(Registered r, Tensor grad) {
        for (Object h : r.copy(Slot.TENSOR)) {
            Tensor replaced = ((Hook) h).apply(grad);
            if (replaced != null) grad = replaced;
        }
        return grad;
    }

    /** The kinds of hooks; the first three take turns before a node runs. */
    private enum Slot { PRE, TENSOR, RETAIN, POST }

    /** One tensor's hooks, by kind, and the order of the turns; a failed input puts them back as they were. */
    private static final class Registered implements Undoable {
        final List<List<Object>> hooks = new ArrayList<>();
        final List<Slot> turns = new ArrayList<>();

        Registered(boolean retainsGrad) {
            for (int i = 0; i < Slot.values().length; i++) hooks.add(new ArrayList<>());
            if (retainsGrad) turns.add(Slot.RETAIN);
        }

        void add(Slot kind, Object hook) {
            if (kind != Slot.POST) turn(kind);
            hooks.get(kind.ordinal()).add(hook);
        }

        void turn(Slot kind) {
            if (!turns.contains(kind)) turns.add(kind);
        }

        boolean any() {
            for (List<Object> l : hooks) if (!l.isEmpty()) return true;
            return false;
        }

        /** The hooks of a kind as registered now: a hook that removes one while they run does not change this pass's. */
        List<Object> copy(Slot kind) {
            return List.copyOf(hooks.get(kind.ordinal()));
        }

        @Override
        public Runnable snapshot() {
            List<List<Object>> before = new ArrayList<>();
            for (List<Object> l : hooks) before.add(List.copyOf(l));
            List<Slot> turnsBefore = List.copyOf(turns);
            return () -> {
                for (int i = 0; i < hooks.size(); i++) {
                    hooks.get(i).clear();
                    hooks.get(i).addAll(before.get(i));
                }
                turns.clear();
                turns.addAll(turnsBefore);
            };
        }
    }
}
