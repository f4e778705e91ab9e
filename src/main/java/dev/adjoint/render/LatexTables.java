package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.session.report.BackwardReport;
import dev.adjoint.session.report.JacobianReport;
import dev.adjoint.session.report.ReplayReport;
import dev.adjoint.session.report.TraceNode;
import dev.adjoint.session.report.VarsReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * LaTeX of the reports that are tables or lists rather than derivations (:backward, :jacobian,
 * :replay, :vars), in display math as {@link Latex} writes the passes: an aligned block or an
 * array (MathJax draws both in a notebook, which a tabular it does not), amsmath only; a sentence
 * the text has under its table follows the math as text.
 */
final class LatexTables {
    /** Larger Jacobians and tables are left to the other formats: a slide holds no more. */
    static final int MAX_COLUMNS = 12, MAX_ROWS = 40;

    private LatexTables() {}

    /** :backward: x_{1}.\mathrm{grad} &= 5.5, one row per input. */
    static String backward(BackwardReport r, int precision) {
        StringBuilder sb = new StringBuilder("% adjoint: .grad after :backward ").append(r.target()).append(" (needs \\usepackage{amsmath})\n");
        sb.append("\\[\n\\begin{aligned}\n");
        List<BackwardReport.Entry> entries = r.entries();
        for (int i = 0; i < entries.size(); i++) {
            BackwardReport.Entry e = entries.get(i);
            sb.append(Latex.label(e.label())).append(".\\mathrm{grad} &= ").append(e.grad() == null ? "\\text{None}" : Latex.value(e.grad(), precision))
                    .append(i < entries.size() - 1 ? " \\\\\n" : "\n");
        }
        sb.append("\\end{aligned}\n\\]\n");
        return sb.append(ChangedNote.ofGradient(r.target(), r.changed()).replace("_", "\\_")).toString();
    }

    /** :jacobian: the matrix with its rows (elements of y) and columns (elements of the inputs) named, then what each mode costs. */
    static String jacobian(JacobianReport r, int precision) {
        List<String> rows = r.rows(), cols = r.columns();
        String mode = JacobianText.name(r.mode());
        StringBuilder sb = new StringBuilder("% adjoint: Jacobian of ").append(r.trace().target()).append(" (").append(rows.size()).append(" x ")
                .append(cols.size()).append(") by ").append(mode).append(" mode (needs \\usepackage{amsmath})\n");
        if (cols.size() > MAX_COLUMNS || rows.size() > MAX_ROWS) {
            sb.append("\\[\nJ \\text{ is } ").append(rows.size()).append(" \\times ").append(cols.size()).append("\n\\]\n");
            sb.append("(too large for a slide: --format json has every entry)\n");
        } else {
            sb.append("\\[\n\\begin{array}{c|").append("r".repeat(cols.size())).append("}\n");
            sb.append('J');
            for (String c : cols) sb.append(" & ").append(Latex.label(c));
            sb.append(" \\\\\n\\hline\n");
            double[][] j = r.jacobian();
            for (int i = 0; i < rows.size(); i++) {
                sb.append(Latex.label(rows.get(i)));
                for (double v : j[i]) sb.append(" & ").append(Latex.number(Numbers.format(v, precision)));
                sb.append(" \\\\\n");
            }
            sb.append("\\end{array}\n\\]\n");
        }
        JacobianReport.Cost other = r.other();
        boolean forward = r.mode() == JacobianReport.Mode.FORWARD;
        long fPasses = forward ? r.passes().size() : other.passes(), rPasses = forward ? other.passes() : r.passes().size();
        long fRules = forward ? r.rules() : other.rules(), rRules = forward ? other.rules() : r.rules();
        String est = other.estimated() ? " (estimated from one pass)" : "";
        sb.append("Forward mode: ").append(fPasses).append(fPasses == 1 ? " pass, " : " passes, ").append(fRules).append(" local rules")
                .append(forward ? "" : est).append("; reverse mode: ").append(rPasses).append(rPasses == 1 ? " pass, " : " passes, ")
                .append(rRules).append(" local rules").append(forward ? est : "").append(".\n");
        return sb.toString();
    }

    /** :replay: node, definition, recorded and replayed value, as an array; then y's two values. */
    static String replay(ReplayReport r, int precision) {
        Derivation d = new Derivation(true, new Symbols(false), precision, false);
        List<String> given = new ArrayList<>();
        for (Map.Entry<TraceNode, NDArray> e : r.given().entrySet()) given.add(Latex.label(e.getKey().label()) + " = " + Latex.value(e.getValue(), precision));
        StringBuilder sb = new StringBuilder("% adjoint: replay of ").append(r.target()).append("'s recorded graph (needs \\usepackage{amsmath})\n");
        sb.append("\\[\n\\begin{array}{llrr}\n");
        sb.append("\\text{node} & \\text{definition} & \\text{recorded} & \\text{replayed with } ").append(String.join(",\\ ", given)).append(" \\\\\n\\hline\n");
        int shown = 0;
        for (Derivation.Row row : d.trace(r.trace())) {
            if (shown++ == MAX_ROWS) {
                sb.append("\\vdots & & & \\\\\n");
                break;
            }
            TraceNode n = row.node();
            sb.append(row.lhs()).append(" & ").append(row.sides().get(0)).append(" & ").append(d.value(n.tensor().value())).append(" & ")
                    .append(d.value(r.replayed(n))).append(" \\\\\n");
        }
        sb.append("\\end{array}\n\\]\n");
        return sb.append(r.evaluations()).append(r.evaluations() == 1 ? " op" : " ops").append(" evaluated again, the others kept their recorded values.\n")
                .toString();
    }

    /** :vars: name, kind, shape, value; a value that is no tensor as the prompt shows it, in typewriter type. */
    static String vars(VarsReport r, int precision) {
        ValueFormat values = new ValueFormat(precision);
        StringBuilder sb = new StringBuilder("% adjoint: the session's variables (needs \\usepackage{amsmath})\n");
        sb.append("\\[\n\\begin{array}{llll}\n\\text{name} & \\text{kind} & \\text{shape} & \\text{value} \\\\\n\\hline\n");
        int shown = 0;
        for (VarsReport.Var v : r.vars()) {
            if (shown++ == MAX_ROWS) {
                sb.append("\\vdots & & & \\\\\n");
                break;
            }
            sb.append(Latex.label(v.name())).append(" & \\text{").append(text(v.kind())).append("} & ");
            if (v.isTensor()) sb.append("\\text{").append(Shapes.str(v.array().shape())).append("} & ").append(Latex.value(v.array(), precision));
            else sb.append(" & \\texttt{").append(text(VarsText.oneLine(values.format(v.value())))).append('}');
            sb.append(" \\\\\n");
        }
        return sb.append("\\end{array}\n\\]\n").toString();
    }

    /** Text for \text{} and \texttt{}: LaTeX's special characters as the commands that print them. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> sb.append('\\').append(c);
                case '^' -> sb.append("\\textasciicircum{}");
                case '~' -> sb.append("\\textasciitilde{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
