package dev.adjoint.session.report;

import dev.adjoint.autograd.Graph;
import dev.adjoint.autograd.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The forward (primal) evaluation trace of a target: its nodes numbered v1..vn in the lecture's
 * depth order (or creation order), constants numbered c1..ck apart so that they do not shift
 * the lecture's numbering.
 */
public final class Trace {
    public enum Order { DEPTH, CREATION }

    /**
     * How nodes are numbered: CMU's lecture v1..vn, or Baydin et al. (2018, Tables 2 and 3), where
     * the m inputs are v_{1-m}..v_0 ("v-1", "v0") and the ops v1..v(n-m).
     */
    public enum Numbering { CMU, BAYDIN }

    private final String target;
    private final Tensor output;
    private final Order order;
    private final List<TraceNode> nodes;
    private final Map<Tensor, TraceNode> byTensor;
    private ChangedSince changedSince; // computed when first asked: it evaluates again the ops made before the last data change

    private Trace(String target, Tensor output, Order order, List<TraceNode> nodes, Map<Tensor, TraceNode> byTensor) {
        this.target = target;
        this.output = output;
        this.order = order;
        this.nodes = nodes;
        this.byTensor = byTensor;
    }

    public static Trace of(String target, Tensor output, Order order) {
        return of(target, output, order, Numbering.CMU);
    }

    public static Trace of(String target, Tensor output, Order order, Numbering numbering) {
        return of(target, output, order, numbering, (name, node) -> true);
    }

    /**
     * The trace, with each named node checked against the variables now: {@code holds(name, node)}
     * says whether the variable still holds that node; a node whose variable was rebound since
     * ({@code x1 = 3} after {@code y} used x1) is marked {@link TraceNode#rebound()}.
     */
    public static Trace of(String target, Tensor output, Order order, Numbering numbering, BiPredicate<String, Tensor> holds) {
        return of(target, output, order, numbering, holds, n -> {});
    }

    /** The same; {@code budget} is told the number of nodes before anything per node is made (and may refuse). */
    public static Trace of(String target, Tensor output, Order order, Numbering numbering, BiPredicate<String, Tensor> holds,
            java.util.function.IntConsumer budget) {
        return of(target, output, order, numbering, holds, budget, Map.of());
    }

    /**
     * The same; a leaf with no variable of its own (or whose variable was rebound) that is in
     * {@code paths} is named by it: a module's weight, {@code m[0].weight}.
     */
    public static Trace of(String target, Tensor output, Order order, Numbering numbering, BiPredicate<String, Tensor> holds,
            java.util.function.IntConsumer budget, Map<Tensor, String> paths) {
        List<Tensor> sorted = order == Order.DEPTH ? Graph.depthOrder(output) : Graph.creationOrder(output);
        budget.accept(sorted.size());
        int v = 0, c = 0, firstInput = 0;
        if (numbering == Numbering.BAYDIN)
            for (Tensor t : sorted) if (t.isLeaf() && t.requiresGrad()) firstInput--; // inputs count up to v0
        // one pass and one map: both orders list a node's inputs before it (a huge graph is traced in seconds)
        List<TraceNode> nodes = new ArrayList<>(sorted.size());
        Map<Tensor, TraceNode> byTensor = new IdentityHashMap<>(sorted.size());
        for (Tensor t : sorted) {
            boolean input = t.isLeaf() && t.requiresGrad();
            String id = isConstant(t) ? "c" + ++c : numbering == Numbering.BAYDIN && input ? "v" + ++firstInput : "v" + ++v;
            List<String> ins = new ArrayList<>(t.inputCount());
            for (int i = 0; i < t.inputCount(); i++) ins.add(byTensor.get(t.input(i)).id());
            String op = opName(t);
            String name = t.name();
            boolean rebound = name != null && !holds.test(name, t);
            if ((name == null || rebound) && t.isLeaf() && paths.containsKey(t)) {
                name = paths.get(t);
                rebound = false;
            }
            TraceNode node = new TraceNode(id, t, op, List.copyOf(ins), name, rebound);
            nodes.add(node);
            byTensor.put(t, node);
            dev.adjoint.ndarray.ComputationInterrupted.pollEvery(nodes.size()); // Ctrl-C on a huge graph
        }
        return new Trace(target, output, order, Collections.unmodifiableList(nodes), byTensor);
    }

    private static boolean isConstant(Tensor t) {
        return t.isLeaf() && !t.requiresGrad();
    }

    /** A node's op as a trace row names it: "input", "const", or its op's name ("ln", "mul"). */
    public static String opName(Tensor t) {
        return t.isLeaf() ? (t.requiresGrad() ? "input" : "const") : t.op().name();
    }

    /** An unnamed scalar constant: shown inside its users' definitions (2*x), not as a node of its own. */
    public static boolean isFoldedConstant(Tensor t) {
        return isConstant(t) && t.name() == null && t.ndim() == 0;
    }

    public String target() {
        return target;
    }

    public Tensor output() {
        return output;
    }

    public TraceNode outputNode() {
        return byTensor.get(output);
    }

    public Order order() {
        return order;
    }

    /** All nodes, constants included, in trace order. */
    public List<TraceNode> nodes() {
        return nodes;
    }

    public TraceNode node(Tensor t) {
        return byTensor.get(t);
    }

    /** The nodes recorded before an input changed outside the graph (x.data = ...), and those inputs. */
    public ChangedSince changedSince() {
        if (changedSince == null) changedSince = ChangedSince.of(this);
        return changedSince;
    }

    /** The inputs (leaves that require grad), in trace order. */
    public List<TraceNode> inputs() {
        return nodes.stream().filter(TraceNode::isInput).toList();
    }
}
