package dev.adjoint.repl.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.render.Format;
import dev.adjoint.render.Json;
import dev.adjoint.render.Numbers;
import dev.adjoint.render.Table;
import dev.adjoint.render.TensorFormat;
import dev.adjoint.session.report.JacobianReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** :jacobian — the Jacobian from forward passes (columns) or reverse passes (rows), with what each costs. */
final class JacobianCommand implements Command {
    /** Passes listed one by one; beyond, the first ones and a count. */
    private static final int LISTED = 10;
    /** The other mode is run for the comparison only up to this many passes (else estimated from one pass). */
    private static final int COMPARE_LIMIT = 2000;

    public String name() { return "jacobian"; }

    public String usage() { return ":jacobian [y] [wrt x1,x2] [--mode forward|reverse] [--format text|markdown|json]"; }

    public String summary() { return "the Jacobian by forward passes (columns) or reverse passes (rows), with their cost"; }

    public String help() {
        return """
                Builds ∂y/∂(x1, x2, ...) the two ways AD can. Forward mode: one pass per input
                element, seeded with a unit tangent; each pass gives one column. Reverse mode:
                one pass per output element, seeded with a unit adjoint; each pass gives one row.
                It prints the passes, the Jacobian, and what each mode costs: passes and local
                derivative rules applied (one jvp term per edge that carries a tangent, one vjp
                term per edge that carries an adjoint). With many inputs and one output (a loss)
                reverse mode needs one pass where forward mode needs one per input — why deep
                learning uses reverse mode. Without --mode, reverse mode builds it and both costs
                are shown. Without wrt, every input of y.
                  >>> :jacobian y wrt x1,x2 --mode forward
                  >>> :jacobian y --mode reverse
                  >>> z = W @ x
                  >>> :jacobian z wrt x --format json""";
    }

    @Override
    public List<String> options() { return List.of("wrt", "--mode", "--format"); }

    public boolean run(CommandArgs args, CommandContext ctx) {
        CommandContext.Target t = ctx.target(args, "wrt");
        Format f = ctx.format(args, Set.of(Format.TEXT, Format.MARKDOWN, Format.JSON));
        CommandArgs.Word modeWord = args.option("mode");
        JacobianReport.Mode mode = JacobianReport.Mode.REVERSE;
        if (modeWord != null) {
            mode = switch (modeWord.text()) {
                case "forward" -> JacobianReport.Mode.FORWARD;
                case "reverse" -> JacobianReport.Mode.REVERSE;
                default -> throw new LangError("unknown mode '" + modeWord.text() + "' (modes: forward, reverse)", modeWord.span());
            };
        }
        Trace trace = ctx.trace(t, args);
        List<TraceNode> wrt = wrt(args, ctx, trace);
        args.expectEnd(Set.of("format", "mode", "order"));
        if (wrt.isEmpty())
            throw new LangError("'" + t.name() + "' depends on no input that requires grad, so its Jacobian is empty", args.name().span());
        JacobianReport r = JacobianReport.run(trace, wrt, mode);
        JacobianReport.Mode otherMode = mode == JacobianReport.Mode.FORWARD ? JacobianReport.Mode.REVERSE : JacobianReport.Mode.FORWARD;
        int otherPasses = otherMode == JacobianReport.Mode.FORWARD ? r.columns().size() : r.rows().size();
        JacobianReport other = otherPasses <= COMPARE_LIMIT ? JacobianReport.run(trace, wrt, otherMode) : null;
        long otherRules = other != null ? other.rules() : estimate(trace, wrt, otherMode, otherPasses);
        if (f == Format.JSON) {
            ctx.out.println(json(r, other, otherPasses, otherRules));
            return false;
        }
        ctx.out.print(text(ctx, f, r, modeWord != null, otherMode, otherPasses, otherRules, other == null));
        return false;
    }

    private static List<TraceNode> wrt(CommandArgs args, CommandContext ctx, Trace trace) {
        if (!args.hasNext()) return trace.inputs();
        CommandArgs.Word kw = args.next();
        if (!kw.text().equals("wrt")) throw new LangError("expected 'wrt x1,x2' after the target", kw.span());
        if (!args.hasNext()) throw new LangError("expected input names after 'wrt'" + ForwardCommand.inputsHint(trace.inputs()), args.endSpan());
        CommandArgs.Word list = args.next();
        List<TraceNode> out = new ArrayList<>();
        for (String name : list.text().split(",")) {
            String n = name.strip();
            TraceNode found = null;
            for (TraceNode in : trace.inputs()) if (n.equals(in.name()) || n.equals(in.id())) found = in;
            if (found == null) {
                boolean inGraph = trace.nodes().stream().anyMatch(x -> n.equals(x.name()) || n.equals(x.id()));
                throw new LangError(inGraph ? "'" + n + "' is not an input of " + trace.target() + " (a leaf that requires grad)" + ForwardCommand.inputsHint(trace.inputs())
                        : trace.target() + " does not depend on '" + n + "'" + ForwardCommand.inputsHint(trace.inputs()), list.span());
            }
            if (!out.contains(found)) out.add(found);
        }
        return out;
    }

    /** The other mode's rules from one pass times the number of passes, when running them all would take too long. */
    private static long estimate(Trace trace, List<TraceNode> wrt, JacobianReport.Mode mode, int passes) {
        List<TraceNode> one = mode == JacobianReport.Mode.FORWARD ? List.of(wrt.get(0)) : wrt;
        JacobianReport r = JacobianReport.run(trace, one, mode);
        long perPass = r.passes().isEmpty() ? 0 : r.passes().get(0).rules();
        return perPass * passes;
    }

    private static String modeName(JacobianReport.Mode m) {
        return m == JacobianReport.Mode.FORWARD ? "forward" : "reverse";
    }

