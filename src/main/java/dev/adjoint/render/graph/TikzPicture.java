package dev.adjoint.render.graph;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.render.Derivation;
import dev.adjoint.render.Latex;
import dev.adjoint.render.Numbers;
import dev.adjoint.render.Symbols;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph as LaTeX for slides and notes: a TikZ picture (core TikZ and amsmath, no libraries),
 * left to right like the DOT and the lecture's figure, one column per layer. Each node shows its
 * definition, value and adjoint in math, as the trace's LaTeX writes them; --edges puts the partial
 * adjoints on the edges; the gradient nodes of --adjoints are dashed and filled. Within a column
 * the nodes are ordered by the mean row of their inputs (one sweep), which untangles the
 * lecture-sized graphs this is for. ASCII only, so pdflatex needs no inputenc.
 */
public final class TikzPicture {
    private static final String STYLES = """
            \\begin{tikzpicture}[>=stealth, x=3.4cm, y=1.6cm,
                every node/.style={align=center, font=\\small},
                vop/.style={draw, rounded corners=2pt, inner sep=3pt},
                vin/.style={draw, rounded corners=9pt, inner sep=4pt},
                vout/.style={draw, double, rounded corners=2pt, inner sep=3pt},
                vconst/.style={inner sep=2pt},
                vgrad/.style={draw, dashed, rounded corners=2pt, fill=orange!15, inner sep=3pt},
                vedge/.style={font=\\scriptsize, fill=white, inner sep=1pt}]
            """;

    private TikzPicture() {}

    public static String write(GraphModel m, int precision) {
        Derivation d = new Derivation(true, new Symbols(false), precision, false);
        Map<TraceNode, Derivation.Row> rows = new IdentityHashMap<>();
        for (Derivation.Row r : d.trace(m.trace())) rows.put(r.node(), r);
        Map<Tensor, GraphModel.Node> byTensor = new IdentityHashMap<>();
        for (GraphModel.Node n : m.nodes()) byTensor.put(n.tensor(), n);
        Map<GraphModel.Node, Double> y = positions(m);
        StringBuilder sb = new StringBuilder();
        sb.append("% adjoint: graph of ").append(m.target()).append(", ").append(m.nodes().size()).append(" nodes, ")
                .append(m.edges().size()).append(" edges (needs \\usepackage{tikz} and \\usepackage{amsmath})\n");
        sb.append(STYLES);
        for (GraphModel.Node n : m.nodes()) {
            sb.append("\\node[").append(style(n.kind())).append("] (").append(name(n)).append(") at (").append(n.layer()).append(", ")
                    .append(Numbers.format(y.get(n), 3)).append(") {");
            List<String> lines = n.traced() != null ? traced(n, rows.get(n.traced()), d, precision) : gradient(n, byTensor, m, precision);
            for (int i = 0; i < lines.size(); i++) sb.append(i > 0 ? " \\\\ " : "").append('$').append(lines.get(i)).append('$');
            sb.append("};\n");
        }
        Map<String, Integer> pairs = new java.util.HashMap<>(), seen = new java.util.HashMap<>();
        for (GraphModel.Edge e : m.edges()) pairs.merge(e.from().id() + " " + e.to().id(), 1, Integer::sum);
        for (GraphModel.Edge e : m.edges()) {
            String pair = e.from().id() + " " + e.to().id();
            int k = seen.merge(pair, 1, Integer::sum) - 1;
            // x * x: its two edges bend apart, left and right, so both (and their labels) show
            String path = pairs.get(pair) == 1 ? "--" : "to[bend " + (k % 2 == 0 ? "left" : "right") + "=" + 15 * (k / 2 + 1) + "]";
            sb.append("\\draw[->").append(e.gradient() ? ", dashed, orange!60!black" : "").append("] (").append(name(e.from())).append(") ")
                    .append(path).append(' ');
            if (e.label() != null && e.partialAdjoint() != null && e.from().traced() != null && e.to().traced() != null)
                sb.append("node[vedge] {$").append(d.edge(e.from().traced(), e.to().traced())).append(" = ")
                        .append(value(e.partialAdjoint(), precision)).append("$} ");
            sb.append('(').append(name(e.to())).append(");\n");
        }
        return sb.append("\\end{tikzpicture}\n").toString();
    }

    private static String style(GraphModel.Kind k) {
        return switch (k) {
            case INPUT -> "vin";
            case OUTPUT -> "vout";
            case CONSTANT -> "vconst";
            case GRADIENT -> "vgrad";
            case OP -> "vop";
        };
    }

