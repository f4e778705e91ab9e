package dev.adjoint.render.graph;

import dev.adjoint.autograd.Graph;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.render.NodeText;
import dev.adjoint.render.Numbers;
import dev.adjoint.render.Symbols;
import dev.adjoint.session.report.ExtendedGraph;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a picture of the graph shows, independent of how it is drawn: nodes with their labels
 * and kind, edges with optional labels, and the longest-path layer of every node. Built from a
 * trace (the nodes v1..vn), optionally with the adjoints of a reverse pass, and optionally
 * extended with the gradient nodes reverse mode records when it runs with create_graph.
 */
public final class GraphModel {
    public enum Kind { INPUT, CONSTANT, OP, OUTPUT, GRADIENT }

    /**
     * A node: its id (v3, c1, or g5 for a gradient node), label lines, kind, layer, its tensor; the
     * trace node it is (null for a gradient node), its adjoint from the reverse pass (null when none
     * was run), and for a gradient node the adjoints it is (the ids v7, v6, ...).
     */
    public record Node(String id, List<String> lines, Kind kind, int layer, Tensor tensor, TraceNode traced, NDArray adjoint, List<String> adjointOf) {
        public String title() {
            return lines.get(0);
        }
    }

    /** An edge from an operand to the op that uses it, with an optional label and the partial adjoint (null without a reverse pass). */
    public record Edge(Node from, Node to, String label, boolean gradient, NDArray partialAdjoint) {}

    private final Trace trace;
    private final Tensor seed;
    private final String target;
    private final List<Node> nodes;
    private final List<Edge> edges;

    private GraphModel(Trace trace, Tensor seed, List<Node> nodes, List<Edge> edges) {
        this.seed = seed;
        this.trace = trace;
        this.target = trace.target();
        this.nodes = nodes;
        this.edges = edges;
    }

    public String target() {
        return target;
    }

    /** Whether the node is the seed of the reverse pass of --adjoints (a leaf gradient node that is no constant). */
    public boolean isSeed(Node n) {
        return seed != null && n.tensor() == seed;
    }

