package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static String types(String source) {
        return Lexer.tokenize(source).stream().map(t -> t.type().name()).collect(Collectors.joining(" "));
    }

    private static String texts(String source) {
        return Lexer.tokenize(source).stream().filter(t -> t.type().category() != TokenCategory.LAYOUT)
                .map(Token::text).collect(Collectors.joining(" "));
    }

    @Test
    void numbersInEveryForm() {
        assertThat(texts("2 2.5 1e-3 .5 3E+2 7. 1.e5")).isEqualTo("2 2.5 1e-3 .5 3E+2 7. 1.e5");
        assertThat(types("2 2.5 1e-3 .5")).isEqualTo("NUMBER NUMBER NUMBER NUMBER NEWLINE EOF");
    }

    @Test
    void keywordsNamesAndStrings() {
        List<Token> ts = Lexer.tokenize("if x1 and not True: s = \"a\\tb\" + 'c'");
        assertThat(ts).extracting(Token::type).startsWith(TokenType.IF, TokenType.NAME, TokenType.AND, TokenType.NOT, TokenType.TRUE,
                TokenType.COLON, TokenType.NAME, TokenType.EQUAL, TokenType.STRING, TokenType.PLUS, TokenType.STRING);
        assertThat(ts.get(8).text()).isEqualTo("a\tb");
    }

    /** A name is one String object wherever it is written, so that looking it up compares no characters. */
    @Test
    void aNameIsOneObjectWhereverItIsWritten() {
        List<Token> ts = Lexer.tokenize("total = total + sin(x)\nx = total");
        List<Token> names = ts.stream().filter(t -> t.type() == TokenType.NAME).toList();
        assertThat(names).extracting(Token::text).containsExactly("total", "total", "sin", "x", "x", "total");
        assertThat(names.get(1).text()).isSameAs(names.get(0).text()).isSameAs(names.get(5).text());
        assertThat(names.get(4).text()).isSameAs(names.get(3).text());
        assertThat(names.get(2).text()).as("the builtins' names are literals").isSameAs("sin");
    }

    @Test
    void longestOperatorsFirst() {
        assertThat(texts("a ** b // c == d != e <= f >= g += h -= i *= j /= k @ l ^ m % n"))
                .isEqualTo("a ** b // c == d != e <= f >= g += h -= i *= j /= k @ l ^ m % n");
        assertThat(types("a**-1")).isEqualTo("NAME STAR_STAR MINUS NUMBER NEWLINE EOF");
    }

    @Test
    void attributeAfterNameIsNotANumber() {
        assertThat(types("x.grad")).isEqualTo("NAME DOT NAME NEWLINE EOF");
    }

    @Test
    void indentationMakesBlocks() {
        assertThat(types("for i in range(3):\n    x = i\n    # note\n\ny = 1\n"))
                .isEqualTo("FOR NAME IN NAME LEFT_PAREN NUMBER RIGHT_PAREN COLON NEWLINE INDENT NAME EQUAL NAME NEWLINE DEDENT NAME EQUAL NUMBER NEWLINE EOF");
    }

    @Test
    void newlinesInsideBracketsAreIgnored() {
        assertThat(types("f(1,\n      2)\n")).isEqualTo("NAME LEFT_PAREN NUMBER COMMA NUMBER RIGHT_PAREN NEWLINE EOF");
    }

    @Test
    void commentsAreSkipped() {
        assertThat(types("x = 1  # one\n# alone\n")).isEqualTo("NAME EQUAL NUMBER NEWLINE EOF");
    }

    @Test
    void spansAreOneBasedLinesAndColumns() {
        List<Token> ts = Lexer.tokenize("a = 1\nbb = 22");
        Token bb = ts.get(4);
        assertThat(bb.text()).isEqualTo("bb");
        assertThat(bb.span()).isEqualTo(new Span(6, 2, 2, 1));
        assertThat(ts.get(6).span()).isEqualTo(new Span(11, 2, 2, 6));
    }

    @Test
    void badCharacterIsAnErrorAtItsColumn() {
        assertThatThrownBy(() -> Lexer.tokenize("x = 2 $ 3")).isInstanceOf(LangError.class)
                .hasMessage("invalid syntax").extracting(e -> ((LangError) e).span().column()).isEqualTo(7);
    }

    @Test
    void invisibleCharactersAreNamedByCodePointAndNamesAreNfkc() {
        assertThatThrownBy(() -> Lexer.tokenize("x = 1\u200b")).hasMessage("invalid non-printable character U+200B");
        assertThatThrownBy(() -> Lexer.tokenize("x = 1 € 2")).hasMessage("invalid character '€' (U+20AC)");
        assertThat(texts("\ufb01 = 1")).isEqualTo("fi = 1"); // ﬁ is the name fi, as in Python
    }

    @Test
    void unterminatedString() {
        assertThatThrownBy(() -> Lexer.tokenize("s = 'abc")).hasMessage("unterminated string literal (detected at line 1)");
        // \N{...}: CPython's unicode errors, positions counted in the string's text, never past its quote
        String codec = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
        assertThatThrownBy(() -> Lexer.tokenize("s = 'ab\\N{NOPE}'")).hasMessage(codec + "2-9: unknown Unicode character name")
                .extracting(e -> ((LangError) e).span().column()).isEqualTo(8);
        assertThatThrownBy(() -> Lexer.tokenize("s = '\\N{BULLET'; d = {}")).hasMessage(codec + "0-8: malformed \\N character escape");
        assertThatThrownBy(() -> Lexer.tokenize("s = '\\N'")).hasMessage(codec + "0-1: malformed \\N character escape");
        assertThatThrownBy(() -> Lexer.tokenize("s = '\\N{ BULLET}'")).hasMessage(codec + "0-10: unknown Unicode character name");
    }

    @Test
    void bracketErrors() {
        assertThatThrownBy(() -> Lexer.tokenize("y = ln(")).hasMessage("'(' was never closed");
        assertThatThrownBy(() -> Lexer.tokenize("y = (1]")).hasMessage("closing parenthesis ']' does not match opening parenthesis '('");
        assertThatThrownBy(() -> Lexer.tokenize("y = (1,\n2]")).hasMessage("closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        assertThatThrownBy(() -> Lexer.tokenize("y = 1)")).hasMessage("unmatched ')'");
    }

    @Test
    void inconsistentDedent() {
        assertThatThrownBy(() -> Lexer.tokenize("if x:\n    a = 1\n  b = 2\n")).hasMessage("IndentationError: unindent does not match any outer indentation level");
    }

    @Test
    void highlightingGetsEverythingAndNeverThrows() {
        List<Token> ts = Lexer.scanForHighlighting("x = ln(2) $ # note\n  'open");
        assertThat(ts).extracting(Token::type).containsExactly(TokenType.NAME, TokenType.EQUAL, TokenType.NAME, TokenType.LEFT_PAREN,
                TokenType.NUMBER, TokenType.RIGHT_PAREN, TokenType.ERROR, TokenType.COMMENT, TokenType.STRING);
        assertThat(ts.get(7).text()).isEqualTo("# note");
        assertThat(ts.get(8).span().line()).isEqualTo(2);
        assertThat(ts).extracting(t -> t.type().category()).doesNotContain(TokenCategory.LAYOUT);
        assertThat(Lexer.scanForHighlighting("((((")).hasSize(4);
        assertThat(Lexer.scanForHighlighting("")).isEmpty();
    }

    @Test
    void categories() {
        assertThat(TokenType.NUMBER.category()).isEqualTo(TokenCategory.NUMBER);
        assertThat(TokenType.FOR.category()).isEqualTo(TokenCategory.KEYWORD);
        assertThat(TokenType.NONE.category()).isEqualTo(TokenCategory.KEYWORD);
        assertThat(TokenType.STAR_STAR.category()).isEqualTo(TokenCategory.OPERATOR);
        assertThat(TokenType.LEFT_PAREN.category()).isEqualTo(TokenCategory.PUNCTUATION);
        assertThat(TokenType.INDENT.category()).isEqualTo(TokenCategory.LAYOUT);
    }
}
