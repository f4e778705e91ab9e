package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reverse pass over a recorded graph (see {@link Autograd} for the two kinds): from the roots,
 * seeded, back to the leaves, or only along paths to some targets.
 *
 * <p>Each node's step is a method of its own ({@link #step}) rather than the body of the loop
 * over the nodes: the JIT compiles a method after a few hundred calls, while a loop that runs once
 * (one backward through a graph of a million nodes, in a script) spends its first 60,000
 * iterations in the bytecode interpreter before it is compiled on the stack.
 */
final class ReversePass {
    private final boolean createGraph, retainGraph, strict, keepAll;
    private final Autograd.EdgeListener listener;

    private final NodeIndex position = new NodeIndex(); // node -> its index in topo, plus one
    private List<Tensor> roots;
    private Tensor[] topo;
    private byte[] needed; // null: every node (no targets)
    private Adjoints adj;
    private boolean anyFreed;
    private long[] freed; // by topological position, the nodes this pass freed (marked as it runs them: no second sweep over a large graph)
    private Anomaly.Recorder anomaly;
    private boolean hooked; // some tensor has gradient hooks (PyTorch's passes run them; the lecture's tools do not)
    private boolean capturing; // autograd.grad: its inputs' gradients are taken as they arrive, before hooks; no AccumulateGrad runs
    private IdentityHashMap<Tensor, Tensor> kept; // with hooks: gradients taken before the last hook (autograd.grad's inputs, retain_grad's turn)
    private Map<Integer, Integer> lastUse; // with hooks on leaves: by a hooked leaf's position, the position of the node that uses it last
    private Map<Integer, List<Integer>> leavesAfter; // the same inverted: by a node's position, the hooked leaves whose last use it is

    /**
     * {@code strict}: PyTorch's checks (saved tensors changed in place or freed) and, unless
     * {@code retainGraph}, the nodes run are freed; {@code createGraph}: adjoints are recorded as
     * graph nodes; {@code keepAll}: every node's adjoint is returned, not only those of leaves,
     * retain_grad nodes and targets; {@code listener} (or null) sees every edge's contribution.
     */
    ReversePass(boolean createGraph, boolean retainGraph, boolean strict, boolean keepAll, Autograd.EdgeListener listener) {
        this.createGraph = createGraph;
        this.retainGraph = retainGraph;
        this.strict = strict;
        this.keepAll = keepAll;
        this.listener = listener;
    }

    /** autograd.grad's pass: an input's gradient is taken as it arrives, before any hook, and leaves' hooks do not run (PyTorch 1.13 runs no AccumulateGrad there). */
    ReversePass capturing() {
        capturing = true;
        return this;
    }

    /**
     * Runs the pass from {@code roots} (seeded by {@code seeds}, null entries or list meaning ones
     * for one-element roots), along paths to {@code targets} only when given. Returns the adjoints
     * kept.
     */
    Map<Tensor, Tensor> run(List<Tensor> roots, List<Tensor> seeds, Collection<Tensor> targets) {
        Tensor[] rootSeeds = seeds(roots, seeds);
        if (targets == null && !keepAll && !createGraph && listener == null && Anomaly.current() == null && !Anomaly.checksNan()) {
            Map<Tensor, Tensor> scalar = ScalarPass.run(roots, rootSeeds, retainGraph, strict); // a scalar graph's pass, without the sort
            if (scalar != null) return scalar;
        }
        return run(roots, rootSeeds, targets);
    }

    /** The pass with a topological sort, for any graph (a {@link ScalarPass} hands it what is not scalar). */
    Map<Tensor, Tensor> runAll(List<Tensor> roots, List<Tensor> seeds, Collection<Tensor> targets) {
        return run(roots, seeds(roots, seeds), targets);
    }

    /** The roots' seeds, checked (null ones: ones for one-element roots). */
    private static Tensor[] seeds(List<Tensor> roots, List<Tensor> seeds) {
        Tensor[] rootSeeds = new Tensor[roots.size()];
        for (int i = 0; i < roots.size(); i++) {
            Tensor y = roots.get(i);
            if (!y.requiresGrad())
                throw new AutogradException("element " + i + " of tensors does not require grad and does not have a grad_fn");
            rootSeeds[i] = seedFor(y, seeds == null ? null : seeds.get(i), i);
        }
        return rootSeeds;
    }

