package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.session.report.CheckReport;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX for slides and notes: the passes as an amsmath {@code aligned} environment inside
 * {@code \[ \]}, one row per {@link Derivation.Row}, aligned on the first "=". Needs only amsmath.
 */
public final class Latex {
    private static final Map<String, String> FUNCTIONS = Map.of(
            "ln ", "\\ln ", "sin ", "\\sin ", "cos ", "\\cos ", "exp ", "\\exp ", "tanh ", "\\tanh ",
            "relu ", "\\operatorname{relu} ");
    private static final Pattern CALL = Pattern.compile("(?<![\\\\A-Za-z_])([A-Za-z_]{2,})\\(");
    private static final Pattern NAME = Pattern.compile("([A-Za-z]+)_?(\\d+)");

    private Latex() {}

    public static String trace(Trace t, int precision, boolean baydin) {
        Derivation d = new Derivation(true, new Symbols(false), precision, baydin);
        return aligned("forward (primal) trace of " + t.target(), d.trace(t), t);
    }

    public static String forward(ForwardReport r, int precision, boolean baydin) {
        Derivation d = new Derivation(true, new Symbols(false), precision, baydin);
        return aligned("forward-mode tangents of " + r.trace().target(), d.forward(r), r.trace());
    }

    public static String reverse(ReverseReport r, int precision, boolean baydin) {
        Derivation d = new Derivation(true, new Symbols(false), precision, baydin);
        return aligned("reverse-mode adjoints of " + r.trace().target() + (baydin ? " (adjoints accumulated edge by edge)" : ""), d.reverse(r), r.trace());
    }

    /** :grad: one row per input, \frac{\partial y}{\partial x_{1}} &= 5.5. */
    public static String grad(GradReport g, int precision) {
        StringBuilder sb = new StringBuilder();
        sb.append("% adjoint: gradient of ").append(g.target()).append(" (needs \\usepackage{amsmath})\n");
        sb.append("\\[\n\\begin{aligned}\n");
        List<GradReport.Entry> entries = g.entries();
        for (int i = 0; i < entries.size(); i++) {
            GradReport.Entry e = entries.get(i);
            sb.append("\\frac{\\partial ").append(name(g.target())).append("}{\\partial ").append(label(e.label())).append("} &= ")
                    .append(value(e.grad(), precision)).append(i < entries.size() - 1 ? " \\\\\n" : "\n");
        }
        sb.append("\\end{aligned}\n\\]\n");
        return sb.append(ChangedNote.ofGradient(g.target(), g.changed()).replace("_", "\\_")).toString(); // text after the math, as :check's summary
    }

    /**
     * :check as an array in display math (MathJax draws it in a notebook too, which a tabular it
     * does not): input, AD, central difference, relative error, verdict, as the text table has
     * them; the summary under it. ASCII only, so that pdflatex needs no inputenc.
     */
    public static String check(CheckReport report, int precision) {
        StringBuilder sb = new StringBuilder();
        sb.append("% adjoint: gradient check of ").append(report.target()).append(", reverse mode against central differences\n");
        sb.append("\\[\n\\begin{array}{lrrrl}\n");
        sb.append("\\text{input} & \\text{AD (reverse mode)} & \\text{central diff.} & \\text{rel. error} & \\text{verdict} \\\\\n\\hline\n");
        for (CheckText.Line l : CheckText.lines(report, precision))
            sb.append(label(l.input())).append(" & ").append(number(l.ad())).append(" & ").append(number(l.fd()))
                    .append(" & ").append(l.relError().isEmpty() ? "\\text{--}" : number(l.relError())).append(" & ")
                    .append(verdict(l.verdict())).append(" \\\\\n");
        sb.append("\\end{array}\n\\]\n");
        String summary = CheckText.summary(report)
                .replace("|AD − FD| ≤ 1e-5 + 1e-3·|FD|", "$|\\mathrm{AD} - \\mathrm{FD}| \\le 10^{-5} + 10^{-3} |\\mathrm{FD}|$");
        return sb.append(summary).toString();
    }

    /** "ok (both ≈ 0)" → \text{ok (both }\approx 0\text{)}: the one symbol a verdict has, in math. */
    private static String verdict(String v) {
        int approx = v.indexOf('≈');
        if (approx < 0) return "\\text{" + v + "}";
        return "\\text{" + v.substring(0, approx) + "}\\approx\\text{" + v.substring(approx + 1) + "}";
    }

    /** A label in math: a name (x1 → x_{1}), an element of one (W[0, 1] → W_{[0, 1]}), an old binding (x_{1}^{\text{old}}). */
    static String label(String label) {
        String old = "";
        if (label.endsWith(TraceNode.OLD)) {
            label = label.substring(0, label.length() - TraceNode.OLD.length());
            old = "^{\\text{old}}";
        }
        int bracket = label.indexOf('[');
        if (bracket > 0) return name(label.substring(0, bracket)) + old + "_{" + label.substring(bracket) + "}";
        return name(label) + old;
    }

