package dev.adjoint.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.Span;
import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 15, items 4 and 13: errors never send control characters to the terminal, and never flood it. */
class ErrorFormatTest {
    @Test
    void controlCharactersInTheContextLineAreEscapedAndTheCaretStaysUnderTheSpan() {
        String source = "s = '\u001b[2J\u0000' + nope";
        int col = source.indexOf("nope") + 1;
        String text = ErrorFormat.format("name 'nope' is not defined", new Span(col - 1, 4, 1, col), source, "f.adj", 1, false);
        String[] lines = text.split("\n");
        assertThat(text).doesNotContain("\u001b", "\u0000");
        assertThat(lines[1]).isEqualTo("  s = '\\x1b[2J\\x00' + nope");
        assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].indexOf("nope"));
        assertThat(lines[2].trim()).isEqualTo("^^^^");
    }

    @Test
    void controlCharactersInTheMessageAreEscaped() {
        String text = ErrorFormat.format("unexpected character '\u001b'", null, null, null, 1, true);
        assertThat(text).contains("'\\x1b'");
        assertThat(text.replace("\u001b[1;31m", "").replace("\u001b[0m", "")).doesNotContain("\u001b");
    }

    @Test
    void aLongMessageKeepsItsStartAndEndAndSaysWhatItLeftOut() {
        String name = "x".repeat(3_000_000);
        String message = "name '" + name + "' is not defined";
        String text = ErrorFormat.format(message, null, null, null, 1, false);
        assertThat(text.length()).isLessThan(2 * ErrorFormat.MAX_MESSAGE);
        assertThat(text).startsWith("error: name 'xxx").endsWith("xxx' is not defined\n")
                .contains(" ... (" + String.format("%,d", message.length() - ErrorFormat.HEAD - ErrorFormat.TAIL) + " characters left out) ... ");
    }

    /** End to end: before, 20 s in "did you mean" and the whole name echoed. */
    @Test
    void anUndefinedHugeNameIsAnsweredBoundedly() {
        Shell shell = new Shell(ShellOptions.defaults());
        StringWriter out = new StringWriter(), err = new StringWriter();
        shell.run("x = 1", null, 1, new PrintWriter(out), new PrintWriter(err));
        String name = "y".repeat(3_000_000);
        assertThat(shell.run(name + " + 1", null, 1, new PrintWriter(out), new PrintWriter(err)).ok()).isFalse();
        assertThat(err.toString()).contains("is not defined").contains("characters left out");
        assertThat(err.toString().length()).isLessThan(3000);
    }
}
