package dev.adjoint.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Graph walks, all iterative: a chain of a million nodes must not overflow the stack. */
public final class Graph {
    private Graph() {}

    /** Every node reachable from the roots, inputs before the nodes that use them (post-order DFS). */
    public static List<Tensor> topologicalOrder(List<Tensor> roots) {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Tensor> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>(); // index of the next input to visit, per stacked node
        for (Tensor root : roots) {
            if (!seen.add(root)) continue;
            nodes.push(root);
            next.push(0);
            while (!nodes.isEmpty()) {
                Tensor v = nodes.peek();
                int i = next.pop();
                if (i < v.inputCount()) {
                    next.push(i + 1);
                    Tensor in = v.input(i);
                    if (seen.add(in)) {
                        nodes.push(in);
                        next.push(0);
                    }
                } else {
                    nodes.pop();
                    order.add(v);
                }
            }
        }
        return order;
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
        IdentityHashMap<Tensor, Integer> depth = depths(topo);
        List<Tensor> order = new ArrayList<>(topo);
        order.sort((a, b) -> {
            int c = Integer.compare(depth.get(a), depth.get(b));
            return c != 0 ? c : Long.compare(a.seq(), b.seq());
        });
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
        order.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return order;
    }
}
