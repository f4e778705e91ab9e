package dev.adjoint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellTranscript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14's details of the inspection commands, through the Shell as a lecturer types them. */
class LectureDetailsTest {
    private final ShellTranscript session = new ShellTranscript();

    private String run(String input) {
        String out = session.run(input);
        assertThat(session.err()).as(input).isEmpty();
        return out;
    }

    private void lecture() {
        run("x1 = 2");
        run("x2 = 5");
        run("y = ln(x1) + x1*x2 - sin(x2)");
    }

    @Test
    void saveKeepsWhatChangesTheComputationNotTheDisplaySettings(@TempDir Path dir) throws Exception {
        run(":set precision 5");
        run(":set notation baydin");
        run(":set");
        run(":set grad off");
        run("w = 2");
        run(":set grad on");
        lecture();
        Path file = dir.resolve("s.adj");
        run(":save " + file);
        String saved = Files.readString(file);
        assertThat(saved).contains(":set grad off\nw = 2\n:set grad on\nx1 = 2\n")
                .doesNotContain(":set precision", ":set notation", ":set\n");
        ShellTranscript fresh = new ShellTranscript();
        assertThat(fresh.run(":load " + file)).isEmpty(); // before: :load printed the settings table
        assertThat(fresh.err()).isEmpty();
    }

    @Test
    void replayNamesItsLastColumnAndKeepsStatementsOfReboundNames() {
        lecture();
        run("x1 = 3");
        String r = run(":replay y x1=4");
        String header = r.lines().filter(l -> l.startsWith("node")).findFirst().orElseThrow();
        assertThat(header.split("\\s{2,}")).containsExactly("node", "definition", "recorded", "replayed", "in the replay");
        assertThat(r).contains("given", "recomputed", "kept").contains("\n  x1 = 2\n  x2 = 5\n  y = ln(x1) + x1*x2 - sin(x2)\n");
    }

    /** Issue 14 item 8: after x1 = 3 the old leaf is labelled "x1 (old)" everywhere, with a line saying what that means. */
    @Test
    void aReboundInputIsLabelledOld() {
        lecture();
        String before = run(":trace y");
        assertThat(before).doesNotContain("(old)");
        run("x1 = 3");
        String trace = run(":trace y");
        assertThat(trace).containsPattern("v1 +x1 \\(old\\) +2\n").contains("v2    x2")
                .contains("(old): x1 now holds another value; the rows show the x1 that y was computed from");
        assertThat(trace.replace("x1 (old)", "x1  ").replace(" ", "")).isEqualTo(before.replace(" ", "") + "(old):x1nowholdsanothervalue;therowsshowthex1thatywascomputedfrom\n");
        assertThat(run(":grad y")).startsWith("∂y/∂x1 (old) = 5.5\n∂y/∂x2 = 1.716\n(old): x1");
        assertThat(run(":check y")).contains("x1 (old)  5.5").contains("(old): x1");
        assertThat(run(":reverse y")).contains("(old): x1");
        assertThat(run(":trace y --format latex")).contains("v_{1} &= x_{1}^{\\text{old}} = 2");
        assertThat(run(":trace y --format json")).contains("\"name\":\"x1\",\"rebound\":true").doesNotContain("\"name\":\"x2\",\"rebound\"");
        assertThat(run(":grad y wrt x1")).as("the name now: the new x1, which y does not depend on").doesNotContain("(old)");
        run("y = ln(x1) + x1*x2 - sin(x2)");
        assertThat(run(":trace y")).doesNotContain("(old)").contains("x1           3");
    }

    /** Issue 14 item 8: an intermediate variable is shown beside its node, and marked once it is rebound. */
    @Test
    void intermediateVariablesAreShownBesideTheirNodes() {
        run("x2 = 5");
        run("a = x2*x2");
        run("y = a + 1");
        String t = run(":trace y");
        assertThat(t).contains("v2 (a)  v1 × v1").contains("v3      v2 + 1").doesNotContain("(y)");
        run("a = 7");
        assertThat(run(":reverse y")).contains("v2 (a, old)  v1 × v1").contains("(old): a now holds another value");
    }

    /** w = w - 0.1*(2*w) in a loop: the earlier w's are the old ones, and the line under the table says so in those words. */
    @Test
    void aLoopsEarlierValuesAreOldValuesOfTheSameName() {
        run("w = 1.5");
        run("for i in range(3):\n    w = w - 0.1 * (2*w)\n");
        String t = run(":trace w");
        assertThat(t).contains("w (old)").containsPattern("v\\d+ \\(w, old\\)")
                .contains("(old): earlier values of w, bound again after each (as a loop does)").doesNotContain("the w that w");
        assertThat(t.lines().filter(l -> l.contains("(w, old)")).count()).as("the first two iterations' results").isEqualTo(2);
    }

    /** Issue 14 item 9: after x.data = ..., the rows computed before say so, and :check refuses instead of comparing two functions. */
    @Test
    void valuesRecordedBeforeADataChangeAreMarkedAndCheckRefuses() {
        run("x = tensor(2.0, requires_grad=True)");
        run("z = x*x");
        run("u = exp(z) + 1");
        assertThat(run(":trace u")).doesNotContain("recorded before");
        assertThat(run(":check u")).contains("all 1 gradient agrees");
        run("x.data = tensor(10.0)");
        String t = run(":trace u");
        List<String> rows = t.lines().filter(l -> l.startsWith("v")).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).contains("10").doesNotContain("recorded before");
        for (String row : rows.subList(1, 4)) assertThat(row).endsWith("recorded before the change");
        assertThat(t).contains("x changed after u was computed");
        session.run(":check u");
        assertThat(session.err()).contains("x changed after u was computed").contains("run u's assignment again, then :check u")
                .doesNotContain("Exception");
        session.run(":reverse u --check");
        assertThat(session.err()).contains("then :reverse u --check");
        run("x.data = tensor(2.0)");
        assertThat(run(":trace u")).doesNotContain("recorded before");
        assertThat(run(":check u")).contains("all 1 gradient agrees");
    }

    /** A needle-style update (w.data = w.data - lr * w.grad) after backward leaves the loss graph from before the step. */
    @Test
    void anOptimizerStepMarksTheLossAsRecordedBefore() {
        run("w = tensor([1.5, -0.5], requires_grad=True)");
        run("L = sum((w - 1)**2)");
        run(":backward L");
        run("w.data = w.data - 0.1 * w.grad.data");
        assertThat(run(":trace L")).contains("recorded before the change").contains("w changed after L was computed");
        run("L = sum((w - 1)**2)");
        assertThat(run(":trace L")).doesNotContain("recorded before");
    }
}
