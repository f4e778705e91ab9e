package dev.adjoint.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Turns source text into tokens, with Python's layout: NEWLINE ends a logical line, INDENT and
 * DEDENT open and close blocks, and newlines inside brackets are ignored. Comments and blank
 * lines produce nothing (except for the highlighter, which gets comments and bad characters too).
 */
public final class Lexer {
    /** CPython's limit (MAXINDENT): with the top level, at most 100 indentation levels, so 99 nested blocks. */
    static final int MAX_INDENT_LEVELS = 100;
    /** The error of a block nested deeper than {@link #MAX_INDENT_LEVELS} (CPython's words). */
    static final String TOO_DEEP = "too many levels of indentation";

    private enum Mode { STRICT, LENIENT, HIGHLIGHT }

    private final String src;
    private final Mode mode;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Token> brackets = new ArrayDeque<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** The same levels measured with a tab as one column: CPython's check that tabs and spaces agree (its altindstack). */
    private final Deque<Integer> altIndents = new ArrayDeque<>();
    private int pos;
    /** Where the text of the string being read starts: unicode errors count positions from there. */
    private int escapeBase;
    /** The quote that ends that string (a \\N{ escape never reads past it). */
    private char escapeQuote = '"';
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    private boolean openTripleQuote;
    /** Whether the text ends right after a backslash that joins the next line (there is none yet). */
    private boolean openContinuation;
    private LangError firstError;
    private boolean hashIsText; // a command line's '#' is part of a word (notes#1.adj), not a comment

    private Lexer(String source, Mode mode) {
        this.src = source;
        this.mode = mode;
        indents.push(0);
        altIndents.push(0);
    }

    /** All tokens of {@code source} with layout, ending in EOF; throws the first lexical error. */
    public static List<Token> tokenize(String source) {
        return new Lexer(source, Mode.STRICT).run();
    }

