package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.command.InputRunner;
import dev.adjoint.testing.ShellHarness;
import java.io.PrintWriter;
import org.junit.jupiter.api.Test;

/**
 * A failed input is undone as a whole (issue 11); when it had done something before its error (a
 * loop's first iterations, the first of several statements, a name bound) the prompt says so after
 * the error, so that a student knows why those steps are gone. Where the session stops (a script,
 * -e) there is nothing to explain.
 */
class UndoneInputNoteTest extends ShellHarness {
    private static final String NOTE = InputRunner.Failure.UNDONE_NOTE + "\n";

    @Test
    void aLoopThatFailsOnItsSixthIterationIsUndoneAndSaysSo() {
        run("total = 0");
        assertThat(ok("for i in range(6):\n    total += 10 // (5 - i)\n")).isFalse();
        String said = take(err);
        assertThat(said).startsWith("error: ZeroDivisionError: integer division or modulo by zero\n").endsWith("^\n" + NOTE);
        assertThat(printed("total")).isEqualTo("0\n"); // undone, as the note says
    }

    @Test
    void severalStatementsOrABoundNameGetTheNote() {
        assertThat(ok("a = 1; b = 1/0")).isFalse();
        assertThat(take(err)).endsWith(NOTE);
        assertThat(ok("import math, nosuchmodule")).isFalse(); // one statement, but math was bound before it failed
        assertThat(take(err)).endsWith(NOTE);
        assertThat(ok("math")).isFalse();
        assertThat(take(err)).contains("NameError");
        assertThat(ok("for i in range(3):\n    undefined_name\n")).isFalse(); // i was bound (Python would keep i = 0)
        assertThat(take(err)).endsWith(NOTE);
    }

    @Test
    void anInputThatHadDoneNothingFailsWithoutTheNote() {
        for (String input : new String[] {"1/0", "y = undefined_name", "for i in range(3)", "if True:\n    undefined_name\n",
                "[1 // (2 - i) for i in range(3)]"}) {
            assertThat(ok(input)).as(input).isFalse();
            assertThat(take(err)).as(input).contains("error:").doesNotContain("note:");
        }
        run("def f():\n    a = 1\n    return a/0\n");
        assertThat(ok("f()")).isFalse(); // the statements that ran were f's, not the input's
        assertThat(take(err)).contains("ZeroDivisionError").doesNotContain("note:");
    }

    @Test
    void aPipeSaysItAndAScriptOrMinusEDoesNot() {
        assertThat(shell.run("a = 1; 1/0", InputRunner.STDIN, 3, new PrintWriter(out), new PrintWriter(err)).ok()).isFalse();
        assertThat(take(err)).startsWith("<stdin>:3:").endsWith(NOTE);
        assertThat(shell.run("a = 1; 1/0", "lesson.adj", 3, new PrintWriter(out), new PrintWriter(err)).ok()).isFalse();
        assertThat(take(err)).startsWith("lesson.adj:3:").doesNotContain("note:");
        assertThat(shell.run("a = 1; 1/0", "-e", 1, new PrintWriter(out), new PrintWriter(err)).ok()).isFalse();
        assertThat(take(err)).doesNotContain("note:");
    }
}