    private Map<Tensor, Tensor> run(List<Tensor> roots, Tensor[] rootSeeds, Collection<Tensor> targets) {
        this.roots = roots;
        boolean[] creationOrdered = new boolean[1];
        topo = Graph.topologicalOrder(roots, position, creationOrdered);
        int n = topo.length;
        needed = targets == null ? null : needed(targets);
        anomaly = Anomaly.current();
        hooked = strict && GradHooks.any() && GradHooks.anyOn(t -> position.get(t) > 0);
        if (hooked) kept = new IdentityHashMap<>();
        // by topological position (no map lookups on the way back); 0-d ones as doubles when nothing records or watches the pass
        adj = new Adjoints(n, !createGraph && listener == null && anomaly == null && !hooked && !Anomaly.checksNan());
        for (int i = 0; i < roots.size(); i++) adj.add(position.get(roots.get(i)) - 1, rootSeeds[i]);
        freed = retainGraph ? null : new long[(n + 63) >>> 6];
        if (anomaly != null) anomaly.pause(true); // the ops below are gradients: checked edge by edge instead
        int[] newestFirst = creationOrdered[0] ? null : newestFirst(topo);
        if (hooked && !capturing) {
            lastUse = lastUses(newestFirst);
            if (lastUse != null) leavesAfter = byNode(lastUse);
        }
        try (Scope ignored = GradMode.set(createGraph)) {
            if (newestFirst == null) {
                for (int k = n - 1; k >= 0; k--) {
                    if ((k & 1023) == 0) ComputationInterrupted.poll();
                    step(k);
                    if (leavesAfter != null) accumulateGradHooks(k);
                }
            } else {
                for (int i = 0; i < newestFirst.length; i++) {
                    if ((i & 1023) == 0) ComputationInterrupted.poll();
                    step(newestFirst[i]);
                    if (leavesAfter != null) accumulateGradHooks(newestFirst[i]);
                }
            }
        } catch (RuntimeException | Error e) {
            if (freed != null) Released.madeBefore(Long.MAX_VALUE, topo, freed).unmark(); // a failed pass frees nothing
            throw e;
        } finally {
            if (anomaly != null) anomaly.pause(false);
        }
        // only the nodes made before the input: a failed input leaves nothing that reaches the others,
        // and recording them kept every graph a training loop made alive until its input ended
        Released older = anyFreed ? Released.madeBefore(UndoLog.birth(), topo, freed) : null;
        if (older != null && older.nodes().length > 0) UndoLog.touch(older);
        IdentityHashMap<Tensor, Tensor> result = new IdentityHashMap<>();
        for (int k = adj.next(0); k < n; k = adj.next(k + 1)) {
            Tensor v = topo[k], g = adj.get(k);
            if (hooked && kept.containsKey(v)) g = kept.get(v);
            else if (hooked && v.isLeaf() && !capturing && (lastUse == null || !lastUse.containsKey(k))) g = GradHooks.leafGradient(v, g); // a leaf no node ran before (a root)
            if (g != null) result.put(v, g);
        }
        return result;
    }

    /**
     * By a hooked leaf's position, the position of the last node to use it in the order the pass
     * runs them (null: none): PyTorch runs a leaf's AccumulateGrad, and so its hooks, as soon as
     * its gradient is complete.
     */
    private Map<Integer, Integer> lastUses(int[] newestFirst) {
        Map<Integer, Integer> last = new java.util.HashMap<>();
        int n = topo.length;
        for (int i = 0; i < n; i++) {
            int k = newestFirst == null ? n - 1 - i : i < newestFirst.length ? newestFirst[i] : -1;
            if (k < 0) break;
            Tensor v = topo[k];
            if (v.isLeaf()) continue;
            for (int j = 0; j < v.inputCount(); j++) {
                Tensor in = v.input(j);
                if (in.isLeaf() && GradHooks.has(in)) last.put(position.get(in) - 1, k);
            }
        }
        return last.isEmpty() ? null : last;
    }

    /** leaf -> node inverted: node -> its leaves. */
    private static Map<Integer, List<Integer>> byNode(Map<Integer, Integer> lastUse) {
        Map<Integer, List<Integer>> after = new java.util.HashMap<>();
        for (Map.Entry<Integer, Integer> e : lastUse.entrySet()) after.computeIfAbsent(e.getValue(), x -> new ArrayList<>()).add(e.getKey());
        return after;
    }

