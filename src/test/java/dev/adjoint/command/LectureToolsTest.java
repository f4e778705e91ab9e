package dev.adjoint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.render.graph.Graphviz;
import dev.adjoint.testing.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lecture tools of issue 5 through the Shell, as a user types them. */
class LectureToolsTest extends ShellHarness {
    private String error(String input) {
        printed(input);
        return err.toString();
    }

    @Test
    void checkComparesEveryGradientWithCentralDifferences() {
        lecture();
        String s = printed(":check y");
        assertThat(err.toString()).isEmpty();
        assertThat(s).contains("x1     5.5                5.5").contains("x2     1.716              1.716").contains("all 2 gradient entries agree");
        assertThat(s.lines().filter(l -> l.endsWith("ok")).count()).isEqualTo(2);
        assertThat(printed(":check y --format json")).startsWith("{\"target\":\"y\",\"inputs\":[{\"input\":\"x1\"").contains("\"ok\":true");
        String rev = printed(":reverse y --check");
        assertThat(rev).contains("central diff.").contains("v2    x2           5       1.716      1.716         ok");
        printed("z = tensor([1., 2.], requires_grad=True) * x1"); // x1 enters as the Python number 2 beside a tensor
        assertThat(error(":check z")).contains(":check needs a y with one element; z has shape (2,)");
    }

    @Test
    void gradWrtAnInputOutsideTheGraphIsAnErrorNotAZero() {
        lecture();
        printed("t = tensor([1., 2.], requires_grad=True)\nz = (x1 * t).sum()");
        assertThat(error(":grad z wrt x1")).contains("z does not depend on 'x1' (inputs: t); beside a tensor an input number enters as its value");
        assertThat(printed(":grad z")).contains("∂z/∂t = [2, 2]");
        assertThat(error(":grad y wrt t")).contains("y does not depend on 't' (inputs: x1, x2)");
        printed("x1 = 3");
        assertThat(error(":grad y wrt x1")).contains("y does not depend on 'x1' (inputs: x1 (old), x2)").doesNotContain("beside a tensor");
        assertThat(printed(":grad y wrt x2")).contains("1.716");
    }

    @Test
    void jacobianCountsPassesAndRules() {
        lecture();
        String s = printed(":jacobian y wrt x1,x2 --mode forward");
        assertThat(s).contains("by forward mode: one pass per input element")
                .contains("1     x\u03071 = 1  [5.5]    5").contains("forward  2       10").contains("reverse  1        8")
                .contains("reverse mode is cheaper here");
        assertThat(printed(":jacobian y --mode reverse")).contains("1     y\u0304 = 1  [5.5, 1.716]  8");
        assertThat(printed(":jacobian y --format json")).contains("\"jacobian\":[[5.5,1.7163378145367738]]").contains("\"passes\":1,\"rules\":8");
        assertThat(error(":jacobian y --mode sideways")).contains("unknown mode 'sideways' (modes: forward, reverse)");
        assertThat(error(":jacobian y wrt x3")).contains("y does not depend on 'x3'");
    }

    @Test
    void replayIsTheStaticGraphView() {
        lecture();
        String s = printed(":replay y x1=3 x2=4");
        assertThat(err.toString()).isEmpty();
        assertThat(s).contains("y = 13.855 (recorded 11.652)").contains("v4    x1 × x2".replace("x1 × x2", "v1 × v2"))
                .contains("  x1 = 2\n  x2 = 5\n  y = ln(x1) + x1*x2 - sin(x2)\n").contains("control flow is frozen");
        assertThat(printed(":replay x1=3")).contains("y = 17.058");
        assertThat(printed("y")).isEqualTo("11.652\n"); // nothing changed in the session
        assertThat(error(":replay y x9=1")).contains("y does not depend on 'x9'");
        assertThat(error(":replay y x1=[1, 2]")).contains("has x1 with shape (), got shape (2,)");
        printed("s = 0");
        printed("for i in range(3):\n    s = s + x1 * i\n");
        assertThat(printed(":replay s x1=10")).contains("s = 30").contains("for i in range(3):").contains("(the if/for/while above would not be decided again)");
    }

