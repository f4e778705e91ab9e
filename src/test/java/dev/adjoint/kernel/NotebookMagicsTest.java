package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.command.Settings;
import dev.adjoint.render.Format;
import dev.adjoint.repl.PromptRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Z39, Z52: IPython's %run, %pwd, %env, %%capture and %%writefile in the kernel, as IPython 8
 * answers them (IPython/core/magics/execution.py and osm.py), and :graph's formats as MIME types.
 */
class NotebookMagicsTest {
    final SessionAdapter session = new SessionAdapter(new Settings(3, Format.TEXT, false, false), PromptRules.INSTANCE);
    final StringWriter out = new StringWriter(), err = new StringWriter();
    final List<MimeBundle> shown = new ArrayList<>();
    final SessionAdapter.Sink sink = new SessionAdapter.Sink() {
        final PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);

        public PrintWriter stdout() {
            return o;
        }

        public PrintWriter stderr() {
            return e;
        }

        public void show(MimeBundle bundle) {
            shown.add(bundle);
        }
    };

    SessionAdapter.Failure cell(String text) {
        return new CellRunner(session).run(text, sink, () -> {});
    }

    private String lastPlain() {
        return (String) shown.get(shown.size() - 1).data().get("text/plain");
    }

    private static Path script(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void runMakesTheScriptsNamesTheNotebooksAsIPythonDoes(@TempDir Path dir) throws IOException {
        Path p = script(dir, "course.py", "import sys\ndef f(x):\n    return x * scale\nscale = 3\nresult = f(2)\n"
                + "print('ran', __name__, sys.argv[1:])\nif __name__ == '__main__':\n    print('main')\nresult\n");
        assertThat(cell("scale = 100\nx1 = 2\n")).isNull();
        assertThat(cell("%run " + p + " a 'b c'\n")).isNull();
        assertThat(out.toString()).isEqualTo("ran __main__ ['a', 'b c']\nmain\n"); // an expression statement of the file shows nothing
        assertThat(shown).isEmpty();
        assertThat(cell("print(result, f(5), scale, x1, __name__)\nimport sys\nprint(sys.argv)\n")).isNull();
        assertThat(out.toString()).endsWith("6 15 3 2 __main__\n['']\n"); // sys.argv put back, as IPython does
        // without .py, as IPython's get_py_filename finds it; -n: __name__ is the file's stem
        assertThat(cell("%run -n " + dir.resolve("course") + "\n")).isNull();
        assertThat(out.toString()).endsWith("ran course []\n");
    }

    @Test
    void runsNamespaceIsItsOwnUnlessDashI(@TempDir Path dir) throws IOException {
        Path p = script(dir, "uses.py", "z = notebook_name + 1\n");
        assertThat(cell("notebook_name = 41\n")).isNull();
        SessionAdapter.Failure f = cell("%run " + p + "\n");
        assertThat(f.ename()).isEqualTo("NameError"); // the file does not see the notebook's names, as in IPython
        assertThat(f.evalue()).isEqualTo("name 'notebook_name' is not defined");
        assertThat(cell("%run -i " + p + "\nz\n")).isNull();
        assertThat(lastPlain()).isEqualTo("42");
    }

    @Test
    void runSaysWhatIPythonSays(@TempDir Path dir) throws IOException {
        SessionAdapter.Failure f = cell("%run " + dir.resolve("nosuch") + "\n");
        assertThat(f.ename()).isEqualTo("Exception");
        assertThat(f.evalue()).isEqualTo("File `'" + dir.resolve("nosuch") + "'` not found.");
        assertThat(cell("%run\n").evalue()).isEqualTo("you must provide at least a filename.");
        assertThat(cell("%run -d x.py\n").evalue()).startsWith("%run -d is not available in adjoint");
        // sys.exit(0) ends the file quietly and its names stay; another status is said, and the cell goes on
        Path exits = script(dir, "exits.py", "import sys\nkept = 1\nsys.exit(0)\nnever = 2\n");
        assertThat(cell("%run " + exits + "\nkept\n")).isNull();
        assertThat(lastPlain()).isEqualTo("1");
        Path fails = script(dir, "fails.py", "import sys\nsys.exit(3)\n");
        assertThat(cell("%run " + fails + "\nprint('after')\n")).isNull();
        assertThat(err.toString()).isEqualTo("An exception has occurred, use %tb to see the full traceback.\n\nSystemExit: 3\n");
        assertThat(out.toString()).endsWith("after\n");
        // an error in the file undoes what it did, as a failed cell does
        Path broken = script(dir, "broken.py", "half = 1\n1 / 0\n");
        assertThat(cell("%run " + broken + "\n").ename()).isEqualTo("ZeroDivisionError");
        assertThat(cell("half\n").ename()).isEqualTo("NameError");
    }

    @Test
    void pwdAndEnvAreIPythons() {
        assertThat(cell("%pwd\n")).isNull();
        assertThat(lastPlain()).isEqualTo("'" + Path.of("").toAbsolutePath() + "'");
        assertThat(cell("%env ADJOINT_TEST_VAR=hello world\n")).isNull();
        assertThat(out.toString()).isEqualTo("env: ADJOINT_TEST_VAR=hello world\n");
        assertThat(cell("%env ADJOINT_TEST_VAR\n")).isNull();
        assertThat(lastPlain()).isEqualTo("'hello world'");
        assertThat(cell("import os\nos.environ['ADJOINT_TEST_VAR'], os.getenv('ADJOINT_TEST_VAR')\n")).isNull();
        assertThat(lastPlain()).isEqualTo("('hello world', 'hello world')"); // what the program sees
        assertThat(cell("%env NO_SUCH_VARIABLE_HERE\n").evalue()).isEqualTo("Environment does not have key: NO_SUCH_VARIABLE_HERE");
        assertThat(cell("%env MY_TOKEN=secret\n%env\n")).isNull();
        assertThat(lastPlain()).contains("'MY_TOKEN': '<hidden>'", "'ADJOINT_TEST_VAR': 'hello world'");
        assertThat(cell("%set_env A B=C\n").evalue()).isEqualTo("refusing to set env var with whitespace: 'C'");
    }

    @Test
    void captureKeepsWhatTheCellPrintsAndShows() {
        assertThat(cell("%%capture cap\nprint('hidden')\nimport sys\nprint('warned', file=sys.stderr)\n6 * 7\n")).isNull();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
        assertThat(shown).isEmpty();
        assertThat(cell("cap.stdout, cap.stderr, len(cap.outputs), cap.outputs[0].data['text/plain']\n")).isNull();
        assertThat(lastPlain()).isEqualTo("('hidden\\n', 'warned\\n', 1, '42')");
        shown.clear();
        assertThat(cell("cap.show()\n")).isNull();
        assertThat(out.toString()).isEqualTo("hidden\n");
        assertThat(err.toString()).isEqualTo("warned\n");
        assertThat(shown).hasSize(1);
        assertThat(lastPlain()).isEqualTo("42");
        assertThat(cell("%%capture --no-stdout\nprint('through')\n1\n")).isNull();
        assertThat(out.toString()).endsWith("through\n");
        assertThat(shown).hasSize(1); // the value was kept
        assertThat(cell("%%capture --bogus\n1\n").evalue()).isEqualTo("unrecognized arguments: --bogus");
    }

    @Test
    void writefileIsRefusedBecauseProgramsWriteNoFiles(@TempDir Path dir) {
        SessionAdapter.Failure f = cell("%%writefile " + dir.resolve("m.py") + "\nx = 1\n");
        assertThat(f.ename()).isEqualTo("UsageError");
        assertThat(f.evalue()).contains("would write a file", "Security");
        assertThat(dir.resolve("m.py")).doesNotExist();
    }

    /** Z52, Z67: the graph is always a picture and its text; a format asked for comes as its own type. */
    @Test
    void graphFormatsComeAsTheirMimeTypes() {
        assertThat(cell("x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\n:graph y\n")).isNull();
        assertThat(shown.get(0).data()).containsKeys("text/plain", "image/svg+xml", "text/html");
        assertThat(cell(":graph y --format json\n")).isNull();
        assertThat(shown.get(1).data()).containsKeys("text/plain", "image/svg+xml", "application/json");
        assertThat(lastPlain()).startsWith("{\"target\":\"y\"");
        assertThat(cell(":graph y --format markdown\n")).isNull();
        assertThat(shown.get(2).data()).containsKeys("text/plain", "image/svg+xml", "text/markdown");
        assertThat((String) shown.get(2).data().get("text/markdown")).startsWith("```mermaid\nflowchart LR\n");
        assertThat(cell(":graph y --format latex\n")).isNull();
        assertThat(shown.get(3).data()).containsKeys("text/plain", "image/svg+xml").doesNotContainKey("text/latex"); // TikZ is no MathJax
        assertThat(cell(":trace y --format latex\n")).isNull();
        assertThat((String) shown.get(4).data().get("text/latex")).startsWith("$$\n\\begin{aligned}\n");
        assertThat(cell(":jacobian y --format latex\n:vars --format latex\n")).isNull();
        assertThat((String) shown.get(5).data().get("text/latex")).contains("\\begin{array}{c|rr}", "y & 5.5 & 1.716");
        assertThat((String) shown.get(6).data().get("text/latex")).contains("x_{1} & \\text{input}");
    }

    @Test
    void varsLeavesOutIPythonsHistoryNames() {
        assertThat(cell("a = 1\na\n")).isNull();
        session.finishCell(1);
        session.beginCell(2, ":vars\n");
        assertThat(cell(":vars\n")).isNull();
        assertThat(lastPlain()).contains("a ").doesNotContain("_i2", "In ", "Out ", "_1");
    }
}
