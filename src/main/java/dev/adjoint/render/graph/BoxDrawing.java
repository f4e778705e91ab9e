package dev.adjoint.render.graph;

import dev.adjoint.render.Ansi;
import dev.adjoint.render.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph drawn in the terminal with box-drawing characters, top to bottom: one row of boxes
 * per layer (longest distance from the inputs), edges routed between the rows on horizontal
 * tracks (an edge that skips layers passes through them as a vertical line), arrows into the
 * boxes. Inputs have round corners, the output a heavy border, gradient nodes a double one.
 *
 * <p>A graph too large for the width (or for a screen) is summarised by layer instead: how many
 * nodes of which ops, with runs of identical layers (a long chain) collapsed into one line.
 */
public final class BoxDrawing {
    /** Beyond this many nodes a drawing stops being readable; the summary is shown instead. */
    public static final int MAX_NODES = 40;
    private static final int GAP = 2;

    private static final int U = 1, D = 2, L = 4, R = 8;

    private BoxDrawing() {}

    /** An item of a layer: a node's box, or the vertical line of an edge passing through. */
    private static final class Item {
        final GraphModel.Node node; // null for a pass-through
        final int width;
        int x;
        int order;
        final List<Segment> in = new ArrayList<>(), out = new ArrayList<>();

        Item(GraphModel.Node node, int width) {
            this.node = node;
            this.width = width;
        }

        int center() {
            return node == null ? x : x + width / 2;
        }
    }

    /** One piece of an edge between two adjacent layers. */
    private static final class Segment {
        final Item from, to;
        int entry; // column where it enters 'to'
        int track; // 0: straight down

        Segment(Item from, Item to) {
            this.from = from;
            this.to = to;
        }
    }

    private record Style(char tl, char tr, char bl, char br, char h, char v, char exit) {}

    private static Style style(GraphModel.Kind k, boolean ascii) {
        if (ascii) return switch (k) {
            case INPUT -> new Style('/', '\\', '\\', '/', '-', '|', '+');
            case OUTPUT -> new Style('#', '#', '#', '#', '=', '#', '+');
            case GRADIENT -> new Style('+', '+', '+', '+', '.', ':', '+');
            default -> new Style('+', '+', '+', '+', '-', '|', '+');
        };
        return switch (k) {
            case INPUT -> new Style('╭', '╮', '╰', '╯', '─', '│', '┬');
            case OUTPUT -> new Style('┏', '┓', '┗', '┛', '━', '┃', '┰');
            case GRADIENT -> new Style('╔', '╗', '╚', '╝', '═', '║', '╤');
            default -> new Style('┌', '┐', '└', '┘', '─', '│', '┬');
        };
    }

    /** The drawing, or the layer summary when it would not fit {@code maxWidth} columns. */
    public static String draw(GraphModel m, int maxWidth, boolean ascii, boolean color) {
        if (m.nodes().size() > MAX_NODES) return LayerSummary.of(m, LayerSummary.TOO_MANY);
        List<List<Item>> layers = layers(m);
        order(layers);
        place(layers);
        int width = 0;
        for (List<Item> layer : layers) for (Item it : layer) width = Math.max(width, it.x + it.width);
        if (width > maxWidth) return LayerSummary.of(m, "too wide for " + maxWidth + " columns (--width " + width + " draws it)");
        return render(m, layers, width, ascii, color);
    }

    private static List<List<Item>> layers(GraphModel m) {
        int n = m.layers();
        List<List<Item>> layers = new ArrayList<>();
        for (int i = 0; i < n; i++) layers.add(new ArrayList<>());
        Map<GraphModel.Node, Item> items = new IdentityHashMap<>();
        for (GraphModel.Node node : m.nodes()) {
            int w = 0;
            for (String line : node.lines()) w = Math.max(w, Text.width(line));
            Item it = new Item(node, w + 4);
            items.put(node, it);
            layers.get(node.layer()).add(it);
        }
        for (GraphModel.Edge e : m.edges()) {
            Item from = items.get(e.from()), to = items.get(e.to());
            for (int l = e.from().layer() + 1; l < e.to().layer(); l++) {
                Item pass = new Item(null, 1);
                layers.get(l).add(pass);
                link(from, pass);
                from = pass;
            }
            link(from, to);
        }
        return layers;
    }

    private static void link(Item from, Item to) {
        Segment s = new Segment(from, to);
        from.out.add(s);
        to.in.add(s);
    }

