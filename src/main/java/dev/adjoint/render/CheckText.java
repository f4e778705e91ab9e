package dev.adjoint.render;

import dev.adjoint.session.report.CheckReport;
import dev.adjoint.session.report.FiniteDifferences;
import java.util.List;

/** :check as a table: each input's gradient from reverse mode, its central difference, the relative error and a verdict. */
final class CheckText {
    private CheckText() {}

    static String render(CheckReport report, Format f, Style s) {
        int p = s.precision();
        Table table = new Table(List.of("input", "AD (reverse mode)", "central diff.", "rel. error", "verdict"),
                List.of("AD (reverse mode)", "central diff.", "rel. error"));
        for (FiniteDifferences.Result r : report.results()) {
            String name = r.node().label();
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
        }
        String target = report.target();
        StringBuilder sb = new StringBuilder();
        String title = "Gradient check of " + target + ": reverse mode against central differences (5-point stencils around the recorded inputs, " + target + " replayed)";
        String shownTitle = s.ascii() ? title.replace("−", "-") : title;
        sb.append(f == Format.MARKDOWN ? "**" + shownTitle + "**\n\n" + table.markdown() : shownTitle + "\n" + table.text(s.symbols()));
        int failed = report.failures(), total = report.checked();
        if (failed == 0) {
            sb.append("all ").append(total).append(total == 1 ? " gradient agrees" : " gradient entries agree").append(" (|AD − FD| ≤ 1e-5 + 1e-3·|FD|)\n");
        } else {
            sb.append(failed).append(" of ").append(total).append(" gradient entries disagree (tolerance |AD − FD| ≤ 1e-5 + 1e-3·|FD|)\n");
            if (report.hasKinks())
                sb.append("note: the graph has relu/abs/max: at a kink (x = 0, or a tie) the derivative is one-sided, and central differences average the two sides\n");
        }
        String out = sb.toString();
        if (s.ascii()) out = out.replace("−", "-").replace("≤", "<=").replace("·", "*");
        if (s.color() && f == Format.TEXT) out = Ansi.lines(out, "MISMATCH", Ansi.BAD);
        return out;
    }

    /** The cells :reverse --check adds to a node's row: its central difference (one element) and the verdict. */
    static List<String> cells(FiniteDifferences.Result c, int precision) {
        if (c == null || c.checked().isEmpty()) return List.of("", "");
        FiniteDifferences.Element w = c.worst();
        String fd = c.size() == 1 ? Numbers.format(w.fd(), precision) : "";
        String verdict = (c.ok() ? "ok" : "MISMATCH") + " (rel. error " + Numbers.format(w.relError(), 1) + ")";
        if (c.size() > 1) verdict += ", " + c.checked().size() + " of " + c.size() + " elements";
        return List.of(fd, verdict);
    }

    static String index(int[] idx) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < idx.length; i++) sb.append(i > 0 ? ", " : "").append(idx[i]);
        return sb.append(']').toString();
    }
}
