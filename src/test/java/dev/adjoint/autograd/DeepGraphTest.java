package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A chain of a million multiplies: every graph walk must be iterative (micrograd's recursive
 * build_topo dies at Python's recursion limit, a recursive Java walk at the thread stack). No
 * timing assertions here; the time of this test shows in the Surefire report and scripts/bench
 * measures the engine properly.
 */
class DeepGraphTest {
    private static final int N = 1_000_000;
    private static final double C = 1.000001;

    private static Tensor chain(Tensor x0, Tensor c) {
        Tensor x = x0;
        for (int i = 0; i < N; i++) x = Ops.mul(x, c);
        return x;
    }

    @Test
    void backwardThroughAMillionMultiplies() {
        Tensor x0 = Tensor.leaf(NDArray.scalar(1), true);
        Tensor y = chain(x0, Tensor.constant(C));
        y.backward();
        double expected = Math.pow(C, N); // ≈ e^0.9999995
        assertThat(y.item()).isCloseTo(expected, within(expected * 1e-9));
        assertThat(x0.grad().item()).isCloseTo(expected, within(expected * 1e-9));
    }

    @Test
    void topologicalOrderAndForwardModeOnAMillionMultiplies() {
        Tensor x0 = Tensor.leaf(NDArray.scalar(1), true), c = Tensor.constant(C);
        Tensor y = chain(x0, c);
        List<Tensor> topo = Graph.topologicalOrder(y);
        assertThat(topo).hasSize(N + 2); // x0, the shared constant and N products
        assertThat(topo.get(0)).isSameAs(x0);
        assertThat(topo.get(1)).isSameAs(c);
        assertThat(topo.get(N + 1)).isSameAs(y);
        Tensor t = Autograd.tangents(y, Map.of(x0, Tensor.constant(1))).get(y);
        assertThat(t.item()).isCloseTo(Math.pow(C, N), within(1e-8));
    }

    @Test
    void createGraphOnADeepChain() {
        // the gradient graph is as deep as the graph itself; a second backward walks it too
        Tensor x = Tensor.leaf(NDArray.scalar(0.5), true);
        Tensor y = x;
        for (int i = 0; i < 100_000; i++) y = Ops.mul(y, x);
        Tensor g = Autograd.grad(y, List.of(x), null, true).get(0); // (n+1) x^n
        assertThat(g.item()).isCloseTo(100_001 * Math.pow(0.5, 100_000), within(1e-300));
        assertThat(Autograd.grad(g, List.of(x), null, false).get(0).item()).isNotNaN();
    }
}
