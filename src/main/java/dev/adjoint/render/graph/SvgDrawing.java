package dev.adjoint.render.graph;

import dev.adjoint.render.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The graph as SVG, for a notebook: through Graphviz's dot when it is installed (the same DOT as
 * {@code :graph --out}), else drawn here with the box drawing's layout, so a picture is always
 * there: one row per layer (longest distance from the inputs), top to bottom, inputs with round
 * corners, the output with a heavy border, gradient nodes with a double one in the terminal's
 * accent colour (magenta), constants without a box; edges as arrows, labelled when the model has
 * labels (--edges).
 */
public final class SvgDrawing {
    private static final double CHAR = 7.3, LINE = 16, PAD_X = 10, PAD_Y = 6, GAP_X = 24, GAP_Y = 46, MARGIN = 12;
    static final String ACCENT = "#b0b", INK = "#222";

    private SvgDrawing() {}

    /** Graphviz's SVG when dot is installed (null if it is not or fails), else ours. */
    public static String draw(GraphModel m) {
        String viaDot = viaGraphviz(m);
        return viaDot != null ? viaDot : layered(m);
    }

    /** dot -Tsvg of the model's DOT, without the XML prolog (the SVG goes inline into HTML); null without dot. */
    static String viaGraphviz(GraphModel m) {
        Path dot = Graphviz.find();
        if (dot == null) return null;
        Path out = null;
        try {
            out = Files.createTempFile("adjoint-graph", ".svg");
            Graphviz.render(dot, DotWriter.write(m), "svg", out);
            String svg = Files.readString(out, StandardCharsets.UTF_8);
            int start = svg.indexOf("<svg");
            return start < 0 ? null : svg.substring(start);
        } catch (IOException e) {
            return null;
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private record Box(GraphModel.Node node, double w, double h, double x, double y) {
        double cx() {
            return x + w / 2;
        }
    }

    /** Our own drawing: layers as rows, each row ordered by where its operands stand (fewer crossings). */
    public static String layered(GraphModel m) {
        List<List<GraphModel.Node>> layers = m.byLayer();
        Map<GraphModel.Node, List<GraphModel.Node>> operands = m.operands();
        Map<GraphModel.Node, Box> boxes = new IdentityHashMap<>();
        double y = MARGIN, width = 0;
        for (List<GraphModel.Node> layer : layers) {
            if (layer.isEmpty()) continue;
            Map<GraphModel.Node, Double> wanted = new IdentityHashMap<>();
            for (int i = 0; i < layer.size(); i++) {
                GraphModel.Node n = layer.get(i);
                double sum = 0;
                int k = 0;
                for (GraphModel.Node from : operands.getOrDefault(n, List.of())) {
                    Box b = boxes.get(from);
                    if (b != null) {
                        sum += b.cx();
                        k++;
                    }
                }
                wanted.put(n, k == 0 ? i * 1e6 : sum / k); // inputs keep their order
            }
            List<GraphModel.Node> row = new ArrayList<>(layer);
            row.sort(Comparator.comparingDouble(wanted::get));
            double x = MARGIN, rowHeight = 0;
            for (GraphModel.Node n : row) {
                int chars = 0;
                for (String line : n.lines()) chars = Math.max(chars, line.codePointCount(0, line.length()));
                double w = chars * CHAR + 2 * PAD_X, h = n.lines().size() * LINE + 2 * PAD_Y;
                boxes.put(n, new Box(n, w, h, x, y));
                x += w + GAP_X;
                rowHeight = Math.max(rowHeight, h);
            }
            width = Math.max(width, x - GAP_X + MARGIN);
            y += rowHeight + GAP_Y;
        }
        double height = y - GAP_Y + MARGIN;
        centerRows(boxes, width);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                + " font-family=\"DejaVu Sans Mono, monospace\" font-size=\"12\">%n", width, height, width, height));
        svg.append("<title>").append(Html.escape("graph of " + m.target())).append("</title>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + INK + "\"/></marker>"
                + "<marker id=\"arrow-g\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + ACCENT + "\"/></marker></defs>\n");
        List<double[]> labels = new ArrayList<>(); // placed edge labels: x, baseline y, width
        for (GraphModel.Edge e : m.edges()) edge(svg, boxes.get(e.from()), boxes.get(e.to()), e, labels);
        for (Box b : boxes.values()) node(svg, b);
        return svg.append("</svg>\n").toString();
    }

