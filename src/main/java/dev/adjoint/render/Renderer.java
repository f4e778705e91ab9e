package dev.adjoint.render;

import dev.adjoint.render.graph.GraphPicture;
import dev.adjoint.render.graph.LayerSummary;
import dev.adjoint.render.graph.MermaidChart;
import dev.adjoint.render.graph.TikzPicture;
import dev.adjoint.session.report.AnomalyReport;
import dev.adjoint.session.report.BackwardReport;
import dev.adjoint.session.report.CheckReport;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.JacobianReport;
import dev.adjoint.session.report.LayerProfile;
import dev.adjoint.session.report.ReplayReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.VarsReport;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point from a report to its text: every report of the session in every format it
 * supports. A front-end picks the format (the REPL one, the Jupyter kernel all of them, as a MIME
 * bundle); a plain String is a message and reads the same in every format.
 */
public final class Renderer {
    private static final Set<Format> ALL = EnumSet.allOf(Format.class);

    private Renderer() {}

    /** The formats a report can be rendered in. */
    public static Set<Format> formats(Object report) {
        if (report instanceof AnomalyReport || report instanceof LayerProfile) return EnumSet.of(Format.TEXT); // a warning, a summary in words
        return ALL;
    }

    /** Longer renderings keep their first {@link #HEAD_LINES} and last {@link #TAIL_LINES} lines (unless --all). */
    static final int MAX_LINES = 500, HEAD_LINES = 300, TAIL_LINES = 200;
    /** Longer lines keep their start and end. */
    static final int MAX_LINE = 2000;

    /**
     * The report in {@code f}, ending in a newline; f must be one of {@link #formats}. Every
     * rendering but JSON (data for programs, one line, complete) is bounded here, the one place all
     * of them pass: over {@link #MAX_LINES} lines or with a line over {@link #MAX_LINE} characters,
     * what is left out is said where it was (in LaTeX as a % comment, so the snippet still compiles).
     */
    public static String render(Object report, Format f, Style s) {
        String text = unbounded(report, f, s);
        return f == Format.JSON ? text : bounded(text, commentPrefix(report, f), s.allRows());
    }

    /** How a line that says what was left out starts, so the rest still compiles: a LaTeX comment, a Mermaid comment in a graph's Markdown. */
    private static String commentPrefix(Object report, Format f) {
        if (f == Format.LATEX) return "% ";
        return f == Format.MARKDOWN && report instanceof GraphPicture ? "%% " : "";
    }