    /** The hooks of the leaves node k was the last to use: what each accumulates (a target's only, when the pass has targets). */
    private void accumulateGradHooks(int k) {
        List<Integer> leaves = leavesAfter.get(k);
        if (leaves == null) return;
        for (int j : leaves) {
            if (!adj.has(j) || (needed != null && (needed[j] & 4) == 0)) continue;
            Tensor g = GradHooks.leafGradient(topo[j], adj.get(j));
            adj.clear(j);
            if (g != null) adj.add(j, g);
        }
    }

    /**
     * The positions in {@code topo} of its nodes that are not leaves, newest (highest creation
     * number) first (asked only when the depth-first order does not run them so). PyTorch's engine
     * runs the nodes in that order, and a node's gradient is the sum of its consumers'
     * contributions in the order they ran: floating-point sums do not associate, so the order is
     * part of the result's last bit. A node is always newer than its inputs (see
     * {@link Tensor#input}), so this is a topological order too. By counting when the creation
     * numbers are dense (a graph made in one go), else by sorting.
     */
    private static int[] newestFirst(Tensor[] topo) {
        int nodes = 0;
        long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
        for (Tensor v : topo) {
            if (v.isLeaf()) continue;
            lo = Math.min(lo, v.seq());
            hi = Math.max(hi, v.seq());
            nodes++;
        }
        int[] order = new int[nodes];
        if (hi - lo < 4L * nodes + 1024) {
            int[] slot = new int[(int) (hi - lo + 1)]; // position + 1 by creation number
            for (int k = 0; k < topo.length; k++) if (!topo[k].isLeaf()) slot[(int) (topo[k].seq() - lo)] = k + 1;
            int i = 0;
            for (int s = slot.length - 1; s >= 0; s--) if (slot[s] != 0) order[i++] = slot[s] - 1;
            return order;
        }
        int i = 0;
        if (hi - lo < (1L << 31)) {
            long[] keyed = new long[nodes]; // (creation number, position): sorted as primitives, no comparator
            for (int k = 0; k < topo.length; k++) if (!topo[k].isLeaf()) keyed[i++] = ((topo[k].seq() - lo) << 32) | k;
            java.util.Arrays.sort(keyed);
            for (int j = 0; j < nodes; j++) order[j] = (int) keyed[nodes - 1 - j];
            return order;
        }
        Integer[] boxed = new Integer[nodes];
        for (int k = 0; k < topo.length; k++) if (!topo[k].isLeaf()) boxed[i++] = k;
        java.util.Arrays.sort(boxed, (p, q) -> Long.compare(topo[q].seq(), topo[p].seq()));
        for (int j = 0; j < nodes; j++) order[j] = boxed[j];
        return order;
    }