    /** Each row centred under the widest, as the box drawing centres its layers. */
    private static void centerRows(Map<GraphModel.Node, Box> boxes, double width) {
        Map<Double, double[]> extent = new java.util.TreeMap<>(); // row y -> [left, right]
        for (Box b : boxes.values()) {
            double[] e = extent.computeIfAbsent(b.y(), k -> new double[] {Double.MAX_VALUE, 0});
            e[0] = Math.min(e[0], b.x());
            e[1] = Math.max(e[1], b.x() + b.w());
        }
        for (Map.Entry<GraphModel.Node, Box> entry : boxes.entrySet()) {
            Box b = entry.getValue();
            double[] e = extent.get(b.y());
            double shift = (width - (e[1] - e[0])) / 2 - e[0];
            entry.setValue(new Box(b.node(), b.w(), b.h(), b.x() + shift, b.y()));
        }
    }

    private static void edge(StringBuilder svg, Box from, Box to, GraphModel.Edge e, List<double[]> labels) {
        if (from == null || to == null) return;
        double x1 = from.cx(), y1 = from.y() + from.h(), x2 = to.cx(), y2 = to.y();
        String color = e.gradient() ? ACCENT : INK;
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\"%s marker-end=\"url(#%s)\"/>%n",
                x1, y1, x1, (y1 + y2) / 2, x2, (y1 + y2) / 2, x2, y2, color, e.gradient() ? " stroke-dasharray=\"4 3\"" : "", e.gradient() ? "arrow-g" : "arrow"));
        if (e.label() == null) return;
        double w = e.label().length() * CHAR * 10 / 12, h = 11;
        double[] at = null;
        for (double t : new double[] {0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6}) { // the first place along the edge where no other label is
            double lx = x1 + (x2 - x1) * t + 4, ly = y1 + (y2 - y1) * t;
            at = new double[] {lx, ly};
            boolean free = true;
            for (double[] r : labels) free &= lx + w < r[0] || r[0] + r[2] < lx || ly < r[1] - h || r[1] < ly - h;
            if (free) break;
        }
        labels.add(new double[] {at[0], at[1], w});
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">%s</text>%n",
                at[0], at[1], color, Html.escape(e.label())));
    }

    private static void node(StringBuilder svg, Box b) {
        GraphModel.Kind kind = b.node().kind();
        String rect = String.format(Locale.ROOT, "x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"", b.x(), b.y(), b.w(), b.h());
        switch (kind) {
            case INPUT -> svg.append("<rect ").append(rect).append(" rx=\"10\" fill=\"#fff\" stroke=\"" + INK + "\"/>\n");
            case OUTPUT -> svg.append("<rect ").append(rect).append(" fill=\"#fff\" stroke=\"" + INK + "\" stroke-width=\"3\"/>\n");
            case GRADIENT -> {
                svg.append("<rect ").append(rect).append(" fill=\"#fff\" stroke=\"" + ACCENT + "\"/>\n");
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"%s\"/>%n",
                        b.x() + 3, b.y() + 3, b.w() - 6, b.h() - 6, ACCENT));
            }
            case CONSTANT -> { }
            default -> svg.append("<rect ").append(rect).append(" fill=\"#fff\" stroke=\"" + INK + "\"/>\n");
        }
        String color = kind == GraphModel.Kind.GRADIENT ? ACCENT : INK;
        String weight = kind == GraphModel.Kind.OUTPUT || kind == GraphModel.Kind.GRADIENT ? " font-weight=\"bold\"" : "";
        List<String> lines = b.node().lines();
        for (int i = 0; i < lines.size(); i++)
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s xml:space=\"preserve\">%s</text>%n",
                    b.x() + PAD_X, b.y() + PAD_Y + (i + 1) * LINE - 4, color, weight, Html.escape(lines.get(i))));
    }
}