    @Test
    void stepPrintsEveryStepWithoutATerminal() {
        lecture();
        String s = printed(":step forward y wrt x1");
        assertThat(s).startsWith("Forward mode for y, one node per step (no terminal: all steps)\n")
                .contains("step 4/7  v̇4 = v̇1 v2 + v̇2 v1 = 1 × 5 + 0 × 2 = 5\n          uses v̇1 = 1, v̇2 = 0, v2 = 5, v1 = 2\n");
        String r = printed(":step reverse y");
        assertThat(r).contains("step 6/7  v̄2 = v̄2→4 + v̄2→5 = v̄4 v1 + v̄5 cos v2 = 1 × 2 + (−1) × cos 5 = 1.716"); // one minus sign in the rows (issue 14)
        assertThat(error(":step sideways y")).contains("expected forward or reverse");
    }

    /** With keys: Enter, Enter, b, q shows steps 1, 2, 3, 2 and stops; the current row is marked. */
    @Test
    void stepWalksWithKeys() {
        lecture();
        Deque<KeyReader.Key> keys = new ArrayDeque<>(List.of(KeyReader.Key.NEXT, KeyReader.Key.NEXT, KeyReader.Key.BACK, KeyReader.Key.QUIT));
        shell.setKeyReader(keys::poll);
        String s = printed(":step reverse y");
        List<String> frames = List.of(s.split("\u001b\\[H\u001b\\[2J", -1)).subList(1, 5);
        assertThat(frames).extracting(f -> f.lines().skip(1).findFirst().orElse("")).containsExactly(
                "step 1 of 7   Enter: next   b: back   q: quit", "step 2 of 7   Enter: next   b: back   q: quit",
                "step 3 of 7   Enter: next   b: back   q: quit", "step 2 of 7   Enter: next   b: back   q: quit");
        assertThat(frames.get(2)).contains("▶  v5    sin v2      -0.959  -1").contains("•  v7    v6 − v5     11.652   1").contains("v̄5 = −v̄7 = −1");
        assertThat(frames.get(2)).contains("   v6    v3 + v4     10.693   1"); // computed before, not used now
        assertThat(frames.get(2)).contains("   v4    v1 × v2     10\n"); // not yet computed: no adjoint
        assertThat(KeyReader.of('\r')).isEqualTo(KeyReader.Key.NEXT);
        assertThat(KeyReader.of('b')).isEqualTo(KeyReader.Key.BACK);
        assertThat(KeyReader.of(-1)).isEqualTo(KeyReader.Key.QUIT);
    }

    @Test
    void notationBaydin() {
        lecture();
        printed(":set notation baydin");
        assertThat(printed(":set")).contains("notation baydin");
        assertThat(printed(":trace y")).contains("v-1   x1           2").contains("v5    v4 − v3     11.652");
        String r = printed(":reverse y");
        assertThat(r).contains("Reverse adjoint trace, edge by edge (Baydin et al. 2018, Table 3):")
                .contains("  v̄0 = v̄0 + v̄2 ∂v2/∂v0 = v̄0 + v̄2 × v−1 = (−0.284) + 1 × 2 = 1.716\n");
        assertThat(printed(":reverse y --format json")).contains("{\"id\":\"v-1\",\"op\":\"input\",\"name\":\"x1\"");
        assertThat(error(":set notation klingon")).contains("unknown notation 'klingon' (notations: cmu, baydin)");
        printed(":set notation cmu");
        assertThat(printed(":trace y")).contains("v1    x1");
    }

    @Test
    void latexFormat() {
        lecture();
        assertThat(printed(":trace y --format latex")).contains("\\begin{aligned}\nv_{1} &= x_{1} = 2 \\\\\n");
        assertThat(printed(":forward y wrt x1 --format latex")).contains("\\dot v_{3} &= \\dot v_{1} / v_{1} = 1 / 2 = 0.5 \\\\");
        assertThat(printed(":reverse y --format latex")).contains("\\bar v_{1} &= \\overline{v_{1\\to 3}} + \\overline{v_{1\\to 4}}");
    }

