package dev.adjoint.repl.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.Edge;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Text and Markdown renderings of the reports: the lecture's tables, aligned on the decimal point. */
public final class ReportText {
    private final int precision;
    private final Symbols sym;
    private final NodeText nodes;
    private final boolean markdown;

    public ReportText(int precision, Symbols sym, boolean markdown) {
        this.precision = precision;
        this.sym = sym;
        this.nodes = new NodeText(precision, sym);
        this.markdown = markdown;
    }

    private String num(double v) {
        return Numbers.format(v, precision);
    }

    private String cell(NDArray a) {
        return nodes.value(a);
    }

    private static boolean hasNotes(Trace t) {
        return t.nodes().stream().anyMatch(n -> !Domain.note(n.tensor()).isEmpty());
    }

    private static boolean hasTensors(Trace t) {
        return t.nodes().stream().anyMatch(n -> n.tensor().ndim() > 0);
    }

    private Table table(Trace trace, String... extra) {
        List<String> head = new ArrayList<>(List.of("node", "definition"));
        if (hasTensors(trace)) head.add("shape");
        head.add("value");
        head.addAll(List.of(extra));
        if (hasNotes(trace)) head.add("note");
        List<String> numeric = new ArrayList<>(List.of("value"));
        numeric.addAll(List.of(extra));
        return new Table(head, numeric);
    }

    private List<String> row(Trace trace, TraceNode n, String... extra) {
        List<String> r = new ArrayList<>(List.of(n.id(), nodes.definition(trace, n)));
        if (hasTensors(trace)) r.add(nodes.shape(n.tensor().value()));
        r.add(cell(n.tensor().value()));
        r.addAll(List.of(extra));
        if (hasNotes(trace)) r.add(Domain.note(n.tensor()));
        return r;
    }

    private String render(String title, Table t, String footer) {
        if (markdown) return "**" + title + "**\n\n" + t.markdown() + (footer.isEmpty() ? "" : "\n" + footer);
        return title + "\n" + t.text(sym) + footer;
    }

    public String trace(Trace trace) {
        Table t = table(trace);
        for (TraceNode n : trace.nodes()) if (NodeText.listed(n)) t.row(row(trace, n));
        String order = trace.order() == Trace.Order.DEPTH ? "depth order: inputs first, then by distance from the inputs" : "creation order";
        TraceNode out = trace.outputNode();
        return render("Forward trace of " + trace.target() + " (" + order + ")", t,
                trace.target() + " = " + out.id() + " = " + valueText(out.tensor().value()) + "\n");
    }

    public String forward(ForwardReport r) {
        Trace trace = r.trace();
        String tangentCol = "tangent " + sym.dot("v");
        Table t = table(trace, tangentCol);
        for (TraceNode n : trace.nodes()) if (NodeText.listed(n)) t.row(row(trace, n, cell(r.tangent(n))));
        List<String> seeds = new ArrayList<>();
        for (Map.Entry<TraceNode, Double> e : r.seed().entrySet()) seeds.add(sym.dot(label(e.getKey())) + " = " + num(e.getValue()));
        TraceNode single = singleUnitSeed(r);
        String title = single != null
                ? "Forward mode for " + trace.target() + ", seed " + String.join(", ", seeds) + " (tangents " + sym.dot("vi") + " = " + sym.partial() + "vi/" + sym.partial() + label(single) + ")"
                : "Forward mode for " + trace.target() + ", seed " + String.join(", ", seeds) + " (tangents: derivatives along that direction)";
        String result = single != null
                ? sym.partial() + trace.target() + "/" + sym.partial() + label(single) + " = " + valueText(r.outputTangent())
                : "directional derivative of " + trace.target() + " = " + valueText(r.outputTangent());
        return render(title, t, result + "\n");
    }

    /** The input seeded with 1 when all others are 0 (":forward y wrt x1"), else null. */
    private static TraceNode singleUnitSeed(ForwardReport r) {
        TraceNode one = null;
        for (Map.Entry<TraceNode, Double> e : r.seed().entrySet()) {
            if (e.getValue() == 0) continue;
            if (e.getValue() != 1 || one != null) return null;
            one = e.getKey();
        }
        return one;
    }

