package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 13: what the user sees names things in their words, never Java's. */
class MessagesTest extends ShellHarness {
    /** Runs an input; what it printed, output and errors. */
    private String shown(String input) {
        take(out);
        take(err);
        run(input);
        return take(out) + take(err);
    }

    @Test
    void aProgressValueShowsWhatItWalks() {
        shown("p = progress(range(3), 'epoch 1')");
        for (String in : new String[] {"p", "print(p)", "print(str(p))", ":vars", ":vars --format json"}) {
            String shown = shown(in);
            assertThat(shown).as(in).doesNotContain("dev.adjoint", "ProgressValue", "@").contains("progress");
        }
        assertThat(shown("p")).isEqualTo("<progress 'epoch 1' over 3 items>\n");
    }

    /** What holds is said at the prompt too, beside the README's Robustness section. */
    @Test
    void helpLimitsSaysWhatHolds() {
        assertThat(shown(":help")).contains(":help limits");
        assertThat(shown(":help limits")).contains("--max-elements", "--timeout", "Ctrl-C", "--force", "10,000,000 bytes", "\\xNN", "\"nan\"")
                .doesNotContain("error: ");
    }

    /** Issue 15, item 13: before, :load of any file printed the line its first error was on. */
    @Test
    void loadingAFileThatIsNotAScriptNeverEchoesItsLines(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("passwd"), "root:x:0:0:secret-token:/root:/bin/bash\n");
        String shown = shown(":load " + notes);
        assertThat(shown).contains(notes + ":1:").contains("error:").doesNotContain("secret-token");
        Path script = Files.writeString(dir.resolve("typo.adj"), "y = 2 +* 3\n");
        assertThat(shown(":load " + script)).contains(script + ":1:").contains("y = 2 +* 3"); // a script's line helps
    }

    /** Issue 15, item 6: an interrupted input keeps what it did, so :save keeps it (marked), and the saved script says so. */
    @Test
    void anInterruptedInputIsKeptInSave(@TempDir Path dir) throws Exception {
        shown("x = 0");
        Thread t = new Thread(null, () -> run("while True:\n    x = x + 1\n"), "eval", 256L << 20);
        t.start();
        while (t.isAlive() && java.util.Arrays.stream(t.getStackTrace()).noneMatch(f -> f.getClassName().endsWith("lang.Interpreter")))
            Thread.sleep(10); // in the loop, however slowly the thread starts on a busy machine
        Thread.sleep(100);
        t.interrupt();
        t.join(60_000);
        assertThat(err.toString()).contains("interrupted");
        assertThat(shown("print(x > 0)")).isEqualTo("True\n"); // its effect was kept
        Path saved = dir.resolve("s.adj");
        shown(":save " + saved);
        String text = Files.readString(saved);
        assertThat(text).contains("# interrupted (Ctrl-C or --timeout): what it had done was kept; replaying runs it whole\nwhile True:\n    x = x + 1\n");
        assertThat(text.indexOf("x = 0")).isLessThan(text.indexOf("while True"));
    }

    /** Issue 15, item 13: mnist(dir, dir) said "TypeError: mnist() DIR is a directory, ...". */
    @Test
    void anMnistFileThatCannotBeReadIsAnOSErrorNamingIt(@TempDir Path dir) {
        String shown = shown("d = mnist('" + dir + "', '" + dir + "')");
        assertThat(shown).contains("OSError: " + dir + " is a directory, not an MNIST file").doesNotContain("TypeError", "mnist() ");
        assertThat(shown("try:\n    mnist('" + dir + "', '" + dir + "')\nexcept OSError:\n    print('caught')\n")).isEqualTo("caught\n");
    }
}