    /** Barycentre ordering: a few sweeps down and up to cut crossings. */
    private static void order(List<List<Item>> layers) {
        for (List<Item> layer : layers) renumber(layer);
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int l = 1; l < layers.size(); l++) sortBy(layers.get(l), true);
            for (int l = layers.size() - 2; l >= 0; l--) sortBy(layers.get(l), false);
        }
    }

    private static void sortBy(List<Item> layer, boolean byPredecessors) {
        Map<Item, Double> key = new IdentityHashMap<>();
        for (Item it : layer) {
            List<Segment> links = byPredecessors ? it.in : it.out;
            if (links.isEmpty()) {
                key.put(it, (double) it.order);
                continue;
            }
            double sum = 0;
            for (Segment s : links) sum += byPredecessors ? s.from.order : s.to.order;
            key.put(it, sum / links.size());
        }
        layer.sort(Comparator.comparingDouble(key::get));
        renumber(layer);
    }

    private static void renumber(List<Item> layer) {
        for (int i = 0; i < layer.size(); i++) layer.get(i).order = i;
    }

    /** x positions: each item under the mean of its predecessors, pushed right to keep gaps, then shifted to start at 0. */
    private static void place(List<List<Item>> layers) {
        for (List<Item> layer : layers) {
            int x = 0;
            for (Item it : layer) {
                it.x = x;
                x += it.width + GAP;
            }
        }
        for (int pass = 0; pass < 3; pass++) {
            for (int l = 1; l < layers.size(); l++) align(layers.get(l), true);
            for (int l = layers.size() - 2; l >= 0; l--) align(layers.get(l), false);
        }
        for (int l = 1; l < layers.size(); l++) align(layers.get(l), true); // end with each row under its operands
        int min = Integer.MAX_VALUE;
        for (List<Item> layer : layers) for (Item it : layer) min = Math.min(min, it.x);
        for (List<Item> layer : layers) for (Item it : layer) it.x -= min;
    }

    private static void align(List<Item> layer, boolean byPredecessors) {
        int[] want = new int[layer.size()];
        for (int i = 0; i < layer.size(); i++) {
            Item it = layer.get(i);
            List<Segment> links = byPredecessors ? it.in : it.out;
            if (links.isEmpty()) {
                want[i] = it.x;
                continue;
            }
            int sum = 0;
            for (Segment s : links) sum += byPredecessors ? s.from.center() : s.to.center();
            int c = Math.round((float) sum / links.size());
            want[i] = it.node == null ? c : c - it.width / 2;
        }
        // as close to the wanted places as the gaps allow: push right, then pull back left where there is room
        for (int i = 0; i < layer.size(); i++) {
            Item it = layer.get(i);
            it.x = i == 0 ? want[i] : Math.max(want[i], layer.get(i - 1).x + layer.get(i - 1).width + GAP);
        }
        for (int i = layer.size() - 2; i >= 0; i--) {
            Item it = layer.get(i), next = layer.get(i + 1);
            it.x = Math.min(it.x, next.x - GAP - it.width);
            it.x = Math.max(it.x, Math.min(want[i], next.x - GAP - it.width));
        }
    }

    private static String render(GraphModel m, List<List<Item>> layers, int width, boolean ascii, boolean color) {
        // entry columns: the edges into a box spread over its top, in the order of their sources
        for (List<Item> layer : layers)
            for (Item it : layer) {
                if (it.node == null) {
                    for (Segment s : it.in) s.entry = it.x;
                    continue;
                }
                List<Segment> in = new ArrayList<>(it.in);
                in.sort(Comparator.comparingInt(s -> s.from.center()));
                int inner = it.width - 2;
                for (int i = 0; i < in.size(); i++) in.get(i).entry = it.x + 1 + (int) Math.round((i + 1) * (double) inner / (in.size() + 1) - 0.5);
                straighten(in, it);
            }
        // tracks per channel
        List<Integer> tracks = new ArrayList<>();
        for (int l = 0; l + 1 < layers.size(); l++) tracks.add(assignTracks(layers.get(l)));
        int[] layerHeight = new int[layers.size()];
        for (int l = 0; l < layers.size(); l++)
            for (Item it : layers.get(l)) layerHeight[l] = Math.max(layerHeight[l], it.node == null ? 1 : it.node.lines().size() + 2);
        int[] top = new int[layers.size()];
        int height = 0;
        for (int l = 0; l < layers.size(); l++) {
            top[l] = height;
            height += layerHeight[l];
            if (l + 1 < layers.size()) height += tracks.get(l) + 2;
        }
        int[][] mask = new int[height][width];
        char[][] fixed = new char[height][width];
        String[][] paint = new String[height][width];
        for (int l = 0; l < layers.size(); l++) {
            // pass-throughs: a vertical line through the whole layer
            for (Item it : layers.get(l))
                if (it.node == null) vertical(mask, it.x, top[l], top[l] + layerHeight[l] - 1, true);
            if (l + 1 >= layers.size()) continue;
            int exitRow = top[l] + layerHeight[l];
            int arrowRow = exitRow + tracks.get(l) + 1;
            for (Item it : layers.get(l))
                for (Segment s : it.out) {
                    int sx = it.center();
                    if (it.node != null) {
                        int below = top[l] + it.node.lines().size() + 2; // the row under the box
                        vertical(mask, sx, below, exitRow, false);
                        mask[below][sx] |= U;
                    } else mask[exitRow][sx] |= U;
                    int turn = s.track == 0 ? exitRow : exitRow + s.track;
                    vertical(mask, sx, exitRow, turn, false);
                    horizontal(mask, turn, sx, s.entry);
                    vertical(mask, s.entry, turn, arrowRow, false);
                    if (s.to.node != null) fixed[arrowRow][s.entry] = ascii ? 'v' : '▼';
                    else mask[arrowRow][s.entry] |= D;
                }
        }
        String[][] grid = new String[height][width]; // a cell may hold a letter and its combining mark (v̄)
        for (int r = 0; r < height; r++)
            for (int c = 0; c < width; c++) grid[r][c] = String.valueOf(fixed[r][c] != 0 ? fixed[r][c] : junction(mask[r][c], ascii));
        for (int l = 0; l < layers.size(); l++)
            for (Item it : layers.get(l)) if (it.node != null) box(grid, paint, it, top[l], ascii, color);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < height; r++) {
            StringBuilder line = new StringBuilder();
            String current = null;
            for (int c = 0; c < width; c++) {
                String p = paint[r][c];
                if (color && !java.util.Objects.equals(p, current)) {
                    if (current != null) line.append(Ansi.RESET);
                    if (p != null) line.append(p);
                    current = p;
                }
                line.append(grid[r][c]);
            }
            if (color && current != null) line.append(Ansi.RESET);
            sb.append(rstrip(line.toString())).append('\n');
        }
        sb.append(legend(m, ascii));
        List<String> labels = new ArrayList<>();
        for (GraphModel.Edge e : m.edges()) if (e.label() != null) labels.add(e.label());
        if (!labels.isEmpty()) sb.append("partial adjoints on the edges: ").append(String.join(", ", labels)).append('\n');
        return sb.toString();
    }

    /**
     * An edge whose source stands above the box enters straight down where that keeps the entries
     * in order: a jog of a column or two drew an odd junction ("└┬", in ASCII "++").
     */
    private static void straighten(List<Segment> in, Item box) {
        for (int i = 0; i < in.size(); i++) {
            int above = in.get(i).from.center();
            int low = i == 0 ? box.x : in.get(i - 1).entry, high = i + 1 < in.size() ? in.get(i + 1).entry : box.x + box.width - 1;
            if (above > low && above < high) in.get(i).entry = above;
        }
    }

    private static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return s.substring(0, end);
    }

    /** Tracks for the segments leaving one layer: one per run of overlapping horizontals, shared by one source. */
    private static int assignTracks(List<Item> layer) {
        List<Segment> bent = new ArrayList<>();
        for (Item it : layer) for (Segment s : it.out) if (s.entry != it.center()) bent.add(s);
        bent.sort(Comparator.comparingInt(s -> Math.min(s.from.center(), s.entry)));
        List<List<Segment>> used = new ArrayList<>();
        for (Segment s : bent) {
            int t = 0;
            while (t < used.size() && conflicts(used.get(t), s)) t++;
            if (t == used.size()) used.add(new ArrayList<>());
            used.get(t).add(s);
            s.track = t + 1;
        }
        return used.size();
    }

    private static boolean conflicts(List<Segment> track, Segment s) {
        int a = Math.min(s.from.center(), s.entry), b = Math.max(s.from.center(), s.entry);
        for (Segment o : track) {
            if (o.from == s.from) continue; // a fork of one source may share its track
            int c = Math.min(o.from.center(), o.entry), d = Math.max(o.from.center(), o.entry);
            if (a <= d + 1 && c <= b + 1) return true;
        }
        return false;
    }

    private static void vertical(int[][] mask, int x, int from, int to, boolean through) {
        if (through) {
            for (int r = from; r <= to; r++) mask[r][x] |= U | D;
            return;
        }
        for (int r = from; r < to; r++) {
            mask[r][x] |= D;
            mask[r + 1][x] |= U;
        }
    }

    private static void horizontal(int[][] mask, int row, int x1, int x2) {
        int a = Math.min(x1, x2), b = Math.max(x1, x2);
        for (int c = a; c < b; c++) {
            mask[row][c] |= R;
            mask[row][c + 1] |= L;
        }
    }

    private static char junction(int m, boolean ascii) {
        if (m == 0) return ' ';
        boolean u = (m & U) != 0, d = (m & D) != 0, l = (m & L) != 0, r = (m & R) != 0;
        if (ascii) { // corners as '.' and '\'' (ASCII art's habit), so that only a real junction is a '+'
            if ((u || d) && !(l || r)) return '|';
            if ((l || r) && !(u || d)) return '-';
            if (u != d && l != r) return d ? '.' : '\'';
            return '+';
        }
        if ((u || d) && !(l || r)) return '│';
        if ((l || r) && !(u || d)) return '─';
        if (u && d && l && r) return '┼';
        if (u && d) return r ? '├' : '┤';
        if (l && r) return d ? '┬' : '┴';
        if (d) return r ? '┌' : '┐';
        return r ? '└' : '┘';
    }

    private static void box(String[][] grid, String[][] paint, Item it, int y, boolean ascii, boolean color) {
        GraphModel.Node n = it.node;
        Style s = style(n.kind(), ascii);
        int w = it.width, h = n.lines().size() + 2, x = it.x;
        for (int c = 0; c < w; c++) {
            grid[y][x + c] = String.valueOf(s.h());
            grid[y + h - 1][x + c] = String.valueOf(s.h());
        }
        for (int r = 0; r < h; r++) {
            grid[y + r][x] = String.valueOf(s.v());
            grid[y + r][x + w - 1] = String.valueOf(s.v());
            for (int c = 1; c < w - 1 && r > 0 && r < h - 1; c++) grid[y + r][x + c] = " ";
        }
        grid[y][x] = String.valueOf(s.tl());
        grid[y][x + w - 1] = String.valueOf(s.tr());
        grid[y + h - 1][x] = String.valueOf(s.bl());
        grid[y + h - 1][x + w - 1] = String.valueOf(s.br());
        if (!it.out.isEmpty()) grid[y + h - 1][it.center()] = String.valueOf(s.exit());
        for (int i = 0; i < n.lines().size(); i++) {
            String line = n.lines().get(i);
            // combining marks (the bar of v̄) take no column: put them after their letter in the same cell
            int c = x + 2;
            for (int k = 0; k < line.length(); ) {
                int cp = line.codePointAt(k);
                String ch = new String(Character.toChars(cp));
                k += Character.charCount(cp);
                while (k < line.length() && Character.getType(line.charAt(k)) == Character.NON_SPACING_MARK) ch += line.charAt(k++);
                grid[y + 1 + i][c++] = ch;
            }
        }
        if (color) {
            String p = n.kind() == GraphModel.Kind.GRADIENT ? Ansi.ACCENT : n.kind() == GraphModel.Kind.OUTPUT ? Ansi.BOLD : null;
            if (p != null) for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) paint[y + r][x + c] = p;
        }
    }

    private static String legend(GraphModel m, boolean ascii) {
        List<String> parts = new ArrayList<>();
        boolean[] has = new boolean[GraphModel.Kind.values().length];
        for (GraphModel.Node n : m.nodes()) has[n.kind().ordinal()] = true;
        if (has[GraphModel.Kind.INPUT.ordinal()]) parts.add((ascii ? "/-\\" : "╭╮") + " input");
        if (has[GraphModel.Kind.OP.ordinal()]) parts.add((ascii ? "+-+" : "┌┐") + " op");
        if (has[GraphModel.Kind.OUTPUT.ordinal()]) parts.add((ascii ? "#=#" : "┏┓") + " output");
        if (has[GraphModel.Kind.GRADIENT.ordinal()]) parts.add((ascii ? "+.+" : "╔╗") + " gradient node (recorded by reverse mode)");
        return parts.isEmpty() ? "" : String.join("   ", parts) + "\n";
    }
}