    private static String label(TraceNode n) {
        return n.name() != null ? n.name() : n.id();
    }

    public String reverse(ReverseReport r) {
        return reverse(r, List.of(), n -> List.of());
    }

    /** The reverse table with extra columns after the adjoint (e.g. :reverse --check's finite differences). */
    public String reverse(ReverseReport r, List<String> extraColumns, java.util.function.Function<TraceNode, List<String>> extraCells) {
        Trace trace = r.trace();
        String adjCol = "adjoint " + sym.bar("v");
        List<String> cols = new ArrayList<>(List.of(adjCol));
        cols.addAll(extraColumns);
        Table t = table(trace, cols.toArray(String[]::new));
        List<TraceNode> all = trace.nodes();
        for (int i = all.size() - 1; i >= 0; i--) {
            TraceNode n = all.get(i);
            if (!NodeText.listed(n) || n.isConstant()) continue;
            List<String> cells = new ArrayList<>(List.of(cell(r.adjoint(n))));
            cells.addAll(extraCells.apply(n));
            t.row(row(trace, n, cells.toArray(String[]::new)));
        }
        StringBuilder footer = new StringBuilder();
        for (TraceNode n : all) {
            List<Edge> out = r.edgesFrom(n);
            if (out.size() < 2) continue;
            if (footer.length() == 0)
                footer.append(markdown ? "\n" : "\n").append("Nodes used more than once: adjoint = sum of the partial adjoints along each outgoing edge (")
                        .append(sym.bar("vi")).append(sym.arrow()).append("j = ").append(sym.bar("vj")).append(" ").append(sym.partial()).append("vj/").append(sym.partial()).append("vi)\n");
            List<String> names = new ArrayList<>(), values = new ArrayList<>();
            for (Edge e : out) {
                names.add(sym.bar(n.id()) + sym.arrow() + e.to().id().substring(1));
                String v = valueText(e.partialAdjoint().value());
                values.add(v.startsWith("-") && !values.isEmpty() ? "(" + v + ")" : v);
            }
            footer.append(markdown ? "- " : "  ").append(sym.bar(n.id())).append(" = ").append(String.join(" + ", names))
                    .append(" = ").append(String.join(" + ", values)).append(" = ").append(valueText(r.adjoint(n))).append('\n');
        }
        footer.append(broadcasts(r));
        return render("Reverse mode for " + trace.target() + " (adjoints " + sym.bar("vi") + " = " + sym.partial() + trace.target() + "/" + sym.partial() + "vi, from the output back)", t, footer.toString());
    }

    /** Lines saying where broadcasting turned into a sum over axes on the way back. */
    private String broadcasts(ReverseReport r) {
        StringBuilder sb = new StringBuilder();
        for (Edge e : r.edges()) {
            int[] axes = e.broadcastAxes();
            if (axes.length == 0) continue;
            if (sb.length() == 0) sb.append("\nBroadcasting undone on the way back (the adjoint is summed over the broadcast axes):\n");
            sb.append(markdown ? "- " : "  ").append(sym.bar(e.from().id())).append(sym.arrow()).append(e.to().id().substring(1))
                    .append(": ").append(e.from().id()).append(' ').append(nodes.shape(e.from().tensor().value()))
                    .append(" was broadcast to ").append(nodes.shape(e.to().tensor().value())).append(" in ").append(e.to().id())
                    .append(", so its partial adjoint sums over ").append(axes.length == 1 ? "axis " + axes[0] : "axes " + dev.adjoint.ndarray.Shapes.str(axes))
                    .append('\n');
        }
        return sb.toString();
    }

    public String grad(GradReport g) {
        StringBuilder sb = new StringBuilder();
        for (GradReport.Entry e : g.entries()) sb.append(assignment(sym.partial() + g.target() + "/" + sym.partial() + e.label(), e.grad()));
        return sb.toString();
    }

    /** "name = value", the value on its own lines when it is a multi-line array. */
    public String assignment(String name, NDArray value) {
        String v = valueText(value);
        return v.contains("\n") ? name + " =\n" + v + "\n" : name + " = " + v + "\n";
    }

    private String valueText(NDArray a) {
        return TensorFormat.format(a, precision);
    }
}
