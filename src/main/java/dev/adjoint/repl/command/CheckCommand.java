package dev.adjoint.repl.command;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.render.Ansi;
import dev.adjoint.render.Format;
import dev.adjoint.render.Json;
import dev.adjoint.render.Numbers;
import dev.adjoint.render.Table;
import dev.adjoint.session.report.FiniteDifferences;
import dev.adjoint.session.report.Replay;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** :check — every gradient against central finite differences, with relative error and a verdict. */
final class CheckCommand implements Command {
    /** Elements checked per tensor: all of a small one, evenly spaced ones of a large one. */
    static final int MAX_ELEMENTS = 32;
    private static final Set<String> KINKS = Set.of("relu", "abs", "max");

    public String name() { return "check"; }

    public String usage() { return ":check [y] [--format text|markdown|json]"; }

    public String summary() { return "gradients against central finite differences, with relative error and a verdict"; }

    public String help() {
        return """
                Checks each gradient ∂y/∂x that reverse mode gives against the central difference
                on a 5-point stencil (commons-math3), where y(...) replays the recorded graph with one input
                moved (step h = ε^(1/5)·max(1, |x|) ≈ 7e-4). A gradient passes when |AD − FD| ≤ 1e-5 + 1e-3·|FD|
                (PyTorch gradcheck's tolerances); the relative error |AD − FD| / max(|AD|, |FD|) is
                shown beside it. A tensor input is checked element by element (up to 32 evenly
                spaced elements), and summarised by its worst element. y must have one element.
                :reverse y --check adds the same check for every node of the trace.
                  >>> :check y
                  >>> :check y --format json""";
    }

    @Override
    public List<String> options() { return List.of("--format"); }

    public boolean run(CommandArgs args, CommandContext ctx) {
        CommandContext.Target t = ctx.target(args);
        Format f = ctx.format(args, Set.of(Format.TEXT, Format.MARKDOWN, Format.JSON));
        args.expectEnd(Set.of("format"));
        requireScalar(t, args, ":check");
        Trace trace = ctx.trace(t, args);
        ReverseReport r = ReverseReport.run(trace, null);
        List<FiniteDifferences.Result> results = FiniteDifferences.inputs(r, MAX_ELEMENTS);
        if (f == Format.JSON) {
            ctx.out.println(json(t.name(), results));
            return false;
        }
        ctx.out.print(text(ctx, f, t.name(), trace, results));
        return false;
    }

    static void requireScalar(CommandContext.Target t, CommandArgs args, String command) {
        if (!t.tensor().requiresGrad())
            throw new LangError("'" + t.name() + "' does not depend on any input that requires grad, so it has no gradient to check", args.name().span());
        if (t.tensor().value().size() != 1)
            throw new LangError(command + " needs a y with one element; " + t.name() + " has shape " + Shapes.str(t.tensor().shape())
                    + " (check a scalar of it, e.g. s = sum(" + t.name() + "), or see :jacobian)", args.name().span());
    }

    /** The per-node check of :reverse --check: every node (not only inputs) against central differences. */
    static Map<TraceNode, FiniteDifferences.Result> perNode(ReverseReport r) {
        Tensor y = r.trace().output();
        if (!y.requiresGrad() || y.value().size() != 1)
            throw new IllegalArgumentException("--check needs a y with one element that depends on an input");
        Replay replay = new Replay(r.trace());
        Map<TraceNode, FiniteDifferences.Result> m = new IdentityHashMap<>();
        for (TraceNode n : r.trace().nodes()) {
            if (n.isConstant()) continue;
            m.put(n, FiniteDifferences.node(replay, n, r.adjoint(n), MAX_ELEMENTS));
        }
        return m;
    }

    private static String label(TraceNode n) {
        return n.name() != null ? n.name() : n.id();
    }

    private static String index(int[] idx) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < idx.length; i++) sb.append(i > 0 ? ", " : "").append(idx[i]);
        return sb.append(']').toString();
    }

    private static String text(CommandContext ctx, Format f, String target, Trace trace, List<FiniteDifferences.Result> results) {
        int p = ctx.settings.precision;
        Table table = new Table(List.of("input", "AD (reverse mode)", "central diff.", "rel. error", "verdict"),
                List.of("AD (reverse mode)", "central diff.", "rel. error"));
        int failed = 0, total = 0;
        List<String> notes = new ArrayList<>();
        for (FiniteDifferences.Result r : results) {
            String name = label(r.node());
            boolean small = r.size() <= 4;
            List<FiniteDifferences.Element> shown = small ? r.checked() : List.of(r.worst());
            for (FiniteDifferences.Element e : shown) {
                String who = r.size() == 1 ? name : name + index(e.index());
                String verdict = e.ok() ? "ok" : "MISMATCH";
                if (!small) {
                    verdict = (r.ok() ? "ok" : r.failures() + " MISMATCH") + ": worst of " + r.checked().size()
                            + (r.checked().size() < r.size() ? " of " + r.size() : "") + " elements";
                }
                table.row(List.of(who, Numbers.format(e.ad(), p), Numbers.format(e.fd(), p), Numbers.format(e.relError(), 1), verdict));
            }
            failed += r.failures();
            total += r.checked().size();
        }
        StringBuilder sb = new StringBuilder();
        String title = "Gradient check of " + target + ": reverse mode against central differences (5-point stencils around the recorded inputs, " + target + " replayed)";
        String shownTitle = ctx.settings.ascii ? title.replace("−", "-") : title;
        sb.append(f == Format.MARKDOWN ? "**" + shownTitle + "**\n\n" + table.markdown() : shownTitle + "\n" + table.text(ctx.settings.symbols()));
        if (failed == 0) {
            sb.append("all ").append(total).append(total == 1 ? " gradient agrees" : " gradient entries agree").append(" (|AD − FD| ≤ 1e-5 + 1e-3·|FD|)\n");
        } else {
            sb.append(failed).append(" of ").append(total).append(" gradient entries disagree (tolerance |AD − FD| ≤ 1e-5 + 1e-3·|FD|)\n");
            boolean kinks = trace.nodes().stream().anyMatch(n -> KINKS.contains(n.op()));
            if (kinks) notes.add("the graph has relu/abs/max: at a kink (x = 0, or a tie) the derivative is one-sided, and central differences average the two sides");
        }
        for (String n : notes) sb.append("note: ").append(n).append('\n');
        String out = sb.toString();
        if (ctx.settings.ascii) out = out.replace("−", "-").replace("≤", "<=").replace("·", "*");
        if (ctx.settings.color && f == Format.TEXT) out = Ansi.lines(out, "MISMATCH", Ansi.BAD);
        return out;
    }

    private static String json(String target, List<FiniteDifferences.Result> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target);
        List<Object> list = new ArrayList<>();
        boolean ok = true;
        for (FiniteDifferences.Result r : results) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("input", label(r.node()));
            e.put("id", r.node().id());
            e.put("elements", r.size());
            e.put("checked", r.checked().size());
            FiniteDifferences.Element w = r.worst();
            e.put("max_rel_error", w == null ? null : w.relError());
            e.put("failures", r.failures());
            e.put("ok", r.ok());
            if (w != null) {
                Map<String, Object> wm = new LinkedHashMap<>();
                wm.put("index", w.index());
                wm.put("ad", w.ad());
                wm.put("fd", w.fd());
                e.put("worst", wm);
            }
            ok &= r.ok();
            list.add(e);
        }
        m.put("inputs", list);
        m.put("ok", ok);
        m.put("atol", FiniteDifferences.ATOL);
        m.put("rtol", FiniteDifferences.RTOL);
        return Json.write(m);
    }
}
