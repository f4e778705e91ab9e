package dev.adjoint.session.report;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Reverse mode from a target: every node's adjoint v̄i = ∂y/∂vi and every edge's partial adjoint. */
public final class ReverseReport {
    private final Trace trace;
    private final Map<Tensor, Tensor> adjoints;
    private final List<Edge> edges;
    private final Map<TraceNode, FiniteDifferences.Result> checks; // :reverse --check, else null

    private ReverseReport(Trace trace, Map<Tensor, Tensor> adjoints, List<Edge> edges, Map<TraceNode, FiniteDifferences.Result> checks) {
        this.trace = trace;
        this.adjoints = adjoints;
        this.edges = edges;
        this.checks = checks;
    }

    /** Runs reverse mode without touching any .grad; seed null means ȳ = 1 (scalar targets). */
    public static ReverseReport run(Trace trace, Tensor seed) {
        List<Edge> edges = new ArrayList<>();
        Map<Tensor, Tensor> adj = Autograd.adjoints(trace.output(), seed, false, true,
                (from, to, i, partial) -> edges.add(new Edge(trace.node(from), trace.node(to), partial)));
        // reverse mode meets edges from the output backwards; list them in trace order of their source,
        // then of their target: grouped by source in one pass (a sort with map lookups took seconds on a huge graph)
        Map<TraceNode, Integer> index = new IdentityHashMap<>(trace.nodes().size());
        for (TraceNode n : trace.nodes()) index.put(n, index.size());
        List<List<Edge>> bySource = new ArrayList<>(java.util.Collections.nCopies(index.size(), (List<Edge>) null));
        for (Edge e : edges) {
            int from = index.get(e.from());
            if (bySource.get(from) == null) bySource.set(from, new ArrayList<>(2));
            bySource.get(from).add(e);
        }
        List<Edge> sorted = new ArrayList<>(edges.size());
        for (List<Edge> out : bySource) {
            if (out == null) continue;
            if (out.size() > 1) out.sort((a, b) -> Integer.compare(index.get(a.to()), index.get(b.to())));
            sorted.addAll(out);
        }
        return new ReverseReport(trace, adj, Collections.unmodifiableList(sorted), null);
    }

    public Trace trace() {
        return trace;
    }

    /**
     * The same report with every node's adjoint (not only the inputs') checked against central
     * differences of y, each node moved in a replay of the graph; y must have one element.
     */
    public ReverseReport checked() {
        Replay replay = new Replay(trace);
        Map<TraceNode, FiniteDifferences.Result> m = new IdentityHashMap<>();
        for (TraceNode n : trace.nodes())
            if (!n.isConstant()) m.put(n, FiniteDifferences.node(replay, n, adjoint(n), CheckReport.MAX_ELEMENTS));
        return new ReverseReport(trace, adjoints, edges, m);
    }

    /** The check of a node when the report was {@link #checked}, else null. */
    public FiniteDifferences.Result check(TraceNode node) {
        return checks == null ? null : checks.get(node);
    }

    public boolean isChecked() {
        return checks != null;
    }

    /** The adjoint of a node; null for constants (no gradient flows to them). */
    public NDArray adjoint(TraceNode node) {
        if (node.isConstant()) return null;
        Tensor a = adjoints.get(node.tensor());
        return a != null ? a.value() : NDArray.zeros(node.tensor().shape());
    }

    public List<Edge> edges() {
        return edges;
    }

    /** Edges leaving one node, in trace order of their targets. */
    public List<Edge> edgesFrom(TraceNode node) {
        if (bySource == null) { // indexed once: asked for every node, a scan each time would be quadratic
            bySource = new IdentityHashMap<>();
            for (Edge e : edges) bySource.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        return bySource.getOrDefault(node, List.of());
    }

    private Map<TraceNode, List<Edge>> bySource;
}