    /** Node k (in topological order): its adjoint passed on to its inputs by its op's reverse rule. */
    private void step(int k) {
        Tensor v = topo[k];
        if (v.isLeaf() || !adj.has(k)) return; // a leaf, or not on a path to a root that carries gradient
        ScalarRule rule = adj.scalarsAsDoubles() ? scalarRule(v) : null;
        double gs = rule != null ? adj.scalar(k) : 0;
        Tensor g = rule != null ? null : adj.get(k);
        if (hooked && GradHooks.has(v)) {
            if (capturing && needed != null) {
                if ((needed[k] & 4) != 0) kept.put(v, g); // autograd.grad's input: as it arrived
                if ((needed[k] & 2) == 0) return; // PyTorch does not run the node, nor its hooks
            }
            g = GradHooks.beforeNode(v, g, capturing ? x -> {} : x -> kept.put(v, x));
            adj.clear(k);
            if (g == null) return; // a pre-hook took the gradient away
            adj.add(k, g);
        }
        if (!keepAll && !v.retainsGrad() && (needed == null || (needed[k] & 4) == 0)) adj.clear(k); // let intermediate adjoints go early
        if (needed != null && (needed[k] & 2) == 0) { // its rule leads to no target
            if (hooked && GradHooks.has(v)) postHooks(v, new Tensor[v.inputCount()], g); // backward(inputs=[v]) runs v's node, computing nothing
            return;
        }
        if (strict) checkSaved(v);
        if (freed != null && !v.released()) {
            v.release(true);
            freed[k >>> 6] |= 1L << k;
            anyFreed = true;
        }
        if (SavedTensorHooks.everUsed && strict) SavedTensorHooks.beforeBackward(v);
        if (rule != null) { // a 0-d node of 0-d operands: its rule on doubles, no tensor made
            Tensor in0 = v.input(0), in1 = v.inputCount() > 1 ? v.input(1) : null;
            double a = in0.item(), b = in1 != null ? in1.item() : 0, y = v.item();
            if (in0.requiresGrad()) scalarAdjoint(in0, rule.adjoint(0, gs, a, b, y));
            if (in1 != null && in1.requiresGrad()) scalarAdjoint(in1, rule.adjoint(1, gs, a, b, y));
            return;
        }
        Tensor[] parts = v.op().vjp(g, v);
        if (hooked && GradHooks.has(v)) parts = postHooks(v, parts, g);
        if (Anomaly.checksNan()) checkNan(v, parts);
        for (int i = 0; i < v.inputCount(); i++) {
            Tensor in = v.input(i);
            if (!in.requiresGrad() || parts[i] == null) continue;
            if (!parts[i].value().sameShape(in.value()))
                throw new IllegalStateException(v.op().name() + " produced a gradient of shape " + Shapes.str(parts[i].shape())
                        + " for an input of shape " + Shapes.str(in.shape()));
            int j = position.get(in) - 1;
            if (needed != null && needed[j] == 0) continue;
            if (anomaly != null) anomaly.gradient(roots.get(0), v, i, g, parts[i]);
            if (listener != null) listener.edge(in, v, i, parts[i]);
            adj.add(j, parts[i]);
        }
    }

    /** The node's post-hooks: given its gradients for its PyTorch inputs (null for one that does not require grad), they may replace them. */
    private static Tensor[] postHooks(Tensor v, Tensor[] parts, Tensor g) {
        int count = 0;
        for (int i = 0; i < v.inputCount(); i++) if (v.op().isTorchInput(v, i)) count++;
        Tensor[] gradInputs = new Tensor[count];
        for (int i = 0, j = 0; i < v.inputCount(); i++)
            if (v.op().isTorchInput(v, i)) gradInputs[j++] = v.input(i).requiresGrad() ? parts[i] : null;
        Tensor[] replaced = GradHooks.afterNode(v, gradInputs, g);
        if (replaced == gradInputs) return parts;
        Tensor[] out = parts.clone();
        for (int i = 0, j = 0; i < v.inputCount(); i++) if (v.op().isTorchInput(v, i)) out[i] = replaced[j++];
        return out;
    }

    /** PyTorch's anomaly mode: a gradient with a NaN fails the pass, naming the node and the output (counted over the node's PyTorch inputs). */
    private static void checkNan(Tensor v, Tensor[] parts) {
        int output = 0;
        for (int i = 0; i < parts.length; i++) {
            if (!v.op().isTorchInput(v, i)) continue;
            if (parts[i] != null)
                for (double x : parts[i].value().toArray())
                    if (Double.isNaN(x)) throw new AutogradException("Function '" + v.op().torchName(v) + "' returned nan values in its " + output + "th output.");
            output++;
        }
    }

    /** Adds a 0-d input's share of a node's adjoint (an input that requires grad). */
    private void scalarAdjoint(Tensor in, double share) {
        int j = position.get(in) - 1;
        if (needed == null || needed[j] != 0) adj.add(j, share);
    }

    /** v's op as a {@link ScalarRule} when v and its operands are 0-d (the fast path of scalar graphs), else null. */
    private static ScalarRule scalarRule(Tensor v) {
        if (!(v.op() instanceof ScalarRule rule) || !v.isScalar()) return null;
        for (int i = 0; i < v.inputCount(); i++) if (!v.input(i).isScalar()) return null;
        return rule;
    }

    /** Per node: 1 on a path to a target (a target, or using one below), 2 its backward rule is needed (an input is on such a path), 4 a target. */
    private byte[] needed(Collection<Tensor> targets) {
        Set<Tensor> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(targets);
        byte[] marks = new byte[topo.length];
        for (int k = 0; k < marks.length; k++) {
            Tensor v = topo[k];
            boolean below = false;
            for (int i = 0; i < v.inputCount() && !below; i++) below = marks[position.get(v.input(i)) - 1] != 0;
            boolean target = wanted.contains(v);
            marks[k] = (byte) ((below || target ? 1 : 0) | (below ? 2 : 0) | (target ? 4 : 0));
        }
        return marks;
    }