    /** The trace the graph was drawn from (its order, its output node, what changed since). */
    public Trace trace() {
        return trace;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public int layers() {
        int max = -1;
        for (Node n : nodes) max = Math.max(max, n.layer());
        return max + 1;
    }

    /** The nodes of each layer, in the graph's order (what a layered drawing places row by row). */
    public List<List<Node>> byLayer() {
        List<List<Node>> layers = new java.util.ArrayList<>();
        for (int i = layers(); i > 0; i--) layers.add(new java.util.ArrayList<>());
        for (Node n : nodes) layers.get(n.layer()).add(n);
        return layers;
    }

    /** Each node's operands: the nodes its edges come from, in the edges' order; a node with none is absent. */
    public Map<Node, List<Node>> operands() {
        Map<Node, List<Node>> operands = new IdentityHashMap<>();
        for (Edge e : edges) operands.computeIfAbsent(e.to(), x -> new java.util.ArrayList<>()).add(e.from());
        return operands;
    }

    /** Options: adjoints to show (null: none), partial adjoints on the edges, folding of scalar constants, the gradient nodes (null: none). */
    public record Options(ReverseReport reverse, boolean edgeLabels, boolean foldConstants, ExtendedGraph extended, int precision, Symbols sym) {}

    /** The graph of a trace, optionally with adjoints and the gradient nodes reverse mode records. */
    public static GraphModel of(Trace trace, Options o) {
        NodeText text = new NodeText(o.precision(), o.sym());
        Map<Tensor, Node> byTensor = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<Tensor, Integer> layer = new IdentityHashMap<>();
        ReverseReport r = o.reverse();
        for (TraceNode n : trace.nodes()) {
            dev.adjoint.ndarray.ComputationInterrupted.pollEvery(nodes.size()); // Ctrl-C on a huge graph
            Tensor t = n.tensor();
            if (o.foldConstants() && !NodeText.listed(n)) continue;
            int l = 0;
            for (Tensor in : t.inputs()) if (layer.containsKey(in)) l = Math.max(l, layer.get(in) + 1);
            layer.put(t, l);
            List<String> lines = new ArrayList<>();
            String def = text.definition(trace, n);
            lines.add(n.isConstant() && n.name() == null ? n.id() : NodeText.node(trace, n) + " = " + def);
            lines.add(value(t.value(), o.precision()));
            NDArray adj = r != null && !n.isConstant() ? r.adjoint(n) : null;
            if (adj != null) lines.add(adjoint(o.sym().bar(n.id()), adj, o));
            Kind kind = n == trace.outputNode() ? Kind.OUTPUT : n.isInput() ? Kind.INPUT : n.isConstant() ? Kind.CONSTANT : Kind.OP;
            Node node = new Node(n.id(), List.copyOf(lines), kind, l, t, n, adj, List.of());
            nodes.add(node);
            byTensor.put(t, node);
        }
        Map<TraceNode, Map<TraceNode, List<dev.adjoint.session.report.Edge>>> partial = new IdentityHashMap<>();
        if (r != null) for (dev.adjoint.session.report.Edge e : r.edges())
            partial.computeIfAbsent(e.from(), x -> new IdentityHashMap<>()).computeIfAbsent(e.to(), x -> new ArrayList<>()).add(e);
        for (TraceNode n : trace.nodes()) {
            dev.adjoint.ndarray.ComputationInterrupted.pollEvery(edges.size());
            Node to = byTensor.get(n.tensor());
            if (to == null) continue;
            Map<TraceNode, Integer> seen = new IdentityHashMap<>();
            for (Tensor in : n.tensor().inputs()) {
                Node from = byTensor.get(in);
                if (from == null) continue;
                String label = null;
                NDArray partialAdjoint = null;
                TraceNode fromNode = trace.node(in);
                if (r != null) {
                    List<dev.adjoint.session.report.Edge> es = partial.getOrDefault(fromNode, Map.of()).get(n);
                    int k = seen.merge(fromNode, 1, Integer::sum) - 1;
                    if (es != null && k < es.size()) {
                        dev.adjoint.session.report.Edge e = es.get(k);
                        partialAdjoint = e.partialAdjoint().value();
                        if (o.edgeLabels()) label = o.sym().bar(fromNode.id()) + o.sym().arrow() + n.id().substring(1) + " = " + value(e.partialAdjoint().value(), o.precision());
                    }
                }
                edges.add(new Edge(from, to, label, false, partialAdjoint));
            }
        }
        if (o.extended() != null) extend(trace, o, nodes, edges, byTensor, layer);
        return new GraphModel(trace, o.extended() != null ? o.extended().seed() : null, Collections.unmodifiableList(nodes), Collections.unmodifiableList(edges));
    }

    /**
     * Adds the nodes that reverse mode records when it runs with create_graph (the adjoints are
     * Tensors computed by Tensor ops, found by the session), numbered g1, g2, ... and labelled with
     * the adjoints they are.
     */
    private static void extend(Trace trace, Options o, List<Node> nodes, List<Edge> edges, Map<Tensor, Node> byTensor, Map<Tensor, Integer> layer) {
        ExtendedGraph adjoints = o.extended();
        // which adjoints each gradient tensor is: v̄7 = v̄6 = ... share a node when vjp passes the seed through
        Map<Tensor, List<String>> names = new IdentityHashMap<>();
        Map<Tensor, List<String>> adjointIds = new IdentityHashMap<>(); // the same, as the ids v7, v6 (for JSON)
        List<TraceNode> backwards = new ArrayList<>(trace.nodes());
        Collections.reverse(backwards); // v̄7 = v̄6 = ..., in the order reverse mode reaches them
        for (TraceNode n : backwards) {
            Tensor a = adjoints.adjointOf(n.tensor());
            if (a != null && !byTensor.containsKey(a)) {
                names.computeIfAbsent(a, x -> new ArrayList<>()).add(o.sym().bar(n.id()));
                adjointIds.computeIfAbsent(a, x -> new ArrayList<>()).add(n.id());
            }
        }
        List<Tensor> roots = new ArrayList<>(names.keySet());
        roots.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        List<Tensor> topo = Graph.topologicalOrder(roots);
        List<Tensor> fresh = new ArrayList<>();
        for (Tensor t : topo) if (!byTensor.containsKey(t)) fresh.add(t);
        fresh.sort((a, b) -> Long.compare(a.seq(), b.seq())); // creation order: the order reverse mode made them
        Map<Tensor, String> ids = new IdentityHashMap<>();
        int g = 0, c = 0;
        for (Tensor t : fresh) {
            boolean foldable = t.isLeaf() && !t.requiresGrad() && t.ndim() == 0 && !names.containsKey(t) && o.foldConstants();
            if (!foldable) ids.put(t, t.isLeaf() && !t.requiresGrad() && !names.containsKey(t) ? "k" + ++c : "g" + ++g);
        }
        int below = 0; // gradient nodes go under the original graph, as the lecture draws the extension
        for (Node n : nodes) below = Math.max(below, n.layer() + 1);
        for (Tensor t : fresh) {
            String id = ids.get(t);
            if (id == null) continue;
            int l = below;
            for (Tensor in : t.inputs()) if (layer.containsKey(in)) l = Math.max(l, layer.get(in) + 1);
            layer.put(t, l);
            List<String> lines = new ArrayList<>();
            String def;
            if (t.isLeaf()) def = t == adjoints.seed() ? "seed " + o.sym().bar(trace.target()) : "const";
            else {
                String[] args = new String[t.inputCount()];
                for (int k = 0; k < args.length; k++) args[k] = operand(t.input(k), byTensor, ids, o.precision());
                def = o.sym().text(t.op().notation(args));
            }
            lines.add(id + " = " + def);
            lines.add(value(t.value(), o.precision()));
            List<String> is = names.get(t);
            if (is != null) lines.add(String.join(" = ", is));
            Node node = new Node(id, List.copyOf(lines), Kind.GRADIENT, l, t, null, null, List.copyOf(adjointIds.getOrDefault(t, List.of())));
            nodes.add(node);
            byTensor.put(t, node);
        }
        for (Tensor t : fresh) {
            Node to = byTensor.get(t);
            if (to == null) continue;
            for (Tensor in : t.inputs()) {
                Node from = byTensor.get(in);
                if (from != null) edges.add(new Edge(from, to, null, true, null));
            }
        }
    }

    private static String operand(Tensor t, Map<Tensor, Node> byTensor, Map<Tensor, String> ids, int precision) {
        Node n = byTensor.get(t);
        if (n != null) return n.id();
        String id = ids.get(t);
        if (id != null) return id;
        String s = Numbers.format(t.item(), Math.max(precision, 6));
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    /** v̄3 = 0.5, or for a large tensor its norm: ‖v̄3‖ = 2.1 (its shape is the node's). */
    private static String adjoint(String name, NDArray adj, Options o) {
        if (adj.ndim() == 0 || (adj.ndim() == 1 && adj.size() <= 3)) return name + " = " + value(adj, o.precision());
        double sq = 0;
        for (double v : adj.toArray()) sq += v * v;
        String norm = Numbers.format(Math.sqrt(sq), o.precision());
        return (o.sym().ascii() ? "|" + name + "| = " : "‖" + name + "‖ = ") + norm;
    }

    /** A scalar as a number, a tensor by its shape. */
    static String value(NDArray a, int precision) {
        if (a.ndim() == 0) return Numbers.format(a.item(), precision);
        if (a.size() <= 3 && a.ndim() == 1) return dev.adjoint.render.TensorFormat.oneLine(a, precision, 3);
        return "shape " + Shapes.str(a.shape());
    }

    /** Which nodes are gradient nodes, for tests. */
    public long gradientNodes() {
        return nodes.stream().filter(n -> n.kind() == Kind.GRADIENT).count();
    }
}
