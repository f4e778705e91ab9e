package dev.adjoint.session.report;

import dev.adjoint.autograd.GraphLayers;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.ComputationInterrupted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph too big to draw, described layer by layer (layer = longest distance from an input):
 * each layer's node count and ops, with a stretch of layers that repeats a pattern of up to
 * {@link #MAX_PERIOD} layers (a chain, or a loop body such as {@code y*0.5 + sin(y)*0.1}) in one
 * run. Made from the graph in a few arrays, never a row per node, so that a graph of millions of
 * nodes is summarised in about a second; only the first {@link #MAX_RUNS} runs are kept.
 */
public record LayerProfile(String target, int nodes, int layers, List<Run> runs, int layersLeftOut, int nodesLeftOut) {
    /** The longest repeating pattern looked for, in layers. */
    public static final int MAX_PERIOD = 8;
    /** Runs kept; the layers after them are only counted. */
    public static final int MAX_RUNS = 60;

    /** One layer: its node count and its ops as "mul ×2, sin" (sorted, counts after ×). */
    public record Layer(int nodes, String ops) {
        /** The layer of these ops, in sorted order. */
        static Layer of(List<String> sorted) {
            List<String> parts = new ArrayList<>();
            for (int i = 0, j; i < sorted.size(); i = j) {
                for (j = i + 1; j < sorted.size() && sorted.get(j).equals(sorted.get(i)); ) j++;
                parts.add(j - i == 1 ? sorted.get(i) : sorted.get(i) + " ×" + (j - i));
            }
            return new Layer(sorted.size(), String.join(", ", parts));
        }
    }

    /** Where a profile's layers come from: puts the op of each node of a layer into {@code ops}. */
    public interface LayerOps {
        void of(int layer, List<String> ops);
    }

    /**
     * Layers {@code first..last}: the {@code pattern} of one or more layers, repeated (a single
     * layer is a run of one layer and a pattern of one).
     */
    public record Run(int first, int last, List<Layer> pattern) {
        /** How many times the pattern occurs. */
        public int repeats() {
            return (last - first + 1) / pattern.size();
        }

        int nodes() {
            int n = 0;
            for (Layer l : pattern) n += l.nodes();
            return n * repeats();
        }
    }

    /** The profile of {@code root}'s graph, scalar constants folded into their users as a drawing does. */
    public static LayerProfile of(String target, Tensor root) {
        GraphLayers g = GraphLayers.of(root, t -> !Trace.isFoldedConstant(t));
        return of(target, g.size(), g.layers(), (l, ops) -> {
            for (int i = 0; i < g.width(l); i++) ops.add(Trace.opName(g.node(l, i)));
        });
    }

    /** The profile of {@code layers} layers, asking {@code opsOf} for each one once, in order. */
    public static LayerProfile of(String target, int nodes, int layers, LayerOps opsOf) {
        // each distinct layer once, by number: comparing patterns is then comparing ints, and a
        // layer seen before (nearly all of them) costs no allocation
        int[] kind = new int[layers];
        Map<List<String>, Integer> ids = new HashMap<>();
        List<Layer> distinct = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            ComputationInterrupted.pollEvery(l);
            ops.clear();
            opsOf.of(l, ops);
            ops.sort(null);
            Integer id = ids.get(ops);
            if (id == null) {
                ids.put(List.copyOf(ops), id = distinct.size());
                distinct.add(Layer.of(ops));
            }
            kind[l] = id;
        }
        List<Run> runs = new ArrayList<>();
        int l = 0, shownNodes = 0;
        while (l < layers && runs.size() < MAX_RUNS) {
            ComputationInterrupted.poll();
            int period = 1, covered = 1;
            for (int p = 1; p <= MAX_PERIOD && l + 2 * p <= layers; p++) {
                int n = repeatedLength(kind, l, p);
                if (n >= 2 * p && n > covered) {
                    period = p;
                    covered = n;
                }
            }
            List<Layer> pattern = new ArrayList<>(period);
            for (int i = 0; i < period; i++) pattern.add(distinct.get(kind[l + i]));
            Run run = new Run(l, l + covered - 1, List.copyOf(pattern));
            runs.add(run);
            shownNodes += run.nodes();
            l += covered;
        }
        return new LayerProfile(target, nodes, layers, List.copyOf(runs), layers - l, nodes - shownNodes);
    }

    /** How many layers from {@code from} on repeat the pattern of the {@code period} layers there, in whole patterns. */
    private static int repeatedLength(int[] kind, int from, int period) {
        int end = from + period;
        while (end < kind.length && kind[end] == kind[end - period]) {
            if ((end & 0xFFFF) == 0) ComputationInterrupted.poll();
            end++;
        }
        return (end - from) / period * period;
    }
}
