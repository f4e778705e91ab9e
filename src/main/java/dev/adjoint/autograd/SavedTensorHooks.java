package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * PyTorch's hooks for saved tensors ({@code torch.autograd.graph.saved_tensors_hooks(pack,
 * unpack)}): while a pair is active, each node recorded hands the tensors its backward rule saves
 * (its inputs in order, then its output) to pack as it is made, and a backward pass hands what
 * pack returned to unpack just before the node's rule runs. adjoint's rules read the saved tensors
 * themselves, so an unpack that gives back other values is refused rather than ignored.
 */
public final class SavedTensorHooks {
    /** What pack returns is kept for unpack. */
    public interface Pack {
        Object pack(Tensor saved);
    }

    public interface Unpack {
        Object unpack(Object packed);
    }

    private record Pair(Pack pack, Unpack unpack) {}

    private record Packed(Unpack unpack, Tensor[] saved, Object[] packed) {}

    private static final ThreadLocal<ArrayDeque<Pair>> ACTIVE = ThreadLocal.withInitial(ArrayDeque::new);
    private static final Map<Tensor, Packed> PACKED = Collections.synchronizedMap(new WeakHashMap<>());
    /** Whether a pair was ever active: until then recording a node asks nothing more. */
    static volatile boolean everUsed;

    private SavedTensorHooks() {}

    /** The pair is active (the innermost) until the scope closes. */
    public static Scope push(Pack pack, Unpack unpack) {
        everUsed = true;
        ArrayDeque<Pair> active = ACTIVE.get();
        Pair p = new Pair(pack, unpack);
        active.push(p);
        return () -> active.remove(p);
    }

    /** A node just recorded: its saved tensors through the innermost pack. */
    static void recorded(Tensor node) {
        Pair top = ACTIVE.get().peek();
        if (top == null) return;
        int bits = node.op().saved(node) & ~Op.CONSTANT;
        Tensor[] saved = new Tensor[Integer.bitCount(bits)];
        int n = 0;
        for (int i = 0; i < node.inputCount(); i++) if ((bits & (1 << i)) != 0) saved[n++] = node.input(i);
        if ((bits & Op.OUTPUT) != 0) saved[n++] = node;
        if (n == 0) return;
        Object[] packed = new Object[n];
        for (int i = 0; i < n; i++) packed[i] = top.pack.pack(saved[i]);
        PACKED.put(node, new Packed(top.unpack, saved, packed));
    }

    /** Before a node's backward rule: what was packed, unpacked (and checked to be the saved values). */
    static void beforeBackward(Tensor node) {
        Packed p = PACKED.get(node);
        if (p == null) return;
        for (int i = 0; i < p.packed.length; i++) {
            Object back = p.unpack.unpack(p.packed[i]);
            if (!(back instanceof Tensor t) || !t.value().sameShape(p.saved[i].value()) || !t.value().equals(p.saved[i].value()))
                throw new AutogradException("adjoint's backward rules read the tensors a node saved: an unpack hook must return a tensor "
                        + "equal to the one packed (this one returned " + (back instanceof Tensor ? "other values" : "no tensor") + ")");
        }
    }
}
