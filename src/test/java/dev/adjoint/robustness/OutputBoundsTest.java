package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 11: every text output has a bound and says what it left out. Before: :replay
 * printed one row per node (65 MB on a million nodes), :step in a pipe every step (and took
 * quadratic time to do it), :vars and :check one row per variable or input.
 */
class OutputBoundsTest extends ShellHarness {
    /** Runs an input that must succeed; what it printed. */
    private String output(String input) {
        take(out);
        take(err);
        assertThat(ok(input)).as(input + ": " + err).isTrue();
        return take(out);
    }

    static final int MAX_LINES = 600;

    @Test
    void everyCommandOnABigGraphIsBoundedAndSaysWhatItLeftOut() {
        output("x = 1.0001\ny = x\nfor i in range(2000): y = y * 0.5 + sin(y) * 0.1\n");
        List<String> commands = List.of(":trace y", ":trace y --format markdown", ":trace y --format latex", ":forward y wrt x",
                ":reverse y", ":reverse y --format markdown", ":grad y", ":check y", ":jacobian y", ":replay y x=2",
                ":replay y x=2 --format markdown", ":graph y", ":step forward y wrt x", ":step reverse y", ":vars");
        for (String c : commands) {
            String text = output(c);
            long lines = text.lines().count();
            assertThat(lines).as(c + " printed " + lines + " lines").isLessThanOrEqualTo(MAX_LINES);
            assertThat(text.length()).as(c).isLessThan(200_000);
            if (text.contains("...")) assertThat(text).as(c).containsPattern("more|left out|layers");
        }
        String all = output(":replay y x=2 --all");
        assertThat(all.lines().count()).isGreaterThan(8000);
        assertThat(output(":step forward y wrt x --all").lines().count()).isGreaterThan(8000);
        assertThat(output(":replay y x=2")).contains("more rows; --all shows them");
        assertThat(output(":step reverse y")).contains("steps left out; --all shows every step");
    }

    @Test
    void manyVariablesAndManyInputsAreBoundedToo() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1500; i++) sb.append("a").append(i).append(" = ").append(i % 7 + 1).append('\n');
        for (String line : sb.toString().split("\n")) output(line);
        StringBuilder sum = new StringBuilder("s = a0");
        for (int i = 1; i < 1500; i++) sum.append(" + a").append(i);
        output(sum.toString());
        for (String c : new String[] {":vars", ":check s", ":grad s"}) {
            String text = output(c);
            assertThat(text.lines().count()).as(c).isLessThanOrEqualTo(MAX_LINES);
        }
        assertThat(output(":vars")).contains("more rows; --all shows them");
        assertThat(output(":vars --all").lines().count()).isGreaterThan(1500);
    }

    /** :reverse --check replays the whole graph once per node: refused beyond 5,000 nodes instead of running for hours. */
    @Test
    void aQuadraticCheckIsRefusedUpFront() {
        output("x = 1.0001\ny = x\nfor i in range(2000): y = y * 0.5 + sin(y) * 0.1\n");
        take(err);
        assertThat(ok(":reverse y --check")).isFalse();
        assertThat(err.toString()).contains("--check replays the graph once per node; y has 8,003 nodes");
    }
}
