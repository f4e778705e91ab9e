package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.repl.InputAssembler.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class InputAssemblerTest {
    /**
     * A stand-in for Shell.isComplete: incomplete while a bracket is open, or while a block (a
     * line ending in ':') has not been closed by an empty line.
     */
    static final Predicate<String> FAKE = text -> {
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '[') depth++;
            if (c == ')' || c == ']') depth--;
        }
        if (depth > 0) return false;
        boolean block = text.lines().anyMatch(l -> l.strip().endsWith(":"));
        return !block || text.endsWith("\n");
    };

    static List<Chunk> feedAll(String... lines) {
        InputAssembler a = new InputAssembler(FAKE);
        List<Chunk> chunks = new ArrayList<>();
        for (String line : lines) chunks.addAll(a.feed(line));
        chunks.addAll(a.finish());
        return chunks;
    }

    /** Tester Y19: a line that starts with ':' inside an open bracket continues the statement, as in CPython. */
    @Test
    void aColonLineInsideAnOpenBracketIsNoCommand() {
        assertThat(feedAll("y = (lambda a", ":a + 1)(2)", ":trace y"))
                .containsExactly(new Chunk("y = (lambda a\n:a + 1)(2)", 1), new Chunk(":trace y", 3));
        assertThat(MainTest.run("d = {'a'\n     : 1}\nprint(d)\n").out()).isEqualTo("{'a': 1}\n");
    }

    @Test
    void simpleStatementsAreOneInputEach() {
        assertThat(feedAll("x1 = 2", "x2 = 5", "y = ln(x1) + x1*x2"))
                .containsExactly(new Chunk("x1 = 2", 1), new Chunk("x2 = 5", 2), new Chunk("y = ln(x1) + x1*x2", 3));
    }

    @Test
    void blockIsGroupedUntilAnEmptyLine() {
        assertThat(feedAll("s = 0", "for i in range(3):", "    s = s + i", "    s = s * 2", "", "s"))
                .containsExactly(
                        new Chunk("s = 0", 1),
                        new Chunk("for i in range(3):\n    s = s + i\n    s = s * 2\n", 2),
                        new Chunk("s", 6));
    }

    /**
     * A statement at the top level after a block is an input of its own even without a blank line
     * between, as a file and a notebook cell run them (IPython runs a cell statement by statement):
     * a call that fails right after a def undoes the call, not the def (tester S8). A clause of the
     * block (else, elif, except, finally) and a comment stay with it.
     */
    @Test
    void aTopLevelStatementAfterABlockIsAnInputOfItsOwn() {
        assertThat(InputAssembler.split("def k():\n    return 1/0\nk()", REAL, InputAssembler.Mode.TEXT))
                .containsExactly(new Chunk("def k():\n    return 1/0\n", 1), new Chunk("k()", 3));
        assertThat(feedAll("for i in range(2):", "    print(i)", "x = 1", "x"))
                .containsExactly(new Chunk("for i in range(2):\n    print(i)\n", 1), new Chunk("x = 1", 3), new Chunk("x", 4));
        assertThat(InputAssembler.split("if x:\n    y = 1\nelse:\n    y = 2\n# done\ntry:\n    f()\nexcept E:\n    pass\nfinally:\n    g()\nz = y",
                REAL, InputAssembler.Mode.TEXT))
                .containsExactly(new Chunk("if x:\n    y = 1\nelse:\n    y = 2\n# done\n", 1),
                        new Chunk("try:\n    f()\nexcept E:\n    pass\nfinally:\n    g()\n", 6), new Chunk("z = y", 12));
    }

    @Test
    void blankLinesBetweenInputsAreSkippedAndLinesStillCounted() {
        assertThat(feedAll("", "  ", "x = 1", "", "", "y = 2"))
                .containsExactly(new Chunk("x = 1", 3), new Chunk("y = 2", 6));
    }

    @Test
    void whitespaceOnlyLineEndsABlockLikeAnEmptyOne() {
        assertThat(feedAll("while x:", "    x = 0", "    ", "z = 1"))
                .containsExactly(new Chunk("while x:\n    x = 0\n", 1), new Chunk("z = 1", 4));
    }

    @Test
    void openBracketContinuesOnTheNextLine() {
        assertThat(feedAll("W = tensor([[1, 2],", "           [3, 4]])", "W"))
                .containsExactly(new Chunk("W = tensor([[1, 2],\n           [3, 4]])", 1), new Chunk("W", 3));
    }

    @Test
    void unclosedBracketIsFlushedAtAnEmptyLineSoTheShellCanReportIt() {
        assertThat(feedAll("y = f(1,", "", "z = 3"))
                .containsExactly(new Chunk("y = f(1,\n", 1), new Chunk("z = 3", 3));
    }

    /** In a file, a pipe or a cell a blank line inside brackets belongs to the statement, as CPython reads a file (issue 10). */
    @Test
    void inATextABlankLineInsideBracketsDoesNotEndTheStatement() {
        List<Chunk> chunks = InputAssembler.split("data = [\n    1,\n\n    2,\n]\nprint(data)", REAL, InputAssembler.Mode.TEXT);
        assertThat(chunks).containsExactly(new Chunk("data = [\n    1,\n\n    2,\n]", 1), new Chunk("print(data)", 6));
        assertThat(InputAssembler.split("y = f(1,\n\n", REAL, InputAssembler.Mode.TEXT)).containsExactly(new Chunk("y = f(1,\n\n\n", 1));
        assertThat(InputAssembler.split("y = f(1,\n\nz = 3", REAL, InputAssembler.Mode.PROMPT)) // the prompt's way out of a bracket
                .containsExactly(new Chunk("y = f(1,\n", 1), new Chunk("z = 3", 3));
    }

    @Test
    void aBackslashAtTheEndOfALineJoinsTheNext() {
        assertThat(InputAssembler.split("total = 1 + \\\n    2\nprint(total)", REAL, InputAssembler.Mode.TEXT))
                .containsExactly(new Chunk("total = 1 + \\\n    2", 1), new Chunk("print(total)", 3));
        assertThat(InputAssembler.split("total = 1 + \\\n    2", REAL)).containsExactly(new Chunk("total = 1 + \\\n    2", 1));
    }

    /** The session's own rule (Completeness), as the Shell uses it. */
    static final Predicate<String> REAL = dev.adjoint.lang.Completeness::isComplete;

    @Test
    void commandsStandOnTheirOwnLine() {
        assertThat(feedAll("x = 2", ":trace y --format json", "  :grad y  "))
                .containsExactly(new Chunk("x = 2", 1), new Chunk(":trace y --format json", 2), new Chunk(":grad y", 3));
    }

    @Test
    void commandAfterAnOpenBlockFlushesTheBlockFirst() {
        assertThat(feedAll("for i in range(2):", "    x = i", ":trace x"))
                .containsExactly(new Chunk("for i in range(2):\n    x = i\n", 1), new Chunk(":trace x", 3));
    }

    @Test
    void pendingInputIsFlushedAtTheEnd() {
        InputAssembler a = new InputAssembler(FAKE);
        assertThat(a.feed("def f(a):")).isEmpty();
        assertThat(a.feed("    return a * 2")).isEmpty();
        assertThat(a.hasPending()).isTrue();
        assertThat(a.finish()).containsExactly(new Chunk("def f(a):\n    return a * 2\n", 1));
        assertThat(a.hasPending()).isFalse();
        assertThat(a.finish()).isEmpty();
    }

    @Test
    void splitHandlesAWholePastedText() {
        assertThat(InputAssembler.split("x1 = 2\r\nx2 = 5\n:grad y\n", FAKE))
                .containsExactly(new Chunk("x1 = 2", 1), new Chunk("x2 = 5", 2), new Chunk(":grad y", 3));
    }

    @Test
    void needsMoreLinesFollowsThePromptRules() {
        assertThat(InputAssembler.needsMoreLines("x = 1", FAKE)).isFalse();
        assertThat(InputAssembler.needsMoreLines("", FAKE)).isFalse();
        assertThat(InputAssembler.needsMoreLines(":trace", FAKE)).isFalse();
        assertThat(InputAssembler.needsMoreLines("for i in range(3):", FAKE)).isTrue();
        assertThat(InputAssembler.needsMoreLines("for i in range(3):\n    x = i", FAKE)).isTrue();
        assertThat(InputAssembler.needsMoreLines("for i in range(3):\n    x = i\n", FAKE)).isFalse();
        assertThat(InputAssembler.needsMoreLines("for i in range(3):\n    x = i\n    ", FAKE)).isFalse();
        assertThat(InputAssembler.needsMoreLines("f(1,", FAKE)).isTrue();
        assertThat(InputAssembler.needsMoreLines("f(1,\n", FAKE)).isFalse();
    }

    @Test
    void aBlankLineInsideATripleQuotedStringBelongsToIt() {
        List<InputAssembler.Chunk> chunks = InputAssembler.split("s = '''one\n\ntwo'''\nprint(s)", dev.adjoint.lang.Completeness::isComplete);
        assertThat(chunks).extracting(InputAssembler.Chunk::text).containsExactly("s = '''one\n\ntwo'''", "print(s)");
    }
}
