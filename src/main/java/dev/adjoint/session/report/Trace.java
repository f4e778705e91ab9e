package dev.adjoint.session.report;

import dev.adjoint.autograd.Graph;
import dev.adjoint.autograd.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
        List<Tensor> sorted = order == Order.DEPTH ? Graph.depthOrder(output) : Graph.creationOrder(output);
        Map<Tensor, String> ids = new IdentityHashMap<>();
        int v = 0, c = 0, firstInput = 0;
        if (numbering == Numbering.BAYDIN)
            for (Tensor t : sorted) if (t.isLeaf() && t.requiresGrad()) firstInput--; // inputs count up to v0
        for (Tensor t : sorted) {
            boolean input = t.isLeaf() && t.requiresGrad();
            ids.put(t, isConstant(t) ? "c" + ++c : numbering == Numbering.BAYDIN && input ? "v" + ++firstInput : "v" + ++v);
        }
        List<TraceNode> nodes = new ArrayList<>(sorted.size());
        Map<Tensor, TraceNode> byTensor = new IdentityHashMap<>();
        for (Tensor t : sorted) {
            List<String> ins = new ArrayList<>(t.inputCount());
            for (Tensor in : t.inputs()) ins.add(ids.get(in));
            String op = t.isLeaf() ? (t.requiresGrad() ? "input" : "const") : t.op().name();
            TraceNode node = new TraceNode(ids.get(t), t, op, List.copyOf(ins), t.name());
            nodes.add(node);
            byTensor.put(t, node);
        }
        return new Trace(target, output, order, Collections.unmodifiableList(nodes), byTensor);
    }

    private static boolean isConstant(Tensor t) {
        return t.isLeaf() && !t.requiresGrad();
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

    /** The inputs (leaves that require grad), in trace order. */
    public List<TraceNode> inputs() {
        return nodes.stream().filter(TraceNode::isInput).toList();
    }

    /** How many edges leave each node (uses by later nodes), counting repeated uses. */
    public Map<Tensor, Integer> useCounts() {
        Map<Tensor, Integer> uses = new IdentityHashMap<>();
        for (TraceNode n : nodes)
            for (Tensor in : n.tensor().inputs()) uses.merge(in, 1, Integer::sum);
        return uses;
    }
}
