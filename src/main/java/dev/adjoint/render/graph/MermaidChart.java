package dev.adjoint.render.graph;

/**
 * The graph as Markdown: a Mermaid flowchart in a {@code ```mermaid} fence, which GitHub, GitLab,
 * JupyterLab 4, Notebook 7 and most Markdown slide tools draw, and which reads as text where they
 * do not. Left to right like the DOT: inputs as stadiums, ops as boxes, the output as a box with
 * double sides, constants without a border, the gradient nodes of --adjoints filled and dashed with
 * dotted edges; the labels are the box drawing's lines.
 */
public final class MermaidChart {
    private MermaidChart() {}

    public static String write(GraphModel m) {
        StringBuilder sb = new StringBuilder("```mermaid\nflowchart LR\n");
        StringBuilder constants = new StringBuilder(), gradients = new StringBuilder();
        for (GraphModel.Node n : m.nodes()) {
            String id = id(n), label = "\"" + escape(String.join("\n", n.lines())) + "\"";
            sb.append("  ").append(id).append(switch (n.kind()) {
                case INPUT -> "([" + label + "])";
                case OUTPUT -> "[[" + label + "]]";
                default -> "[" + label + "]";
            }).append('\n');
            if (n.kind() == GraphModel.Kind.CONSTANT) constants.append(constants.length() > 0 ? "," : "").append(id);
            if (n.kind() == GraphModel.Kind.GRADIENT) gradients.append(gradients.length() > 0 ? "," : "").append(id);
        }
        for (GraphModel.Edge e : m.edges()) {
            sb.append("  ").append(id(e.from())).append(e.gradient() ? " -.->" : " -->");
            if (e.label() != null) sb.append("|\"").append(escape(e.label())).append("\"|");
            sb.append(' ').append(id(e.to())).append('\n');
        }
        if (constants.length() > 0) sb.append("  classDef constant fill:none,stroke:none\n  class ").append(constants).append(" constant\n");
        if (gradients.length() > 0)
            sb.append("  classDef gradient fill:#fde3c4,stroke:#b35900,stroke-dasharray:4 2\n  class ").append(gradients).append(" gradient\n");
        return sb.append("```\n").toString();
    }

    /** A Mermaid id: Baydin's v-1 as v_1 (a minus would read as an edge). */
    private static String id(GraphModel.Node n) {
        return n.id().replace('-', '_');
    }

    /** Text inside a quoted Mermaid label: its entity codes for what would end the string or read as HTML; lines as <br>. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("#quot;");
                case '#' -> sb.append("#35;");
                case '<' -> sb.append("#lt;");
                case '>' -> sb.append("#gt;");
                case '\n' -> sb.append("<br>");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
