package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: sorting the nodes of a huge graph into depth or creation order never looked at the
 * interrupt flag (4M nodes: seconds under load, the stretch that made :trace miss "within a
 * second"); its comparisons now do.
 */
class SortInterruptTest {
    @Test
    void sortingNodesSeesTheInterrupt() {
        List<Tensor> nodes = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) nodes.add(Tensor.leaf(NDArray.scalar(i), false));
        java.util.Collections.reverse(nodes);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> nodes.sort(Graph.polling((a, b) -> Long.compare(a.seq(), b.seq()))))
                    .isInstanceOf(ComputationInterrupted.class);
        } finally {
            Thread.interrupted();
        }
    }
}
