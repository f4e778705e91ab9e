package dev.adjoint.autograd;

import dev.adjoint.ndarray.ComputationInterrupted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;

/** Graph walks, all iterative: a chain of a million nodes must not overflow the stack. */
public final class Graph {
    private Graph() {}

    /** Every node reachable from the roots, inputs before the nodes that use them (post-order DFS). */
    public static List<Tensor> topologicalOrder(List<Tensor> roots) {
        Tensor[] order = topologicalOrder(roots, new NodeIndex());
        return Collections.unmodifiableList(Arrays.asList(order));
    }

    /**
     * The same as an array, recording in {@code position} each node's index in the result plus one
     * (so 0 still means "not in the graph"); nodes still on the stack are marked −1.
     */
    static Tensor[] topologicalOrder(List<Tensor> roots, NodeIndex position) {
        return topologicalOrder(roots, position, new boolean[1]);
    }

    /**
     * The same, setting {@code creationOrdered[0]} to whether the nodes that are not leaves came
     * out in creation order (then running them backwards is PyTorch's newest-first order, see
     * ReversePass): noted as the walk finishes each node, while it is at hand.
     */
    static Tensor[] topologicalOrder(List<Tensor> roots, NodeIndex position, boolean[] creationOrdered) {
        DepthFirst walk = new DepthFirst(position);
        for (Tensor root : roots) {
            if (position.get(root) != 0) continue;
            walk.push(root);
            while (walk.step()) {} // one step per call: see DepthFirst
        }
        creationOrdered[0] = walk.creationOrdered;
        return Arrays.copyOf(walk.order, walk.size);
    }

    /**
     * A post-order depth-first walk on an explicit stack of (node, index of its next input to
     * visit). Each step is a method call, so the JIT compiles it after a few hundred nodes; a loop
     * body that runs once per backward would wait in the bytecode interpreter for 60,000
     * iterations before being compiled on the stack.
     */
    private static final class DepthFirst {
        private Tensor[] order = new Tensor[64];
        private int size;
        private final NodeIndex position;
        private Tensor[] nodes = new Tensor[64];
        private int[] next = new int[64];
        private int sp;
        private int steps;
        private long lastSeq = Long.MIN_VALUE; // of the last node finished that is not a leaf
        boolean creationOrdered = true;

        DepthFirst(NodeIndex position) {
            this.position = position;
        }

        void push(Tensor t) {
            position.put(t, -1);
            if (sp == nodes.length) {
                nodes = Arrays.copyOf(nodes, sp * 2);
                next = Arrays.copyOf(next, sp * 2);
            }
            nodes[sp] = t;
            next[sp++] = 0;
        }

        /** Visits the top node's next unseen input, or finishes the top node; false when the stack is empty. */
        boolean step() {
            if ((++steps & 4095) == 0) ComputationInterrupted.poll(); // Ctrl-C, even on a graph of millions (counted by steps, which both halves of a walk take)
            Tensor v = nodes[sp - 1];
            int i = next[sp - 1];
            if (i < v.inputCount()) {
                next[sp - 1] = i + 1;
                Tensor in = v.input(i);
                if (position.get(in) == 0) push(in);
            } else {
                nodes[--sp] = null;
                if (size == order.length) order = Arrays.copyOf(order, size * 2);
                order[size++] = v;
                position.put(v, size);
                if (!v.isLeaf()) {
                    creationOrdered &= v.seq() > lastSeq;
                    lastSeq = v.seq();
                }
            }
            return sp > 0;
        }
    }

    public static List<Tensor> topologicalOrder(Tensor root) {
        return topologicalOrder(List.of(root));
    }

    /**
     * The lecture's depth order: leaves first, then by longest distance from the leaves, ties by
     * creation order (CMU 10-414 Lecture 4; Baydin et al. 2018, Table 2).
     */
    public static List<Tensor> depthOrder(Tensor root) {
        List<Tensor> topo = topologicalOrder(root);
        NodeIndex depth = new NodeIndex(); // array lookups in the sort's comparisons, not hash lookups
        int k = 0;
        for (Tensor v : topo) {
            int d = 0;
            for (int i = 0; i < v.inputCount(); i++) d = Math.max(d, depth.get(v.input(i)) + 1);
            depth.put(v, d);
            if ((++k & 4095) == 0) ComputationInterrupted.poll();
        }
        List<Tensor> order = new ArrayList<>(topo);
        order.sort(polling((a, b) -> {
            int c = Integer.compare(depth.get(a), depth.get(b));
            return c != 0 ? c : Long.compare(a.seq(), b.seq());
        }));
        return order;
    }

    /** Longest distance from a leaf, for nodes given in topological order. */
    public static IdentityHashMap<Tensor, Integer> depths(List<Tensor> topo) {
        IdentityHashMap<Tensor, Integer> depth = new IdentityHashMap<>();
        for (Tensor v : topo) {
            int d = 0;
            for (int i = 0; i < v.inputCount(); i++) d = Math.max(d, depth.get(v.input(i)) + 1);
            depth.put(v, d);
        }
        return depth;
    }

    /** Nodes in creation order. */
    public static List<Tensor> creationOrder(Tensor root) {
        List<Tensor> order = new ArrayList<>(topologicalOrder(root));
        order.sort(polling((a, b) -> Long.compare(a.seq(), b.seq())));
        return order;
    }

    /** The comparator, seeing Ctrl-C every 65,536 comparisons: sorting millions of nodes takes seconds under load. */
    static Comparator<Tensor> polling(Comparator<Tensor> c) {
        int[] count = {0};
        return (a, b) -> {
            if ((++count[0] & 0xFFFF) == 0) ComputationInterrupted.poll();
            return c.compare(a, b);
        };
    }
}
