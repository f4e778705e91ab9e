package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A pass one step at a time (:step): the steps are the rows of {@link Derivation}; each frame shows
 * the trace with the current row (▶) and the rows it reads (•) marked, then the rule. Without a
 * terminal, the transcript lists every step.
 */
public final class StepText {
    private final String title;
    private final String column;
    private final Trace trace;
    private final List<TraceNode> tableRows;
    private final List<Derivation.Row> steps;
    private final boolean forward;
    private final Style style;
    private final Derivation d;

    private StepText(String title, String column, Trace trace, List<TraceNode> tableRows, List<Derivation.Row> steps, boolean forward, Style style) {
        this.title = title;
        this.column = column;
        this.trace = trace;
        this.tableRows = tableRows;
        this.steps = steps;
        this.forward = forward;
        this.style = style;
        this.d = style.derivation();
    }

    /** Forward mode, one node per step. */
    public static StepText forward(ForwardReport r, Style s) {
        List<TraceNode> rows = new ArrayList<>();
        for (TraceNode n : r.trace().nodes()) if (NodeText.listed(n) && !n.isConstant()) rows.add(n);
        return new StepText("Forward mode for " + r.trace().target() + ", one node per step", "tangent " + s.symbols().dot("v"),
                r.trace(), rows, s.derivation().forward(r), true, s);
    }

    /** Reverse mode from the output back, one node (or, in Baydin's notation, one edge) per step. */
    public static StepText reverse(ReverseReport r, Style s) {
        List<TraceNode> rows = new ArrayList<>();
        List<TraceNode> all = r.trace().nodes();
        for (int i = all.size() - 1; i >= 0; i--) if (NodeText.listed(all.get(i)) && !all.get(i).isConstant()) rows.add(all.get(i));
        return new StepText("Reverse mode for " + r.trace().target() + ", from the output back, one " + (s.baydin() ? "edge" : "node") + " per step",
                "adjoint " + s.symbols().bar("v"), r.trace(), rows, s.derivation().reverse(r), false, s);
    }

    public int steps() {
        return steps.size();
    }

    /** Every step, one after the other: what a pipe or a script gets. */
    public String transcript() {
        StringBuilder sb = new StringBuilder(title).append(" (no terminal: all steps)\n");
        int n = steps.size();
        String pad = " ".repeat(("step " + n + "/" + n + "  ").length());
        for (int i = 0; i < n; i++) {
            String head = "step " + (i + 1) + "/" + n;
            sb.append(head).append(" ".repeat(pad.length() - head.length())).append(steps.get(i).text()).append('\n');
            String uses = uses(i);
            if (!uses.isEmpty()) sb.append(pad).append("uses ").append(uses).append('\n');
        }
        return sb.toString();
    }

    /** One screen: the table with the current row and the rows it reads marked, then the rule. */
    public String frame(int i) {
        Derivation.Row step = steps.get(i);
        boolean ascii = style.ascii(), color = style.color();
        NodeText text = new NodeText(style.precision(), style.symbols());
        Table table = new Table(List.of(" ", "node", "definition", "value", column), List.of("value", column));
        List<String> marks = new ArrayList<>();
        for (TraceNode n : tableRows) {
            NDArray known = known(n, i, true);
            String mark = n == step.node() ? (ascii ? ">" : "▶") : step.uses().contains(n) ? (ascii ? "*" : "•") : " ";
            marks.add(mark);
            table.row(List.of(mark, n.id(), text.definition(trace, n), text.value(n.tensor().value()), known == null ? "" : text.value(known)));
        }
        String[] lines = table.text(style.symbols()).split("\n");
        StringBuilder sb = new StringBuilder();
        sb.append(title).append("\nstep ").append(i + 1).append(" of ").append(steps.size()).append("   Enter: next   b: back   q: quit\n\n");
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (color && k >= 2) {
                String m = marks.get(k - 2);
                if (m.equals("▶") || m.equals(">")) line = Ansi.wrap(line, Ansi.CURRENT);
                else if (!m.isBlank()) line = Ansi.wrap(line, Ansi.ACCENT);
            }
            sb.append(line).append('\n');
        }
        sb.append('\n').append(color ? Ansi.wrap(step.text(), Ansi.BOLD) : step.text()).append('\n');
        String uses = uses(i);
        if (!uses.isEmpty()) sb.append("uses ").append(uses).append('\n');
        if (step.accumulates()) sb.append("(adds to the partial sum this node already has: its adjoint is complete after its last edge)\n");
        return sb.toString();
    }

    /** The derivative a node has after step i (inclusive) or before it: its latest row's value. */
    private NDArray known(TraceNode n, int i, boolean inclusive) {
        NDArray v = null;
        int last = inclusive ? i : i - 1;
        for (int k = 0; k <= last; k++) if (steps.get(k).node() == n) v = steps.get(k).value();
        return v;
    }

    /** "v̇1 = 1, v̇2 = 0, v1 = 2, v2 = 5": the tangents or adjoints a step reads, then the values. */
    private String uses(int i) {
        List<String> parts = new ArrayList<>();
        Derivation.Row row = steps.get(i);
        for (TraceNode u : row.derivatives()) {
            NDArray known = known(u, i, false);
            if (known != null) parts.add((forward ? d.dot(u) : d.bar(u)) + " = " + d.value(known));
        }
        for (TraceNode u : row.values()) parts.add(d.id(u) + " = " + d.value(u.tensor().value()));
        return String.join(", ", parts);
    }
}
