package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #116: an error that came out of functions is shown after CPython 3.11's traceback of every frame
 * (the frames' text as CPython prints it, carets included), and its last line is placed where it
 * was raised, "FILE:LINE:COL: error: Type: message" (SPEC section 4). The CPython text below was
 * recorded with python3 3.11.7 running the same program.
 */
class TracebackTest {
    private static final String PROGRAM = "def f(x):\n    return g(x) + 1\n\ndef g(x):\n    return x / 0\n\nf(3)\n";

    /** python3 3.11.7, the program as FILE, without its last line. */
    private static String cpython(String file) {
        return "Traceback (most recent call last):\n"
                + "  File \"" + file + "\", line 7, in <module>\n    f(3)\n"
                + "  File \"" + file + "\", line 2, in f\n    return g(x) + 1\n           ^^^^\n"
                + "  File \"" + file + "\", line 5, in g\n    return x / 0\n           ~~^~~\n";
    }

    @Test
    void aScriptShowsEveryFrameAsCPythonDoes(@TempDir Path dir) throws IOException {
        Path py = dir.resolve("t.py");
        Files.writeString(py, PROGRAM);
        MainTest.Run r = MainTest.run("", "--no-color", py.toString());
        assertThat(r.err()).isEqualTo(cpython(py.toString()) + py + ":5:14: error: ZeroDivisionError: division by zero\n");
        assertThat(r.code()).isEqualTo(1);
    }

    /** A pipe numbers its lines as one file; adjoint shows the lines of <stdin>, which CPython 3.11 cannot read back (3.13 shows them too). */
    @Test
    void aPipeShowsEveryFrameWithItsLines() {
        MainTest.Run r = MainTest.run(PROGRAM + "print('on')\n", "--no-color");
        assertThat(r.err()).isEqualTo(cpython("<stdin>") + "<stdin>:5:14: error: ZeroDivisionError: division by zero\n");
        assertThat(r.out()).isEqualTo("on\n"); // the session goes on
    }

    /** A recursion: three identical frames, then CPython's "[Previous line repeated N more times]". */
    @Test
    void aRecursionsRepeatedFramesAreCountedAsCPythonCountsThem(@TempDir Path dir) throws IOException {
        Path py = dir.resolve("r.py");
        Files.writeString(py, "def down(n):\n    if n == 0:\n        return [][n]\n    return down(n - 1)\n\ndown(6)\n");
        String frame = "  File \"" + py + "\", line 4, in down\n    return down(n - 1)\n           ^^^^^^^^^^^\n";
        assertThat(MainTest.run("", "--no-color", py.toString()).err()).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"" + py + "\", line 6, in <module>\n    down(6)\n"
                + frame.repeat(3) + "  [Previous line repeated 3 more times]\n"
                + "  File \"" + py + "\", line 3, in down\n    return [][n]\n           ~~^^^\n"
                + py + ":3:16: error: IndexError: list index out of range\n");
    }

    /** The recursion limit counts the top level as a frame, as CPython's: 999 calls, "[Previous line repeated 996 more times]" (python3 3.11.7). */
    @Test
    void anEndlessRecursionStopsWhereCPythonsDoes(@TempDir Path dir) throws IOException {
        Path py = dir.resolve("r.py");
        Files.writeString(py, "def r(n):\n    return r(n + 1)\nr(0)\n");
        String frame = "  File \"" + py + "\", line 2, in r\n    return r(n + 1)\n           ^^^^^^^^\n";
        assertThat(onSessionStack("", "--no-color", py.toString()).err()).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"" + py + "\", line 3, in <module>\n    r(0)\n"
                + frame.repeat(3) + "  [Previous line repeated 996 more times]\n"
                + py + ":2:12: error: RecursionError: maximum recursion depth exceeded\n");
        MainTest.Run caught = onSessionStack("def r(n):\n    try:\n        return r(n + 1)\n    except RecursionError:\n        return n\n\nprint(r(0))\n");
        assertThat(caught.out()).isEqualTo("998\n"); // python3 3.11.7 running the same as a script
    }

    /** A run on a thread with the stack Main gives the session (a deep recursion meets the interpreter's limit, not the JVM's). */
    private static MainTest.Run onSessionStack(String stdin, String... args) {
        MainTest.Run[] run = new MainTest.Run[1];
        Thread t = new Thread(null, () -> run[0] = MainTest.run(stdin, args), "session", EvalRunner.STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return run[0];
    }

    /** An error raised where it is shown (no function between) keeps the one-place form: the line and a caret. */
    @Test
    void anErrorAtTheTopLevelIsShownWithItsLineAndCaret() {
        assertThat(MainTest.run("x = [1]\nx[5]\n", "--no-color").err()).isEqualTo("<stdin>:2:1: error: IndexError: list index out of range\n  x[5]\n  ^^^^\n");
    }
}
