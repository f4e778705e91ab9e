package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.BackwardReport;
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
    /** Tables longer than this show their first and last half of it and how many rows are left out, unless --all. */
    public static final int MAX_ROWS = 200;

    private final int precision;
    private final Symbols sym;
    private final NodeText nodes;
    private final boolean markdown;
    private int maxRows = MAX_ROWS;
    private Trace flagsOf; // the trace whose column flags are below (computed once per table, not per row)
    private boolean tensorColumn, noteColumn;

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

    /** Every row, however long the table (:trace --all). */
    public ReportText allRows() {
        maxRows = Integer.MAX_VALUE;
        return this;
    }

    private boolean hasNotes(Trace t) {
        flags(t);
        return noteColumn;
    }

    private boolean hasTensors(Trace t) {
        flags(t);
        return tensorColumn;
    }

    private void flags(Trace t) {
        if (flagsOf == t) return;
        flagsOf = t;
        tensorColumn = t.nodes().stream().anyMatch(n -> n.tensor().ndim() > 0);
        noteColumn = t.changedSince().any() || t.nodes().stream().anyMatch(n -> !Domain.note(n.tensor()).isEmpty());
    }

    /**
     * Adds the rows of {@code nodes} to the table; over {@link #maxRows}, only the first and last
     * half of that many, with one row in between that says how many are left out. Returns the
     * footer line that explains it (empty when every row is shown).
     */
    private String addRows(Table t, List<TraceNode> nodes, java.util.function.Function<TraceNode, List<String>> row, String command) {
        int n = nodes.size(), head = maxRows / 2, tail = maxRows - head;
        if (n <= maxRows) {
            for (TraceNode node : nodes) t.row(row.apply(node));
            return "";
        }
        for (int i = 0; i < head; i++) t.row(row.apply(nodes.get(i)));
        List<String> gap = new ArrayList<>(java.util.Collections.nCopies(t.columns(), ""));
        gap.set(0, "...");
        gap.set(1, String.format(java.util.Locale.ROOT, "(%,d more)", n - head - tail));
        t.row(gap);
        for (int i = n - tail; i < n; i++) t.row(row.apply(nodes.get(i)));
        return String.format(java.util.Locale.ROOT, "(%,d rows; the first %d and the last %d are shown, %s --all shows every row)%n", n, head, tail, command);
    }

    /** At most maxRows footer lines, then how many more there are. */
    private String capLines(String text) {
        if (maxRows == Integer.MAX_VALUE) return text;
        String[] lines = text.split("\n", -1);
        if (lines.length <= maxRows + 3) return text;
        return String.join("\n", java.util.Arrays.asList(lines).subList(0, maxRows))
                + String.format(java.util.Locale.ROOT, "%n  ... and %,d more lines (--all shows them)%n", lines.length - maxRows - 1);
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
        List<String> r = new ArrayList<>(List.of(NodeText.node(trace, n), nodes.definition(trace, n)));
        if (hasTensors(trace)) r.add(nodes.shape(n.tensor().value()));
        r.add(cell(n.tensor().value()));
        r.addAll(List.of(extra));
        if (hasNotes(trace)) r.add(ChangedNote.cell(trace, n, Domain.note(n.tensor())));
        return r;
    }

    private String render(String title, Table t, String footer) {
        if (markdown) return "**" + title + "**\n\n" + t.markdown() + (footer.isEmpty() ? "" : "\n" + footer);
        return title + "\n" + t.text(sym) + footer;
    }

    public String trace(Trace trace) {
        Table t = table(trace);
        List<TraceNode> listed = new ArrayList<>();
        for (TraceNode n : trace.nodes()) if (NodeText.listed(n)) listed.add(n);
        String shown = addRows(t, listed, n -> row(trace, n), ":trace " + trace.target());
        String order = trace.order() == Trace.Order.DEPTH ? "depth order: inputs first, then by distance from the inputs" : "creation order";
        TraceNode out = trace.outputNode();
        return render("Forward trace of " + trace.target() + " (" + order + ")", t,
                shown + trace.target() + " = " + out.id() + " = " + valueText(out.tensor().value()) + "\n" + Rebound.note(trace) + ChangedNote.of(trace));
    }

    public String forward(ForwardReport r) {
        Trace trace = r.trace();
        String tangentCol = "tangent " + sym.dot("v");
        Table t = table(trace, tangentCol);
        List<TraceNode> listed = new ArrayList<>();
        for (TraceNode n : trace.nodes()) if (NodeText.listed(n)) listed.add(n);
        String shown = addRows(t, listed, n -> row(trace, n, cell(r.tangent(n))), ":forward " + trace.target());
        List<String> seeds = new ArrayList<>();
        for (Map.Entry<TraceNode, Double> e : r.seed().entrySet()) seeds.add(sym.dot(label(e.getKey())) + " = " + num(e.getValue()));
        TraceNode single = singleUnitSeed(r);
        String title = single != null
                ? "Forward mode for " + trace.target() + ", seed " + String.join(", ", seeds) + " (tangents " + sym.dot("vi") + " = " + sym.partial() + "vi/" + sym.partial() + label(single) + ")"
                : "Forward mode for " + trace.target() + ", seed " + String.join(", ", seeds) + " (tangents: derivatives along that direction)";
        String result = single != null
                ? sym.partial() + trace.target() + "/" + sym.partial() + label(single) + " = " + valueText(r.outputTangent())
                : "directional derivative of " + trace.target() + " = " + valueText(r.outputTangent());
        return render(title, t, shown + result + "\n" + Rebound.note(trace) + ChangedNote.of(trace));
    }

    /** The input seeded with 1 when all others are 0 (":forward y wrt x1"), else null. */
    private static TraceNode singleUnitSeed(ForwardReport r) {
        TraceNode one = null;
        for (Map.Entry<TraceNode, Double> e : r.seed().entrySet()) {
            if (e.getValue() == 0) continue;
            if (e.getValue() != 1 || one != null) return null;
            if (e.getKey().tensor().value().size() != 1) return null; // a tensor input seeded with ones: a direction, not ∂/∂x
            one = e.getKey();
        }
        return one;
    }

    private static String label(TraceNode n) {
        return n.label();
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
        List<TraceNode> listed = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            TraceNode n = all.get(i);
            if (NodeText.listed(n) && !n.isConstant()) listed.add(n);
        }
        String shown = addRows(t, listed, n -> {
            List<String> cells = new ArrayList<>(List.of(cell(r.adjoint(n))));
            cells.addAll(extraCells.apply(n));
            return row(trace, n, cells.toArray(String[]::new));
        }, ":reverse " + trace.target());
        StringBuilder footer = new StringBuilder(shown);
        for (TraceNode n : all) {
            List<Edge> out = r.edgesFrom(n);
            if (out.size() < 2) continue;
            if (footer.length() == 0)
                footer.append(markdown ? "\n" : "\n").append("Nodes used more than once: adjoint = sum of the partial adjoints along each outgoing edge (")
                        .append(sym.bar("vi")).append(sym.arrow()).append("j = ").append(sym.bar("vj")).append(" ").append(sym.partial()).append("vj/").append(sym.partial()).append("vi)\n");
            List<String> names = new ArrayList<>(), values = new ArrayList<>();
            for (Edge e : out) {
                names.add(sym.bar(n.id()) + sym.arrow() + e.to().id().substring(1));
                String v = cell(e.partialAdjoint().value()); // one line: the footer is an equation
                values.add(v.startsWith("-") && !values.isEmpty() ? "(" + v + ")" : v);
            }
            footer.append(markdown ? "- " : "  ").append(sym.bar(n.id())).append(" = ").append(String.join(" + ", names))
                    .append(" = ").append(String.join(" + ", values)).append(" = ").append(cell(r.adjoint(n))).append('\n');
        }
        footer.append(broadcasts(r));
        footer.append(Rebound.note(trace)).append(ChangedNote.of(trace));
        return render("Reverse mode for " + trace.target() + " (adjoints " + sym.bar("vi") + " = " + sym.partial() + trace.target() + "/" + sym.partial() + "vi, from the output back)", t, capLines(footer.toString()));
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
        if (markdown) { // a table for GitHub and notebooks: one row per input
            Table t = new Table(List.of("input", sym.partial() + g.target() + "/" + sym.partial() + "input"), List.of());
            for (GradReport.Entry e : g.entries()) t.row(List.of(e.label(), TensorFormat.oneLine(e.grad(), precision, 8)));
            return "**Gradient of " + g.target() + "**\n\n" + t.markdown() + gradNote(g);
        }
        StringBuilder sb = new StringBuilder();
        for (GradReport.Entry e : g.entries()) sb.append(assignment(sym.partial() + g.target() + "/" + sym.partial() + e.label(), e.grad()));
        return sb.append(gradNote(g)).toString();
    }

    /** What :backward left in .grad: "x1.grad = 5.5" for each input that has one. */
    public String backward(BackwardReport r) {
        if (markdown) {
            Table t = new Table(List.of("input", ".grad after :backward " + r.target()), List.of());
            for (BackwardReport.Entry e : r.entries())
                t.row(List.of(e.label(), e.grad() == null ? "None" : TensorFormat.oneLine(e.grad(), precision, 8)));
            return "**Gradients accumulated into .grad**\n\n" + t.markdown() + backwardNote(r);
        }
        StringBuilder sb = new StringBuilder();
        for (BackwardReport.Entry e : r.entries()) if (e.grad() != null) sb.append(assignment(e.label() + ".grad", e.grad()));
        return sb.append(backwardNote(r)).toString();
    }

    /** "name = value", the value on its own lines when it is a multi-line array. */
    public String assignment(String name, NDArray value) {
        String v = valueText(value);
        return v.contains("\n") ? name + " =\n" + v + "\n" : name + " = " + v + "\n";
    }

    private static String gradNote(GradReport g) {
        return Rebound.note(g.target(), g.entries().stream().map(GradReport.Entry::label).toList()) + ChangedNote.ofGradient(g.target(), g.changed());
    }

    private static String backwardNote(BackwardReport r) {
        return Rebound.note(r.target(), r.entries().stream().map(BackwardReport.Entry::label).toList()) + ChangedNote.ofGradient(r.target(), r.changed());
    }

    private String valueText(NDArray a) {
        return TensorFormat.format(a, precision);
    }
}