    static String value(NDArray a, int precision) {
        return a.ndim() == 0 ? number(Numbers.format(a.item(), precision)) : array(a, precision);
    }

    /** {@link #aligned(String, List)} with the rows of nodes recorded before an input changed (x.data = ...) saying so. */
    private static String aligned(String what, List<Derivation.Row> rows, Trace trace) {
        if (!trace.changedSince().any()) return aligned(what, rows);
        List<Derivation.Row> marked = new java.util.ArrayList<>();
        for (Derivation.Row r : rows) {
            if (r.node() == null || !trace.changedSince().stale().contains(r.node())) marked.add(r);
            else {
                List<String> sides = new java.util.ArrayList<>(r.sides());
                sides.set(sides.size() - 1, sides.get(sides.size() - 1) + " \\quad \\text{(" + ChangedNote.RECORDED_BEFORE + ")}");
                marked.add(new Derivation.Row(r.node(), r.lhs(), sides, r.value(), r.values(), r.derivatives(), r.accumulates()));
            }
        }
        return aligned(what, marked);
    }

    /** The rows as \[ \begin{aligned} lhs &= ... \\ ... \end{aligned} \], with a comment naming what it is. */
    public static String aligned(String what, List<Derivation.Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("% adjoint: ").append(what).append(" (needs \\usepackage{amsmath})\n");
        sb.append("\\[\n\\begin{aligned}\n");
        for (int i = 0; i < rows.size(); i++) {
            Derivation.Row r = rows.get(i);
            sb.append(r.lhs()).append(" &= ").append(String.join(" = ", r.sides()));
            sb.append(i < rows.size() - 1 ? " \\\\\n" : "\n");
        }
        sb.append("\\end{aligned}\n\\]\n");
        return sb.toString();
    }

    /** A complete document around a snippet, for compiling it on its own. */
    public static String document(String snippet) {
        return "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n" + snippet + "\\end{document}\n";
    }

    /** A variable name in math: x1 → x_{1}, y → y, lr → \mathit{lr}. */
    public static String name(String name) {
        Matcher m = NAME.matcher(name);
        if (m.matches()) return word(m.group(1)) + "_{" + m.group(2) + "}";
        return word(name);
    }

    private static String word(String w) {
        return w.length() == 1 ? w : "\\mathit{" + w.replace("_", "\\_") + "}";
    }

    /** A number as Numbers writes it, in math: 1.5e-05 → 1.5 \times 10^{-5}, inf → \infty. */
    public static String number(String s) {
        switch (s) {
            case "nan": return "\\mathrm{nan}";
            case "inf": return "\\infty";
            case "-inf": return "-\\infty";
            default:
        }
        int e = s.indexOf('e');
        if (e < 0) return s;
        String exp = s.substring(e + 1);
        if (exp.startsWith("+")) exp = exp.substring(1);
        exp = exp.replaceFirst("^(-?)0+(?=\\d)", "$1");
        return s.substring(0, e) + " \\times 10^{" + exp + "}";
    }

    /** A small array as a bmatrix (a vector as a row), a large one by its shape. */
    public static String array(NDArray a, int precision) {
        if (a.ndim() > 2 || a.size() > 16 || a.size() == 0) return "\\text{array of shape } " + Shapes.str(a.shape());
        double[] v = a.toArray();
        int rows = a.ndim() == 2 ? a.shape()[0] : 1, cols = a.ndim() == 2 ? a.shape()[1] : a.size();
        StringBuilder sb = new StringBuilder("\\begin{bmatrix}");
        for (int i = 0; i < rows; i++) {
            if (i > 0) sb.append(" \\\\ ");
            for (int j = 0; j < cols; j++) {
                if (j > 0) sb.append(" & ");
                sb.append(number(Numbers.format(v[i * cols + j], precision)));
            }
        }
        return sb.append("\\end{bmatrix}").toString();
    }

    /** An op's notation (Op.notation over braced LaTeX arguments) turned into LaTeX. */
    public static String notation(String s) {
        String out = s.replace("×", "\\times").replace("−", "-").replace("σ", "\\sigma").replace("√", "\\sqrt")
                .replace(" @ ", " ").replace("ᵀ", "^\\top").replace(" ^ ", "^");
        for (Map.Entry<String, String> f : FUNCTIONS.entrySet())
            out = out.replaceAll("(?<![\\\\A-Za-z_])" + Pattern.quote(f.getKey()), Matcher.quoteReplacement(f.getValue()));
        Matcher m = CALL.matcher(out);
        StringBuffer sb = new StringBuffer();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement("\\operatorname{" + m.group(1).replace("_", "\\_") + "}("));
        m.appendTail(sb);
        return sb.toString().replaceAll("\\|([^|]*)\\|", Matcher.quoteReplacement("\\lvert ") + "$1" + Matcher.quoteReplacement("\\rvert "))
                .replace("%", "\\%").replace("#", "\\#");
    }
}