    /**
     * Issue 14 item 11: every command that lists --format renders each of its formats, and no two
     * formats give the same text (markdown used to be the text table for :grad and :backward).
     */
    @Test
    void everyCommandRendersEveryFormatItLists() {
        lecture();
        java.util.Map<String, String> lines = java.util.Map.of("trace", ":trace y", "forward", ":forward y wrt x1", "reverse", ":reverse y",
                "grad", ":grad y", "backward", ":backward y", "check", ":check y", "jacobian", ":jacobian y", "replay", ":replay y x1=3",
                "vars", ":vars", "graph", ":graph y");
        for (Command c : new Commands().all()) {
            if (c.spec().formats().isEmpty()) continue;
            assertThat(lines).as("a line for :" + c.name() + " in this test").containsKey(c.name());
            java.util.Map<String, dev.adjoint.render.Format> seen = new java.util.HashMap<>();
            for (dev.adjoint.render.Format f : c.spec().formats()) {
                String cmd = lines.get(c.name()) + " --format " + f.label();
                String s = printed(cmd);
                assertThat(err.toString()).as(cmd).isEmpty();
                assertThat(s).as(cmd).isNotBlank();
                switch (f) {
                    case MARKDOWN -> assertThat(s).as(cmd).containsPattern(c.name().equals("graph") ? "^```mermaid\n" : "(?m)^\\| ?-+"); // a graph as a Mermaid chart
                    case LATEX -> assertThat(s).as(cmd).startsWith("% adjoint: ").contains("\\begin{");
                    case JSON -> assertThat(s.strip()).as(cmd).startsWith("{").endsWith("}");
                    default -> { }
                }
                String body = s.replaceAll("[0-9.e-]+", "#"); // :backward accumulates: compare shapes, not numbers
                assertThat(seen.put(body, f)).as(cmd + " differs from the other formats").isNull();
            }
        }
    }

    @Test
    void gradAndCheckInLatexAndMarkdown() {
        lecture();
        String md = printed(":grad y --format markdown");
        assertThat(md).contains("| x1 | 5.5 |").contains("| x2 | 1.716 |");
        assertThat(printed(":grad y --format latex")).contains("\\frac{\\partial y}{\\partial x_{1}} &= 5.5 \\\\\n")
                .contains("\\frac{\\partial y}{\\partial x_{2}} &= 1.716\n");
        String tex = printed(":check y --format latex");
        assertThat(tex).contains("\\[\n\\begin{array}{lrrrl}").contains("\nx_{1} & 5.5 & 5.5 & ").contains("\\text{ok} \\\\\n")
                .contains("all 2 gradient entries agree").matches("\\p{ASCII}*");
        printed(":backward y");
        assertThat(printed(":backward y --format markdown")).contains("| x1 | 11 |");
    }

    /** Issue 14 item 9: AD = 0 against rounding noise in FD is a relative error of 1; :check must not print "1 ... ok". */
    @Test
    void checkNeverCallsARelativeErrorOfOneOk() {
        printed("x1 = 2");
        printed("y = exp(ln(x1)) - x1 + sqrt(x1)**2 - x1");
        String s = printed(":check y");
        assertThat(s).containsPattern("x1 +0 +[-0-9.e]+ +– +ok \\(both ≈ 0\\)");
        for (String row : s.lines().filter(l -> l.contains(" ok")).toList()) {
            String rel = row.trim().split(" {2,}")[3];
            if (!rel.equals("–")) assertThat(Double.parseDouble(rel)).as(row).isLessThan(1e-3);
        }
        assertThat(printed(":check y --format json")).contains("\"ok\":true");
    }