    private static String text(CommandContext ctx, Format f, JacobianReport r, boolean chosen, JacobianReport.Mode otherMode,
            int otherPasses, long otherRules, boolean estimated) {
        int p = ctx.settings.precision;
        boolean md = f == Format.MARKDOWN;
        StringBuilder sb = new StringBuilder();
        List<String> cols = r.columns(), rows = r.rows();
        double[][] j = r.jacobian();
        boolean forward = r.mode() == JacobianReport.Mode.FORWARD;
        String title = "Jacobian of " + r.trace().target() + " (" + rows.size() + " × " + cols.size() + ") by " + modeName(r.mode()) + " mode: "
                + (forward ? "one pass per input element, each gives a column" : "one pass per output element, each gives a row");
        title(sb, title, md);
        if (chosen) {
            Table passes = new Table(List.of("pass", "seed", forward ? "column" : "row", "rules applied"), List.of("rules applied"));
            int n = r.passes().size();
            for (int i = 0; i < n; i++) {
                if (n > LISTED + 2 && i == LISTED) {
                    passes.row(List.of("...", "", "", ""));
                    i = n - 2;
                }
                JacobianReport.Pass pass = r.passes().get(i);
                double[] line = forward ? column(j, i) : j[i];
                String seed = (forward ? ctx.settings.symbols().dot(pass.seed()) : ctx.settings.symbols().bar(pass.seed())) + " = 1";
                passes.row(List.of(Integer.toString(i + 1), seed, TensorFormat.oneLine(NDArray.vector(line), p, 4), Long.toString(pass.rules())));
            }
            sb.append(md ? passes.markdown() + "\n" : passes.text(ctx.settings.symbols()) + "\n");
        }
        if (cols.size() <= 8 && rows.size() <= 16) {
            List<String> head = new ArrayList<>(List.of("J"));
            head.addAll(cols);
            Table t = new Table(head, cols);
            for (int i = 0; i < rows.size(); i++) {
                List<String> cells = new ArrayList<>(List.of(rows.get(i)));
                for (double v : j[i]) cells.add(Numbers.format(v, p));
                t.row(cells);
            }
            sb.append(md ? t.markdown() : t.text(ctx.settings.symbols()));
        } else {
            double[] flat = new double[rows.size() * cols.size()];
            for (int i = 0; i < rows.size(); i++) System.arraycopy(j[i], 0, flat, i * cols.size(), cols.size());
            sb.append("J (rows: elements of ").append(r.trace().target()).append(", columns: elements of ")
                    .append(String.join(", ", r.wrt().stream().map(x -> x.name() != null ? x.name() : x.id()).toList())).append(") =\n");
            sb.append(TensorFormat.format(NDArray.of(flat, rows.size(), cols.size()), p)).append('\n');
        }
        sb.append('\n');
        Table cost = new Table(List.of("mode", "passes", "local rules applied"), List.of("passes", "local rules applied"));
        long fPasses = forward ? r.passes().size() : otherPasses, rPasses = forward ? otherPasses : r.passes().size();
        long fRules = forward ? r.rules() : otherRules, rRules = forward ? otherRules : r.rules();
        String est = estimated ? " (estimated from one pass)" : "";
        cost.row(List.of("forward", Long.toString(fPasses), fRules + (forward ? "" : est)));
        cost.row(List.of("reverse", Long.toString(rPasses), rRules + (forward ? est : "")));
        sb.append(md ? cost.markdown() : cost.text(ctx.settings.symbols()));
        String winner = fRules == rRules ? "both modes cost the same here"
                : (fRules < rRules ? "forward" : "reverse") + " mode is cheaper here";
        sb.append(cols.size()).append(cols.size() == 1 ? " input element, " : " input elements, ").append(rows.size())
                .append(rows.size() == 1 ? " output element: " : " output elements: ").append(winner).append(".\n")
                .append("Forward mode takes one pass per input element, reverse mode one per output element;\n")
                .append("the primal pass (").append(r.primalOps()).append(r.primalOps() == 1 ? " op" : " ops").append(") runs once either way.\n");
        String out = sb.toString();
        return ctx.settings.ascii ? out.replace("×", "x") : out;
    }

    private static void title(StringBuilder sb, String title, boolean md) {
        sb.append(md ? "**" + title + "**\n\n" : title + "\n");
    }

    private static double[] column(double[][] j, int c) {
        double[] col = new double[j.length];
        for (int i = 0; i < j.length; i++) col[i] = j[i][c];
        return col;
    }

    private static String json(JacobianReport r, JacobianReport other, int otherPasses, long otherRules) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", r.trace().target());
        m.put("wrt", r.wrt().stream().map(x -> x.name() != null ? x.name() : x.id()).toList());
        m.put("mode", modeName(r.mode()));
        m.put("shape", new int[] {r.rows().size(), r.columns().size()});
        m.put("output_shape", r.trace().output().shape());
        m.put("rows", r.rows());
        m.put("columns", r.columns());
        List<Object> rows = new ArrayList<>();
        for (double[] row : r.jacobian()) {
            List<Object> cells = new ArrayList<>();
            for (double v : row) cells.add(v);
            rows.add(cells);
        }
        m.put("jacobian", rows);
        m.put("passes", r.passes().size());
        m.put("rules", r.rules());
        m.put("primal_ops", r.primalOps());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("mode", modeName(r.mode() == JacobianReport.Mode.FORWARD ? JacobianReport.Mode.REVERSE : JacobianReport.Mode.FORWARD));
        o.put("passes", otherPasses);
        o.put("rules", otherRules);
        o.put("estimated", other == null);
        m.put("other", o);
        return Json.write(m);
    }

    static String shape(int[] s) {
        return Shapes.str(s);
    }
}
