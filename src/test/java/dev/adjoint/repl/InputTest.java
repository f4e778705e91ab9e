package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #148: input() shows its prompt and reads a line: in a pipe the pipe's next line (as at Python's
 * prompt), in a script or -e its stdin; at the end of the input CPython's EOFError. (python3 3.11.7:
 * `printf 'abc\n' | python3 inp.py` prints "n? 'abc'"; with stdin empty "n? " then
 * "EOFError: EOF when reading a line".)
 */
class InputTest {
    @Test
    void aPipeAnswersInputWithItsNextLine() {
        MainTest.Run r = MainTest.run("name = input('Your name: ')\nAda\nprint('hi', name)\nn = int(input())\n41\nprint(n + 1)\nx = 1 +\n", "--no-color");
        assertThat(r.out()).isEqualTo("Your name: hi Ada\n42\n");
        assertThat(r.err()).startsWith("<stdin>:7:"); // the lines input() took still count
    }

    @Test
    void aScriptReadsItsStdin(@TempDir Path dir) throws IOException {
        Path py = dir.resolve("inp.py");
        Files.writeString(py, "x = input('n? ')\nprint(repr(x))\n");
        MainTest.Run r = MainTest.run("abc\n", "--no-color", py.toString());
        assertThat(r.out()).isEqualTo("n? 'abc'\n");
        assertThat(r.code()).isZero();
        r = MainTest.run("", "--no-color", py.toString());
        assertThat(r.out()).isEqualTo("n? ");
        assertThat(r.err()).endsWith("error: EOFError: EOF when reading a line\n  x = input('n? ')\n      ^^^^^^^^^^^^\n");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void inputTakesNoKeywordsAsInCPython() {
        assertThat(MainTest.run("input(prompt='x')\n", "--no-color").err()).contains("TypeError: input() takes no keyword arguments");
    }
}
