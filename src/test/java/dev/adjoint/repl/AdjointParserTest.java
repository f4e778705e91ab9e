package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class AdjointParserTest {
    final AdjointParser parser = new AdjointParser(InputAssemblerTest.FAKE);

    @Test
    void acceptsCompleteInputAndAsksForMoreOtherwise() {
        assertThat(parser.parse("x = 1", 5, ParseContext.ACCEPT_LINE)).isNotNull();
        assertThatThrownBy(() -> parser.parse("for i in range(3):", 18, ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class)
                .satisfies(e -> assertThat(((EOFError) e).getOpenBrackets()).isEqualTo(1));
        assertThat(parser.parse("for i in range(3):\n    x = i\n", 29, ParseContext.ACCEPT_LINE)).isNotNull();
    }

    @Test
    void linesPastedWithoutBracketedPasteGetNoIndentationAdded() {
        AdjointParser pasting = new AdjointParser(InputAssemblerTest.FAKE, () -> true);
        assertThatThrownBy(() -> pasting.parse("for i in range(3):", 18, ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class)
                .satisfies(e -> assertThat(((EOFError) e).getOpenBrackets()).isZero());
    }

    /** Issue 15: a paste is taken whole (decided once at its end), not re-read at each of its lines. */
    @Test
    void aPasteGoesOnWhileKeysAreWaitingEvenAfterACompleteLine() {
        AdjointParser pasting = new AdjointParser(InputAssemblerTest.FAKE, () -> true);
        assertThatThrownBy(() -> pasting.parse("x = 1", 5, ParseContext.ACCEPT_LINE)).isInstanceOf(EOFError.class);
        assertThat(parser.parse("x = 1", 5, ParseContext.ACCEPT_LINE)).isNotNull();
    }

    /** At a paste's end, a blank line inside its block (followed by an indented line) does not end the block there. */
    @Test
    void aPastesBlankLinesInsideABlockKeepItOpenAtItsEnd() {
        String pasted = "def f():\n    a = 1\n\n    b = a";
        assertThatThrownBy(() -> parser.parse(pasted, pasted.length(), ParseContext.ACCEPT_LINE)).isInstanceOf(EOFError.class);
        assertThat(parser.parse(pasted + "\n", pasted.length() + 1, ParseContext.ACCEPT_LINE)).isNotNull();
    }

    @Test
    void nextIndentFollowsTheLastLine() {
        assertThat(AdjointParser.nextIndent("for i in range(3):")).isEqualTo(1);
        assertThat(AdjointParser.nextIndent("for i in range(3):\n    if i > 1:  # deeper")).isEqualTo(2);
        assertThat(AdjointParser.nextIndent("def f(a):\n    b = a")).isEqualTo(1);
        assertThat(AdjointParser.nextIndent("def f(a):\n    return a")).isEqualTo(0);
        assertThat(AdjointParser.nextIndent("x = f(1,")).isEqualTo(1);
        assertThat(AdjointParser.nextIndent("s = \"a:#\"")).isEqualTo(0);
    }

    /** Tester finding: the prompt added its indent to the lines of a triple-quoted string, changing the string. */
    @Test
    void noIndentInsideATripleQuotedStringAndTheStatementsLevelAfterIt() {
        assertThat(AdjointParser.nextIndent("s = \"\"\"first")).isEqualTo(0);
        assertThat(AdjointParser.nextIndent("def f():\n    doc = '''a:")).isEqualTo(0);
        assertThat(AdjointParser.nextIndent("def f():\n    doc = \"\"\"a\nb:\"\"\"")).isEqualTo(1);
        assertThat(AdjointParser.nextIndent("def f():\n    if doc == \"\"\"a\n  b \"\"\":")).isEqualTo(2);
        assertThat(AdjointParser.nextIndent("def f():\n    return \"\"\"a\nb\"\"\"")).isEqualTo(0);
    }

    @Test
    void wordsOfAnExpressionLine() {
        AdjointParser.Words w = AdjointParser.words("y = ln(x1) + x1.gr", 18);
        assertThat(w.word()).isEqualTo("x1.gr");
        assertThat(w.wordCursor()).isEqualTo(5);
        assertThat(w.command()).isFalse();

        w = AdjointParser.words("y = ln(", 7);
        assertThat(w.word()).isEmpty();
    }

    @Test
    void wordsOfACommandLine() {
        AdjointParser.Words w = AdjointParser.words(":trace y --format js", 20);
        assertThat(w.command()).isTrue();
        assertThat(w.words()).containsExactly(":trace", "y", "--format", "js");
        assertThat(w.wordIndex()).isEqualTo(3);
        assertThat(w.word()).isEqualTo("js");

        w = AdjointParser.words(":trace ", 7);
        assertThat(w.wordIndex()).isEqualTo(1);
        assertThat(w.word()).isEmpty();
    }

    @Test
    void wordsOnlyLookAtTheCursorsLine() {
        AdjointParser.Words w = AdjointParser.words("for i in r:\n    x = i.sh", 24);
        assertThat(w.word()).isEqualTo("i.sh");
    }
}
