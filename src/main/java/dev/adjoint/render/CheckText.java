package dev.adjoint.render;

import dev.adjoint.session.report.CheckReport;
import dev.adjoint.session.report.FiniteDifferences;
import java.util.ArrayList;
import java.util.List;

/** :check as a table: each input's gradient from reverse mode, its central difference, the relative error and a verdict. */
final class CheckText {
    private CheckText() {}

    /** One row of the check: the input (or element), AD, FD, the relative error ("" where it means nothing) and the verdict. */
    record Line(String input, String ad, String fd, String relError, String verdict) {}

    /** The rows, as every format shows them. */
    static List<Line> lines(CheckReport report, int p) {
        List<Line> lines = new ArrayList<>();
        for (FiniteDifferences.Result r : report.results()) {
            String name = r.node().label();
            boolean small = r.size() <= 4;
            List<FiniteDifferences.Element> shown = small ? r.checked() : List.of(r.worst());
            for (FiniteDifferences.Element e : shown) {
                String who = r.size() == 1 ? name : name + index(e.index());
                String verdict = verdict(e);
                if (!small) {
                    verdict = (r.ok() ? "ok" : r.failures() + " MISMATCH") + ": worst of " + r.checked().size()
                            + (r.checked().size() < r.size() ? " of " + r.size() : "") + " elements";
                }
                lines.add(new Line(who, Numbers.format(e.ad(), p), Numbers.format(e.fd(), p), relError(e), verdict));
            }
        }
        return lines;
    }

    /**
     * ok, MISMATCH, or, where AD and FD are both within the absolute tolerance of 0, "ok (both ≈ 0)":
     * there a relative error means nothing (1e-7 against 0 is 100%), so it is not shown beside an "ok".
     */
    private static String verdict(FiniteDifferences.Element e) {
        if (!e.ok()) return "MISMATCH";
        return nearZero(e) ? "ok (both ≈ 0)" : "ok";
    }

    private static boolean nearZero(FiniteDifferences.Element e) {
        return Math.max(Math.abs(e.ad()), Math.abs(e.fd())) <= FiniteDifferences.ATOL && e.relError() > FiniteDifferences.RTOL;
    }

    private static String relError(FiniteDifferences.Element e) {
        return e.ok() && nearZero(e) ? "" : Numbers.format(e.relError(), 1);
    }

    /** The line under the table: all agree, or how many disagree (and why at a kink). */
    static String summary(CheckReport report) {
        StringBuilder sb = new StringBuilder();
        int failed = report.failures(), total = report.checked();
        if (failed == 0) {
            sb.append("all ").append(total).append(total == 1 ? " gradient agrees" : " gradient entries agree").append(" (|AD − FD| ≤ 1e-5 + 1e-3·|FD|)\n");
        } else {
            sb.append(failed).append(" of ").append(total).append(" gradient entries disagree (tolerance |AD − FD| ≤ 1e-5 + 1e-3·|FD|)\n");
            if (report.hasKinks())
                sb.append("note: the graph has relu/abs/max: at a kink (x = 0, or a tie) the derivative is one-sided, and central differences average the two sides\n");
        }
        List<String> labels = new ArrayList<>();
        for (FiniteDifferences.Result r : report.results()) labels.add(r.node().label());
        sb.append(Rebound.note(report.target(), labels));
        return sb.toString();
    }

    static String render(CheckReport report, Format f, Style s) {
        Table table = new Table(List.of("input", "AD (reverse mode)", "central diff.", "rel. error", "verdict"),
                List.of("AD (reverse mode)", "central diff.", "rel. error"));
        for (Line l : lines(report, s.precision()))
            table.row(List.of(l.input(), l.ad(), l.fd(), l.relError().isEmpty() ? "–" : l.relError(), l.verdict()));
        String target = report.target();
        StringBuilder sb = new StringBuilder();
        String title = "Gradient check of " + target + ": reverse mode against central differences (5-point stencils around the recorded inputs, " + target + " replayed)";
        String shownTitle = s.ascii() ? title.replace("−", "-") : title;
        sb.append(f == Format.MARKDOWN ? "**" + shownTitle + "**\n\n" + table.markdown() : shownTitle + "\n" + table.text(s.symbols()));
        sb.append(summary(report));
        String out = sb.toString();
        if (s.ascii()) out = out.replace("−", "-").replace("≤", "<=").replace("·", "*").replace("≈", "~").replace("–", "-");
        if (s.color() && f == Format.TEXT) out = Ansi.lines(out, "MISMATCH", Ansi.BAD);
        return out;
    }

    /** The cells :reverse --check adds to a node's row: its central difference (one element) and the verdict. */
    static List<String> cells(FiniteDifferences.Result c, int precision) {
        if (c == null || c.checked().isEmpty()) return List.of("", "");
        FiniteDifferences.Element w = c.worst();
        String fd = c.size() == 1 ? Numbers.format(w.fd(), precision) : "";
        String verdict = c.ok() && nearZero(w) ? "ok (both ≈ 0)" : (c.ok() ? "ok" : "MISMATCH") + " (rel. error " + Numbers.format(w.relError(), 1) + ")";
        if (c.size() > 1) verdict += ", " + c.checked().size() + " of " + c.size() + " elements";
        return List.of(fd, verdict);
    }

    static String index(int[] idx) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < idx.length; i++) sb.append(i > 0 ? ", " : "").append(idx[i]);
        return sb.append(']').toString();
    }
}