    /**
     * Every token of {@code source} for a syntax highlighter: comments (COMMENT) and unrecognised
     * characters (ERROR) included, no layout tokens. Never throws; an unterminated string is a
     * STRING up to the end of its line.
     */
    public static List<Token> scanForHighlighting(String source) {
        try {
            return new Lexer(source == null ? "" : source, Mode.HIGHLIGHT).run();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Every token of a command line ({@code :save notes#1.adj --force}), for splitting it into
     * words: as {@link #scanForHighlighting}, except that '#' is a character of a word (an ERROR
     * token), not the start of a comment.
     */
    public static List<Token> scanCommandLine(String line) {
        Lexer lx = new Lexer(line, Mode.HIGHLIGHT);
        lx.hashIsText = true;
        return lx.run();
    }

    /** What a lenient scan found: the tokens, the first lexical error, brackets still open at the end. */
    record Scan(List<Token> tokens, LangError error, List<Token> openBrackets, boolean openTripleQuote, boolean openContinuation) {
        /** The brackets that would close the open ones, innermost first. */
        String closers() {
            StringBuilder sb = new StringBuilder();
            for (int i = openBrackets.size() - 1; i >= 0; i--) sb.append(closerOf(openBrackets.get(i).type()));
            return sb.toString();
        }

        Optional<LangError> unclosed() {
            if (openBrackets.isEmpty()) return Optional.empty();
            return Optional.of(unclosedError(openBrackets.get(openBrackets.size() - 1)));
        }
    }

    private static char closerOf(TokenType open) {
        return open == TokenType.LEFT_PAREN ? ')' : open == TokenType.LEFT_BRACKET ? ']' : '}';
    }

    /** Scans without throwing, for deciding whether an input is complete. */
    static Scan scanLeniently(String source) {
        Lexer lx = new Lexer(source, Mode.LENIENT);
        lx.run();
        List<Token> open = new ArrayList<>(lx.brackets);
        java.util.Collections.reverse(open); // outermost first
        return new Scan(lx.tokens, lx.firstError, open, lx.openTripleQuote, lx.openContinuation);
    }

    static LangError unclosedError(Token bracket) {
        Span s = bracket.span();
        return new LangError("'" + bracket.text() + "' was never closed", s); // the caret and FILE:LINE:COL say where
    }

    private List<Token> run() {
        int n = src.length();
        while (pos < n) {
            if (atLineStart) {
                atLineStart = false;
                if (mode != Mode.HIGHLIGHT && brackets.isEmpty() && !indentation()) continue;
            }
            char c = src.charAt(pos);
            if (c == '\n') newline();
            else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') pos++;
            else if (c == '#' && !hashIsText) comment();
            else if (c == '\\' && continuation()) continue;
            else scanToken(c);
        }
        if (mode == Mode.HIGHLIGHT) return tokens;
        if (lineHasTokens) add(TokenType.NEWLINE, pos, pos);
        if (!brackets.isEmpty()) fail(unclosedError(brackets.peek()));
        while (indents.size() > 1) {
            indents.pop();
            altIndents.pop();
            add(TokenType.DEDENT, pos, pos);
        }
        add(TokenType.EOF, pos, pos);
        return tokens;
    }

    /** Handles the indentation at the start of a line; false when the line is blank or only a comment. */
    private boolean indentation() {
        int width = 0, altWidth = 0, p = pos;
        for (; p < src.length(); p++) {
            char c = src.charAt(p);
            if (c == ' ') {
                width++;
                altWidth++;
            } else if (c == '\t') {
                width = (width / 8 + 1) * 8;
                altWidth++;
            } else if (c == '\f') {
                width = altWidth = 0;
            } else if (c != '\r') break;
        }
        if (p >= src.length() || src.charAt(p) == '\n' || src.charAt(p) == '#') {
            pos = p;
            return false;
        }
        int start = pos;
        pos = p;
        int current = indents.peek();
        if (width > current) {
            if (indents.size() >= MAX_INDENT_LEVELS) fail(LangError.python("IndentationError", TOO_DEEP, span(p, Math.min(p + 1, src.length()))));
            if (altWidth <= altIndents.peek()) fail(inconsistentTabs(start, p));
            indents.push(width);
            altIndents.push(altWidth);
            add(TokenType.INDENT, start, p);
        } else {
            while (width < indents.peek()) {
                indents.pop();
                altIndents.pop();
                add(TokenType.DEDENT, p, p);
            }
            if (width != indents.peek()) { // CPython's caret: after the end of the line
                int end = src.indexOf('\n', p);
                if (end < 0) end = src.length();
                if (end > p && src.charAt(end - 1) == '\r') end--;
                fail(LangError.python("IndentationError", "unindent does not match any outer indentation level", span(end, end)));
            }
            if (altWidth != altIndents.peek()) fail(inconsistentTabs(start, p));
        }
        return true;
    }

    /**
     * CPython's TabError: the levels agree with a tab as 8 columns but not with a tab as 1, so the
     * block depends on the tab width. The caret marks the line's first token (CPython shows the line
     * without its indentation and no caret; under the expanded tabs a caret would point at blanks).
     */
    private LangError inconsistentTabs(int start, int p) {
        int end = p;
        while (end < src.length() && !Character.isWhitespace(src.charAt(end))) end++;
        return LangError.python("TabError", "inconsistent use of tabs and spaces in indentation", span(p, Math.max(end, p + 1)));
    }

    private void newline() {
        if (brackets.isEmpty() && mode != Mode.HIGHLIGHT) {
            if (lineHasTokens) add(TokenType.NEWLINE, pos, pos + 1);
            lineHasTokens = false;
            atLineStart = true;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void comment() {
        int start = pos;
        while (pos < src.length() && src.charAt(pos) != '\n') pos++;
        if (mode == Mode.HIGHLIGHT) add(TokenType.COMMENT, start, pos);
    }

    /** A backslash at the end of a line joins the next line to this one. */
    private boolean continuation() {
        int p = pos + 1;
        if (p < src.length() && src.charAt(p) == '\r') p++;
        if (p < src.length() && src.charAt(p) != '\n') return false;
        if (p + 1 >= src.length()) openContinuation = true; // the line it joins has not come yet
        pos = Math.min(p + 1, src.length());
        line++;
        lineStart = pos;
        return true;
    }

    private void scanToken(char c) {
        int start = pos;
        if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            number();
            add(TokenType.NUMBER, start, pos);
        } else if (Character.isLetter(c) || c == '_') {
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
            String word = nfkc(src.substring(start, pos)); // as Python reads names
            if ((peek(0) == '"' || peek(0) == '\'') && isStringPrefix(word)) {
                string(start, word.toLowerCase());
                return;
            }
            TokenType kw = TokenType.keyword(word);
            // a name is one String object wherever it is written (interned, as the builtins' literal
            // names are), so a lookup finds its entry by identity and never compares the characters
            addWithText(kw != null ? kw : TokenType.NAME, kw != null ? word : word.intern(), start, pos);
        } else if (c == '"' || c == '\'') {
            string(start, "");
        } else {
            operator(c);
        }
    }

    /**
     * Decimal ints and floats (with '_' between digits), 0x / 0o / 0b ints; the parser reads the
     * value from the text. A number run into a letter ({@code 1abc}, {@code 0x1g}) or a bad digit is
     * CPython's tokenizer error, placed where CPython places it.
     */
    private void number() {
        int start = pos;
        char second = Character.toLowerCase(peek(1));
        if (peek(0) == '0' && (second == 'x' || second == 'o' || second == 'b')) {
            prefixedDigits(second == 'x' ? 16 : second == 'o' ? 8 : 2);
            return;
        } else {
            digits();
            boolean exponentNext = (peek(1) == 'e' || peek(1) == 'E') && (isDigit(peek(2)) || ((peek(2) == '+' || peek(2) == '-') && isDigit(peek(3))));
            if (peek(0) == '.' && (exponentNext || (!Character.isLetter(peek(1)) && peek(1) != '_' && peek(1) != '.'))) {
                pos++;
                digits();
            }
            char e = peek(0);
            if ((e == 'e' || e == 'E') && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
                pos += 2;
                digits();
            }
        }
        if (peek(0) == 'j' || peek(0) == 'J') {
            pos++; // an imaginary literal (2j, 1.5e3J): NumberLiteral reads it
            endOfNumber("imaginary");
            return;
        }
        if (peek(0) == '_' && mode != Mode.HIGHLIGHT) fail(new LangError("invalid decimal literal", span(pos, pos + 1))); // 1_ : at the '_'
        else endOfNumber("decimal");
    }

    /** 0x / 0o / 0b and their digits (with '_' between them), as CPython's tokenizer reads them and with its errors. */
    private void prefixedDigits(int radix) {
        String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
        pos += 2;
        do {
            if (peek(0) == '_') pos++;
            if (Character.digit(peek(0), radix) < 0) {
                if (isDigit(peek(0))) badDigit(kind);
                else if (mode != Mode.HIGHLIGHT) fail(new LangError("invalid " + kind + " literal", span(pos - 1, pos)));
                return;
            }
            while (Character.digit(peek(0), radix) >= 0) pos++;
        } while (peek(0) == '_');
        if (isDigit(peek(0))) badDigit(kind);
        else endOfNumber(kind);
    }

    /** 0o8, 0b2: "invalid digit '8' in octal literal", at the digit. */
    private void badDigit(String kind) {
        pos++;
        if (mode != Mode.HIGHLIGHT) fail(new LangError("invalid digit '" + src.charAt(pos - 1) + "' in " + kind + " literal", span(pos - 1, pos)));
    }

    /**
     * A number must not run into a name: {@code 1abc} is "invalid decimal literal" at the last
     * digit (CPython's place). A keyword that may follow a number in valid code ({@code 1if x else 2},
     * {@code 1or 2}) is let through, as CPython does (with a warning).
     */
    private void endOfNumber(String kind) {
        char c = peek(0);
        if (mode == Mode.HIGHLIGHT || !(c < 0x80 && Character.isLetterOrDigit(c) || c == '_')) return; // 1é is a number and a name, as in CPython 3.11
        for (String keyword : new String[] {"and", "else", "for", "if", "in", "is", "or", "not"})
            if (src.startsWith(keyword, pos)) return;
        fail(new LangError("invalid " + kind + " literal", span(pos - 1, pos)));
    }

    private void digits() {
        while (isDigit(peek(0)) || (peek(0) == '_' && isDigit(peek(1)))) pos++;
    }

    /**
     * A name in NFKC form, as Python reads names. NFKC leaves ASCII as it is, so the normalizer
     * (whose tables are loaded at its first use: 6% of a session's start) sees only other names.
     */
    private static String nfkc(String name) {
        for (int i = 0; i < name.length(); i++)
            if (name.charAt(i) >= 0x80) return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
        return name;
    }

    private static boolean isStringPrefix(String word) {
        String w = word.toLowerCase();
        return w.equals("r") || w.equals("u") || w.equals("f") || w.equals("b") || w.equals("rb") || w.equals("br") || w.equals("fr") || w.equals("rf");
    }

    /**
     * A string literal from {@code start} (its prefix, if any, already read): single or triple
     * quotes, escapes unless raw. An f-string becomes one FSTRING token whose text is 'r' (raw) or
     * ' ' followed by the content as written; the parser splits it into text and expressions.
     */
    private void string(int start, String prefix) {
        char quote = src.charAt(pos);
        int startLine = line, startLineStart = lineStart; // a triple-quoted string may end on a later line
        boolean triple = peek(1) == quote && peek(2) == quote;
        String lower = prefix.toLowerCase(java.util.Locale.ROOT);
        boolean raw = lower.contains("r"), formatted = lower.contains("f"), bytes = lower.contains("b");
        pos += triple ? 3 : 1;
        int contentStart = pos;
        escapeBase = contentStart;
        escapeQuote = quote;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= src.length() || (!triple && src.charAt(pos) == '\n')) {
                Span where = new Span(start, pos - start, startLine, start - startLineStart + 1);
                if (mode != Mode.HIGHLIGHT) {
                    if (triple) openTripleQuote = true;
                    // CPython's words, with one caret at the string's start and the line where the input ran out
                    int detected = triple && src.endsWith("\n") ? line - 1 : line;
                    fail(new LangError("unterminated " + (triple ? "triple-quoted " : "") + "string literal (detected at line " + detected + ")",
                            new Span(start, 1, startLine, start - startLineStart + 1)));
                }
                addWithSpan(TokenType.STRING, src.substring(start, pos), where);
                return;
            }
            char c = src.charAt(pos);
            if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) break;
            if (c == '\\' && pos + 1 < src.length()) {
                char next = src.charAt(pos + 1);
                if (raw || formatted || (bytes && (next == 'u' || next == 'U' || next == 'N'))) { // bytes have no unicode escapes: kept as written
                    value.append(c).append(src.charAt(pos + 1)); // kept as written: the parser reads an f-string's escapes
                    if (src.charAt(pos + 1) == '\n') newlineInString(pos + 1);
                    pos += 2;
                } else {
                    escape(value);
                }
                continue;
            }
            if (c == '\n') newlineInString(pos);
            value.append(c);
            pos++;
        }
        int contentEnd = pos;
        pos += triple ? 3 : 1;
        Span where = new Span(start, pos - start, startLine, start - startLineStart + 1);
        if (mode == Mode.HIGHLIGHT) addWithSpan(formatted ? TokenType.FSTRING : TokenType.STRING, src.substring(start, pos), where);
        else if (formatted) addWithSpan(TokenType.FSTRING, (raw ? "r" : " ") + src.substring(contentStart, contentEnd), where);
        else if (bytes) {
            for (int i = contentStart; i < contentEnd; i++)
                if (src.charAt(i) > 127) fail(new LangError("bytes can only contain ASCII literal characters", where));
            addWithSpan(TokenType.BYTES, value.toString(), where);
        }
        else addWithSpan(TokenType.STRING, value.toString(), where);
    }

    /** The text of a string part written with backslash escapes (an f-string's text); errors are placed at {@code at}. */
    static String unescape(String written, Span at) {
        Lexer lx = new Lexer(written, Mode.STRICT);
        StringBuilder value = new StringBuilder();
        try {
            while (lx.pos < written.length()) {
                char c = written.charAt(lx.pos);
                if (c == '\\' && lx.pos + 1 < written.length()) {
                    lx.escape(value);
                } else {
                    value.append(c);
                    lx.pos++;
                }
            }
        } catch (LangError e) {
            throw new LangError(e.getMessage(), at);
        }
        return value.toString();
    }

    /** A newline inside a triple-quoted string: the line count goes on, the logical line does not end. */
    private void newlineInString(int at) {
        line++;
        lineStart = at + 1;
    }

    /** Reads one backslash escape at pos into {@code value}; unknown escapes keep the backslash, as Python does. */
    private void escape(StringBuilder value) {
        char esc = src.charAt(pos + 1);
        pos += 2;
        switch (esc) {
            case '\n' -> newlineInString(pos - 1); // a backslash before a newline joins the lines
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'v' -> value.append('\u000b');
            case '\\', '\'', '"' -> value.append(esc);
            case 'x' -> value.appendCodePoint(hexEscape(2));
            case 'u' -> value.appendCodePoint(hexEscape(4));
            case 'U' -> value.appendCodePoint(hexEscape(8));
            case 'N' -> value.appendCodePoint(namedEscape());
            default -> {
                if (esc >= '0' && esc <= '7') {
                    int v = esc - '0';
                    for (int i = 0; i < 2 && peek(0) >= '0' && peek(0) <= '7'; i++) v = v * 8 + (src.charAt(pos++) - '0');
                    value.append((char) v);
                } else {
                    value.append('\\').append(esc);
                }
            }
        }
    }

    /**
     * \N{NAME}: the character of that Unicode name (any case, as Python's); errors are CPython's
     * unicode error, positions counted from the start of the string's text.
     */
    private int namedEscape() {
        int start = pos - 2, close = pos;
        if (peek(0) == '{')
            while (close < src.length() && src.charAt(close) != '}' && src.charAt(close) != escapeQuote && src.charAt(close) != '\n') close++;
        if (close >= src.length() || src.charAt(close) != '}' || close == pos + 1) { // CPython's error runs to the end of the text
            if (mode != Mode.HIGHLIGHT) fail(unicodeError(start, close - 1, "malformed \\N character escape"));
            return '?';
        }
        String name = src.substring(pos + 1, close);
        pos = close + 1;
        try {
            if (!name.isBlank() && name.strip().equals(name)) return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            // not a name: the error below
        }
        if (mode != Mode.HIGHLIGHT) fail(unicodeError(start, close, "unknown Unicode character name"));
        return '?';
    }

    private LangError unicodeError(int start, int last, String what) {
        String message = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + (start - escapeBase) + "-" + (last - escapeBase) + ": " + what;
        return new LangError(message, span(start, last + 1));
    }

    private int hexEscape(int digits) {
        int start = pos - 2;
        int v = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(peek(0), 16);
            if (d < 0) {
                if (mode != Mode.HIGHLIGHT) fail(new LangError("truncated \\" + src.charAt(start + 1) + " escape", span(start, pos)));
                return '?';
            }
            v = v * 16 + d;
            pos++;
        }
        if (!Character.isValidCodePoint(v)) {
            if (mode != Mode.HIGHLIGHT) fail(new LangError("illegal Unicode character", span(start, pos)));
            return '?';
        }
        return v;
    }

    private void operator(char c) {
        int start = pos;
        TokenType t = switch (c) {
            case '+' -> twoChar('=', TokenType.PLUS_EQUAL, TokenType.PLUS);
            case '-' -> peek(1) == '>' ? advanceBy(2, TokenType.ARROW) : twoChar('=', TokenType.MINUS_EQUAL, TokenType.MINUS);
            case '*' -> peek(1) == '*' ? (peek(2) == '=' ? advanceBy(3, TokenType.STAR_STAR_EQUAL) : advanceBy(2, TokenType.STAR_STAR))
                    : twoChar('=', TokenType.STAR_EQUAL, TokenType.STAR);
            case '/' -> peek(1) == '/' ? (peek(2) == '=' ? advanceBy(3, TokenType.SLASH_SLASH_EQUAL) : advanceBy(2, TokenType.SLASH_SLASH))
                    : twoChar('=', TokenType.SLASH_EQUAL, TokenType.SLASH);
            case '%' -> twoChar('=', TokenType.PERCENT_EQUAL, TokenType.PERCENT);
            case '@' -> twoChar('=', TokenType.AT_EQUAL, TokenType.AT);
            case '^' -> twoChar('=', TokenType.CARET_EQUAL, TokenType.CARET);
            case '&' -> twoChar('=', TokenType.AMPERSAND_EQUAL, TokenType.AMPERSAND);
            case '|' -> twoChar('=', TokenType.PIPE_EQUAL, TokenType.PIPE);
            case '~' -> advanceBy(1, TokenType.TILDE);
            case '=' -> twoChar('=', TokenType.EQUAL_EQUAL, TokenType.EQUAL);
            case '!' -> peek(1) == '=' ? advanceBy(2, TokenType.BANG_EQUAL) : null;
            case '<' -> peek(1) == '<' ? (peek(2) == '=' ? advanceBy(3, TokenType.LEFT_SHIFT_EQUAL) : advanceBy(2, TokenType.LEFT_SHIFT))
                    : peek(1) == '>' ? advanceBy(2, TokenType.ERROR) // Python 2's <>: one token, which the parser refuses as CPython's does
                    : twoChar('=', TokenType.LESS_EQUAL, TokenType.LESS);
            case '>' -> peek(1) == '>' ? (peek(2) == '=' ? advanceBy(3, TokenType.RIGHT_SHIFT_EQUAL) : advanceBy(2, TokenType.RIGHT_SHIFT))
                    : twoChar('=', TokenType.GREATER_EQUAL, TokenType.GREATER);
            case ',' -> advanceBy(1, TokenType.COMMA);
            case ':' -> twoChar('=', TokenType.WALRUS, TokenType.COLON);
            case '.' -> peek(1) == '.' && peek(2) == '.' ? advanceBy(3, TokenType.ELLIPSIS) : advanceBy(1, TokenType.DOT);
            case ';' -> advanceBy(1, TokenType.SEMICOLON);
            case '(' -> advanceBy(1, TokenType.LEFT_PAREN);
            case ')' -> advanceBy(1, TokenType.RIGHT_PAREN);
            case '[' -> advanceBy(1, TokenType.LEFT_BRACKET);
            case ']' -> advanceBy(1, TokenType.RIGHT_BRACKET);
            case '{' -> advanceBy(1, TokenType.LEFT_BRACE);
            case '}' -> advanceBy(1, TokenType.RIGHT_BRACE);
            default -> null;
        };
        if (t == null) {
            pos = start + Character.charCount(src.codePointAt(start));
            if (mode == Mode.HIGHLIGHT) add(TokenType.ERROR, start, pos);
            else fail(new LangError(badCharacter(src.codePointAt(start)), span(start, pos)));
            return;
        }
        Token tok = add(t, start, pos);
        if (mode == Mode.HIGHLIGHT) return;
        if (t == TokenType.LEFT_PAREN || t == TokenType.LEFT_BRACKET || t == TokenType.LEFT_BRACE) brackets.push(tok);
        else if (t == TokenType.RIGHT_PAREN || t == TokenType.RIGHT_BRACKET || t == TokenType.RIGHT_BRACE) closeBracket(tok);
    }

    /** CPython's words for a character no token starts with: "invalid syntax" ($, ?), "invalid character '“' (U+201C)", "invalid non-printable character U+200B". */
    private static String badCharacter(int c) {
        if (!Repr.isPrintable(c) || Character.isWhitespace(c)) return String.format("invalid non-printable character U+%04X", c);
        if (c > 127) return String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(c)), c);
        return "invalid syntax";
    }

    private void closeBracket(Token close) {
        if (brackets.isEmpty()) {
            fail(new LangError("unmatched '" + close.text() + "'", close.span()));
            return;
        }
        Token open = brackets.pop();
        boolean matches = close.text().charAt(0) == closerOf(open.type());
        if (!matches)
            fail(new LangError("closing parenthesis '" + close.text() + "' does not match opening parenthesis '" + open.text() + "'"
                    + (open.span().line() == close.span().line() ? "" : " on line " + open.span().line()), close.span()));
    }

    private TokenType twoChar(char second, TokenType ifTwo, TokenType ifOne) {
        return peek(1) == second ? advanceBy(2, ifTwo) : advanceBy(1, ifOne);
    }

    private TokenType advanceBy(int n, TokenType t) {
        pos += n;
        return t;
    }

    private char peek(int ahead) {
        int p = pos + ahead;
        return p < src.length() ? src.charAt(p) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token add(TokenType type, int start, int end) {
        return addWithText(type, src.substring(start, end), start, end);
    }

    private Token addWithText(TokenType type, String text, int start, int end) {
        return addWithSpan(type, text, span(start, end));
    }

    private Token addWithSpan(TokenType type, String text, Span span) {
        Token t = new Token(type, text, span);
        tokens.add(t);
        if (type.category() != TokenCategory.LAYOUT) lineHasTokens = true;
        return t;
    }

    private Span span(int start, int end) {
        return new Span(start, end - start, line, start - lineStart + 1);
    }

    private void fail(LangError e) {
        if (mode == Mode.STRICT) throw e;
        if (firstError == null) firstError = e;
    }
}
