package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FILE.py runs as CPython runs a script: parsed whole (blank lines inside blocks are fine), expression values not shown. */
class PythonScriptTest {
    private static final String SCRIPT = """
            def f(x):
                y = x * 2

                return y + 1

            f(3)
            x1 = 2
            x1
            print(f(x1))
            """;

    @Test
    void aPyScriptShowsNoValuesAndKeepsItsBlocksWhole(@TempDir Path dir) throws IOException {
        Path py = dir.resolve("s.py");
        Files.writeString(py, SCRIPT);
        MainTest.Run r = MainTest.run("", py.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("5\n");
        assertThat(r.code()).isZero();
    }

    @Test
    void anAdjScriptStillEchoesAndEndsBlocksAtBlankLines(@TempDir Path dir) throws IOException {
        Path adj = dir.resolve("s.adj");
        Files.writeString(adj, "def f(x):\n    return x * 2\n\nf(3)\n");
        MainTest.Run r = MainTest.run("", adj.toString());
        assertThat(r.out()).isEqualTo("6\n");
    }

    @Test
    void loadingAPyScriptRunsItTheSameWay(@TempDir Path dir) throws IOException {
        Path py = dir.resolve("s.py");
        Files.writeString(py, SCRIPT);
        MainTest.Run r = MainTest.run(":load " + py + "\nf(10)\n");
        assertThat(r.out()).isEqualTo("5\n21\n");
    }

    @Test
    void anErrorInAPyScriptStopsItWithTheLineAndType(@TempDir Path dir) throws IOException {
        Path py = dir.resolve("e.py");
        Files.writeString(py, "print('before')\n\nd = {}\nd['k']\nprint('after')\n");
        MainTest.Run r = MainTest.run("", py.toString());
        assertThat(r.out()).isEqualTo("before\n");
        assertThat(r.err()).contains("e.py:4:1: error: KeyError: 'k'");
        assertThat(r.code()).isEqualTo(1);
    }

    /** An uncaught chained exception is shown as CPython's traceback shows it: the earlier error, CPython's sentence, then the last. */
    @Test
    void aChainedErrorShowsItsCauseFirst(@TempDir Path dir) throws IOException {
        Path py = dir.resolve("c.py");
        Files.writeString(py, "try:\n    {}['k']\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n");
        MainTest.Run r = MainTest.run("", py.toString());
        assertThat(r.err()).containsSubsequence("c.py:2:5: error: KeyError: 'k'\n",
                "\n\nThe above exception was the direct cause of the following exception:\n\n", "c.py:4:5: error: RuntimeError: wrapped\n");
        Files.writeString(py, "try:\n    {}['k']\nexcept KeyError:\n    raise RuntimeError('hidden') from None\n");
        assertThat(MainTest.run("", py.toString()).err()).contains("c.py:4:5: error: RuntimeError: hidden").doesNotContain("KeyError");
    }

    /**
     * A cause caught in a function defined by an earlier input of a pipe keeps its place: its
     * traceback down to that function (CPython's), then its placed line, as the last error has.
     */
    @Test
    void aCauseCaughtInAFunctionShowsItsTracebackInAPipe() {
        MainTest.Run r = MainTest.run("def load(d):\n    try:\n        return d['w']\n    except KeyError as e:\n        raise RuntimeError('no') from e\n\nload({})\n");
        assertThat(r.err()).containsSubsequence("Traceback (most recent call last):\n  File \"<stdin>\", line 3, in load\n    return d['w']\n",
                "<stdin>:3:16: error: KeyError: 'w'\n", "The above exception was the direct cause of the following exception:",
                "  File \"<stdin>\", line 7, in <module>\n", "<stdin>:5:9: error: RuntimeError: no\n");
    }

    /** The line an IndentationError's message names is counted as the location in front of it counts (from the pipe's start). */
    @Test
    void aFilePipedInKeepsBlankLinesInsideItsFunctionsAndClasses() { // tester T23: cat hw.py | adjoint printed None
        String program = "class Acc:\n    def __init__(self):\n        self.n = 0\n\n    def add(self, k):\n        self.n += k\n\n        return self\n\n"
                + "def run():\n    a = Acc()\n\n\n    for i in range(3):\n        a.add(i)\n    else:\n        pass\n\n    return a.n\nprint(run())\nrun()\n";
        MainTest.Run piped = MainTest.run(program);
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).isEqualTo("3\n3\n"); // as python3 -i < file: the last expression echoed
    }

    @Test
    void aMissingBlockNamesItsHeaderLineAsThePipeCountsIt() {
        MainTest.Run piped = MainTest.run("x = 1\n\nfor i in range(2):\nprint(i)\n");
        assertThat(piped.err()).contains("<stdin>:4:1: error: IndentationError: expected an indented block after 'for' statement on line 3");
    }

    @Test
    void aBlockNestedTooDeeplyIsOneErrorInAPipeAsInAScript(@TempDir Path dir) throws IOException {
        StringBuilder deep = new StringBuilder("x = 1\n");
        for (int i = 0; i < 3000; i++) deep.append(" ".repeat(i)).append("if x:\n");
        deep.append(" ".repeat(3000)).append("y = 1\n\nprint('after')\n");
        MainTest.Run piped = MainTest.run(deep.toString());
        assertThat(piped.err().split("error:", -1)).as(piped.err()).hasSize(2);
        assertThat(piped.err()).contains("<stdin>:102:101: error: IndentationError: too many levels of indentation").doesNotContain("Exception");
        assertThat(piped.out()).isEqualTo("after\n"); // the session goes on after the one error
        Path py = dir.resolve("deep.py");
        Files.writeString(py, deep.toString());
        MainTest.Run script = MainTest.run("", py.toString());
        assertThat(script.err()).startsWith(py + ":102:101: error: IndentationError: too many levels of indentation");
        assertThat(script.code()).isEqualTo(1);
    }
}
