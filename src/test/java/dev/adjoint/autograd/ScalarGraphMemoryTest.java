package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.Test;

/**
 * What a scalar graph keeps alive per node (issue 16: at most 100 bytes; the lecture's graphs and
 * scripts/bench have millions of 0-d nodes). Measured as scripts/bench does: the heap in use after
 * full collections, with the graph reachable, minus the same before building it.
 */
class ScalarGraphMemoryTest {
    @Test
    void aScalarGraphKeepsAtMostEightyBytesANode() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(mem);
        Tensor a = Tensor.leaf(NDArray.scalar(0.9), true), b = Tensor.leaf(NDArray.scalar(0.1), true);
        Tensor x = Tensor.leaf(NDArray.scalar(0.5), true);
        int nodes = 0;
        for (int i = 0; i < 50_000; i++) { // the benchmark's graph: x = x·a + sin(x)·b
            x = Ops.add(Ops.mul(x, a), Ops.mul(Ops.sin(x), b));
            nodes += 4;
        }
        long after = usedAfterGc(mem);
        assertThat(x.inputCount()).isEqualTo(2); // the graph is still reachable here
        assertThat((after - before) / (double) nodes).isLessThanOrEqualTo(80);
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 3; i++) System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }
}
