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
        AdjointParser pasting = new AdjointParser(InputAssemblerTest.FAKE, () -> 'x');
        assertThatThrownBy(() -> pasting.parse("for i in range(3):", 18, ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class)
                .satisfies(e -> assertThat(((EOFError) e).getOpenBrackets()).isZero());
    }

    @Test
    void aBlankLineFollowedAtOnceByAnIndentedLineContinuesTheBlock() {
        String typed = "class A:\n    def f(self):\n        return 1\n";
        for (char indent : new char[] {' ', '\t'}) {
            AdjointParser pasting = new AdjointParser(InputAssemblerTest.FAKE, () -> indent);
            assertThatThrownBy(() -> pasting.parse(typed, typed.length(), ParseContext.ACCEPT_LINE))
                    .isInstanceOf(EOFError.class)
                    .satisfies(e -> assertThat(((EOFError) e).getOpenBrackets()).isZero());
            // the pasted line after the blank line still leaves the class open
            String more = typed + "\n        x = 2";
            assertThatThrownBy(() -> pasting.parse(more, more.length(), ParseContext.ACCEPT_LINE)).isInstanceOf(EOFError.class);
        }
        // the block ends at a blank line followed by an unindented line, or by nothing waiting
        assertThat(new AdjointParser(InputAssemblerTest.FAKE, () -> 'p').parse(typed, typed.length(), ParseContext.ACCEPT_LINE)).isNotNull();
        assertThat(parser.parse(typed, typed.length(), ParseContext.ACCEPT_LINE)).isNotNull();
        // a blank line alone is not a block
        assertThat(new AdjointParser(InputAssemblerTest.FAKE, () -> ' ').parse("", 0, ParseContext.ACCEPT_LINE)).isNotNull();
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
