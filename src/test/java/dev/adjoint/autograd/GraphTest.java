package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Graph walks on shapes of graph the lecture example does not have: shared nodes, many roots, sparse creation numbers. */
class GraphTest {
    private static void assertTopological(List<Tensor> order, List<Tensor> roots) {
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Tensor t : order) {
            assertThat(seen.add(t)).as("no node twice").isTrue();
            for (Tensor in : t.inputs()) assertThat(seen).as("inputs first").contains(in);
        }
        // exactly the reachable nodes
        Set<Tensor> reach = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Tensor> work = new ArrayList<>(roots);
        while (!work.isEmpty()) {
            Tensor t = work.remove(work.size() - 1);
            if (reach.add(t)) work.addAll(t.inputs());
        }
        assertThat(seen).isEqualTo(reach);
    }

    @Test
    void randomDagsWithSharedNodesAndManyRoots() {
        for (int seed = 0; seed < 20; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            List<Tensor> nodes = new ArrayList<>();
            for (int i = 0; i < 5; i++) nodes.add(Tensor.leaf(NDArray.scalar(r.nextDouble()), r.nextBoolean()));
            for (int i = 0; i < 300; i++) {
                Tensor a = nodes.get(r.nextInt(nodes.size())), b = nodes.get(r.nextInt(nodes.size()));
                nodes.add(r.nextBoolean() ? Ops.add(a, b) : Ops.mul(a, Ops.sin(b)));
                // creation numbers with gaps of every size, so nodes land on many index pages
                for (int k = r.nextInt(3) == 0 ? r.nextInt(500) : 0; k > 0; k--) Tensor.constant(0);
            }
            List<Tensor> roots = List.of(nodes.get(nodes.size() - 1), nodes.get(nodes.size() - 7), nodes.get(10), nodes.get(nodes.size() - 1));
            assertTopological(Graph.topologicalOrder(roots), roots);
        }
    }

    @Test
    void adjointsAndDepthsOnASharedDiamond() {
        Tensor x = Tensor.leaf(NDArray.scalar(3), true);
        Tensor s = Ops.mul(x, x);           // used by both branches
        Tensor y = Ops.add(Ops.sin(s), Ops.exp(Ops.mul(s, Tensor.constant(0.1))));
        Map<Tensor, Tensor> adj = Autograd.adjoints(y, null, false, true, null);
        double ds = Math.cos(9) + 0.1 * Math.exp(0.9);
        assertThat(adj.get(s).item()).isCloseTo(ds, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(adj.get(x).item()).isCloseTo(ds * 6, org.assertj.core.api.Assertions.within(1e-12));
        Map<Tensor, Integer> depth = Graph.depths(Graph.topologicalOrder(y));
        assertThat(depth.get(y)).isEqualTo(4);
        assertThat(depth.get(s)).isEqualTo(1);
    }

    @Test
    void leafRootAndRepeatedRoots() {
        Tensor x = Tensor.leaf(NDArray.scalar(1), true);
        assertThat(Graph.topologicalOrder(x)).containsExactly(x);
        assertThat(Graph.topologicalOrder(List.of(x, x))).containsExactly(x);
        x.backward();
        assertThat(x.grad().item()).isEqualTo(1);
    }
}
