package dev.adjoint.render.graph;

/**
 * Graphviz DOT for a {@link GraphModel}, drawn left to right like the lecture's figure: inputs
 * as ellipses, ops as rounded boxes, the output with a double border, constants as plain text,
 * and the gradient nodes of an extended graph filled and dashed, with their edges in orange.
 */
public final class DotWriter {
    private DotWriter() {}

    public static String write(GraphModel m) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph ").append(quote(m.target())).append(" {\n");
        sb.append("  rankdir=LR;\n");
        sb.append("  graph [fontname=\"DejaVu Sans\", nodesep=0.3, ranksep=0.5];\n");
        sb.append("  node [fontname=\"DejaVu Sans\", fontsize=12, shape=box, style=rounded];\n");
        sb.append("  edge [fontname=\"DejaVu Sans\", fontsize=10];\n");
        for (GraphModel.Node n : m.nodes()) {
            sb.append("  ").append(quote(n.id())).append(" [label=").append(quote(String.join("\n", n.lines())));
            switch (n.kind()) {
                case INPUT -> sb.append(", shape=ellipse");
                case CONSTANT -> sb.append(", shape=plaintext");
                case OUTPUT -> sb.append(", peripheries=2");
                case GRADIENT -> sb.append(", style=\"rounded,filled,dashed\", fillcolor=\"#fde3c4\", color=\"#b35900\"");
                default -> { }
            }
            sb.append(", tooltip=").append(quote(n.kind().name().toLowerCase())).append("];\n");
        }
        for (GraphModel.Edge e : m.edges()) {
            sb.append("  ").append(quote(e.from().id())).append(" -> ").append(quote(e.to().id()));
            StringBuilder attrs = new StringBuilder();
            if (e.label() != null) attrs.append("label=").append(quote(e.label()));
            if (e.gradient()) attrs.append(attrs.length() > 0 ? ", " : "").append("color=\"#b35900\", style=dashed");
            if (attrs.length() > 0) sb.append(" [").append(attrs).append(']');
            sb.append(";\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    /** A DOT string literal: quotes and backslashes escaped, newlines as \n (centred lines). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
