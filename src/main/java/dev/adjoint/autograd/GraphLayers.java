package dev.adjoint.autograd;

import dev.adjoint.ndarray.ComputationInterrupted;
import java.util.List;
import java.util.function.Predicate;

/**
 * The nodes of a graph grouped by layer (longest distance from a leaf), in a few arrays: for a
 * summary of a graph of millions of nodes, where a per-node object (a trace row, a map entry)
 * would cost the heap hundreds of megabytes and the collector most of a minute.
 */
public final class GraphLayers {
    private final Tensor[] nodes; // counted nodes, layer by layer
    private final int[] start; // layer l is nodes[start[l]] .. nodes[start[l + 1] - 1]

    private GraphLayers(Tensor[] nodes, int[] start) {
        this.nodes = nodes;
        this.start = start;
    }

    /**
     * The layers of root's graph, counting only the nodes {@code counted} accepts: a node's layer is
     * one more than its deepest counted input's, 0 without one (uncounted nodes and their edges are
     * left out, as a drawing folds scalar constants into their users).
     */
    public static GraphLayers of(Tensor root, Predicate<Tensor> counted) {
        List<Tensor> topo = Graph.topologicalOrder(root);
        NodeIndex layerPlusOne = new NodeIndex(); // 0: not counted
        int[] perLayer = new int[64];
        int layers = 0, size = 0, seen = 0;
        for (Tensor t : topo) {
            ComputationInterrupted.pollEvery(seen++);
            if (!counted.test(t)) continue;
            int l = 0;
            for (int i = 0; i < t.inputCount(); i++) l = Math.max(l, layerPlusOne.get(t.input(i)));
            layerPlusOne.put(t, l + 1);
            if (l == perLayer.length) perLayer = java.util.Arrays.copyOf(perLayer, l * 2);
            perLayer[l]++;
            layers = Math.max(layers, l + 1);
            size++;
        }
        int[] start = new int[layers + 1];
        for (int l = 0; l < layers; l++) start[l + 1] = start[l] + perLayer[l];
        int[] next = java.util.Arrays.copyOf(start, layers);
        Tensor[] nodes = new Tensor[size];
        int k = 0;
        for (Tensor t : topo) {
            ComputationInterrupted.pollEvery(k++);
            int l = layerPlusOne.get(t) - 1;
            if (l >= 0) nodes[next[l]++] = t;
        }
        return new GraphLayers(nodes, start);
    }

    /** How many nodes were counted. */
    public int size() {
        return nodes.length;
    }

    public int layers() {
        return start.length - 1;
    }

    /** The number of nodes in layer l. */
    public int width(int layer) {
        return start[layer + 1] - start[layer];
    }

    /** The i-th node of layer l (in topological order within the layer). */
    public Tensor node(int layer, int i) {
        return nodes[start[layer] + i];
    }
}
