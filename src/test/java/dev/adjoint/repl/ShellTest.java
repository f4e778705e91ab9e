package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/** The Shell without a terminal: the lecture walkthrough as a golden transcript, and the bad inputs of issue 2. */
class ShellTest extends ShellHarness {
    private static String resource(String name) throws IOException {
        try (InputStream in = ShellTest.class.getResourceAsStream("/transcripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Values of CMU 10-414 Lecture 4 and Baydin et al. (2018), Tables 2 and 3; see SPEC section 1. */
    @Test
    void lectureWalkthroughPrintsTheSlides() throws IOException {
        lecture();
        StringBuilder transcript = new StringBuilder();
        for (String line : new String[] {"y", ":trace y", ":forward y wrt x1", ":reverse y", ":grad y", ":backward y", "x1.grad"}) {
            assertThat(run(line).ok()).as(line).isTrue();
            transcript.append(">>> ").append(line).append('\n').append(take(out));
        }
        assertThat(take(err)).isEmpty();
        assertThat(transcript.toString()).isEqualTo(resource("lecture.txt"));
    }

    @Test
    void jsonIsOneLineWithFullPrecision() {
        lecture();
        run(":grad y --format json");
        assertThat(take(out)).isEqualTo("{\"target\":\"y\",\"value\":11.652071455223084,\"grad\":{\"x1\":5.5,\"x2\":1.7163378145367738}}\n");
        run(":trace y --format json");
        String trace = take(out);
        assertThat(trace).startsWith("{\"target\":\"y\",\"order\":\"depth\",\"output\":\"v7\",\"nodes\":[{\"id\":\"v1\",\"op\":\"input\",\"name\":\"x1\",\"inputs\":[],\"shape\":[],\"value\":2.0}");
        assertThat(trace).contains("{\"id\":\"v3\",\"op\":\"ln\",\"inputs\":[\"v1\"],\"shape\":[],\"value\":0.6931471805599453}");
        run(":reverse y --format json");
        assertThat(take(out)).contains("\"edges\":[{\"from\":\"v1\",\"to\":\"v3\",\"partial_adjoint\":0.5},{\"from\":\"v1\",\"to\":\"v4\",\"partial_adjoint\":5.0}");
        run(":forward y dir x1=1,x2=2 --format json");
        assertThat(take(out)).contains("\"wrt\":{\"x1\":1.0,\"x2\":2.0}").contains("\"output_tangent\":" + (5.5 + 2 * 1.7163378145367738));
    }

    @Test
    void reviewFindings() {
        // :forward wrt a tensor input is a directional derivative, not ∂y/∂x
        run("X = tensor([[1, 2], [3, 4]], requires_grad=True)");
        run("w = sum(X * X)");
        run(":forward w wrt X");
        assertThat(take(out)).contains("directional derivative of w = 20").doesNotContain("∂w/∂X =");
        // :grad of a non-scalar: one message with a caret, and what to do instead
        assertThat(run(":grad X").ok()).isFalse();
        assertThat(take(err)).contains("has shape (2, 2); :grad needs a one-element target (try :jacobian X").contains("  ^^^^^");
        // an unknown option: the caret stands under the option, not its value
        assertThat(run(":trace w --out f.json").ok()).isFalse();
        assertThat(take(err)).contains(":trace has no option --out").contains("\n  :trace w --out f.json\n           ^^^^^\n");
        // the footer of :reverse stays one line per node for tensors
        run("v = sum(X * X + X)");
        run(":reverse v");
        String rev = take(out);
        assertThat(rev.lines().filter(l -> l.startsWith("  v̄1 = ")).findFirst().orElseThrow()).contains("[[").endsWith("]]");
    }

    /** Issue 14, item 5: a space after a comma in a command's list is the same list. */
    @Test
    void spacesAfterCommasInCommandArguments() {
        lecture();
        run("d = x1 * 3");
        run("z = y + d");
        for (String[] same : new String[][] {
                {":grad z wrt x1, d", ":grad z wrt x1,d"},
                {":forward y dir x1=1, x2=1", ":forward y dir x1=1,x2=1"},
                {":forward y dir x1=1 ,x2=1", ":forward y dir x1=1,x2=1"},
                {":jacobian y wrt x1, x2 --mode forward", ":jacobian y wrt x1,x2 --mode forward"},
                {":replay y x1=3, x2=4", ":replay y x1=3,x2=4"}}) {
            assertThat(run(same[0]).ok()).as(same[0] + "\n" + err).isTrue();
            String spaced = take(out);
            assertThat(run(same[1]).ok()).isTrue();
            assertThat(spaced).as(same[0]).isEqualTo(take(out)).isNotEmpty();
        }
        assertThat(take(err)).isEmpty();
    }

    @Test
    void savedScriptsAreReadableByOthers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        run("x = 1");
        java.nio.file.Path file = dir.resolve("s.adj");
        assertThat(run(":save " + file).ok()).isTrue();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void backwardOfANonScalarSaysHowToSeedIt() {
        run("x = tensor([1, 2], requires_grad=True)");
        run("h = x * x");
        assertThat(run(":backward h").ok()).isFalse();
        assertThat(take(err)).contains("grad can be implicitly created only for scalar outputs; give the seed v of a vector-Jacobian product, e.g. :backward h [1, 1]");
        assertThat(run(":backward h [1, 0]").ok()).isTrue();
        assertThat(take(out)).isEqualTo("x.grad = [2, 0]\n");
    }

    @Test
    void backwardAccumulatesLikePyTorch() {
        lecture();
        run(":backward y");
        run(":backward");
        take(out);
        run("x1.grad");
        assertThat(take(out)).isEqualTo("11\n");
    }

    @Test
    void tensorGraphsShowShapes() {
        run("W = tensor([[1, 2], [3, 4]], requires_grad=True)");
        run("b = tensor([1, 0.5], requires_grad=True)");
        run("y = sum(relu(W @ b + 1))");
        run(":trace y");
        String trace = take(out);
        assertThat(trace).contains("shape").contains("(2, 2)").contains("v1 @ v2").contains("[[1, 2], [3, 4]]").contains("sum(v5)");
        run(":grad y");
        assertThat(take(out)).isEqualTo("∂y/∂W =\n[[  1, 0.5],\n [  1, 0.5]]\n∂y/∂b = [4, 6]\n");
    }

    @Test
    void badInputGivesOneMessageWithACaretAndKeepsTheSession() {
        lecture();
        String[][] cases = {
            {"y = ln(", "error: SyntaxError: '(' was never closed", "      ^"},
            {"y = foo(x1)", "NameError: name 'foo' is not defined", "    ^^^"},
            {"y = x1 +* 2", "SyntaxError: invalid syntax", "        ^"},
            {":grad nothing", "NameError: name 'nothing' is not defined", "      ^^^^^^^"},
            {":trce y", "did you mean ':trace'?", "^^^^^"},
            {"tensor([1, 2]) + tensor([1, 2, 3])", "The size of tensor a (2) must match the size of tensor b (3)", "               ^"},
            {"x1 = 2 3", "SyntaxError: invalid syntax", "       ^"},
            {":forward y wrt nope", "does not depend on 'nope'", "               ^^^^"},
        };
        for (String[] c : cases) {
            assertThat(run(c[0]).ok()).as(c[0]).isFalse();
            String e = take(err);
            assertThat(e).as(c[0]).contains(c[1]).contains("\n  " + c[0] + "\n  " + c[2] + "\n").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run("y").ok()).isTrue();
            assertThat(take(out)).isEqualTo("11.652\n");
        }
    }

    @Test
    void aStrayBracketStopsAtTheFirstSyntaxError() {
        // Python's rule: inside brackets more lines are read until the text cannot be mended
        assertThat(shell.isComplete("y = ln(")).isFalse();
        assertThat(shell.isComplete("y = ln(\ny = foo(x1)")).isFalse();
        assertThat(shell.isComplete("y = ln(\ny = foo(x1)\ny = x1 +* 2")).isTrue();
        assertThat(run("y = ln(\ny = foo(x1)\ny = x1 +* 2").ok()).isFalse();
        // as CPython reports a file: an error on a later line than the bracket left open is that bracket's
        assertThat(take(err)).contains("SyntaxError: '(' was never closed").contains("\n  y = ln(\n        ^\n");
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        assertThat(run("(".repeat(10_000)).ok()).isFalse();
        assertThat(run("x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000)).ok()).isFalse();
        assertThat(take(err)).doesNotContain("StackOverflow").contains("error:");
        assertThat(run("1 + 1").ok()).isTrue();
        assertThat(take(out)).isEqualTo("2\n");
    }

    @Test
    void reverseTraceShowsWhereBroadcastingBecameASum() {
        run("X = tensor([[1, 2, 3], [4, 5, 6]], requires_grad=True)");
        run("b = tensor([10, 20, 30], requires_grad=True)");
        run("y = sum(X * b)");
        run(":reverse y");
        assertThat(take(out)).contains("v2 (3,) was broadcast to (2, 3) in v3, so its partial adjoint sums over axis 0");
        run(":reverse y --format json");
        assertThat(take(out)).contains("{\"from\":\"v2\",\"to\":\"v3\",\"partial_adjoint\":[5.0,7.0,9.0],\"summed_axes\":[0]}");
    }

    @Test
    void nanIsExplainedInTheTrace() {
        run("x = -1");
        run("y = ln(x) * 2");
        run(":trace y");
        assertThat(take(out)).contains("nan: ln of a negative number");
    }

    @Test
    void scriptErrorsSayFileLineAndColumn() {
        run("x1 = 2");
        shell.run("y = x1 +* 2", "walk.adj", 7, new PrintWriter(out), new PrintWriter(err));
        assertThat(take(err)).startsWith("walk.adj:7:9: error: SyntaxError: invalid syntax\n");
    }

    @Test
    void saveThenLoadRebuildsTheSession(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        lecture();
        run("y = ln(");
        run("def f(a):\n    return a * 2\n\n");
        run("z = f(y)");
        run(":backward z");
        take(out);
        String file = dir.resolve("s.adj").toString();
        assertThat(run(":save " + file).ok()).isTrue();
        assertThat(take(out)).isEqualTo("saved 6 inputs to " + file + "\n");
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(file))).doesNotContain("ln(\n").contains(":backward z");
        Shell fresh = new Shell(ShellOptions.defaults());
        StringWriter o2 = new StringWriter(), e2 = new StringWriter();
        assertThat(fresh.run(":load " + file, null, 1, new PrintWriter(o2), new PrintWriter(e2)).ok()).isTrue();
        assertThat(e2.toString()).isEmpty();
        fresh.run("z", null, 1, new PrintWriter(o2), new PrintWriter(e2));
        fresh.run("x1.grad", null, 1, new PrintWriter(o2), new PrintWriter(e2));
        assertThat(o2.toString()).endsWith("23.304\n11\n");
        // an existing file is kept without --force
        assertThat(run(":save " + file).ok()).isFalse();
        assertThat(take(err)).contains("exists; add --force");
        assertThat(run(":save " + file + " --force").ok()).isTrue();
    }

    @Test
    void loadReportsBadFilesAndScriptErrorsWithTheirPlace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        assertThat(run(":load " + dir.resolve("missing.adj")).ok()).isFalse();
        assertThat(take(err)).contains("no such file");
        java.nio.file.Path bin = dir.resolve("b.adj");
        java.nio.file.Files.write(bin, new byte[] {1, 0, 2});
        assertThat(run(":load " + bin).ok()).isFalse();
        assertThat(take(err)).contains("binary");
        java.nio.file.Path script = dir.resolve("bad.adj");
        java.nio.file.Files.writeString(script, "a = 1\n\nb = a +* 2\nc = 3\n");
        assertThat(run(":load " + script).ok()).isFalse();
        assertThat(take(err)).startsWith(script + ":3:8: error: SyntaxError: invalid syntax");
        run("a");
        assertThat(take(out)).isEqualTo("1\n");
        java.nio.file.Path self = dir.resolve("self.adj");
        java.nio.file.Files.writeString(self, ":load " + self + "\n");
        assertThat(run(":load " + self).ok()).isFalse();
        assertThat(take(err)).contains("nested more than 16 deep");
    }

    @Test
    void quitAndHelp() {
        run("x1 = 2");
        assertThat(run(":quit").quit()).isTrue();
        run(":help");
        String help = take(out);
        assertThat(help).contains(":trace").contains(":forward").contains(":reverse").contains(":grad").contains(":backward").contains(":vars");
        for (dev.adjoint.render.Format f : dev.adjoint.render.Format.values()) assertThat(help).contains(f.label()); // the renderer's formats, not a copy
        assertThat(help).contains("wrt x1, x2 or wrt x1,x2");
        run(":help forward");
        assertThat(take(out)).contains("wrt x1");
        assertThat(shell.completionCandidates()).contains(":trace", "ln", "x1");
    }
}
