package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/**
 * itertools' endless iterators (count, cycle, repeat) never hang or crash the session: a for loop
 * over them and any function walking them (sum, list, sorted) stop at Ctrl-C, and a list made of
 * one is refused at the element limit with a MemoryError, the session going on.
 */
class EndlessIteratorsTest extends ShellHarness {
    private String takeErr() {
        return take(err);
    }

    @Test
    void aListOfAnEndlessIteratorIsAMemoryErrorAtTheLimit() {
        run("import itertools\nxs = [1]");
        shell.session().setMaxElements(10_000); // --max-elements 10000
        for (String endless : new String[] {"itertools.count()", "itertools.cycle('ab')", "itertools.repeat(None)"}) {
            assertThat(run("xs = list(" + endless + ")").ok()).as(endless).isFalse();
            assertThat(takeErr()).as(endless).contains("MemoryError: a list of more than 10,000 items is over the limit (--max-elements)");
        }
        assertThat(run("xs = sorted(itertools.islice(itertools.count(), 5000))").ok()).isTrue();
        assertThat(run("print(len(xs))").ok()).isTrue();
        assertThat(out.toString()).isEqualTo("5000\n");
    }

    @Test
    void ctrlCStopsALoopAndASumOverAnEndlessIterator() throws InterruptedException {
        run("import itertools");
        for (String input : new String[] {"for i in itertools.count():\n    pass\n", "n = sum(itertools.repeat(1))", "n = max(itertools.cycle([1, 2]))"}) {
            assertThat(stopsAtCtrlC(input, ResourceLimitsTest.PROMPTLY_MS + 10_000)).as("still running after the interrupt: " + input).isTrue();
            assertThat(takeErr()).as(input).contains("interrupted").doesNotContain("internal");
        }
        assertThat(shell.session().isBound("n")).isFalse();
    }
}