    /** PyTorch's checks before a node's backward rule runs: its saved tensors must be there and unchanged. */
    static void checkSaved(Tensor v) {
        if (nothingCanBeStale(v)) return; // the common case, found without asking the op what it saved
        int saved = v.op().saved(v);
        if (saved == 0) return;
        if (v.released()) throw new AutogradException(Autograd.SECOND_BACKWARD);
        for (int bits = saved & ~Op.CONSTANT; bits != 0; bits &= bits - 1) {
            int bit = Integer.numberOfTrailingZeros(bits);
            Tensor s = (1 << bit) == Op.OUTPUT ? v : v.input(bit);
            if (s.changedAfter(v.seq())) throw changedInPlace(s, (1 << bit) == Op.OUTPUT ? v : v.inputNow(bit), s.versionAt(v.seq()));
            // an in-place node (y.mul_(y), y.mul_(y.detach())) saved its other operands before it changed y, as PyTorch
            // does: one sharing y's data is out of date (y's own old value, input 0, is kept by the node, as PyTorch's copy)
            if (bit > 0 && (1 << bit) != Op.OUTPUT && v.isInPlaceChange() && s.sharesVersionsWith(v))
                throw changedInPlace(s, s == v.previous() ? v : s, s.versionAt(v.seq()) - 1);
        }
    }

    /** Whether v is still there (not freed) and neither v nor an input was ever changed in place, detached or viewed: then no saved tensor can be out of date. */
    private static boolean nothingCanBeStale(Tensor v) {
        if (v.released() || v.hasHistory()) return false;
        for (int i = 0; i < v.inputCount(); i++) if (v.input(i).hasHistory()) return false;
        return true;
    }

    /** PyTorch's message; {@code named} is the tensor whose grad_fn it names (the changed tensor as it is now). */
    private static AutogradException changedInPlace(Tensor s, Tensor named, int expected) {
        return changedInPlace(s, named.shape(), named.isLeaf() ? null : "output 0 of " + named.gradFnName(), expected);
    }

    /** The same, the tensor of {@code shape} made as {@code output} ("output 1 of LinalgEighBackward0"; null for a leaf). */
    static AutogradException changedInPlace(Tensor s, int[] shape, String output, int expected) {
        return new AutogradException("one of the variables needed for gradient computation has been modified by an inplace operation: ["
                + s.dtype().tensorTypeName() + " " + Tensor.torchShape(shape) + "]"
                + (output == null ? "" : ", which is " + output + ",")
                + " is at version " + s.version() + "; expected version " + expected + " instead. Hint: enable anomaly "
                + "detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).");
    }

    /** Nodes a pass freed (none of them was before): a failed input puts the marks back with everything else. */
    private record Released(Tensor[] nodes) implements Undoable {
        /** The nodes marked in {@code freed}, a bit set over {@code topo}, made before {@code birth}. */
        static Released madeBefore(long birth, Tensor[] topo, long[] freed) {
            List<Tensor> nodes = new ArrayList<>();
            for (int w = 0; w < freed.length; w++)
                for (long bits = freed[w]; bits != 0; bits &= bits - 1) {
                    Tensor t = topo[(w << 6) + Long.numberOfTrailingZeros(bits)];
                    if (t.seq() < birth) nodes.add(t);
                }
            return new Released(nodes.toArray(new Tensor[0]));
        }

        void unmark() {
            for (Tensor t : nodes) t.release(false);
        }

        public Runnable snapshot() {
            return this::unmark;
        }
    }

    static Tensor seedFor(Tensor y, Tensor seed, int i) {
        if (seed == null) {
            if (y.value().size() != 1) throw new AutogradException("grad can be implicitly created only for scalar outputs");
            return Tensor.constant(NDArray.ones(y.shape()));
        }
        if (!seed.value().sameShape(y.value()))
            throw new AutogradException("Mismatch in shape: grad_output[" + i + "] has a shape of torch.Size(" + Tensor.torchShape(seed.shape())
                    + ") and output[" + i + "] has a shape of torch.Size(" + Tensor.torchShape(y.shape()) + ").");
        return seed;
    }
}
