package dev.adjoint.repl.command;

import dev.adjoint.render.Derivation;
import dev.adjoint.render.Format;
import dev.adjoint.render.Latex;
import dev.adjoint.render.Numbers;
import dev.adjoint.render.ReportJson;
import dev.adjoint.session.report.FiniteDifferences;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The output of :trace, :forward and :reverse in every format: text and Markdown tables, JSON,
 * LaTeX (the rows of {@link Derivation} in an aligned environment), and in Baydin's notation the
 * derivation rows under the table, as in his Tables 2 and 3.
 */
final class PassOutput {
    static final Set<Format> FORMATS = Set.of(Format.TEXT, Format.MARKDOWN, Format.LATEX, Format.JSON);

    private PassOutput() {}

    private static boolean baydin(CommandContext ctx) {
        return ctx.settings.notation == Trace.Numbering.BAYDIN;
    }

    static String trace(CommandContext ctx, Format f, Trace t) {
        return switch (f) {
            case JSON -> ReportJson.trace(t) + "\n";
            case LATEX -> Latex.trace(t, ctx.settings.precision, baydin(ctx));
            default -> ctx.text(f).trace(t);
        };
    }

    static String forward(CommandContext ctx, Format f, ForwardReport r) {
        return switch (f) {
            case JSON -> ReportJson.forward(r) + "\n";
            case LATEX -> Latex.forward(r, ctx.settings.precision, baydin(ctx));
            default -> ctx.text(f).forward(r) + (baydin(ctx)
                    ? rows(ctx, f, "Forward tangent trace (Baydin et al. 2018, Table 2):", derivation(ctx).forward(r)) : "");
        };
    }

    static String reverse(CommandContext ctx, Format f, ReverseReport r, Map<TraceNode, FiniteDifferences.Result> check) {
        if (f == Format.JSON) return ReportJson.reverse(r) + "\n";
        if (f == Format.LATEX) return Latex.reverse(r, ctx.settings.precision, baydin(ctx));
        String table = check == null ? ctx.text(f).reverse(r)
                : ctx.text(f).reverse(r, List.of("central diff.", "check"), n -> checkCells(ctx, check.get(n)));
        if (!baydin(ctx)) return table;
        return table + rows(ctx, f, "Reverse adjoint trace, edge by edge (Baydin et al. 2018, Table 3):", derivation(ctx).reverse(r));
    }

    private static List<String> checkCells(CommandContext ctx, FiniteDifferences.Result c) {
        if (c == null || c.checked().isEmpty()) return List.of("", "");
        FiniteDifferences.Element w = c.worst();
        String fd = c.size() == 1 ? Numbers.format(w.fd(), ctx.settings.precision) : "";
        String verdict = (c.ok() ? "ok" : "MISMATCH") + " (rel. error " + Numbers.format(w.relError(), 1) + ")";
        if (c.size() > 1) verdict += ", " + c.checked().size() + " of " + c.size() + " elements";
        return List.of(fd, verdict);
    }

    static Derivation derivation(CommandContext ctx) {
        return new Derivation(false, ctx.settings.symbols(), ctx.settings.precision, baydin(ctx));
    }

    private static String rows(CommandContext ctx, Format f, String title, List<Derivation.Row> rows) {
        StringBuilder sb = new StringBuilder("\n");
        sb.append(f == Format.MARKDOWN ? "**" + title + "**\n\n" : title + "\n");
        for (Derivation.Row r : rows) sb.append(f == Format.MARKDOWN ? "- " : "  ").append(r.text()).append('\n');
        return sb.toString();
    }

    /** The rows as lines of text, for tests and the step-through. */
    static List<String> lines(List<Derivation.Row> rows) {
        List<String> out = new ArrayList<>();
        for (Derivation.Row r : rows) out.add(r.text());
        return out;
    }
}
