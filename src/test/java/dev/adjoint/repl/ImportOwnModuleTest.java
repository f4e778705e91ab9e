package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import NAME runs NAME.py from the script's folder (sys.path[0]), once; an error in that file names
 * the file and its line at the import, as CPython's traceback does (every frame, then the place).
 */
class ImportOwnModuleTest {
    @Test
    void anErrorInTheImportedFileNamesItsFileAndLineAndTheImportCanBeTriedAgain(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("shaky.py"), "x = 1\n\ny = [1, 2][5]\n");
        Files.writeString(dir.resolve("main.py"), "try:\n    import shaky\nexcept IndexError as e:\n    print('caught', e)\nimport shaky\n");
        MainTest.Run r = MainTest.run("", dir.resolve("main.py").toString());
        assertThat(r.out()).isEqualTo("caught list index out of range\n");
        String file = dir.resolve("shaky.py").toString();
        assertThat(r.err()).isEqualTo("Traceback (most recent call last):\n  File \"" + dir.resolve("main.py") + "\", line 5, in <module>\n    import shaky\n"
                + "  File \"" + file + "\", line 3, in <module>\n    y = [1, 2][5]\n        ~~~~~~^^^\n"
                + file + ":3:5: error: IndexError: list index out of range\n"); // CPython's traceback, then the place
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aFunctionOfTheModuleNamesItsFileAndLineAndASyntaxErrorItsPlace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("helpers.py"), "def ratio(a, b):\n    '''a over b'''\n    return a / b\n");
        Files.writeString(dir.resolve("broken.py"), "def f(:\n    pass\n");
        String file = dir.resolve("helpers.py").toString();
        // a pipe looks in the working directory, then in the folders the program adds to sys.path
        MainTest.Run r = MainTest.run("import sys\nsys.path.append(" + dev.adjoint.lang.Repr.repr(dir.toString()) + ")\nfrom helpers import ratio\nratio(1, 2)\nratio(1, 0)\nimport broken\n");
        assertThat(r.out()).isEqualTo("0.5\n");
        assertThat(r.err()).contains("  File \"<stdin>\", line 5, in <module>\n    ratio(1, 0)\n  File \"" + file + "\", line 3, in ratio\n    return a / b\n"
                + "           ~~^~~\n" + file + ":3:14: error: ZeroDivisionError: division by zero\n")
                .contains("error: in module broken (" + dir.resolve("broken.py") + ", line 1): invalid syntax");
    }

    /** Tester Y3: a needle homework's own python/needle package is imported, as CPython would; adjoint's needle never runs in its place. */
    @Test
    void aPackageOfFilesComesBeforeAdjointsOwnModuleOfThatName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("python/needle"));
        Files.writeString(dir.resolve("python/needle/__init__.py"), "from .autograd import Tensor\n");
        Files.writeString(dir.resolve("python/needle/autograd.py"), "class Tensor:\n    pass\n");
        Files.writeString(dir.resolve("hw.py"), "import sys\nsys.path.append(" + dev.adjoint.lang.Repr.repr(dir.resolve("python").toString())
                + ")\nimport needle as ndl\nprint(ndl.__file__, ndl.Tensor.__module__, hasattr(ndl, 'nn'))\n");
        MainTest.Run r = MainTest.run("", dir.resolve("hw.py").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(dir.resolve("python/needle/__init__.py") + " needle.autograd False\n");
        // without such a folder on sys.path (the pipe's is the working directory), needle is adjoint's
        assertThat(MainTest.run("import needle as ndl\nprint(hasattr(ndl, 'Tensor'), hasattr(ndl, 'nn'))\n").out()).isEqualTo("True True\n");
    }
}
