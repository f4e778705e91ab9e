package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.JacobianReport;
import java.util.ArrayList;
import java.util.List;

/** :jacobian as text: the passes (when a mode was asked for), the matrix, and what each mode costs. */
final class JacobianText {
    /** Passes listed one by one; beyond, the first ones and a count. */
    private static final int LISTED = 10;

    private JacobianText() {}

    static String render(JacobianReport r, Format f, Style s) {
        int p = s.precision();
        boolean md = f == Format.MARKDOWN;
        Symbols sym = s.symbols();
        StringBuilder sb = new StringBuilder();
        List<String> cols = r.columns(), rows = r.rows();
        double[][] j = r.jacobian();
        boolean forward = r.mode() == JacobianReport.Mode.FORWARD;
        String title = "Jacobian of " + r.trace().target() + " (" + rows.size() + " × " + cols.size() + ") by " + name(r.mode()) + " mode: "
                + (forward ? "one pass per input element, each gives a column" : "one pass per output element, each gives a row");
        sb.append(md ? "**" + title + "**\n\n" : title + "\n");
        if (r.modeChosen()) {
            Table passes = new Table(List.of("pass", "seed", forward ? "column" : "row", "rules applied"), List.of("rules applied"));
            int n = r.passes().size();
            for (int i = 0; i < n; i++) {
                if (n > LISTED + 2 && i == LISTED) {
                    passes.row(List.of("...", "", "", ""));
                    i = n - 2;
                }
                JacobianReport.Pass pass = r.passes().get(i);
                double[] line = forward ? column(j, i) : j[i];
                String seed = (forward ? sym.dot(pass.seed()) : sym.bar(pass.seed())) + " = 1";
                passes.row(List.of(Integer.toString(i + 1), seed, TensorFormat.oneLine(NDArray.vector(line), p, 4), Long.toString(pass.rules())));
            }
            sb.append(md ? passes.markdown() + "\n" : passes.text(sym) + "\n");
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
            sb.append(md ? t.markdown() : t.text(sym));
        } else {
            double[] flat = new double[rows.size() * cols.size()];
            for (int i = 0; i < rows.size(); i++) System.arraycopy(j[i], 0, flat, i * cols.size(), cols.size());
            sb.append("J (rows: elements of ").append(r.trace().target()).append(", columns: elements of ")
                    .append(String.join(", ", r.wrt().stream().map(x -> x.label()).toList())).append(") =\n");
            sb.append(TensorFormat.format(NDArray.of(flat, rows.size(), cols.size()), p)).append('\n');
        }
        sb.append('\n');
        Table cost = new Table(List.of("mode", "passes", "local rules applied"), List.of("passes", "local rules applied"));
        JacobianReport.Cost other = r.other();
        long fPasses = forward ? r.passes().size() : other.passes(), rPasses = forward ? other.passes() : r.passes().size();
        long fRules = forward ? r.rules() : other.rules(), rRules = forward ? other.rules() : r.rules();
        String est = other.estimated() ? " (estimated from one pass)" : "";
        cost.row(List.of("forward", Long.toString(fPasses), fRules + (forward ? "" : est)));
        cost.row(List.of("reverse", Long.toString(rPasses), rRules + (forward ? est : "")));
        sb.append(md ? cost.markdown() : cost.text(sym));
        String winner = fRules == rRules ? "both modes cost the same here" : (fRules < rRules ? "forward" : "reverse") + " mode is cheaper here";
        sb.append(cols.size()).append(cols.size() == 1 ? " input element, " : " input elements, ").append(rows.size())
                .append(rows.size() == 1 ? " output element: " : " output elements: ").append(winner).append(".\n")
                .append("Forward mode takes one pass per input element, reverse mode one per output element;\n")
                .append("the primal pass (").append(r.primalOps()).append(r.primalOps() == 1 ? " op" : " ops").append(") runs once either way.\n");
        String out = sb.toString();
        return s.ascii() ? out.replace("×", "x") : out;
    }

    static String name(JacobianReport.Mode m) {
        return m == JacobianReport.Mode.FORWARD ? "forward" : "reverse";
    }

    private static double[] column(double[][] j, int c) {
        double[] col = new double[j.length];
        for (int i = 0; i < j.length; i++) col[i] = j[i][c];
        return col;
    }
}