    /** Markdown tables render on GitHub: every row has as many unescaped pipes as the header, and |x| is escaped. */
    @Test
    void markdownTablesAreWellFormed() {
        printed("a = 3");
        printed("b = abs(a - 5) * a");
        for (String cmd : List.of(":trace b --format markdown", ":reverse b --format markdown", ":check b --format markdown",
                ":jacobian b --mode forward --format markdown", ":replay b a=1 --format markdown")) {
            String md = printed(cmd);
            assertThat(err.toString()).as(cmd).isEmpty();
            assertThat(md.lines().anyMatch(l -> l.startsWith("|"))).as(cmd).isTrue();
            long pipes = -1;
            for (String row : md.lines().toList()) {
                if (!row.startsWith("|")) {
                    pipes = -1; // the next table
                    continue;
                }
                long n = row.replace("\\|", "").chars().filter(c -> c == '|').count();
                if (pipes < 0) pipes = n;
                assertThat(n).as(cmd + ": " + row).isEqualTo(pipes);
            }
        }
        assertThat(printed(":trace b --format markdown")).contains("| v3 | \\|v2\\| | 2 |");
    }

    @Test
    void graphInTheTerminalAndInFiles(@TempDir Path dir) throws Exception {
        lecture();
        String s = printed(":graph y");
        assertThat(s).contains("┏").contains("v7 = v6 − v5").contains("v̄1 = 5.5");
        assertThat(printed(":graph y --values")).doesNotContain("v̄");
        Path dot = dir.resolve("y.dot");
        assertThat(printed(":graph y --edges --out " + dot)).isEqualTo("wrote " + dot + " (7 nodes, 8 edges)\n");
        assertThat(Files.readString(dot)).contains("\"v1\" -> \"v3\" [label=\"v̄1→3 = 0.5\"]");
        Path svg = dir.resolve("sub/y.svg");
        String msg = printed(":graph y --adjoints --out " + svg);
        if (Graphviz.find() != null) {
            assertThat(msg).isEqualTo("wrote " + svg + " (16 nodes, 21 edges)\n");
            assertThat(Files.readString(svg)).contains("<svg");
        } else {
            assertThat(msg).contains("Graphviz's dot is not installed").contains("y.dot");
        }
        assertThat(printed(":graph y --format dot")).startsWith("digraph \"y\" {");
        // Z67: SPEC 3's formats for :graph too (and dot), said by the unknown-format message
        assertThat(printed(":graph y --format json")).startsWith("{\"target\":\"y\",\"order\":\"depth\",");
        assertThat(printed(":graph y --format markdown")).startsWith("```mermaid\n");
        assertThat(printed(":graph y --format latex")).contains("\\begin{tikzpicture}");
        assertThat(error(":graph y --format svg")).contains("unknown format 'svg' (formats: text, markdown, latex, json, dot)");
        assertThat(error(":graph y --out y.txt")).contains("--out needs a file ending in .dot, .svg, .png or .pdf");
        printed("z = tensor([1., 2.], requires_grad=True) * x1");
        assertThat(error(":graph z --edges")).contains("--edges needs a y with one element");
        assertThat(printed(":graph z")).contains("┃ v2 = v1 × 2 ┃").contains("┃ [2, 4]      ┃");
        printed("g = grad(y, x1)");
        assertThat(printed(":graph g")).contains("v̄").contains("=");
    }

    @Test
    void everyNewCommandHasHelpWithAnExampleAndOptions() {
        Commands commands = new Commands();
        for (String name : List.of("graph", "check", "jacobian", "replay", "step")) {
            Command c = commands.find(name);
            assertThat(c).as(name).isNotNull();
            assertThat(c.help()).as(name).contains(">>> :" + name);
            assertThat(c.options()).as(name).isNotEmpty();
            assertThat(printed(":help " + name)).startsWith(":" + name);
        }
    }

    @Test
    void theInspectionCommandsSayWhenAnInputWasChangedInPlaceAfterTheGraphWasBuilt() {
        printed("import torch");
        printed("x = torch.tensor([1., 2.], requires_grad=True)");
        printed("y = (x * x).sum()");
        assertThat(printed(":trace y")).doesNotContain("recorded before the change");
        printed("with torch.no_grad(): x.mul_(2)"); // not recorded: the graph's nodes hold values computed from the old x
        assertThat(printed(":trace y")).contains("recorded before the change", "x changed after y was computed");
        assertThat(printed(":reverse y")).contains("x changed after y was computed");
        printed("z = (x * x).sum()");
        assertThat(printed(":trace z")).doesNotContain("recorded before the change");
    }
}
