package dev.adjoint.command;

import dev.adjoint.lang.Lexer;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.Token;
import dev.adjoint.lang.TokenType;
import dev.adjoint.session.Arg;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line split into words with their positions (so an error can put a caret under one),
 * from the Lexer's tokens: a word is a run of tokens without blanks between them. Brackets keep
 * "[1, 2, 3]" one word; a comma joins the words on either side of it, so "wrt x, d" and
 * "dir x1=1, x2=1" read as "wrt x,d" and "dir x1=1,x2=1" would. A string ('my file.adj', "a b")
 * keeps its blanks in the word, quotes included ({@link FileNames} takes them off). A '#' that
 * starts a word starts a comment, to the line's end; inside a word it is a character of it, as in
 * a file name. Linear in the line's length.
 */
final class Words {
    private Words() {}

    static List<Arg> split(String line) {
        List<Arg> words = new ArrayList<>();
        Token first = null, previous = null;
        int end = 0, depth = 0;
        for (Token t : Lexer.scanCommandLine(line)) {
            if (t.type() == TokenType.ERROR && Character.isWhitespace(t.text().codePointAt(0))) continue; // a blank the lexer does not skip
            int offset = t.span().offset();
            boolean sameWord = first != null
                    && (offset == end || depth > 0 || t.type() == TokenType.COMMA || previous.type() == TokenType.COMMA);
            if (first != null && !sameWord) {
                words.add(word(line, first, end));
                first = null;
            }
            if (first == null && depth == 0 && t.text().startsWith("#")) return words; // a comment, as after a Python line (README's `:grad y  # ...`)
            if (first == null) first = t;
            switch (t.type()) {
                case LEFT_PAREN, LEFT_BRACKET -> depth++;
                case RIGHT_PAREN, RIGHT_BRACKET -> depth = Math.max(0, depth - 1);
                default -> {}
            }
            end = offset + t.span().length();
            previous = t;
        }
        if (first != null) words.add(word(line, first, end));
        return words;
    }

    private static Arg word(String line, Token first, int end) {
        Span at = first.span();
        return new Arg(line.substring(at.offset(), end), new Span(at.offset(), Math.max(1, end - at.offset()), at.line(), at.column()));
    }

    static Span span(String text, int offset, int length) {
        int line = 1, col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else col++;
        }
        return new Span(offset, Math.max(1, length), line, col);
    }

    /** The items of a comma-separated word ("x1, x2" → x1, x2), each pointing at the whole word. */
    static List<Arg> items(Arg list) {
        List<Arg> out = new ArrayList<>();
        for (String part : list.text().split(",")) out.add(new Arg(part.strip(), list.span()));
        return out;
    }
}
