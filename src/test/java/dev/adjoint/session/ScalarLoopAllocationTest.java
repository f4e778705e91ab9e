package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * What the language loop allocates per graph node (issue 16, goal 3): examples/scalar_graph.adj's
 * loop builds ~10^6 nodes, and every byte it allocates beside the nodes themselves fills the young
 * generation sooner, whose collections copy the whole live graph. Bytes, not time: the count does
 * not depend on the machine's load (the JIT's escape analysis can only lower it).
 */
class ScalarLoopAllocationTest extends SessionHarness {
    private static final int ITERATIONS = 20_000;

    @Test
    void theScalarGraphLoopAllocatesAtMost96BytesANode() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        run("x = 0.5\na = 0.9\nb = 0.1");
        long before = threads.getCurrentThreadAllocatedBytes();
        run("for i in range(" + ITERATIONS + "):\n    x = x*a + sin(x)*b\n    if i % 8 == 7: x = exp(x*0.01)\n");
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        long nodes = 4L * ITERATIONS + 2L * (ITERATIONS / 8);
        assertThat(tensor("x").inputCount()).isEqualTo(1); // the graph was built (exp's node ends it)
        assertThat(allocated / (double) nodes).isLessThanOrEqualTo(96); // 193-219 before the tracked-float short ways, 123 with the 56-byte node, 115 with 24-byte tracked floats, 98 with no tracked float made for an operand used once, 93 with the name x shared by the nodes bound to it (once compiled: 75 -> 68)
    }
}
