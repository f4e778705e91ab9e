package dev.adjoint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import dev.adjoint.testing.ShellHarness;
import dev.adjoint.testing.StrictJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14's details of the inspection commands, through the Shell as a lecturer types them. */
class LectureDetailsTest extends ShellHarness {
    /** One input that must not fail; what it printed. */
    private String say(String input) {
        String shown = printed(input);
        assertThat(err.toString()).as(input).isEmpty();
        return shown;
    }

    @Test
    void saveKeepsWhatChangesTheComputationNotTheDisplaySettings(@TempDir Path dir) throws Exception {
        say(":set precision 5");
        say(":set notation baydin");
        say(":set");
        say(":set grad off");
        say("w = 2");
        say(":set grad on");
        lecture();
        Path file = dir.resolve("s.adj");
        say(":save " + file);
        String saved = Files.readString(file);
        assertThat(saved).contains(":set grad off\nw = 2\n:set grad on\nx1 = 2\n")
                .doesNotContain(":set precision", ":set notation", ":set\n");
        Shell fresh = new Shell(ShellOptions.defaults());
        StringWriter o = new StringWriter(), e = new StringWriter();
        fresh.run(":load " + file, null, 1, new PrintWriter(o), new PrintWriter(e));
        assertThat(o.toString()).isEmpty(); // before: :load printed the settings table
        assertThat(e.toString()).isEmpty();
    }

    @Test
    void replayNamesItsLastColumnAndKeepsStatementsOfReboundNames() {
        lecture();
        say("x1 = 3");
        String r = say(":replay y x1=4");
        String header = r.lines().filter(l -> l.startsWith("node")).findFirst().orElseThrow();
        assertThat(header.split("\\s{2,}")).containsExactly("node", "definition", "recorded", "replayed", "in the replay");
        assertThat(r).contains("given", "recomputed", "kept").contains("\n  x1 = 2\n  x2 = 5\n  y = ln(x1) + x1*x2 - sin(x2)\n");
    }

    /** Issue 14 item 8: after x1 = 3 the old leaf is labelled "x1 (old)" everywhere, with a line saying what that means. */
    @Test
    void aReboundInputIsLabelledOld() {
        lecture();
        String before = say(":trace y");
        assertThat(before).doesNotContain("(old)");
        say("x1 = 3");
        String trace = say(":trace y");
        assertThat(trace).containsPattern("v1 +x1 \\(old\\) +2\n").contains("v2    x2")
                .contains("(old): x1 now holds another value; the rows show the x1 that y was computed from");
        assertThat(trace.replace("x1 (old)", "x1  ").replace(" ", "")).isEqualTo(before.replace(" ", "") + "(old):x1nowholdsanothervalue;therowsshowthex1thatywascomputedfrom\n");
        assertThat(say(":grad y")).startsWith("∂y/∂x1 (old) = 5.5\n∂y/∂x2 = 1.716\n(old): x1");
        assertThat(say(":check y")).contains("x1 (old)  5.5").contains("(old): x1");
        assertThat(say(":reverse y")).contains("(old): x1");
        assertThat(say(":trace y --format latex")).contains("v_{1} &= x_{1}^{\\text{old}} = 2");
        assertThat(say(":trace y --format json")).contains("\"name\":\"x1\",\"rebound\":true").doesNotContain("\"name\":\"x2\",\"rebound\"");
        printed(":grad y wrt x1"); // the name now: the new x1, which y does not depend on
        assertThat(err.toString()).contains("y does not depend on 'x1' (inputs: x1 (old), x2)");
        say("y = ln(x1) + x1*x2 - sin(x2)");
        assertThat(say(":trace y")).doesNotContain("(old)").contains("x1           3");
    }

    /** Issue 14 item 8: an intermediate variable is shown beside its node, and marked once it is rebound. */
    @Test
    void intermediateVariablesAreShownBesideTheirNodes() {
        say("x2 = 5");
        say("a = x2*x2");
        say("y = a + 1");
        String t = say(":trace y");
        assertThat(t).contains("v2 (a)  v1 × v1").contains("v3      v2 + 1").doesNotContain("(y)");
        assertThat(say(":graph y")).contains("v2 (a) = v1 × v1").contains("v3 = v2 + 1");
        say("a = 7");
        assertThat(say(":reverse y")).contains("v2 (a, old)  v1 × v1").contains("(old): a now holds another value");
    }

