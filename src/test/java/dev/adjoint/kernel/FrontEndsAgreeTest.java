package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.command.Settings;
import dev.adjoint.render.Format;
import dev.adjoint.repl.PromptRules;
import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompt and the notebook run inputs through one class, so what one does the other does:
 * the same inputs typed at the prompt (Shell) and run as cells (the kernel's CellRunner, as a
 * notebook sends them) save the same script and fail with the same text.
 */
class FrontEndsAgreeTest {
    private static final String ENDLESS = "while True:\n    x = x + 1\n";

    final Shell shell = new Shell(ShellOptions.defaults());
    final StringWriter out = new StringWriter(), err = new StringWriter();
    final SessionAdapter kernel = new SessionAdapter(new Settings(3, Format.TEXT, false, false), PromptRules.INSTANCE);
    final CellRunner cells = new CellRunner(kernel);
    final StringWriter cellOut = new StringWriter(), cellErr = new StringWriter();
    final SessionAdapter.Sink sink = new SessionAdapter.Sink() {
        final PrintWriter o = new PrintWriter(cellOut, true), e = new PrintWriter(cellErr, true);

        public PrintWriter stdout() {
            return o;
        }

        public PrintWriter stderr() {
            return e;
        }

        public void show(MimeBundle bundle) {
            shown.add((String) bundle.data().get("text/plain"));
        }
    };
    final java.util.List<String> shown = new java.util.ArrayList<>();

    private boolean typed(String input) {
        return shell.run(input, null, 1, new PrintWriter(out, true), new PrintWriter(err, true)).ok();
    }

    private SessionAdapter.Failure cell(String code) {
        return cells.run(code, sink, () -> {});
    }

