package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * S20: sys.stdin reads a program's stdin as CPython's does (python3 3.11.7, the commands in each
 * test's comment); in adjoint's pipe mode stdin is the program, and sys.stdin reads nothing, as
 * under {@code python3 - <<EOF}.
 */
class StdinTest {
    @Test
    void aCommandReadsItsPipedStdin() {
        // echo "hello world" | python3 -c 'import sys; print(sys.stdin.read().split())'
        MainTest.Run r = MainTest.run("hello world\n", "--no-color", "-c", "import sys; print(sys.stdin.read().split())");
        assertThat(r.out()).isEqualTo("['hello', 'world']\n");
        assertThat(r.code()).isZero();
    }

    @Test
    void readsLinesAndInputShareOneText() {
        // printf 'a b\r\nc\rd\n\nlast' | python3 -c "$PROGRAM"
        String program = """
                import sys
                print(repr(sys.stdin.readline()), repr(sys.stdin.read(3)), repr(input("p> ")))
                for line in sys.stdin: print(repr(line))
                print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
                print(sys.stdin, sys.stdin.name, sys.stdin.mode, sys.stdin.isatty())
                """;
        MainTest.Run r = MainTest.run("a b\r\nc\rd\n\nlast", "--no-color", "-c", program);
        assertThat(r.out()).isEqualTo("""
                p> 'a b\\r\\n' 'c\\rd' ''
                '\\n'
                'last'
                '' '' []
                <_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'> <stdin> r False
                """);
    }

    @Test
    void sizesAndHintsAsCPython() {
        // printf '1\n2\n3\n4\n' | python3 -c "$PROGRAM"
        String program = "import sys; print(sys.stdin.readlines(3)); print(sys.stdin.readline(0), repr(sys.stdin.readline(1)), next(sys.stdin), list(sys.stdin))";
        assertThat(MainTest.run("1\n2\n3\n4\n", "--no-color", "-c", program).out()).isEqualTo("['1\\n', '2\\n']\n '3' \n ['4\\n']\n");
    }

    @Test
    void aPipedProgramIsStdinSoNothingIsLeftToRead() {
        // printf 'x = 1\nimport sys\nprint(repr(sys.stdin.read()))\nfor l in sys.stdin: print(l)\nprint(sys.stdin.readlines())\n' | python3 -
        MainTest.Run r = MainTest.run("x = 1\nimport sys\nprint(repr(sys.stdin.read()))\nfor l in sys.stdin: print(l)\n\nprint(sys.stdin.readlines())\nprint(x)\n",
                "--no-color");
        assertThat(r.out()).isEqualTo("''\n[]\n1\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aClosedStdinRefusesReadsAsCPython() {
        // echo hi | python3 -c 'import sys; sys.stdin.close(); sys.stdin.read()' -> ValueError: I/O operation on closed file.
        MainTest.Run r = MainTest.run("hi\n", "--no-color", "-c", "import sys; sys.stdin.close(); sys.stdin.read()");
        assertThat(r.err()).contains("ValueError: I/O operation on closed file.");
        assertThat(r.code()).isEqualTo(1);
    }
}
