package dev.adjoint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 15, item 13: what the user sees names things in their words, never Java's. */
class MessagesTest {
    private final Shell shell = new Shell(ShellOptions.defaults());
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private String run(String input) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        shell.run(input, null, 1, new PrintWriter(out), new PrintWriter(err));
        return out + "" + err;
    }

    @Test
    void aProgressValueShowsWhatItWalks() {
        run("p = progress(range(3), 'epoch 1')");
        for (String in : new String[] {"p", "print(p)", "print(str(p))", ":vars", ":vars --format json"}) {
            String shown = run(in);
            assertThat(shown).as(in).doesNotContain("dev.adjoint", "ProgressValue", "@").contains("progress");
        }
        assertThat(run("p")).isEqualTo("<progress 'epoch 1' over 3 items>\n");
    }
}
