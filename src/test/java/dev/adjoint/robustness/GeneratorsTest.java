package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/**
 * A generator's body keeps the interpreter's promises: Ctrl-C stops it wherever it runs (in a
 * loop that asks for items, inside a body that never yields, behind a yield from), a list of an
 * endless one is a MemoryError at the element limit, deep recursion through generators is a
 * RecursionError, and an input that fails after a generator changed a list puts the list back.
 */
class GeneratorsTest extends ShellHarness {
    private static final String NATURALS = "def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\n\n";

    @Test
    void ctrlCStopsAGeneratorWhereverItsBodyIs() throws InterruptedException {
        run(NATURALS + "def stuck():\n    while True:\n        pass\n    yield 1\n\ndef relay():\n    yield from naturals()\n");
        for (String input : new String[] {"for i in naturals():\n    pass\n", "n = sum(naturals())", "n = next(stuck())", "n = max(relay())"}) {
            assertThat(stopsAtCtrlC(input, ResourceLimitsTest.PROMPTLY_MS + 10_000)).as("still running after the interrupt: " + input).isTrue();
            assertThat(take(err)).as(input).contains("interrupted").doesNotContain("internal");
        }
        assertThat(shell.session().isBound("n")).isFalse();
        assertThat(printed("print(sum(x for x, _ in zip(naturals(), range(4))))")).isEqualTo("6\n"); // the session goes on
    }

    @Test
    void aListOfAnEndlessGeneratorIsAMemoryErrorAtTheLimit() {
        run(NATURALS);
        shell.session().setMaxElements(10_000);
        assertThat(run("xs = list(naturals())").ok()).isFalse();
        assertThat(take(err)).contains("MemoryError: a list of more than 10,000 items is over the limit (--max-elements)");
    }

    @Test
    void recursionThroughGeneratorsIsARecursionError() {
        run("def deeper(n):\n    yield n\n    yield from deeper(n + 1)\n");
        assertThat(run("xs = list(deeper(0))").ok()).isFalse();
        assertThat(take(err)).contains("maximum recursion depth exceeded").doesNotContain("internal"); // RecursionError; on this small test stack the same words from the stack overflow
    }

    @Test
    void aFailedInputPutsBackWhatAGeneratorChanged() {
        run("log = [1]\ndef g():\n    log.append(2)\n    yield 1\n    raise ValueError('late')\n");
        assertThat(run("total = sum(g())").ok()).isFalse();
        assertThat(take(err)).contains("ValueError: late");
        assertThat(printed("print(log)")).isEqualTo("[1]\n");
    }
}
