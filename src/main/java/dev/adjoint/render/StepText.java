package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import dev.adjoint.ndarray.ComputationInterrupted;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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

    /** Steps a transcript shows at each end unless --all; the frame's rows above and below the current one. */
    static final int TRANSCRIPT_EDGE = ReportText.MAX_ROWS / 2, FRAME_WINDOW = 15;

    /**
     * Every step, one after the other: what a pipe or a script gets. One pass over the steps (the
     * derivatives known so far kept in a map), and over {@link ReportText#MAX_ROWS} steps only the
     * first and last half of that many, with a line saying how many are left out (--all: every one).
     */
    public String transcript() {
        int n = steps.size();
        boolean all = style.allRows() || n <= 2 * TRANSCRIPT_EDGE;
        StringBuilder sb = new StringBuilder(title).append(" (no terminal: ").append(all ? "all steps" : "the first and last "
                + TRANSCRIPT_EDGE + " of " + String.format(java.util.Locale.ROOT, "%,d", n) + " steps").append(")\n");
        String pad = " ".repeat(("step " + n + "/" + n + "  ").length());
        Map<TraceNode, NDArray> known = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            ComputationInterrupted.pollEvery(i);
            boolean shown = all || i < TRANSCRIPT_EDGE || i >= n - TRANSCRIPT_EDGE;
            if (!all && i == TRANSCRIPT_EDGE)
                sb.append(String.format(java.util.Locale.ROOT, "... (%,d steps left out; --all shows every step)%n", n - 2 * TRANSCRIPT_EDGE));
            if (shown) {
                String head = "step " + (i + 1) + "/" + n;
                sb.append(head).append(" ".repeat(pad.length() - head.length())).append(steps.get(i).text()).append('\n');
                String uses = uses(i, known);
                if (!uses.isEmpty()) sb.append(pad).append("uses ").append(uses).append('\n');
            }
            known.put(steps.get(i).node(), steps.get(i).value());
        }
        return sb.toString();
    }

    /**
     * One screen: the table with the current row and the rows it reads marked, then the rule. A
     * long table shows the rows around the current one; the work is linear in the steps so far.
     */
    public String frame(int i) {
        Derivation.Row step = steps.get(i);
        boolean ascii = style.ascii(), color = style.color();
        NodeText text = new NodeText(style.precision(), style.symbols());
        Map<TraceNode, NDArray> before = knownAfter(i - 1);
        String uses = uses(i, before);
        Map<TraceNode, NDArray> after = new IdentityHashMap<>(before);
        after.put(step.node(), step.value());
        int at = Math.max(0, tableRows.indexOf(step.node()));
        int from = 0, to = tableRows.size();
        if (to > 2 * FRAME_WINDOW + 1) {
            from = Math.max(0, Math.min(at - FRAME_WINDOW, to - 2 * FRAME_WINDOW - 1));
            to = from + 2 * FRAME_WINDOW + 1;
        }
        Table table = new Table(List.of(" ", "node", "definition", "value", column), List.of("value", column));
        List<String> marks = new ArrayList<>();
        for (TraceNode n : tableRows.subList(from, to)) {
            NDArray known = after.get(n);
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
            if (k == 1 && from > 0) sb.append(String.format(java.util.Locale.ROOT, "  ... (%,d rows above)%n", from));
        }
        if (to < tableRows.size()) sb.append(String.format(java.util.Locale.ROOT, "  ... (%,d rows below)%n", tableRows.size() - to));
        sb.append('\n').append(color ? Ansi.wrap(step.text(), Ansi.BOLD) : step.text()).append('\n');
        if (!uses.isEmpty()) sb.append("uses ").append(uses).append('\n');
        if (step.accumulates()) sb.append("(adds to the partial sum this node already has: its adjoint is complete after its last edge)\n");
        return sb.toString();
    }

    /** The derivative each node has after step {@code last} (inclusive; none when negative): its latest row's value. */
    private Map<TraceNode, NDArray> knownAfter(int last) {
        Map<TraceNode, NDArray> known = new IdentityHashMap<>();
        for (int k = 0; k <= last; k++) known.put(steps.get(k).node(), steps.get(k).value());
        return known;
    }

    /** "v̇1 = 1, v̇2 = 0, v1 = 2, v2 = 5": the tangents or adjoints step i reads ({@code known}: before it), then the values. */
    private String uses(int i, Map<TraceNode, NDArray> known) {
        List<String> parts = new ArrayList<>();
        Derivation.Row row = steps.get(i);
        for (TraceNode u : row.derivatives()) {
            NDArray k = known.get(u);
            if (k != null) parts.add((forward ? d.dot(u) : d.bar(u)) + " = " + d.value(k));
        }
        for (TraceNode u : row.values()) parts.add(d.id(u) + " = " + d.value(u.tensor().value()));
        return String.join(", ", parts);
    }
}