    /** A TikZ node name: Baydin's v-1 as vm1. */
    private static String name(GraphModel.Node n) {
        return n.id().replace("-", "m");
    }

    /** A node of the trace: its row's definition, its value, and its adjoint when the reverse pass ran. */
    private static List<String> traced(GraphModel.Node n, Derivation.Row row, Derivation d, int precision) {
        List<String> lines = new ArrayList<>();
        TraceNode t = n.traced();
        lines.add(row == null || (t.isConstant() && t.name() == null) ? d.id(t) : row.lhs() + " = " + row.sides().get(0));
        lines.add(value(n.tensor().value(), precision));
        if (n.adjoint() != null) lines.add(adjoint(d.bar(t), n.adjoint(), precision));
        return lines;
    }

    /** A gradient node: its op over the nodes it reads (a folded constant as its number), its value, the adjoints it is. */
    private static List<String> gradient(GraphModel.Node n, Map<Tensor, GraphModel.Node> byTensor, GraphModel m, int precision) {
        Tensor t = n.tensor();
        String def;
        if (t.isLeaf()) def = m.isSeed(n) ? "\\text{seed } \\bar{" + Latex.name(m.target()) + "}" : "\\text{const}";
        else {
            String[] args = new String[t.inputCount()];
            for (int k = 0; k < args.length; k++) {
                GraphModel.Node in = byTensor.get(t.input(k));
                String a = in != null ? subscripted(in.id()) : Latex.number(Numbers.format(t.input(k).item(), Math.max(precision, 6)));
                args[k] = "{" + (a.startsWith("-") ? "(" + a + ")" : a) + "}";
            }
            def = Latex.notation(t.op().notation(args));
        }
        List<String> lines = new ArrayList<>(List.of(subscripted(n.id()) + " = " + def, value(t.value(), precision)));
        if (!n.adjointOf().isEmpty()) {
            List<String> bars = new ArrayList<>();
            for (String id : n.adjointOf()) bars.add("\\bar " + subscripted(id));
            lines.add(String.join(" = ", bars));
        }
        return lines;
    }

    private static String subscripted(String id) {
        return id.charAt(0) + "_{" + id.substring(1) + "}";
    }

    /** As the box drawing shows a value: a number, a vector of up to three, else the shape. */
    private static String value(NDArray a, int precision) {
        if (a.ndim() == 0 || (a.ndim() == 1 && a.size() <= 3)) return a.ndim() == 0 ? Latex.number(Numbers.format(a.item(), precision)) : Latex.array(a, precision);
        return "\\text{shape } " + Shapes.str(a.shape());
    }

    /** \bar v_{3} = 0.5, or for a large tensor its norm. */
    private static String adjoint(String bar, NDArray adj, int precision) {
        if (adj.ndim() == 0 || (adj.ndim() == 1 && adj.size() <= 3)) return bar + " = " + value(adj, precision);
        double sq = 0;
        for (double v : adj.toArray()) sq += v * v;
        return "\\lVert " + bar + " \\rVert = " + Latex.number(Numbers.format(Math.sqrt(sq), precision));
    }

    /**
     * The vertical place of each node in its column, centred on 0: the nodes ordered by the mean
     * place of their inputs (columns left to right, so the inputs are placed first); a node without
     * placed inputs keeps its place in the trace's order.
     */
    private static Map<GraphModel.Node, Double> positions(GraphModel m) {
        List<List<GraphModel.Node>> columns = m.byLayer();
        Map<GraphModel.Node, List<GraphModel.Node>> inputs = m.operands();
        Map<GraphModel.Node, Double> y = new IdentityHashMap<>();
        for (List<GraphModel.Node> column : columns) {
            Map<GraphModel.Node, Double> mean = new IdentityHashMap<>();
            for (int i = 0; i < column.size(); i++) {
                GraphModel.Node n = column.get(i);
                double sum = 0;
                int count = 0;
                for (GraphModel.Node in : inputs.getOrDefault(n, List.of())) {
                    Double r = y.get(in);
                    if (r != null) {
                        sum += r;
                        count++;
                    }
                }
                mean.put(n, count > 0 ? sum / count : (column.size() - 1) / 2.0 - i);
            }
            column.sort(Comparator.comparingDouble(n -> -mean.get(n))); // top first; stable: ties keep the trace's order
            for (int i = 0; i < column.size(); i++) {
                y.put(column.get(i), (column.size() - 1) / 2.0 - i);
            }
        }
        return y;
    }
}
