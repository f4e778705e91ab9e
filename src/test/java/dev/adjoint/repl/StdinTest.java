package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theOtherNamesOfStdinAndItsBytes() {
        // printf '1 2\r\n3\n\n4' | python3 -c "$PROGRAM"
        String program = "import sys; print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stdout.isatty(), sys.stdin.buffer.readline(), sys.stdin.buffer.read())";
        assertThat(MainTest.run("1 2\r\n3\n\n4", "--no-color", "-c", program).out()).isEqualTo("True True False b'1 2\\r\\n' b'3\\n\\n4'\n");
    }

    /** U21: fileinput reads the files sys.argv names, '-' (or none) being stdin, as CPython's (the reference in the comment). */
    @Test
    void fileinputReadsTheNamedFilesAndStdin(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("fa.txt"), "a\nb\n"), b = Files.writeString(dir.resolve("fb.txt"), "c\n");
        // printf 'x\ny' | python3 fi.py fa.txt - fb.txt (in the folder of the files)
        String program = """
                import fileinput, sys
                for line in fileinput.input():
                    print(fileinput.filename()[-6:], fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), repr(line))
                print(fileinput.filename()[-6:], fileinput.lineno())
                fileinput.close()
                try:
                    fileinput.lineno()
                except RuntimeError as e:
                    print('RuntimeError', e)
                with fileinput.input(files=(sys.argv[3],)) as f:
                    for line in f:
                        print(f.filename()[-6:], f.lineno(), repr(line))
                print(list(fileinput.input(sys.argv[1])))
                """;
        MainTest.Run r = MainTest.run("x\ny", "--no-color", "-c", program, a.toString(), "-", b.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                fa.txt 1 1 True False 'a\\n'
                fa.txt 2 2 False False 'b\\n'
                stdin> 3 1 True True 'x\\n'
                stdin> 4 2 False True 'y'
                fb.txt 5 1 True False 'c\\n'
                fb.txt 5
                RuntimeError no active input()
                fb.txt 1 'c\\n'
                ['a\\n', 'b\\n']
                """);
        assertThat(MainTest.run("x\n", "--no-color", "-c", "import fileinput\nfor line in fileinput.input(): print(fileinput.filename(), repr(line))").out())
                .isEqualTo("<stdin> 'x\\n'\n");
    }
}
