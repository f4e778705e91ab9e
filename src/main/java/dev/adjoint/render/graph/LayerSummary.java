package dev.adjoint.render.graph;

import dev.adjoint.render.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A graph too large to draw, described layer by layer: how many nodes of which ops, with runs of
 * identical layers (a long chain) collapsed into one line.
 */
public final class LayerSummary {
    private LayerSummary() {}

    /** Layer by layer: node counts and ops, runs of identical layers in one line. */
    public static String of(GraphModel m, String why) {
        Map<Integer, Map<String, Integer>> byLayer = new TreeMap<>();
        for (GraphModel.Node n : m.nodes()) {
            String op = switch (n.kind()) {
                case INPUT -> "input";
                case CONSTANT -> "const";
                case GRADIENT -> "gradient";
                default -> opName(n);
            };
            byLayer.computeIfAbsent(n.layer(), k -> new TreeMap<>()).merge(op, 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(m.target()).append(": ").append(m.nodes().size()).append(" nodes in ").append(m.layers())
                .append(" layers, ").append(why).append("; --out FILE.svg draws a picture\n");
        List<String[]> rows = new ArrayList<>();
        int start = -1;
        String prev = null;
        int last = m.layers() - 1;
        for (int l = 0; l <= last + 1; l++) {
            String sig = l <= last ? signature(byLayer.getOrDefault(l, Map.of())) : null;
            if (prev != null && !prev.equals(sig)) {
                String layers = start == l - 1 ? Integer.toString(start) : start + "-" + (l - 1);
                String count = signatureCount(byLayer.get(start)) + (start == l - 1 ? "" : " each");
                rows.add(new String[] {layers, count, prev});
                start = l;
            } else if (prev == null) start = l;
            prev = sig;
        }
        int w0 = "layer".length(), w1 = "nodes".length();
        for (String[] r : rows) {
            w0 = Math.max(w0, r[0].length());
            w1 = Math.max(w1, r[1].length());
        }
        sb.append(Text.padRight("layer", w0)).append("  ").append(Text.padRight("nodes", w1)).append("  ops\n");
        int shown = 0;
        for (String[] r : rows) {
            if (shown++ == 60) {
                sb.append("... ").append(rows.size() - 60).append(" more runs of layers\n");
                break;
            }
            sb.append(Text.padRight(r[0], w0)).append("  ").append(Text.padRight(r[1], w1)).append("  ").append(r[2]).append('\n');
        }
        return sb.toString();
    }

    private static String opName(GraphModel.Node n) {
        return n.tensor().isLeaf() ? "leaf" : n.tensor().op().name();
    }

    private static String signature(Map<String, Integer> ops) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ops.entrySet()) parts.add(e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue());
        return String.join(", ", parts);
    }

    private static String signatureCount(Map<String, Integer> ops) {
        int n = 0;
        for (int c : ops.values()) n += c;
        return Integer.toString(n);
    }
}
