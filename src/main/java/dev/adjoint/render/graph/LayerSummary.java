package dev.adjoint.render.graph;

import dev.adjoint.render.Text;
import dev.adjoint.session.report.LayerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A graph too large to draw, described layer by layer: how many nodes of which ops, with runs of
 * identical layers (a long chain) in one line, and a repeating pattern of layers (a loop body) as
 * its first occurrence and one line for the repeats.
 */
public final class LayerSummary {
    /** Why :graph summarises a graph of more than {@link BoxDrawing#MAX_NODES} nodes. */
    public static final String TOO_MANY = "too many to draw in the terminal";

    private LayerSummary() {}

    /** The summary of a drawing's model (one that turned out too wide). */
    static String of(GraphModel m, String why) {
        List<List<String>> ops = new ArrayList<>();
        for (int l = 0; l < m.layers(); l++) ops.add(new ArrayList<>());
        for (GraphModel.Node n : m.nodes()) ops.get(n.layer()).add(switch (n.kind()) {
            case INPUT -> "input";
            case CONSTANT -> "const";
            case GRADIENT -> "gradient";
            default -> n.tensor().isLeaf() ? "leaf" : n.tensor().op().name();
        });
        return of(LayerProfile.of(m.target(), m.nodes().size(), m.layers(), (l, into) -> into.addAll(ops.get(l))), why);
    }

    /** The profile as a table: layer, nodes, ops. */
    public static String of(LayerProfile p, String why) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.target()).append(": ").append(p.nodes()).append(" nodes in ").append(p.layers())
                .append(" layers, ").append(why).append("; --out FILE.svg draws a picture\n");
        List<String[]> rows = new ArrayList<>();
        for (LayerProfile.Run r : p.runs()) {
            List<LayerProfile.Layer> pattern = r.pattern();
            if (pattern.size() == 1) {
                LayerProfile.Layer only = pattern.get(0);
                rows.add(r.first() == r.last() ? new String[] {Integer.toString(r.first()), Integer.toString(only.nodes()), only.ops()}
                        : new String[] {r.first() + "-" + r.last(), only.nodes() + " each", only.ops()});
                continue;
            }
            for (int i = 0; i < pattern.size(); i++)
                rows.add(new String[] {Integer.toString(r.first() + i), Integer.toString(pattern.get(i).nodes()), pattern.get(i).ops()});
            rows.add(new String[] {(r.first() + pattern.size()) + "-" + r.last(), "",
                    String.format(Locale.ROOT, "the %d layers above, %,d times more", pattern.size(), r.repeats() - 1)});
        }
        int w0 = "layer".length(), w1 = "nodes".length();
        for (String[] r : rows) {
            w0 = Math.max(w0, r[0].length());
            w1 = Math.max(w1, r[1].length());
        }
        sb.append(Text.padRight("layer", w0)).append("  ").append(Text.padRight("nodes", w1)).append("  ops\n");
        for (String[] r : rows)
            sb.append(Text.padRight(r[0], w0)).append("  ").append(Text.padRight(r[1], w1)).append("  ").append(r[2]).append('\n');
        if (p.layersLeftOut() > 0)
            sb.append(String.format(Locale.ROOT, "... layers %d-%d (%,d nodes) left out\n", p.layers() - p.layersLeftOut(), p.layers() - 1, p.nodesLeftOut()));
        return sb.toString();
    }
}
