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
 * full collections, with the graph reachable, minus the same before building it. A node is 56
 * bytes since its rare fields (gradient, name, inputs past two) moved to a side object and its
 * type and flags to bytes; 72 before.
 */
class ScalarGraphMemoryTest {
    @Test
    void aScalarGraphKeepsAtMostSixtyFourBytesANode() {
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
        assertThat((after - before) / (double) nodes).isLessThanOrEqualTo(64);
    }

    /**
     * What the backward pass itself allocates per node of a scalar graph: the list of the nodes it
     * frees (4 bytes a node) and nothing else per node ({@link ScalarPass}: no order, no positions,
     * no adjoint per node). Every byte here is fresh memory a cold pass first touches (a page fault
     * per 4 KB). It was 59 bytes a node with a hash table of positions, 38 with the sorted pass's
     * arrays. A hook on a tensor of another graph (still held, as a session holds its variables)
     * must not take the pass off that path: it did (457 bytes a node) until the pass asked only
     * about hooks on its own nodes.
     */
    @Test
    void aScalarGraphsBackwardPassAllocatesUnderEightBytesANode() {
        Tensor elsewhere = Tensor.leaf(NDArray.scalar(1), true);
        Runnable removeHook = GradHooks.add(elsewhere, g -> null);
        Tensor a = Tensor.leaf(NDArray.scalar(0.9), true), b = Tensor.leaf(NDArray.scalar(0.1), true);
        Tensor x = Tensor.leaf(NDArray.scalar(0.5), true);
        int nodes = 0;
        for (int i = 0; i < 50_000; i++) {
            x = Ops.add(Ops.mul(x, a), Ops.mul(Ops.sin(x), b));
            nodes += 4;
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        x.backward();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        removeHook.run();
        assertThat(a.grad()).isNotNull();
        assertThat(elsewhere.grad()).isNull();
        assertThat(allocated / (double) nodes).isLessThan(8);
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 3; i++) System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }
}
