package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: :graph of a graph too big to draw summarises it from the graph itself, in a few bytes
 * a node (it built a trace row and a model node per node, ~2 KB each: a 4M-node graph took 90 s,
 * mostly in the collector), and a loop body's layers repeated a million times read as one pattern.
 */
class GraphSummaryTest extends ShellHarness {
    private static final int ITERATIONS = 50_000;

    private void loopGraph() {
        assertThat(ok("x = 1.0001")).isTrue();
        assertThat(ok("y = x")).isTrue();
        assertThat(ok("for i in range(" + ITERATIONS + "): y = y*0.5 + sin(y)*0.1")).as(err.toString()).isTrue();
    }

    @Test
    void aLoopBodysLayersAreOnePatternRepeated() {
        loopGraph();
        String text = printed(":graph y");
        assertThat(err.toString()).isEmpty();
        // x at layer 0; each iteration: mul(y, 0.5) and sin(y), then mul(sin, 0.1), then add
        assertThat(text).startsWith("y: " + (1 + 4 * ITERATIONS) + " nodes in " + (1 + 3 * ITERATIONS) + " layers, too many to draw");
        assertThat(text.replaceAll(" +", " ")).contains("\n0 1 input\n1 2 mul, sin\n2 1 mul\n3 1 add\n4-" + 3 * ITERATIONS
                + " the 3 layers above, 49,999 times more\n");
        assertThat(text.split("\n")).hasSize(7);
    }

    @Test
    void aLongChainIsOneRun() {
        ok("x = 1.5");
        ok("y = x");
        ok("for i in range(1000): y = sin(y)");
        String text = printed(":graph y");
        assertThat(text).startsWith("y: 1001 nodes in 1001 layers").contains("\n1-1000  1 each  sin\n");
    }

    @Test
    void aGraphWithoutARepeatingPatternShowsItsFirstRunsAndCountsTheRest() {
        ok("x = 1.5");
        ok("y = x");
        // layer k has k % 7 + 1 extra nodes of a different op each time the count changes: no period up to 8
        ok("for i in range(200):\n    z = y\n    for j in range(i % 7 + i % 11):\n        z = z + 0*y\n    y = sin(z)\n");
        String text = printed(":graph y");
        assertThat(err.toString()).isEmpty();
        assertThat(text).contains(" nodes) left out\n");
        assertThat(text.split("\n").length).isLessThan(200);
    }

    @Test
    void theSummaryCostsAFewBytesANode() {
        loopGraph();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        printed(":graph y"); // once to load and compile what it needs
        long before = threads.getCurrentThreadAllocatedBytes();
        String text = printed(":graph y");
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(text).contains("times more");
        assertThat(bytes / (1 + 4 * ITERATIONS)).as("bytes allocated per node").isLessThan(100);
    }
}