    /** Runs {@code run} on a thread of its own and stops it once it is inside the loop, as Ctrl-C or Jupyter's interrupt does. */
    private static void interruptInTheLoop(Runnable run, String threadName, Runnable interrupt) throws InterruptedException {
        Thread t = new Thread(null, run, threadName + "-caller", 256L << 20);
        t.start();
        while (t.isAlive() && Thread.getAllStackTraces().entrySet().stream().noneMatch(e -> e.getKey().getName().startsWith(threadName)
                && Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().endsWith("lang.Interpreter"))))
            Thread.sleep(10); // in the loop, however slowly the thread starts on a busy machine
        Thread.sleep(100);
        interrupt.run();
        t.join(60_000);
        assertThat(t.isAlive()).isFalse();
    }

    /**
     * One echo rule (render/ValueFormat.echo): a value shows the same text at the prompt and as a
     * cell's value, before and after `import torch`; but for IPython's layout of a container too long
     * for a line (S34: IPython 8.5's pretty() of [x, 6] and (x, 'b') with torch 1.13, x the tensor).
     */
    private static final java.util.Map<String, String> IPYTHON_LAYOUT = java.util.Map.of(
            "[x, y]", "[tensor([[1., 2.],\n         [3., 4.]], requires_grad=True),\n 6]",
            "(x, 'b')", "(tensor([[1., 2.],\n         [3., 4.]], requires_grad=True),\n 'b')");

    @Test
    void aValueEchoesAlikeAtThePromptAndInANotebook() {
        String[] inputs = {"x1 = 2", "y = x1 * 3", "x = tensor([[1., 2.], [3., 4.]], requires_grad=True)", "y", "x", "[x, y]", "{'a': 1/3}",
            "import torch", "x", "x.sum()", "(x, 'b')", "y"};
        for (String input : inputs) {
            assertThat(typed(input)).as(input).isTrue();
            int before = shown.size();
            assertThat(cell(input)).as(input).isNull();
            String prompt = out.toString().strip();
            out.getBuffer().setLength(0);
            if (prompt.isEmpty()) assertThat(shown).hasSize(before);
            else assertThat(shown.subList(before, shown.size())).as(input).containsExactly(IPYTHON_LAYOUT.getOrDefault(input, prompt));
        }
        assertThat(shown).hasSize(8);
    }

    @Test
    void anInterruptedInputIsSavedAlikeAtThePromptAndInANotebook(@TempDir Path dir) throws Exception {
        assertThat(typed("x = 0")).isTrue();
        Thread[] prompt = new Thread[1];
        interruptInTheLoop(() -> {
            prompt[0] = Thread.currentThread();
            typed(ENDLESS);
        }, "prompt", () -> prompt[0].interrupt());
        assertThat(err.toString()).contains("interrupted");
        assertThat(typed("print(x > 0)")).isTrue();

        assertThat(cell("x = 0\n")).isNull();
        SessionAdapter.Failure[] stopped = new SessionAdapter.Failure[1];
        interruptInTheLoop(() -> stopped[0] = cell(ENDLESS), "adjoint-cell", cells::interrupt);
        assertThat(stopped[0].ename()).isEqualTo("KeyboardInterrupt");
        java.util.List<String> lines = err.toString().lines().toList(); // where it stopped: a line of the loop (which one is timing)
        assertThat(lines).hasSize(3).first().isEqualTo("error: interrupted");
        assertThat(ENDLESS.lines().map(l -> "  " + l)).contains(lines.get(1));
        assertThat(lines.get(2).strip()).startsWith("^");
        java.util.List<String> notebook = SessionAdapterTest.traceback(stopped[0], ENDLESS, 4); // where it stopped (its own timing), as IPython shows it
        java.util.List<String> loop = ENDLESS.lines().toList();
        int at = java.util.stream.IntStream.range(0, loop.size()).filter(i -> notebook.contains("----> " + (i + 1) + " " + loop.get(i))).findFirst().orElse(-1);
        assertThat(at).as(String.join("\n", notebook)).isNotNegative();
        assertThat(notebook).contains("Cell In[4], line " + (at + 1));
        assertThat(notebook).last().isEqualTo("KeyboardInterrupt");
        assertThat(cell("print(x > 0)\n")).isNull(); // its effect was kept
        assertThat(cellOut.toString()).isEqualTo("True\n");

        Path atPrompt = dir.resolve("prompt.adj"), inNotebook = dir.resolve("notebook.adj");
        assertThat(typed(":save " + atPrompt)).isTrue();
        assertThat(cell(":save " + inNotebook + "\n")).isNull();
        String saved = Files.readString(inNotebook);
        assertThat(saved).contains("# interrupted (Ctrl-C or --timeout): what it had done was kept; replaying runs it whole\n" + ENDLESS);
        assertThat(withoutSeed(saved)).isEqualTo(withoutSeed(Files.readString(atPrompt)));
    }

    /** The notebook's traceback of a script's error: the terminal's text (without colours here). */
    private static String plain(SessionAdapter.Failure f, String cell) {
        return String.join("\n", SessionAdapterTest.traceback(f, cell, 1)) + "\n";
    }

    /** Each session draws its own random seed, which :save records. */
    private static String withoutSeed(String saved) {
        return saved.replaceAll("(?m)^seed\\(\\d+\\)\n", "");
    }

    /** Issue 15, item 13 in a notebook: :load of a file that is not a script never shows its lines in the traceback. */
    @Test
    void aFileThatIsNotAScriptShowsNoLineInEither(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("passwd"), "root:x:0:0:secret-token:/root:/bin/bash\n");
        assertThat(typed(":load " + notes)).isFalse();
        SessionAdapter.Failure f = cell(":load " + notes + "\n");
        assertThat(plain(f, ":load " + notes + "\n")).contains(notes + ":1:").doesNotContain("secret-token").isEqualTo(err.toString());

        Path script = Files.writeString(dir.resolve("typo.adj"), "y = 2 +* 3\n");
        err.getBuffer().setLength(0);
        assertThat(typed(":load " + script)).isFalse();
        assertThat(plain(cell(":load " + script + "\n"), ":load " + script + "\n")).contains("y = 2 +* 3").isEqualTo(err.toString()); // a script's line helps
    }
}