    static String bounded(String text, String commentPrefix, boolean allRows) {
        if (allRows) return text;
        int lines = 1, longest = 0, run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
                run = 0;
            } else longest = Math.max(longest, ++run);
        }
        if (lines <= MAX_LINES + 1 && longest <= MAX_LINE) return text;
        String[] all = text.split("\n", -1);
        int n = all[all.length - 1].isEmpty() ? all.length - 1 : all.length;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (n > MAX_LINES && i == HEAD_LINES) {
                sb.append(commentPrefix).append(String.format(java.util.Locale.ROOT, "... (%,d lines left out; --all shows them)%n", n - HEAD_LINES - TAIL_LINES));
                i = n - TAIL_LINES;
            }
            String line = all[i];
            if (line.length() > MAX_LINE)
                line = line.substring(0, MAX_LINE / 2) + String.format(java.util.Locale.ROOT, " ... (%,d characters left out) ... ", line.length() - MAX_LINE * 3 / 4)
                        + line.substring(line.length() - MAX_LINE / 4);
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static String unbounded(Object report, Format f, Style s) {
        if (!formats(report).contains(f)) throw new IllegalArgumentException("no " + f.label() + " rendering of this report");
        if (f != Format.TEXT) s = s.plain();
        if (report instanceof String message) return message.endsWith("\n") || message.isEmpty() ? message : message + "\n";
        if (report instanceof Trace t) return trace(t, f, s);
        if (report instanceof ForwardReport r) return forward(r, f, s);
        if (report instanceof ReverseReport r) return reverse(r, f, s);
        if (report instanceof GradReport g) return switch (f) {
            case JSON -> ReportJson.grad(g) + "\n";
            case LATEX -> Latex.grad(g, s.precision());
            default -> s.text(f).grad(g);
        };
        if (report instanceof BackwardReport b) return switch (f) {
            case JSON -> ReportJson.backward(b) + "\n";
            case LATEX -> LatexTables.backward(b, s.precision());
            default -> s.text(f).backward(b);
        };
        if (report instanceof CheckReport c) return switch (f) {
            case JSON -> ReportJson.check(c) + "\n";
            case LATEX -> Latex.check(c, s.precision());
            default -> CheckText.render(c, f, s);
        };
        if (report instanceof JacobianReport j) return switch (f) {
            case JSON -> ReportJson.jacobian(j) + "\n";
            case LATEX -> LatexTables.jacobian(j, s.precision());
            default -> JacobianText.render(j, f, s);
        };
        if (report instanceof ReplayReport r) return switch (f) {
            case JSON -> ReportJson.replay(r) + "\n";
            case LATEX -> LatexTables.replay(r, s.precision());
            default -> ReplayText.render(r, f, s);
        };
        if (report instanceof VarsReport v) return switch (f) {
            case JSON -> ReportJson.vars(v, new ValueFormat(s.precision())) + "\n";
            case LATEX -> LatexTables.vars(v, s.precision());
            default -> VarsText.render(v, f, s);
        };
        if (report instanceof AnomalyReport a) return AnomalyText.describe(a) + "\n";
        if (report instanceof GraphPicture g) return switch (f) {
            case TEXT -> g.text(s.ascii(), s.color());
            case MARKDOWN -> MermaidChart.write(g.model());
            case LATEX -> TikzPicture.write(g.model(), s.precision());
            case JSON -> ReportJson.graph(g.model()) + "\n";
        };
        if (report instanceof LayerProfile p) return LayerSummary.of(p, LayerSummary.TOO_MANY);
        throw new IllegalArgumentException("no rendering of " + report);
    }

    private static String trace(Trace t, Format f, Style s) {
        return switch (f) {
            case JSON -> ReportJson.trace(t) + "\n";
            case LATEX -> Latex.trace(t, s.precision(), s.baydin());
            default -> s.text(f).trace(t);
        };
    }

    private static String forward(ForwardReport r, Format f, Style s) {
        return switch (f) {
            case JSON -> ReportJson.forward(r) + "\n";
            case LATEX -> Latex.forward(r, s.precision(), s.baydin());
            default -> s.text(f).forward(r) + (s.baydin()
                    ? rows(f, "Forward tangent trace (Baydin et al. 2018, Table 2):", s.derivation().forward(r)) : "");
        };
    }

    private static String reverse(ReverseReport r, Format f, Style s) {
        if (f == Format.JSON) return ReportJson.reverse(r) + "\n";
        if (f == Format.LATEX) return Latex.reverse(r, s.precision(), s.baydin());
        String table = !r.isChecked() ? s.text(f).reverse(r)
                : s.text(f).reverse(r, List.of("central diff.", "check"), n -> CheckText.cells(r.check(n), s.precision()));
        if (!s.baydin()) return table;
        return table + rows(f, "Reverse adjoint trace, edge by edge (Baydin et al. 2018, Table 3):", s.derivation().reverse(r));
    }

    private static String rows(Format f, String title, List<Derivation.Row> rows) {
        StringBuilder sb = new StringBuilder("\n");
        sb.append(f == Format.MARKDOWN ? "**" + title + "**\n\n" : title + "\n");
        for (Derivation.Row r : rows) sb.append(f == Format.MARKDOWN ? "- " : "  ").append(r.text()).append('\n');
        return sb.toString();
    }
}
