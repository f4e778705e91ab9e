package dev.adjoint.repl.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.render.Ansi;
import dev.adjoint.render.Derivation;
import dev.adjoint.render.NodeText;
import dev.adjoint.render.Symbols;
import dev.adjoint.render.Table;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** :step — walks through a forward or reverse pass one node (or edge) per key. */
final class StepCommand implements Command {
    public String name() { return "step"; }

    public String usage() { return ":step forward|reverse [y] [wrt x1 | dir x1=1,x2=0]"; }

    public String summary() { return "walk through a forward or reverse pass one step per key (Enter, b, q)"; }

    public String help() {
        return """
                Walks through one pass a step at a time: forward mode one node per step (its
                tangent by the local rule), reverse mode from the output back, one node per step
                (its adjoint, the sum of its partial adjoints) or, with :set notation baydin, one
                edge per step (v̄0 = v̄0 + v̄2 × v-1). The current row is highlighted (▶) and the
                rows whose values it uses are marked (•). Keys: Enter or space next, b back,
                q quit. Without a terminal (a pipe, a script) it prints every step.
                  >>> :step forward y wrt x1
                  >>> :step reverse y""";
    }

    @Override
    public List<String> options() { return List.of("forward", "reverse", "wrt", "dir"); }

    /** What a walk shows: the table's rows (nodes), the steps, and the column of derivatives. */
    private record Walk(String title, String column, Trace trace, List<TraceNode> tableRows, List<Derivation.Row> steps, boolean forward) {}

    public boolean run(CommandArgs args, CommandContext ctx) {
        if (!args.hasNext()) throw new LangError(":step needs a pass: :step forward y wrt x1, or :step reverse y", args.endSpan());
        CommandArgs.Word which = args.next();
        boolean forward;
        switch (which.text()) {
            case "forward" -> forward = true;
            case "reverse" -> forward = false;
            default -> throw new LangError("expected forward or reverse, got '" + which.text() + "'", which.span());
        }
        CommandContext.Target t = ctx.target(args, "wrt", "dir");
        Trace trace = ctx.trace(t, args);
        Derivation d = PassOutput.derivation(ctx);
        Symbols sym = ctx.settings.symbols();
        Walk walk;
        if (forward) {
            Map<TraceNode, Double> seed = ForwardCommand.seed(args, ctx, trace);
            args.expectEnd(Set.of("order"));
            ForwardReport r = ForwardReport.run(trace, seed);
            List<TraceNode> rows = new ArrayList<>();
            for (TraceNode n : trace.nodes()) if (NodeText.listed(n) && !n.isConstant()) rows.add(n);
            walk = new Walk("Forward mode for " + t.name() + ", one node per step", "tangent " + sym.dot("v"), trace, rows, d.forward(r), true);
        } else {
            args.expectEnd(Set.of("order"));
            if (!t.tensor().requiresGrad() || t.tensor().value().size() != 1)
                throw new LangError(":step reverse needs a y with one element that depends on an input", args.name().span());
            ReverseReport r = ReverseReport.run(trace, null);
            List<TraceNode> rows = new ArrayList<>();
            List<TraceNode> all = trace.nodes();
            for (int i = all.size() - 1; i >= 0; i--) if (NodeText.listed(all.get(i)) && !all.get(i).isConstant()) rows.add(all.get(i));
            boolean baydin = ctx.settings.notation == Trace.Numbering.BAYDIN;
            walk = new Walk("Reverse mode for " + t.name() + ", from the output back, one " + (baydin ? "edge" : "node") + " per step",
                    "adjoint " + sym.bar("v"), trace, rows, d.reverse(r), false);
        }
        List<Derivation.Row> steps = walk.steps();
        if (ctx.keys == null) {
            ctx.out.print(transcript(walk, d));
            return false;
        }
        Stepper.run(steps.size(), i -> frame(walk, i, ctx, d), ctx.keys, ctx.out, true);
        return false;
    }

    /** Every step, one after the other: what a pipe or a script gets. */
    static String transcript(Walk walk, Derivation d) {
        StringBuilder sb = new StringBuilder(walk.title()).append(" (no terminal: all steps)\n");
        int n = walk.steps().size();
        String pad = " ".repeat(("step " + n + "/" + n + "  ").length());
        for (int i = 0; i < n; i++) {
            String head = "step " + (i + 1) + "/" + n;
            sb.append(head).append(" ".repeat(pad.length() - head.length())).append(walk.steps().get(i).text()).append('\n');
            String uses = uses(walk, i, d);
            if (!uses.isEmpty()) sb.append(pad).append("uses ").append(uses).append('\n');
        }
        return sb.toString();
    }

    /** One screen: the table with the current row and the rows it reads marked, then the rule. */
    private static String frame(Walk walk, int i, CommandContext ctx, Derivation d) {
        Derivation.Row step = walk.steps().get(i);
        boolean ascii = ctx.settings.ascii, color = ctx.settings.color;
        NodeText text = new NodeText(ctx.settings.precision, ctx.settings.symbols());
        Table table = new Table(List.of(" ", "node", "definition", "value", walk.column()), List.of("value", walk.column()));
        List<String> marks = new ArrayList<>();
        for (TraceNode n : walk.tableRows()) {
            NDArray known = known(walk, n, i, true);
            String mark = n == step.node() ? (ascii ? ">" : "▶") : step.uses().contains(n) ? (ascii ? "*" : "•") : " ";
            marks.add(mark);
            table.row(List.of(mark, n.id(), text.definition(walk.trace(), n), text.value(n.tensor().value()), known == null ? "" : text.value(known)));
        }
        String[] lines = table.text(ctx.settings.symbols()).split("\n");
        StringBuilder sb = new StringBuilder();
        sb.append(walk.title()).append("\nstep ").append(i + 1).append(" of ").append(walk.steps().size())
                .append("   Enter: next   b: back   q: quit\n\n");
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
        String uses = uses(walk, i, d);
        if (!uses.isEmpty()) sb.append("uses ").append(uses).append('\n');
        if (step.accumulates()) sb.append("(adds to the partial sum this node already has: its adjoint is complete after its last edge)\n");
        return sb.toString();
    }

    /** The derivative a node has after step i (inclusive) or before it: its latest row's value. */
    private static NDArray known(Walk walk, TraceNode n, int i, boolean inclusive) {
        NDArray v = null;
        int last = inclusive ? i : i - 1;
        for (int k = 0; k <= last; k++) if (walk.steps().get(k).node() == n) v = walk.steps().get(k).value();
        return v;
    }

    /** "v̇1 = 1, v̇2 = 0, v1 = 2, v2 = 5": the tangents or adjoints a step reads, then the values. */
    private static String uses(Walk walk, int i, Derivation d) {
        List<String> parts = new ArrayList<>();
        Derivation.Row row = walk.steps().get(i);
        for (TraceNode u : row.derivatives()) {
            NDArray known = known(walk, u, i, false);
            if (known != null) parts.add((walk.forward() ? d.dot(u) : d.bar(u)) + " = " + d.value(known));
        }
        for (TraceNode u : row.values()) parts.add(d.id(u) + " = " + d.value(u.tensor().value()));
        return String.join(", ", parts);
    }
}