    /** w = w - 0.1*(2*w) in a loop: the earlier w's are the old ones, and the line under the table says so in those words. */
    @Test
    void aLoopsEarlierValuesAreOldValuesOfTheSameName() {
        say("w = 1.5");
        say("for i in range(3):\n    w = w - 0.1 * (2*w)\n");
        String t = say(":trace w");
        assertThat(t).contains("w (old)").containsPattern("v\\d+ \\(w, old\\)")
                .contains("(old): earlier values of w, bound again after each (as a loop does)").doesNotContain("the w that w");
        assertThat(t.lines().filter(l -> l.contains("(w, old)")).count()).as("the first two iterations' results").isEqualTo(2);
    }

    /** Issue 14 item 9: after x.data = ..., the rows computed before say so, and :check refuses instead of comparing two functions. */
    @Test
    void valuesRecordedBeforeADataChangeAreMarkedAndCheckRefuses() {
        say("x = tensor(2.0, requires_grad=True)");
        say("z = x*x");
        say("u = exp(z) + 1");
        assertThat(say(":trace u")).doesNotContain("recorded before");
        assertThat(say(":check u")).contains("all 1 gradient agrees");
        say("x.data = tensor(10.0)");
        String t = say(":trace u");
        List<String> rows = t.lines().filter(l -> l.startsWith("v")).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).contains("10").doesNotContain("recorded before");
        for (String row : rows.subList(1, 4)) assertThat(row).endsWith("recorded before the change");
        assertThat(t).contains("x changed after u was computed");
        printed(":check u");
        assertThat(err.toString()).contains("x changed after u was computed").contains("run u's assignment again, then :check u")
                .doesNotContain("Exception");
        printed(":reverse u --check");
        assertThat(err.toString()).contains("then :reverse u --check");
        say("x.data = tensor(2.0)");
        assertThat(say(":trace u")).doesNotContain("recorded before");
        assertThat(say(":check u")).contains("all 1 gradient agrees");
    }

    /** Issue 14: the JSON of every inspection command says what the text says after x.data = ... (strictly parsed). */
    @Test
    @SuppressWarnings("unchecked")
    void jsonSaysWhichValuesWereRecordedBeforeADataChange() {
        say("x = tensor(2.0, requires_grad=True)");
        say("z = x*x");
        say("u = exp(z) + 1");
        for (String c : List.of(":trace u", ":forward u wrt x", ":reverse u", ":grad u", ":grad u wrt x", ":backward u"))
            assertThat((Map<String, Object>) StrictJson.parse(say(c + " --format json").strip())).as(c).doesNotContainKey("changed_since_computed");
        say("x.data = tensor(10.0)");
        for (String c : List.of(":trace u", ":forward u wrt x", ":reverse u")) {
            Map<String, Object> report = (Map<String, Object>) StrictJson.parse(say(c + " --format json").strip());
            assertThat(report.get("changed_since_computed")).as(c).isEqualTo(List.of("x"));
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) report.get("nodes");
            Map<String, Boolean> before = new java.util.LinkedHashMap<>();
            for (Map<String, Object> n : nodes) before.put((String) n.get("id"), n.containsKey("recorded_before_change"));
            assertThat(before).as(c).containsEntry("v1", false).containsEntry("v2", true).containsEntry("v3", true).containsEntry("v4", true);
            for (Map<String, Object> n : nodes) if (n.containsKey("recorded_before_change")) assertThat(n.get("recorded_before_change")).isEqualTo(true);
        }
        for (String c : List.of(":grad u", ":grad u wrt x", ":backward u")) {
            assertThat(((Map<String, Object>) StrictJson.parse(say(c + " --format json").strip())).get("changed_since_computed")).as(c).isEqualTo(List.of("x"));
            assertThat(say(c)).as(c).contains("x changed after u was computed").contains("the gradient went back through the graph recorded before the change");
        }
        assertThat(say(":grad u --format latex")).contains("x changed after u was computed");
        assertThat(say(":trace u --format latex")).contains("\\text{(recorded before the change)}");
    }

    /** A needle-style update (w.data = w.data - lr * w.grad) after backward leaves the loss graph from before the step. */
    @Test
    void anOptimizerStepMarksTheLossAsRecordedBefore() {
        say("w = tensor([1.5, -0.5], requires_grad=True)");
        say("L = sum((w - 1)**2)");
        say(":backward L");
        say("w.data = w.data - 0.1 * w.grad.data");
        assertThat(say(":trace L")).contains("recorded before the change").contains("w changed after L was computed");
        say("L = sum((w - 1)**2)");
        assertThat(say(":trace L")).doesNotContain("recorded before");
    }
}
