package dev.adjoint.lang;

import java.util.List;
import java.util.Optional;

/**
 * Whether an input needs more lines, as the Python prompt decides: an open bracket continues the
 * statement; a block header ending in ':' (or a one-line compound statement, or an indented line
 * of a block) waits for more lines until an empty line ends the block.
 */
public final class Completeness {
    private Completeness() {}

    /** False while {@code source} (lines joined by '\n') needs more lines. */
    public static boolean isComplete(String source) {
        return isComplete(source, Lexer.scanLeniently(source));
    }

    /** The same, for a scan of {@code source} already made (see {@link PendingBlock#of}). */
    static boolean isComplete(String source, Lexer.Scan scan) {
        if (!scan.openBrackets().isEmpty()) return hasErrorBeforeEnd(source, scan);
        if (scan.openTripleQuote()) return false; // a triple-quoted string goes on over lines
        if (scan.openContinuation()) return false; // a backslash at the end of the last line joins the next
        // let eval report an error, but a block nested too deeply still ends where a block ends:
        // one error for all of it, not one for every hundred levels of its lines
        if (scan.error() != null && !Lexer.TOO_DEEP.equals(scan.error().detail())) return true;
        List<Token> tokens = scan.tokens();
        Token lastFirst = null, lastEnd = null;
        boolean headerBefore = false, lastIsHeader = false, lastLacksColon = false;
        Token first = null;
        int firstAt = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            TokenType type = t.type();
            if (type == TokenType.INDENT || type == TokenType.DEDENT || type == TokenType.EOF) continue;
            if (type == TokenType.NEWLINE) {
                if (first == null) continue;
                headerBefore |= lastIsHeader;
                lastFirst = first;
                lastEnd = tokens.get(i - 1);
                lastLacksColon = lacksItsColon(tokens.subList(firstAt, i));
                lastIsHeader = !lastLacksColon && (lastEnd.type() == TokenType.COLON || isCompound(first.type()) || first.type() == TokenType.AT);
                first = null;
                continue;
            }
            if (first == null) {
                first = t;
                firstAt = i;
            }
        }
        if (lastFirst == null) return true;
        // `for i in range(3)` without its colon: no further line can mend it, so Enter reports
        // CPython's "expected ':'" at once instead of swallowing the next line (the retyped header)
        if (lastLacksColon) return true;
        if (endsWithEmptyLine(source, lastEnd)) return true;
        if (lastIsHeader) return lastFirst.span().column() == 1
                && headerHasError(source.substring(lastFirst.span().offset(), lastEnd.span().end()), lastFirst.type());
        return !(lastFirst.span().column() > 1 && headerBefore);
    }

    /**
     * Inside an open bracket, more lines cannot mend a syntax error that stands before the end of
     * the input (as Python's codeop decides), so such an input is complete and its error reported:
     * a stray '(' in a pipe then costs the lines up to the first error, not the rest of the session.
     * An error at the last token may only mean the text was cut there ({@code f(a +}); it is one no
     * line can mend when a name after it does not help either ({@code def f(:}, {@code (1 2}).
     */
    private static boolean hasErrorBeforeEnd(String source, Lexer.Scan scan) {
        int lastStart = -1;
        for (Token t : scan.tokens())
            if (t.type().category() != TokenCategory.LAYOUT && t.type() != TokenType.EOF) lastStart = t.span().offset();
        // close the open brackets (on a line of their own: after a comment too): does the text before them parse?
        Integer error = errorAt(source + "\n" + scan.closers());
        if (error == null || error >= lastStart) {
            String continued = source + "\n_";
            error = error == null ? null : errorAt(continued + "\n" + scan.closers());
            return error != null && error < continued.length() - 1;
        }
        return true;
    }

    /** Where the text's syntax error is (an offset), or null when it parses (or its error has no place). */
    private static Integer errorAt(String text) {
        try {
            Parser.parse(text);
            return null;
        } catch (LangError e) {
            return e.span() == null ? null : e.span().offset();
        }
    }

    /**
     * Whether the header a block waits on has a syntax error no later line can mend, as CPython's
     * prompt finds by compiling each line: {@code if x = 3: print(x)} is reported on its own Enter
     * instead of swallowing the next line. Only a header at the top level that can begin a
     * statement is parsed on its own (an else or except line needs what came before; inside a
     * function or loop, return and continue are allowed); an error at its end (the missing body)
     * is what more lines mend.
     */
    private static boolean headerHasError(String header, TokenType first) {
        if (!isCompound(first) || first == TokenType.ELIF || first == TokenType.ELSE || first == TokenType.EXCEPT
                || first == TokenType.FINALLY) return false;
        try {
            Parser.parse(header);
            return false;
        } catch (LangError e) {
            return e.span() != null && e.span().offset() < header.stripTrailing().length();
        }
    }

    /** Whether {@code source} ends inside a triple-quoted string: a blank line then belongs to the string, not the end of the input. */
    public static boolean insideString(String source) {
        return Lexer.scanLeniently(source).openTripleQuote();
    }

    /**
     * Whether {@code source} ends inside a triple-quoted string or an open bracket: in a file, as
     * CPython reads one, a blank line there does not end the statement.
     */
    public static boolean insideStringOrBrackets(String source) {
        Lexer.Scan scan = Lexer.scanLeniently(source);
        return scan.openTripleQuote() || !scan.openBrackets().isEmpty();
    }

    /**
     * The lines of {@code source} (0-based) that begin inside a triple-quoted string, found in one
     * scan: asking {@link #insideString} of every prefix re-read the text once per line.
     */
    public static java.util.BitSet linesStartingInsideStrings(String source) {
        java.util.BitSet inside = new java.util.BitSet();
        int line = 0, lineStart = 0;
        for (Token t : Lexer.scanLeniently(source).tokens()) {
            if (t.type() != TokenType.STRING || !isTripleQuoted(source, t.span().offset())) continue;
            int start = t.span().offset(), end = t.span().end();
            for (int nl = source.indexOf('\n', Math.max(start, lineStart)); nl >= 0 && nl < end; nl = source.indexOf('\n', nl + 1)) {
                line += countNewlines(source, lineStart, nl) + 1;
                lineStart = nl + 1;
                inside.set(line);
            }
        }
        return inside;
    }

    private static boolean isTripleQuoted(String source, int offset) {
        int q = offset;
        while (q < source.length() && Character.isLetter(source.charAt(q))) q++; // a prefix: r, b, f, rb, ...
        return source.startsWith("\"\"\"", q) || source.startsWith("'''", q);
    }

    private static int countNewlines(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    /** What is still open at the end of {@code source}: the innermost unclosed bracket, if any. */
    public static Optional<LangError> unfinished(String source) {
        return Lexer.scanLeniently(source).unclosed();
    }

    /**
     * Whether the tokens of one logical line are a block header that lacks its colon: they begin
     * with a compound statement's keyword and hold no ':' outside brackets (a one-line `if x: y`
     * has one).
     */
    static boolean lacksItsColon(List<Token> line) {
        if (line.isEmpty() || !isCompound(line.get(0).type())) return false;
        int depth = 0;
        for (Token t : line) {
            switch (t.type()) {
                case LEFT_PAREN, LEFT_BRACKET, LEFT_BRACE -> depth++;
                case RIGHT_PAREN, RIGHT_BRACKET, RIGHT_BRACE -> depth--;
                case COLON, LAMBDA -> {
                    if (depth == 0) return false; // a lambda's colon may be the header's: leave it to the parser
                }
                default -> {}
            }
        }
        return true;
    }

    private static boolean isCompound(TokenType t) {
        return switch (t) {
            case IF, ELIF, ELSE, FOR, WHILE, DEF, WITH, TRY, EXCEPT, FINALLY, CLASS, ASYNC -> true;
            default -> false;
        };
    }

    /** An empty line after the last statement: one of the lines that follow it is blank. */
    private static boolean endsWithEmptyLine(String source, Token lastEnd) {
        String[] after = source.substring(Math.min(source.length(), lastEnd.span().end())).split("\n", -1);
        for (int i = 1; i < after.length; i++) if (after[i].isBlank()) return true;
        return false;
    }
}
