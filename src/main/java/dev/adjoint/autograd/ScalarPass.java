package dev.adjoint.autograd;

import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reverse pass over a scalar graph (0-d nodes whose ops have a {@link ScalarRule}) without a
 * topological sort: the nodes are run newest first (by creation number), the order PyTorch's
 * engine and {@link ReversePass} run them in, taken from a frontier of the nodes that have
 * received a share of their adjoint but have not run. A node is always newer than its inputs, so
 * when the newest node of the frontier runs, every node that uses it has run. A scalar graph's
 * frontier is a handful of nodes (a chain's next links), so the pass allocates nothing per node
 * but the list of nodes it frees: where the sort's walk, its order and the per-node positions and
 * adjoints cost ~38 bytes a node (a million-node pass touched ~40 MB of fresh memory, and its
 * page faults were much of a cold pass's time).
 *
 * <p>Each adjoint is the sum of its shares in the order they arrived (the frontier orders a
 * node's shares by arrival), as {@link Adjoints} sums them, so both passes give the same bits. At
 * the first node that is not a scalar one (or that has a gradient hook, or uses a leaf that has one) the rest of the graph is
 * handed to {@link ReversePass}: the frontier and the leaves reached so far become its roots,
 * their adjoints so far its seeds, so the remaining shares are still added in the same order.
 */
final class ScalarPass {
    private final boolean retainGraph, strict;
    private final Set<Tensor> hooked; // tensors with gradient hooks (few): their pass is ReversePass's

    // the frontier: a binary heap of (node, share), newest node first, a node's shares in the order they arrived
    private Tensor[] nodes = new Tensor[16];
    private long[] seqs = new long[16], arrivals = new long[16];
    private double[] shares = new double[16];
    private int size;
    private long arrived;

    private final IdentityHashMap<Tensor, double[]> leaves = new IdentityHashMap<>(); // a leaf's adjoint so far
    private final IdentityHashMap<Tensor, Tensor> kept = new IdentityHashMap<>(); // adjoints of retain_grad nodes
    private final Freed freed = new Freed();

    private ScalarPass(boolean retainGraph, boolean strict, Set<Tensor> hooked) {
        this.retainGraph = retainGraph;
        this.strict = strict;
        this.hooked = hooked;
    }

    /**
     * The pass for roots seeded by {@code seeds} (checked already), or null when a root is not 0-d
     * (then nothing was done). Takes the same arguments as {@link ReversePass} with no targets, no
     * graph recorded, no listener and only the leaves' and retained nodes' adjoints kept.
     */
    static Map<Tensor, Tensor> run(List<Tensor> roots, Tensor[] seeds, boolean retainGraph, boolean strict) {
        for (int i = 0; i < roots.size(); i++) if (!roots.get(i).isScalar() || !seeds[i].isScalar()) return null;
        ScalarPass pass = new ScalarPass(retainGraph, strict, GradHooks.hookedTensors());
        for (int i = 0; i < roots.size(); i++) pass.share(roots.get(i), seeds[i].item());
        try {
            Map<Tensor, Tensor> result = pass.sweep();
            // only the nodes made before the input, as ReversePass: recording the others kept the graph alive until the input ended
            Freed older = pass.freed.madeBefore(UndoLog.birth());
            if (older.count > 0) UndoLog.touch(older);
            return result;
        } catch (RuntimeException | Error e) {
            pass.freed.unmark(); // a failed pass frees nothing
            throw e;
        }
    }

    /** Runs the frontier's nodes newest first; the adjoints kept (leaves', retained nodes'), as ReversePass returns them. */
    private Map<Tensor, Tensor> sweep() {
        int steps = 0;
        while (size > 0) {
            if ((++steps & 1023) == 0) ComputationInterrupted.poll();
            Tensor v = nodes[0];
            ScalarRule rule = ruleOf(v);
            if (rule == null || hooked(v)) return handOver();
            double g = take(v);
            if (v.retainsGrad()) kept.put(v, Tensor.constant(g));
            if (strict) ReversePass.checkSaved(v);
            if (SavedTensorHooks.everUsed && strict) SavedTensorHooks.beforeBackward(v); // as ReversePass, before the node's rule
            if (!retainGraph && !v.released()) {
                v.release(true);
                freed.add(v);
            }
            Tensor in0 = v.input(0), in1 = v.inputCount() > 1 ? v.input(1) : null;
            double a = in0.item(), b = in1 != null ? in1.item() : 0, y = v.item();
            if (in0.requiresGrad()) share(in0, rule.adjoint(0, g, a, b, y));
            if (in1 != null && in1.requiresGrad()) share(in1, rule.adjoint(1, g, a, b, y));
        }
        Map<Tensor, Tensor> result = kept;
        for (Map.Entry<Tensor, double[]> e : leaves.entrySet()) {
            Tensor leaf = e.getKey(), g = Tensor.constant(e.getValue()[0]);
            if (hooked.contains(leaf)) g = GradHooks.leafGradient(leaf, g); // a root (a used leaf hands the pass over): its hooks before it accumulates
            if (g != null) result.put(leaf, g);
        }
        return result;
    }

    /** Whether v or a leaf it uses has hooks: ReversePass runs them in PyTorch's order (a leaf's as soon as its last user has run). */
    private boolean hooked(Tensor v) {
        if (hooked.isEmpty()) return false;
        if (hooked.contains(v)) return true;
        for (int i = 0; i < v.inputCount(); i++) if (v.input(i).isLeaf() && hooked.contains(v.input(i))) return true;
        return false;
    }

    /** v's op as a {@link ScalarRule} when v and its operands are 0-d, as {@link ReversePass} decides it; else null. */
    private static ScalarRule ruleOf(Tensor v) {
        if (!(v.op() instanceof ScalarRule rule) || !v.isScalar()) return null;
        for (int i = 0; i < v.inputCount(); i++) if (!v.input(i).isScalar()) return null;
        return rule;
    }

    /** Adds a share of t's adjoint: a leaf's at once, a node's to the frontier. */
    private void share(Tensor t, double share) {
        if (t.isLeaf()) {
            double[] sum = leaves.get(t);
            if (sum == null) leaves.put(t, new double[] {share});
            else sum[0] += share;
            return;
        }
        if (size == nodes.length) grow();
        int i = size++;
        nodes[i] = t;
        seqs[i] = t.seq();
        arrivals[i] = arrived++;
        shares[i] = share;
        up(i);
    }

    /** Removes the frontier's newest node, v, with all its shares: their sum in the order they arrived. */
    private double take(Tensor v) {
        double g = shares[0];
        pop();
        while (size > 0 && nodes[0] == v) {
            g += shares[0];
            pop();
        }
        return g;
    }

    /** The rest of the graph to {@link ReversePass}: the frontier's nodes and the leaves reached so far, seeded with their adjoints so far. */
    private Map<Tensor, Tensor> handOver() {
        List<Tensor> roots = new ArrayList<>(), seeds = new ArrayList<>();
        while (size > 0) {
            Tensor v = nodes[0];
            roots.add(v);
            seeds.add(Tensor.constant(take(v)));
        }
        for (Map.Entry<Tensor, double[]> e : leaves.entrySet()) {
            roots.add(e.getKey());
            seeds.add(Tensor.constant(e.getValue()[0]));
        }
        Map<Tensor, Tensor> rest = new ReversePass(false, retainGraph, strict, false, null).runAll(roots, seeds, null);
        for (Map.Entry<Tensor, Tensor> e : kept.entrySet()) rest.put(e.getKey(), e.getValue());
        return rest;
    }

    // ---- the frontier's heap ----

    /** Whether entry i runs before entry j: the newer node, or the same node's earlier share. */
    private boolean before(int i, int j) {
        return seqs[i] != seqs[j] ? seqs[i] > seqs[j] : arrivals[i] < arrivals[j];
    }

    private void pop() {
        size--;
        move(size, 0);
        nodes[size] = null;
        down(0);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(i, parent)) return;
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int first = i, left = 2 * i + 1, right = left + 1;
            if (left < size && before(left, first)) first = left;
            if (right < size && before(right, first)) first = right;
            if (first == i) return;
            swap(i, first);
            i = first;
        }
    }

    private void swap(int i, int j) {
        Tensor n = nodes[i];
        long s = seqs[i], a = arrivals[i];
        double sh = shares[i];
        move(j, i);
        nodes[j] = n;
        seqs[j] = s;
        arrivals[j] = a;
        shares[j] = sh;
    }

    private void move(int from, int to) {
        nodes[to] = nodes[from];
        seqs[to] = seqs[from];
        arrivals[to] = arrivals[from];
        shares[to] = shares[from];
    }

    private void grow() {
        int n = nodes.length * 2;
        nodes = java.util.Arrays.copyOf(nodes, n);
        seqs = java.util.Arrays.copyOf(seqs, n);
        arrivals = java.util.Arrays.copyOf(arrivals, n);
        shares = java.util.Arrays.copyOf(shares, n);
    }

    /** The nodes a pass freed (none of them was before), in chunks (no copying as it grows): a failed input puts the marks back. */
    private static final class Freed implements Undoable {
        private static final int CHUNK = 4096;
        private final List<Tensor[]> chunks = new ArrayList<>();
        private int count;

        void add(Tensor v) {
            if (count % CHUNK == 0) chunks.add(new Tensor[CHUNK]);
            chunks.get(count / CHUNK)[count % CHUNK] = v;
            count++;
        }

        private Tensor get(int i) {
            return chunks.get(i / CHUNK)[i % CHUNK];
        }

        /** Those made before {@code birth} (a creation number on the undo Clock). */
        Freed madeBefore(long birth) {
            Freed older = new Freed();
            for (int i = 0; i < count; i++) if (get(i).seq() < birth) older.add(get(i));
            return older;
        }

        void unmark() {
            for (int i = 0; i < count; i++) get(i).release(false);
        }

        @Override
        public Runnable snapshot() {
            return this::unmark;
        }
    }
}
