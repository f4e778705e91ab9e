package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.command.InputRunner;
import dev.adjoint.command.Settings;
import dev.adjoint.render.Format;
import dev.adjoint.repl.PromptRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel's door to the engine, in-process: what a cell's inputs send where. */
class SessionAdapterTest {
    final SessionAdapter session = new SessionAdapter(new Settings(3, Format.TEXT, false, false), PromptRules.INSTANCE);
    final StringWriter out = new StringWriter(), err = new StringWriter();
    final List<MimeBundle> shown = new ArrayList<>();
    /** The execution count of the cell being run. */
    int cellNumber;
    final SessionAdapter.Sink sink = new SessionAdapter.Sink() {
        public int cell() {
            return cellNumber;
        }

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

    /** Runs a cell as the kernel does. */
    SessionAdapter.Failure cell(String text) {
        return new CellRunner(session).run(text, sink, () -> {});
    }

    /** The traceback a notebook shows for a failed cell, numbered {@code count}, without colours. */
    static List<String> traceback(SessionAdapter.Failure f, String cell, int count) {
        return f.traceback(cell, count).stream().map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).toList();
    }

    @Test
    void statementsPrintAndCommandsShowAReport() {
        assertThat(cell("x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\nprint(y)\ny\n:grad y\n")).isNull();
        assertThat(out.toString()).isEqualTo("11.652071455223084\n"); // print shows the Python number, as CPython
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).data()).containsEntry("text/plain", "11.652");
        assertThat((String) shown.get(1).data().get("text/plain")).isEqualTo("\u2202y/\u2202x1 = 5.5\n\u2202y/\u2202x2 = 1.716\n");
    }

    /**
     * The prompt's echo rule ({@code ValueFormat.echo}): before {@code import torch} a tensor in
     * adjoint's display and as a table; after it as its repr only (PyTorch's, as a tutorial prints
     * it, and as text, as in a PyTorch notebook); the lecture's numbers in the display.
     */
    @Test
    void aTensorValueIsShownAsThePromptEchoesIt() {
        assertThat(cell("a = tensor([2., 3.], requires_grad=True)\na\n")).isNull();
        assertThat(shown.get(0).data()).containsEntry("text/plain", "[2, 3]").containsKey("text/html");
        assertThat(cell("import torch\nQ = 3*a**3 - a**2\nprint(repr(Q))\nQ\n")).isNull();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).data()).containsEntry("text/plain", out.toString().strip()).doesNotContainKey("text/html");
        assertThat(out.toString()).startsWith("tensor([").contains("grad_fn=");
        assertThat(cell("x1 = 2\nx1 * 3\n")).isNull();
        assertThat(shown.get(2).data()).containsEntry("text/plain", "6"); // a tracked number of the lecture
    }

    /** As IPython: only a cell's last statement shows its value, and only at the top level; commands show their reports anywhere. */
    @Test
    void onlyTheLastTopLevelExpressionOfACellIsShown() {
        assertThat(cell("a = [5]\nfor i in range(3):\n    a.append(i)\n    len(a)\n\nlen(a)\nlen(a) * 10\n# done\n")).isNull();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).data()).containsEntry("text/plain", "40");
        shown.clear();
        assertThat(cell("a.pop()\nb = len(a)\n")).isNull();
        assertThat(shown).isEmpty();
        assertThat(cell("for i in range(2):\n    a\n")).isNull();
        assertThat(shown).isEmpty();
        assertThat(cell("x1 = 2\ny = x1 * 3\ny\n:grad y\n")).isNull(); // the walkthrough's echo, then the report
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).data()).containsEntry("text/plain", "6");
    }

    /**
     * #58, as IPython's display hook: a ';' ending the cell's last expression hides its value and
     * leaves `_` as it was (IPython 8.12: `x;` shows nothing; `x; # note` neither; `x;x` shows 2).
     */
    @Test
    void aSemicolonEndingTheLastExpressionHidesItsValue() {
        assertThat(cell("x = 2\nx\n")).isNull();
        assertThat(cell("x + 1;\n")).isNull();
        assertThat(cell("x * 10; # only run\n\n")).isNull();
        assertThat(cell("for i in range(2):\n    x;\nx - 1;\n:grad x\n")).isNull(); // a command after it still reports
        assertThat(shown).hasSize(2);
        assertThat(cell("x;x\n")).isNull();
        assertThat(cell("'a;'\n")).isNull(); // a ';' inside a string is no separator
        assertThat(cell("_\n")).isNull(); // the hidden values did not become `_`
        assertThat(shown.stream().map(b -> b.data().get("text/plain")).toList()).containsExactly("2", shown.get(1).data().get("text/plain"), "2", "'a;'", "'a;'");
    }

    /**
     * #59: the lines students paste at the top of a notebook, as IPython 8.12 answers them:
     * %autoreload exists only after %load_ext autoreload; adjoint says it reloads nothing.
     */
    @Test
    void autoreloadIsAcceptedWhereIPythonAcceptsIt() {
        SessionAdapter.Failure f = cell("%autoreload 2\n");
        assertThat(f.ename()).isEqualTo("UsageError");
        assertThat(f.evalue()).isEqualTo("Line magic function `%autoreload` not found.");
        assertThat(cell("%load_ext autoreload\n%autoreload 2\nx = 1\n")).isNull();
        assertThat(err.toString()).isEqualTo(Magics.RELOAD_NOTE + "\n");
        assertThat(cell("%load_ext autoreload\n%reload_ext autoreload\n%autoreload\n")).isNull();
        assertThat(out.toString()).isEqualTo("The autoreload extension is already loaded. To reload it, use:\n  %reload_ext autoreload\n");
        assertThat(err.toString()).isEqualTo(Magics.RELOAD_NOTE + "\n"); // said once
        assertThat(cell("%autoreload 7\n").evalue()).isEqualTo("Unrecognized autoreload mode \"7\".");
        assertThat(cell("%load_ext\n").evalue()).isEqualTo("Missing module name.");
        f = cell("%load_ext tensorboard\n");
        assertThat(f.ename()).isEqualTo("ModuleNotFoundError");
        assertThat(f.evalue()).isEqualTo("No module named 'tensorboard'");
        assertThat(cell("%foo 1\n").evalue()).isEqualTo("Line magic function `%foo` not found.");
        assertThat(cell("%%bar\nx\n").evalue()).isEqualTo("Cell magic `%%bar` not found.");
        assertThat(cell("y = 1\n%%time\ny\n").evalue()).isEqualTo("Line magic function `%%time` not found."); // only a cell's first line holds one
        assertThat(cell("%%time x\nx\n").evalue()).isEqualTo("Can't use statement directly after '%%time'!");
        assertThat(cell("%%timeit\n\n").evalue()).isEqualTo("%%timeit is a cell magic, but the cell body is empty. Did you mean the line magic %timeit (single %)?");
        assertThat(cell("%who_ls\n").evalue()).contains("%who_ls is an IPython magic", ":vars");
        assertThat(cell("%config InlineBackend.figure_format = 'retina'\n")).isNull(); // #141: silent, as %matplotlib
    }

    private static final String TIME = "[0-9.e+]+ (s|ms|\u00b5s|ns)";
    private static final String TIMES = "CPU times: user " + TIME + ", sys: " + TIME + ", total: " + TIME + "\nWall time: " + TIME + "\n";

    /** %time and %%time run their code in the notebook's names and print IPython's two lines, then show the value. */
    @Test
    void timePrintsIPythonsLinesBeforeTheValue() {
        assertThat(cell("%time y = sum(range(10))\n")).isNull();
        assertThat(out.toString()).matches(TIMES);
        assertThat(shown).isEmpty();
        assertThat(cell("%time y * 2\n")).isNull();
        assertThat(shown.get(0).data()).containsEntry("text/plain", "90");
        assertThat(cell("%time y * 3;\n")).isNull();
        assertThat(shown).hasSize(1);
        out.getBuffer().setLength(0);
        assertThat(cell("%%time\nprint('a')\ny + 1\n")).isNull();
        assertThat(out.toString()).matches("a\n" + TIMES);
        assertThat(shown.get(1).data()).containsEntry("text/plain", "46");
        out.getBuffer().setLength(0);
        SessionAdapter.Failure f = cell("%%time\nz = 1\n1 / 0\n");
        assertThat(f.ename()).isEqualTo("ZeroDivisionError");
        assertThat(traceback(f, "%%time\nz = 1\n1 / 0\n", 3)).contains("----> 3 1 / 0"); // the cell's own line numbers
        assertThat(out.toString()).isEmpty(); // as IPython: no times after an error
    }

    /** %timeit runs its statement in a function of its own, as IPython's template does, and prints IPython's summary. */
    @Test
    void timeitPrintsIPythonsSummary() {
        String summary = TIME + " \u00b1 " + TIME + " per loop \\(mean \u00b1 std. dev. of 2 runs, 3 loops each\\)\n";
        assertThat(cell("y = 4\n%timeit -n 3 -r 2 z = y + 1\n")).isNull();
        assertThat(out.toString()).matches("(The slowest run took [0-9.]+ times longer than the fastest. This could mean that an intermediate result is being cached.\n)?" + summary);
        assertThat(cell("z\n").ename()).isEqualTo("NameError"); // z was the function's own
        out.getBuffer().setLength(0);
        assertThat(cell("%%timeit -n 2 -r 1 acc = []\nacc.append(1)\nprint(len(acc))\n")).isNull();
        assertThat(out.toString()).startsWith("1\n2\n").endsWith(" per loop (mean \u00b1 std. dev. of 1 run, 2 loops each)\n");
        out.getBuffer().setLength(0);
        assertThat(cell("%timeit -q -n1 -r1 pass\n")).isNull();
        assertThat(out.toString()).isEmpty();
        assertThat(cell("%timeit -z 1\n").evalue()).isEqualTo("option -z not recognized ( allowed: \"n:r:tcp:qo\" )");
        SessionAdapter.Failure f = cell("%timeit -n 1 -r 1 1 / 0\n");
        assertThat(f.ename()).isEqualTo("ZeroDivisionError");
        assertThat(cell("_adjoint_timeit\n").ename()).isEqualTo("NameError"); // its function is gone after an error too
    }

    /** IPython's _format_time and TimeitResult text (IPython 8.12's answers for the same numbers). */
    @Test
    void timesAreWrittenAsIPythonWritesThem() {
        assertThat(TimeText.of(1.17e-6, 3)).isEqualTo("1.17 \u00b5s");
        assertThat(TimeText.of(0.000999, 3)).isEqualTo("999 \u00b5s");
        assertThat(TimeText.of(1e-3, 3)).isEqualTo("1 ms");
        assertThat(TimeText.of(0, 3)).isEqualTo("0 ns");
        assertThat(TimeText.of(3.14159, 3)).isEqualTo("3.14 s");
        assertThat(TimeText.of(999.6e-9, 3)).isEqualTo("1e+03 ns");
        assertThat(TimeText.of(61.5, 3)).isEqualTo("1min 1s");
        assertThat(TimeText.of(3725.2, 3)).isEqualTo("1h 2min 5s");
        assertThat(TimeText.of(90061, 3)).isEqualTo("1d 1h 1min 1s");
        assertThat(Timeit.report(new double[] {1e-3, 1.1e-3, 1.2e-3, 5e-3, 1e-3, 1e-3, 1e-3}, 1000, 3))
                .isEqualTo("The slowest run took 5.00 times longer than the fastest. This could mean that an intermediate result is being cached.\n"
                        + "1.61 \u00b5s \u00b1 1.38 \u00b5s per loop (mean \u00b1 std. dev. of 7 runs, 1,000 loops each)\n");
        assertThat(Timeit.report(new double[] {0.5}, 1, 2)).isEqualTo("5e+02 ms \u00b1 0 ns per loop (mean \u00b1 std. dev. of 1 run, 1 loop each)\n");
    }

    /** #117: IPython.display's display() shows each value where it is called, as a notebook's display_data. */
    @Test
    void displayShowsValuesWhereItIsCalled() {
        assertThat(cell("from IPython.display import display\nfor i in range(2):\n    display(i * 10, [i])\n'end';\n")).isNull();
        assertThat(shown.stream().map(b -> b.data().get("text/plain")).toList()).containsExactly("0", "[0]", "10", "[1]");
        assertThat(cell("import IPython\nIPython.display.display('x')\n")).isNull();
        assertThat(shown.get(4).data()).containsEntry("text/plain", "'x'");
    }

    @Test
    void codeThatDoesNotParseIsInvalid() {
        assertThat(session.parses("x = 1\n:trace y\nfor i in range(2):\n    x = i\n")).isTrue();
        assertThat(session.parses("x = = 1")).isFalse();
        assertThat(session.parses("x = 1\ndef f(:\n    pass\n")).isFalse();
        assertThat(session.parses(")")).isFalse();
    }

    /** A new user's trial: print(..., end='') adds no newline in a notebook either (CPython prints "a-b\\n"). */
    @Test
    void printWithEndWritesExactlyItsText() {
        assertThat(cell("print('a', end='-')\nprint('b')\n")).isNull();
        assertThat(out.toString()).isEqualTo("a-b\n");
    }

    /**
     * A new user's trial: the notebooks of PyTorch's tutorials begin with a {@code %matplotlib
     * inline} cell, which stopped "Run All" with "expected an expression"; other IPython lines get
     * a message saying what adjoint offers instead, and {@code NAME?} asks for help as in IPython.
     */
    /** IPython binds display among a notebook's builtins: course notebooks call it without importing it. */
    @Test
    void displayNeedsNoImportInANotebook() {
        assertThat(cell("import torch\ndisplay(torch.ones(2), [1, 2])\n")).isNull();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).data()).containsEntry("text/plain", "tensor([1., 1.])");
        assertThat(shown.get(1).data()).containsEntry("text/plain", "[1, 2]");
    }

    @Test
    void ipythonLinesOfATutorialNotebook() {
        assertThat(cell("%matplotlib inline\nprint(1)\n")).isNull();
        assertThat(out.toString()).isEqualTo("1\n");
        assertThat(err.toString()).isEmpty(); // IPython's inline backend says nothing either
        // a shell escape and %pip are skipped with a note, and the cell goes on as IPython's does after its command
        assertThat(cell("!pip install torch\nprint(2)\n%pip install numpy\nprint(3)\n")).isNull();
        assertThat(err.toString()).isEqualTo("adjoint runs no shell commands: skipped !pip install torch (adjoint's kernel has torch, numpy and the "
                + "standard modules built in; nothing to install)\nadjoint runs no shell commands: skipped %pip install numpy (adjoint's kernel has "
                + "torch, numpy and the standard modules built in; nothing to install)\n");
        assertThat(out.toString()).isEqualTo("1\n2\n3\n");
        err.getBuffer().setLength(0);
        out.getBuffer().setLength(2); // "1\n" of the first cell, which the lines below compare against
        SessionAdapter.Failure f = cell("x = 1\n%pdb on\n");
        assertThat(f.ename()).isEqualTo("UsageError");
        assertThat(f.evalue()).contains("%pdb", ":help");
        assertThat(traceback(f, "x = 1\n%pdb on\n", 2)).containsExactly("  Cell In[2], line 2", "    %pdb on", "    ^^^^",
                "UsageError: " + f.evalue());
        assertThat(cell("%%bash\nprint(3)\n").evalue()).contains("%%bash");
        assertThat(out.toString()).isEqualTo("1\n"); // nothing after a failing line ran
        assertThat(cell("torch.ones?\n").evalue()).as("not imported: IPython's not found").contains("no help on 'torch.ones'");
        assertThat(cell("import torch\ntorch.ones?\n")).isNull();
        assertThat(out.toString()).startsWith("1\nones(*size, *, out=None"); // torch's own signature, not the lecture's ones(*shape)
        out.getBuffer().setLength(0);
        assertThat(cell("?exp\n")).isNull();
        assertThat(out.toString()).startsWith("exp(");
        out.getBuffer().setLength(0);
        assertThat(cell("nosuch?\n").evalue()).contains("no help on 'nosuch'");
        assertThat(cell("d = {'a': 1}\nd['a'] != 2\n")).isNull(); // Python's own lines are untouched
    }

    /**
     * S17: a help line anywhere in a cell is one of its own, as IPython's transformer makes it
     * ({@code TransformerManager().transform_cell("def f(a, b=2):\n    'Doc of f.'\n    return a\nf?\n")}
     * is the def and {@code get_ipython().run_line_magic('pinfo', 'f')}), also right after a def; a
     * line of a string that looks like one is the string's; errors after it name their own lines.
     */
    @Test
    void aHelpLineInsideACellIsItsOwnInput() {
        assertThat(cell("def f(a, b=2):\n    'Doc of f.'\n    return a\nf?")).isNull();
        assertThat(out.toString()).contains("f(a, b=2)\n    Doc of f.");
        out.getBuffer().setLength(0);
        assertThat(cell("x = 3\n?f\ny = x + 1\ny")).isNull();
        assertThat(out.toString()).contains("Doc of f.");
        assertThat(shown.get(shown.size() - 1).data()).containsEntry("text/plain", "4");
        out.getBuffer().setLength(0);
        assertThat(cell("s = '''\nf?\n'''\nprint(repr(s))")).isNull();
        assertThat(out.toString()).isEqualTo("'\\nf?\\n'\n");
        // f?? as IPython 8.12's pinfo2 shows it (python3 -m IPython c2.ipy), without its File line: a cell has no file
        out.getBuffer().setLength(0);
        assertThat(cell("f??\nclass P:\n    def m(self, y):\n        return y\np = P()\ng = lambda x: x\np.m??\ng??")).isNull();
        assertThat(out.toString()).isEqualTo("""
                Signature: f(a, b=2)
                Source:  \s
                def f(a, b=2):
                    'Doc of f.'
                    return a
                Type:      function
                Signature: p.m(y)
                Docstring: <no docstring>
                Source:  \s
                    def m(self, y):
                        return y
                Type:      method
                Signature: g(x)
                Docstring: <no docstring>
                Source:    g = lambda x: x
                Type:      function
                """);
        SessionAdapter.Failure f = cell("f?\n1 / 0\n");
        assertThat(f.ename()).isEqualTo("ZeroDivisionError");
        assertThat(traceback(f, "f?\n1 / 0\n", 7)).anyMatch(l -> l.contains("Cell In[7], line 2"));
    }

    /**
     * S34: a cell's value as IPython's pretty printer shows it (src/test/resources/ipython/pretty.json,
     * recorded from IPython 8.5 by scripts/fixtures/ipython_pretty.py; /tmp/t15/p77 with 8.12):
     * functions with their module and signature, classes by their qualified name, Python's by what
     * IPython shows, also inside containers; sets sorted; long containers an item a line.
     */
    @Test
    void valuesAreShownAsIPythonsPrettyPrinterShowsThem() throws java.io.IOException {
        com.google.gson.JsonObject recorded;
        try (var in = getClass().getResourceAsStream("/ipython/pretty.json")) {
            recorded = com.google.gson.JsonParser.parseString(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
        }
        assertThat(cell(recorded.get("setup").getAsString())).isNull();
        for (var c : recorded.getAsJsonArray("cases")) {
            String expression = c.getAsJsonObject().get("expression").getAsString();
            assertThat(cell(expression + "\n")).as(expression).isNull();
            assertThat(shown.get(shown.size() - 1).data()).as(expression).containsEntry("text/plain", c.getAsJsonObject().get("ipython").getAsString());
        }
        assertThat(cell("[P()]\n")).isNull();
        assertThat((String) shown.get(shown.size() - 1).data().get("text/plain")).matches("\\[<__main__\\.P at 0x[0-9a-f]+>\\]");
    }

    /** The terminal keeps Python's repr: IPython's forms are the notebook's. */
    @Test
    void theTerminalKeepsTheRepr() {
        dev.adjoint.repl.Shell shell = new dev.adjoint.repl.Shell(dev.adjoint.repl.ShellOptions.defaults());
        StringWriter text = new StringWriter(), errors = new StringWriter();
        shell.run("[len, list(range(30))]", null, 1, new PrintWriter(text), new PrintWriter(errors));
        assertThat(text.toString()).startsWith("[<built-in function len>, [0, 1, 2, 3,").endsWith("29]]\n");
    }

    @Test
    void anInspectionReportComesInEveryFormItHas() {
        assertThat(cell("x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\n:reverse y\n")).isNull();
        assertThat(shown).hasSize(1);
        java.util.Map<String, Object> data = shown.get(0).data();
        assertThat(data).containsKeys("text/plain", "text/html", "text/markdown", "text/latex", "application/json");
        assertThat((String) data.get("text/plain")).startsWith("Reverse mode for y");
        assertThat((String) data.get("text/html")).contains("<table", "<td style=\"text-align:right;padding:0.1em 0.8em;white-space:pre\">1.716</td>");
        assertThat((String) data.get("text/latex")).startsWith("$$\n\\begin{aligned}").endsWith("\\end{aligned}\n$$").doesNotContain("%");
        com.google.gson.JsonObject json = ((com.google.gson.JsonElement) data.get("application/json")).getAsJsonObject();
        assertThat(json.get("target").getAsString()).isEqualTo("y");
        assertThat(cell(":grad y --format json\n:vars\n")).isNull();
        assertThat(shown.get(1).data()).containsOnlyKeys("text/plain", "application/json");
        assertThat(shown.get(2).data()).containsKeys("text/html", "application/json", "text/latex"); // Z67: :vars has LaTeX too (front-ends prefer the HTML)
    }

    @Test
    void theGraphIsTheBoxDrawingAndAnSvg() {
        assertThat(cell("x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\n:graph y\n")).isNull();
        java.util.Map<String, Object> data = shown.get(shown.size() - 1).data();
        assertThat((String) data.get("text/plain")).contains("\u256d", "v1 = x1"); // the terminal's boxes
        assertThat((String) data.get("image/svg+xml")).startsWith("<svg").contains("v3 = ln v1");
        assertThat((String) data.get("text/html")).startsWith("<img alt=\"graph of y\" src=\"data:image/svg+xml;base64,");
    }

    @Test
    void aCellSplitsAsAScriptDoes() {
        List<InputRunner.Input> inputs = session.split("a = 1\nfor i in range(2):\n    a = a + i\n:vars\nb = (1,\n 2)\n");
        assertThat(inputs).extracting(InputRunner.Input::firstLine).containsExactly(1, 2, 4, 5);
        assertThat(inputs.get(2).text()).isEqualTo(":vars");
    }

    /** A cell runs as its file: a blank line before else:/except: or a comment at column 0 does not end the block (CPython prints 2, caught, 3). */
    @Test
    void aBlankLineBeforeAClauseOrAColumnZeroCommentDoesNotEndTheBlock() {
        assertThat(cell("x = 0\nif x:\n    a = 1\n\nelse:\n    a = 2\nprint(a)\ntry:\n    1 / 0\n\nexcept ZeroDivisionError:\n    print('caught')\n"
                + "def f():\n    s = 1\n\n# column 0\n    return s + 2\n\nprint(f())\n")).isNull();
        assertThat(out.toString()).isEqualTo("2\ncaught\n3\n");
    }

    /** A new user's trial: a cell pasted from a Python tutorial has blank lines between methods and inside bodies, and runs as a file does. */
    @Test
    void blankLinesInsideABlockDoNotEndIt() {
        assertThat(cell("class Acc:\n    def __init__(self):\n        self.total = 0\n\n    def add(self, v):\n        self.total += v\n\n\n"
                + "        return self.total\n\na = Acc()\nfor i in range(3):\n    a.add(i)\n\nprint(a.total)\ns = '''x\n\n  y'''\nprint(len(s))\n")).isNull();
        assertThat(out.toString()).isEqualTo("3\n6\n"); // the blank line of the string stays in it
        String def = "def f():\n    a = 1\n\n    return a +* 2\n";
        SessionAdapter.Failure f = cell(def);
        assertThat(f).isNotNull();
        assertThat(traceback(f, def, 1)).startsWith("  Cell In[1], line 4", "        return a +* 2"); // the line as typed
    }

    /**
     * A statement of a cell that fails after doing something is undone as at the prompt; the prompt's
     * note says so on the cell's stderr after the traceback, which stays IPython's (T29).
     */
    @Test
    void aLoopUndoneByItsErrorSaysSoAfterTheTraceback() {
        String code = "total = 0\nfor i in range(6):\n    total += 10 // (5 - i)\n";
        SessionAdapter.Failure f = cell(code);
        assertThat(f).isNotNull();
        List<String> lines = traceback(f, code, 3);
        assertThat(lines).last().isEqualTo("ZeroDivisionError: integer division or modulo by zero");
        assertThat(f.undoneNote()).isEqualTo(dev.adjoint.command.InputRunner.Failure.UNDONE_NOTE + "\n");
        assertThat(cell("1/0\n").undoneNote()).as("nothing done, nothing undone").isNull();
        assertThat(cell("print(total)\n")).isNull();
        assertThat(out.toString()).isEqualTo("0\n"); // the first statement ran as an input of its own and stays; the loop was undone
        assertThat(traceback(cell("1/0\n"), "1/0\n", 4)).last().isEqualTo("ZeroDivisionError: division by zero");
    }

    /** As IPython shows a SyntaxError: the cell's number and line, the line with a caret under the column, the message; no Java. */
    @Test
    void aSyntaxErrorSaysWhichLineOfTheCell() {
        String code = "a = 1\nb = a +* 2\n";
        SessionAdapter.Failure f = cell(code);
        assertThat(f).isNotNull();
        assertThat(f.ename()).isEqualTo("SyntaxError"); // as Python names an input that does not parse
        assertThat(traceback(f, code, 7)).containsExactly("  Cell In[7], line 2", "    b = a +* 2", "           ^", "SyntaxError: " + f.evalue());
        assertThat(f.traceback(code, 7).get(3)).startsWith("\u001b[0;31mSyntaxError\u001b[0m: "); // the type in red, as IPython
        assertThat(String.join("\n", f.traceback(code, 7))).doesNotContain("java.", "Exception");
    }

    /** Issue 13's leftover: in a long cell, IPython's "Cell In[5], line 17", the lines around it, an arrow, and a caret under the failing column. */
    @Test
    void aFailingLineOfALongCellIsNumberedAsIPythonNumbersIt() {
        String code = "a = 1\nb = 0\n\nfor i in range(3):\n    a += i\n\nc = a / b\nprint('no')\n";
        SessionAdapter.Failure f = cell(code);
        assertThat(f.ename()).isEqualTo("ZeroDivisionError");
        assertThat(traceback(f, code, 5)).containsExactly(
                "-".repeat(75),
                "ZeroDivisionError                         Traceback (most recent call last)",
                "Cell In[5], line 7",
                "      4 for i in range(3):",
                "      5     a += i",
                "----> 7 c = a / b",
                "      8 print('no')",
                "",
                "ZeroDivisionError: division by zero");
        // T29: IPython 8 marks the failing expression (the whole a / b) with a yellow background, and prints no caret line
        assertThat(f.traceback(code, 5)).anyMatch(l -> l.endsWith(" c = \u001b[43ma / b\u001b[49m"));
        assertThat(out.toString()).isEmpty(); // nothing after it ran
    }

    /**
     * #116: an error raised in functions of an earlier cell shows every frame as IPython 8.12 does
     * (recorded with IPython 8.12.3's InteractiveShell, colours off): the cell and line of each, the
     * function with its parameters, the lines of the function around it, the place marked by colour.
     */
    @Test
    void anErrorInAFunctionOfAnEarlierCellShowsEachFrame() {
        cellNumber = 4;
        assertThat(cell("def f(x):\n    return g(x) + 1\n\ndef g(x):\n    return x / 0\n")).isNull();
        cellNumber = 5;
        SessionAdapter.Failure f = cell("f(3)\n");
        assertThat(traceback(f, "f(3)\n", 5)).containsExactly(
                "-".repeat(75),
                "ZeroDivisionError                         Traceback (most recent call last)",
                "Cell In[5], line 1",
                "----> 1 f(3)",
                "",
                "Cell In[4], line 2, in f(x)",
                "      1 def f(x):",
                "----> 2     return g(x) + 1",
                "",
                "Cell In[4], line 5, in g(x)",
                "      4 def g(x):",
                "----> 5     return x / 0",
                "",
                "ZeroDivisionError: division by zero");
    }

    /** IPython 8.12: a method's frame by its qualified name and all its parameters; lines shown without the indentation they share; a recursion's repeats skipped. */
    @Test
    void framesOfMethodsAndRecursionsAreShownAsIPythonShowsThem() {
        cellNumber = 1;
        assertThat(cell("def h(a, b=2, *args, c=1, **kw):\n    return a/0\nclass C:\n    def m(self, y):\n        a = 1\n\n        b = 2\n"
                + "        return h(y)\n        c = 3\n        d = 4\n        e = 5\n")).isNull();
        cellNumber = 2;
        List<String> tb = traceback(cell("C().m(1)\n"), "C().m(1)\n", 2);
        assertThat(tb).containsSubsequence("Cell In[1], line 8, in C.m(self, y)", "      5 a = 1", "      7 b = 2", "----> 8 return h(y)",
                "      9 c = 3", "     10 d = 4", "", "Cell In[1], line 2, in h(a, b, c, *args, **kw)");
        cellNumber = 3;
        String code = "def rec(n):\n    return rec(n+1) if n < 50 else 1/0\nrec(0)\n";
        tb = traceback(cell(code), code, 3);
        assertThat(tb.stream().filter(l -> l.startsWith("Cell In[3], line 2, in rec(n)"))).hasSize(3);
        assertThat(tb).contains("    [... skipping similar frames: rec at line 2 (48 times)]");
    }

    /**
     * IPython 8.12.3 (recorded with InteractiveShell.run_cell): the cell's frame is at the line that
     * ran into the error (a comprehension, a builtin calling a function), a comprehension has a frame
     * of its own, and an error chained before the last one is shown first with its own frames, down
     * from the one that caught it, then IPython's sentence; the class a user made by its own name.
     */
    @Test
    void comprehensionsAndChainedErrorsAreShownAsIPythonShowsThem() {
        cellNumber = 1;
        String code = "def f(x):\n    return 1/x\n[f(v) for v in [1, 0]]\n";
        assertThat(traceback(cell(code), code, 1)).containsSubsequence("Cell In[1], line 3", "----> 3 [f(v) for v in [1, 0]]", "",
                "Cell In[1], line 3, in <listcomp>(.0)", "----> 3 [f(v) for v in [1, 0]]", "",
                "Cell In[1], line 2, in f(x)", "----> 2     return 1/x");
        cellNumber = 2;
        code = "def f(x):\n    return 1/x\nlist(map(f, [1, 0]))\n";
        assertThat(traceback(cell(code), code, 2)).containsSubsequence("Cell In[2], line 3", "----> 3 list(map(f, [1, 0]))", "",
                "Cell In[2], line 2, in f(x)");
        cellNumber = 3;
        code = "class MyErr(ValueError): pass\ndef f():\n    raise MyErr('m')\ntry:\n    f()\nexcept MyErr as e:\n    raise RuntimeError('r') from e\n";
        SessionAdapter.Failure failure = cell(code);
        assertThat(traceback(failure, code, 3)).containsSubsequence("-".repeat(75),
                "MyErr                                     Traceback (most recent call last)",
                "Cell In[3], line 5", "----> 5     f()", "", "Cell In[3], line 3, in f()", "----> 3     raise MyErr('m')", "", "MyErr: m", "",
                "The above exception was the direct cause of the following exception:", "",
                "RuntimeError                              Traceback (most recent call last)",
                "Cell In[3], line 7", "----> 7     raise RuntimeError('r') from e", "", "RuntimeError: r");
        cellNumber = 4;
        code = "def g():\n    try:\n        1/0\n    except ZeroDivisionError:\n        {}['k']\ng()\n";
        assertThat(traceback(cell(code), code, 4)).containsSubsequence("ZeroDivisionError                         Traceback (most recent call last)",
                "Cell In[4], line 3, in g()", "ZeroDivisionError: division by zero", "",
                "During handling of the above exception, another exception occurred:", "",
                "KeyError                                  Traceback (most recent call last)", "Cell In[4], line 6", "----> 6 g()", "",
                "Cell In[4], line 5, in g()", "KeyError: 'k'");
        cellNumber = 6;
        code = "lenn([1])\n"; // IPython 8.12.3 on CPython 3.11 computes no "Did you mean"
        assertThat(traceback(cell(code), code, 6)).endsWith("NameError: name 'lenn' is not defined");
        cellNumber = 5;
        code = "raise KeyError('k') from ValueError('y')\n";
        assertThat(traceback(cell(code), code, 5)).startsWith("-".repeat(75), "ValueError                                Traceback (most recent call last)",
                "ValueError: y", "", "The above exception was the direct cause of the following exception:", "",
                "KeyError                                  Traceback (most recent call last)");
    }

    /**
     * An exception group nobody catches: the cell's traceback, its last line, then the boxes of its
     * members the terminal prints too (ExceptionGroupText), each member with the traceback it was
     * raised with and its chain, as CPython's text.
     */
    @Test
    void anExceptionGroupShowsTheBoxesOfItsMembers() {
        cellNumber = 2;
        String code = "def f(n):\n    raise ValueError(n)\nerrors = [TypeError('t')]\ntry:\n    f(1)\nexcept ValueError as e:\n    errors.append(e)\n"
                + "raise ExceptionGroup('eg', errors)\n";
        List<String> tb = traceback(cell(code), code, 2);
        assertThat(tb).containsSubsequence("ExceptionGroup                            Traceback (most recent call last)", "----> 8 raise ExceptionGroup('eg', errors)");
        assertThat(tb.subList(tb.indexOf("ExceptionGroup: eg (2 sub-exceptions)"), tb.size())).containsExactly(
                "ExceptionGroup: eg (2 sub-exceptions)",
                "  +-+---------------- 1 ----------------",
                "    | TypeError: t",
                "    +---------------- 2 ----------------",
                "    | Traceback (most recent call last):",
                "    |   File \"<stdin>\", line 5, in <module>",
                "    |   File \"<stdin>\", line 2, in f",
                "    | ValueError: 1",
                "    +------------------------------------");
    }

    /**
     * #141: %who and %whos as IPython 8.12.3 prints them (recorded with InteractiveShell.run_cell on
     * the same cells): the names sorted, without '_' names, In and Out; %whos's table with the length
     * of a dict, list or tuple, a NumPy array's summary, the str of anything else cut past 50 characters.
     */
    @Test
    void whoAndWhosListTheNotebooksNamesAsIPythonDoes() {
        assertThat(cell("%whos\n")).isNull();
        assertThat(out.toString()).isEqualTo("Interactive namespace is empty.\n");
        out.getBuffer().setLength(0);
        assertThat(cell("import numpy as np\na = np.zeros((3, 4))\nbig = np.ones((200, 100))\nhuge = np.ones((1000, 200))\nlr = 0.01\n"
                + "name = 'a long string of text that goes on and on and on past fifty characters'\npair = (1, 2)\nd = {'k': [1, 2]}\n"
                + "multi = 'line one\\nline two'\n_hidden = 1\n")).isNull();
        assertThat(cell("%whos\n")).isNull();
        assertThat(out.toString()).isEqualTo("""
                Variable   Type       Data/Info
                -------------------------------
                a          ndarray    3x4: 12 elems, type `float64`, 96 bytes
                big        ndarray    200x100: 20000 elems, type `float64`, 160000 bytes (156.25 kb)
                d          dict       n=1
                huge       ndarray    1000x200: 200000 elems, type `float64`, 1600000 bytes (1.52587890625 Mb)
                lr         float      0.01
                multi      str        line one\\nline two
                name       str        a long string of text tha<...> on past fifty characters
                np         module     <module 'numpy' (built-in)>
                pair       tuple      n=2
                """); // adjoint's numpy is built in: its str names no file
        out.getBuffer().setLength(0);
        assertThat(cell("%who\n")).isNull();
        assertThat(out.toString()).isEqualTo("a\t big\t d\t huge\t lr\t multi\t name\t np\t pair\t \n\n");
        out.getBuffer().setLength(0);
        assertThat(cell("%whos float str\n")).isNull();
        assertThat(out.toString()).isEqualTo("Variable   Type     Data/Info\n-----------------------------\nlr         float    0.01\n"
                + "multi      str      line one\\nline two\nname       str      a long string of text tha<...> on past fifty characters\n");
        out.getBuffer().setLength(0);
        assertThat(cell("%who int\n")).isNull();
        assertThat(out.toString()).isEqualTo("No variables match your requested type.\n");
    }

    /** T29: a plain object's Out is IPython's pretty text, {@code <__main__.P at 0x...>} (repr() keeps "object at"). */
    @Test
    void aPlainObjectShowsAsIPythonsPrettyPrinterShowsIt() {
        assertThat(cell("class P:\n    pass\n\nP()\n")).isNull();
        assertThat(shown.get(shown.size() - 1).data().get("text/plain").toString()).matches("<__main__\\.P at 0x[0-9a-f]+>");
        assertThat(cell("class Q:\n    def __repr__(self):\n        return 'Q!'\n\nQ()\n")).isNull();
        assertThat(shown.get(shown.size() - 1).data().get("text/plain")).isEqualTo("Q!");
        assertThat(cell("print(repr(P()).split(' at ')[0])\n")).isNull();
        assertThat(out.toString()).isEqualTo("<__main__.P object\n");
    }

    /** V17: %who leaves In and Out out only while they hold IPython's own history (IPython 8.12.3: after In = 5, "In" is listed). */
    @Test
    void whoListsInOnceTheNotebookRebindsIt() {
        String[] cells = {"x = 1\n", "%who\n", "In = 5\n", "%who\n", "%whos\n"};
        for (int i = 0; i < cells.length; i++) {
            session.beginCell(i + 1, cells[i]);
            assertThat(cell(cells[i])).isNull();
            session.finishCell(i + 1);
        }
        assertThat(out.toString()).isEqualTo("x\t \nIn\t x\t \n" + """
                Variable   Type    Data/Info
                ----------------------------
                In         int     5
                x          int     1
                """);
    }

    /** #148: a cell's input() where the front-end cannot be asked (allow_stdin false, nbconvert): IPython's error, by its class name. */
    @Test
    void inputWithoutAStdinIsIPythonsStdinNotImplementedError() {
        SessionAdapter.Failure f = cell("n = input('n? ')\n");
        assertThat(f.ename()).isEqualTo("StdinNotImplementedError");
        assertThat(f.evalue()).isEqualTo("raw_input was called, but this frontend does not support input requests.");
        List<String> tb = traceback(f, "n = input('n? ')\n", 1);
        assertThat(tb.get(tb.size() - 1)).isEqualTo("StdinNotImplementedError: raw_input was called, but this frontend does not support input requests.");
        assertThat(cell("try:\n    input()\nexcept NotImplementedError:\n    print('no stdin')\n")).isNull(); // its base, as IPython's
        assertThat(out.toString()).isEqualTo("no stdin\n");
    }

    /**
     * #117: a value's own _repr_html_ / _repr_markdown_ and IPython.display's HTML, Markdown, Math and
     * Image come as those MIME types beside IPython's text (IPython 8.12: repr(HTML('x')) is
     * '<IPython.core.display.HTML object>', Math('x^2')._repr_latex_() '$\\displaystyle x^2$').
     */
    @Test
    void richReprsAreSentAsTheirMimeTypes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        assertThat(cell("from IPython.display import HTML, Markdown, Math, Image, display\n"
                + "class T:\n    def _repr_html_(self):\n        return '<b>t</b>'\n    def _repr_markdown_(self):\n        return None\n"
                + "    def __repr__(self):\n        return 'T()'\n\nT()\n")).isNull();
        assertThat(shown.get(0).data()).containsEntry("text/plain", "T()").containsEntry("text/html", "<b>t</b>").doesNotContainKey("text/markdown");
        assertThat(cell("display(HTML('<i>x</i>'), Markdown('# m'))\nMath('x^2')\n")).isNull();
        assertThat(shown.get(1).data()).containsEntry("text/plain", "<IPython.core.display.HTML object>").containsEntry("text/html", "<i>x</i>");
        assertThat(shown.get(2).data()).containsEntry("text/markdown", "# m");
        assertThat(shown.get(3).data()).containsEntry("text/latex", "$\\displaystyle x^2$");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1};
        java.nio.file.Files.write(dir.resolve("p.png"), png);
        assertThat(cell("Image(filename=" + dev.adjoint.lang.Repr.repr(dir.resolve("p.png").toString()) + ")\n")).isNull();
        assertThat(shown.get(4).data()).containsEntry("image/png", java.util.Base64.getEncoder().encodeToString(png))
                .containsEntry("text/plain", "<IPython.core.display.Image object>");
    }

    /** #117: IPython's In, Out and _N after each cell; __ and ___ the results before (IPython 8.12's display hook). */
    @Test
    void inAndOutHoldTheCellsAndTheirResults() {
        String[] cells = {"1 + 1\n", "x = 5\n", "x * 10\n", "Out[1] + _3\n", "In[2], __, ___\n", "sorted(Out), len(In)\n"};
        for (int i = 0; i < cells.length; i++) {
            session.beginCell(i + 1, cells[i]);
            assertThat(cell(cells[i])).isNull();
            session.finishCell(i + 1);
        }
        assertThat(shown.stream().map(b -> b.data().get("text/plain")).toList()) // IPython 8.12.3's Out[1], Out[3], ..., Out[6]
                .containsExactly("2", "50", "52", "('x = 5', 50, 2)", "([1, 3, 4, 5], 7)");
    }

    @Test
    void aCellLongerThanNineLinesKeepsTheArrowAligned() {
        String code = "x = 0\n".repeat(16) + "y = x.nosuch\n";
        List<String> tb = traceback(cell(code), code, 12);
        assertThat(tb).contains("Cell In[12], line 17", "     16 x = 0", "---> 17 y = x.nosuch");
        assertThat(tb.get(tb.size() - 1)).startsWith("AttributeError: 'int' object has no attribute 'nosuch'");
    }

    /** A command's complaint is adjoint's sentence: the type goes in front of it, as Jupyter shows "ename: evalue". */
    @Test
    void aCommandsComplaintIsPlacedAndTyped() {
        String code = "x = 2\n:trace nosuch\n";
        SessionAdapter.Failure f = cell(code);
        List<String> tb = traceback(f, code, 3);
        assertThat(tb).contains("Cell In[3], line 2", "----> 2 :trace nosuch", "      1 x = 2");
        assertThat(tb.get(tb.size() - 1)).isEqualTo("NameError: " + f.evalue());
    }

    /** The type a notebook shows is the one {@code except} catches: the session's classification, not a guess from the text. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "1 / 0 | ZeroDivisionError",
        "nope + 1 | NameError",
        "[1, 2][5] | IndexError",
        "{'a': 1}['b'] | KeyError",
        "int('x') | ValueError",
        "len(3) | TypeError",
        "(1).foo | AttributeError",
        "tensor([1., 2.]) + tensor([1., 2., 3.]) | RuntimeError",
        "raise ValueError('mine') | ValueError",
    })
    void anErrorNamesThePythonTypeThatExceptCatches(String input, String type) {
        SessionAdapter.Failure f = cell(input + "\n");
        assertThat(f).as(input).isNotNull();
        assertThat(f.ename()).as(input).isEqualTo(type);
        assertThat(f.evalue()).as(input).doesNotStartWith(type + ":"); // str() of the exception, as Jupyter shows "ename: evalue"
        assertThat(cell("try:\n    " + input + "\nexcept " + f.ename() + ":\n    print('caught')\n\n")).as(input).isNull();
        assertThat(out.toString()).as(input).isEqualTo("caught\n");
    }

    @Test
    void aCommandAboutAnUnknownNameOrANonTensorFailsWithPythonsType() {
        assertThat(cell(":trace nosuch\n").ename()).isEqualTo("NameError");
        assertThat(cell("s = 'text'\n:grad s\n").ename()).isEqualTo("TypeError");
    }

    @Test
    void anUnknownCommandFailsWithItsSuggestion() {
        SessionAdapter.Failure f = cell(":trcae y\n");
        assertThat(f.evalue()).contains("unknown command ':trcae'").contains(":trace");
    }

    @Test
    void warningsGoToStderrAndTheInputStillRuns() {
        assertThat(cell("x = 2\ny = x * 3\nz = y.grad\n")).isNull();
        assertThat(err.toString()).contains("warning:");
    }

    @Test
    void aScriptLoadedByLoadFailsWhereItsErrorIs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path script = dir.resolve("s.adj");
        java.nio.file.Files.writeString(script, "a = 1\nb = a +\n");
        SessionAdapter.Failure f = cell(":load " + script + "\n");
        assertThat(f).isNotNull();
        assertThat(f.traceback(":load " + script + "\n", 1).get(0)).startsWith(script + ":2:"); // the script's line, not the cell's
        assertThat(cell("a\n")).isNull(); // what the script ran before its error stays
        assertThat(shown.get(shown.size() - 1).data()).containsEntry("text/plain", "1");
    }

    @Test
    void aPythonScriptRunsAsCPythonRunsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path script = dir.resolve("s.py");
        java.nio.file.Files.writeString(script, "def f(a):\n    b = a + 1\n\n    return b\n\nx = f(2)\nx\nprint(x)\n");
        assertThat(cell(":load " + script + "\n")).isNull();
        assertThat(out.toString()).isEqualTo("3\n"); // the blank line does not end the def; the bare x shows nothing
        assertThat(shown).isEmpty();
    }

    @Test
    void saveWritesTheInputsOfTheCells(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertThat(cell("x1 = 2\ny = x1 * 3\nbad = nope\n")).isNotNull();
        java.nio.file.Path file = dir.resolve("saved.adj");
        assertThat(cell(":save " + file + "\n")).isNull();
        assertThat(java.nio.file.Files.readString(file)).contains("x1 = 2", "y = x1 * 3").doesNotContain("nope");
    }

    @Test
    void continuationFollowsThePrompt() {
        assertThat(session.continuation("x = 1")).isEmpty();
        assertThat(session.continuation("def f(a):")).contains("    ");
        assertThat(session.continuation("def f(a):\n    if a:")).contains("        ");
        assertThat(session.continuation("def f(a):\n    return a\n")).isEmpty();
    }

    @Test
    void helpKnowsCommandsAndFunctionsOnly() {
        assertThat(session.help(":grad")).hasValueSatisfying(h -> assertThat(h).startsWith(":grad"));
        assertThat(session.help("exp")).hasValueSatisfying(h -> assertThat(h).startsWith("exp("));
        assertThat(session.help("nosuch")).isEmpty();
    }

    @Test
    void wordAtFindsTheNameOrCommandUnderTheCursor() {
        assertThat(AdjointKernel.wordAt("y = sin(x)", 6)).contains("sin");
        assertThat(AdjointKernel.wordAt(":trace y", 3)).contains(":trace");
        assertThat(AdjointKernel.wordAt("x.backward()", 5)).contains("x.backward");
        assertThat(AdjointKernel.wordAt("np.zeros(", 9)).contains("np.zeros");
        assertThat(AdjointKernel.wordAt("   ", 1)).isEmpty();
    }

    /**
     * T17: Shift-Tab answers a NumPy or Tensor name with its library's signature (NumPy 1.24's and
     * torch 1.13's docstrings, as IPython 8.5's inspect shows them), never with the lecture function
     * of the same name; a variable with its type, text and length, as IPython.
     */
    @Test
    void inspectGivesALibrarysNameItsOwnSignature() {
        assertThat(cell("import torch\nimport numpy as np\nxs = torch.ones(2)\nmylist = [1]\narr = np.zeros(2)\n")).isNull();
        assertThat(session.inspect("np.zeros")).hasValueSatisfying(h -> assertThat(h).startsWith("zeros(shape, dtype=float, order='C', *, like=None)\n")
                .contains("Return a new array of given shape and type, filled with zeros."));
        assertThat(session.inspect("xs.sum")).hasValueSatisfying(h -> assertThat(h).startsWith("sum(dim=None, keepdim=False, dtype=None) -> Tensor\n"));
        assertThat(session.inspect("torch.ones")).hasValueSatisfying(h -> assertThat(h)
                .startsWith("ones(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor\n"));
        assertThat(session.inspect("arr.sum")).hasValueSatisfying(h -> assertThat(h).startsWith("a.sum(axis=None, dtype=None, out=None, keepdims=False"));
        assertThat(session.inspect("mylist")).contains("Type:        list\nString form: [1]\nLength:      1\n");
        assertThat(session.inspect("sin")).hasValueSatisfying(h -> assertThat(h).startsWith("sin(x)")); // the lecture's own function
        assertThat(session.inspect(":grad")).hasValueSatisfying(h -> assertThat(h).startsWith(":grad"));
        assertThat(session.inspect("np.nosuch")).isEmpty();
        assertThat(session.inspect("nosuch.zeros")).as("not the lecture's zeros").isEmpty();
        assertThat(cell("help(np.zeros)\n")).isNull();
        // help(np.zeros) under NumPy 1.24 (scripts/fixtures/library_texts.py)
        assertThat(out.toString()).startsWith("Help on built-in function zeros in module numpy:\n\nzeros(...)\n    zeros(shape, dtype=float, order='C', *, like=None)\n");
    }

    /** A cell's threads print into the cell's stream; Jupyter's interrupt ends a cell that waits in join(), and the next cell runs. */
    @Test
    void threadsPrintIntoTheCellAndAnInterruptEndsAWaitingCell() throws Exception {
        assertThat(cell("import threading\ndef hello(k):\n    print('hello from', k)\n\n"
                + "ts = [threading.Thread(target=hello, args=(k,)) for k in range(3)]\nfor t in ts:\n    t.start()\n    t.join()\n")).isNull();
        assertThat(out.toString()).isEqualTo("hello from 0\nhello from 1\nhello from 2\n");
        assertThat(cell("stop = threading.Event()\nspinner = threading.Thread(target=stop.wait, daemon=True)\nspinner.start()\n")).isNull();
        CellRunner runner = new CellRunner(session);
        SessionAdapter.Failure[] failure = {null};
        Thread cellThread = new Thread(() -> failure[0] = runner.run("spinner.join()\n", sink, () -> {}));
        cellThread.start();
        Thread.sleep(300);
        runner.interrupt();
        cellThread.join(10_000);
        assertThat(cellThread.isAlive()).isFalse();
        assertThat(failure[0]).isNotNull();
        assertThat(failure[0].ename()).isEqualTo("KeyboardInterrupt");
        assertThat(cell("alive = spinner.is_alive()\nstop.set()\nspinner.join()\nprint(alive, spinner.is_alive())\n")).isNull();
        assertThat(out.toString()).endsWith("True False\n");
    }
}
