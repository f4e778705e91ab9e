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
    /** Like Python's limit on nested blocks. */
    static final int MAX_INDENT_LEVELS = 100;

    private enum Mode { STRICT, LENIENT, HIGHLIGHT }

    private final String src;
    private final Mode mode;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Token> brackets = new ArrayDeque<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    private LangError firstError;

    private Lexer(String source, Mode mode) {
        this.src = source;
        this.mode = mode;
        indents.push(0);
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

    /** What a lenient scan found: the tokens, the first lexical error, brackets still open at the end. */
    record Scan(List<Token> tokens, LangError error, List<Token> openBrackets) {
        /** The brackets that would close the open ones, innermost first. */
        String closers() {
            StringBuilder sb = new StringBuilder();
            for (int i = openBrackets.size() - 1; i >= 0; i--) sb.append(openBrackets.get(i).type() == TokenType.LEFT_PAREN ? ')' : ']');
            return sb.toString();
        }

        Optional<LangError> unclosed() {
            if (openBrackets.isEmpty()) return Optional.empty();
            return Optional.of(unclosedError(openBrackets.get(openBrackets.size() - 1)));
        }
    }

    /** Scans without throwing, for deciding whether an input is complete. */
    static Scan scanLeniently(String source) {
        Lexer lx = new Lexer(source, Mode.LENIENT);
        lx.run();
        List<Token> open = new ArrayList<>(lx.brackets);
        java.util.Collections.reverse(open); // outermost first
        return new Scan(lx.tokens, lx.firstError, open);
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
            else if (c == '#') comment();
            else if (c == '\\' && continuation()) continue;
            else scanToken(c);
        }
        if (mode == Mode.HIGHLIGHT) return tokens;
        if (lineHasTokens) add(TokenType.NEWLINE, pos, pos);
        if (!brackets.isEmpty()) fail(unclosedError(brackets.peek()));
        while (indents.size() > 1) {
            indents.pop();
            add(TokenType.DEDENT, pos, pos);
        }
        add(TokenType.EOF, pos, pos);
        return tokens;
    }

    /** Handles the indentation at the start of a line; false when the line is blank or only a comment. */
    private boolean indentation() {
        int width = 0, p = pos;
        for (; p < src.length(); p++) {
            char c = src.charAt(p);
            if (c == ' ') width++;
            else if (c == '\t') width = (width / 8 + 1) * 8;
            else if (c != '\f' && c != '\r') break;
        }
        if (p >= src.length() || src.charAt(p) == '\n' || src.charAt(p) == '#') {
            pos = p;
            return false;
        }
        int start = pos;
        pos = p;
        int current = indents.peek();
        if (width > current) {
            if (indents.size() > MAX_INDENT_LEVELS) fail(new LangError("too many levels of indentation", span(start, p)));
            indents.push(width);
            add(TokenType.INDENT, start, p);
        } else {
            while (width < indents.peek()) {
                indents.pop();
                add(TokenType.DEDENT, p, p);
            }
            if (width != indents.peek()) fail(new LangError("unindent does not match any outer indentation level", span(start, p)));
        }
        return true;
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
            TokenType kw = TokenType.keyword(src.substring(start, pos));
            add(kw != null ? kw : TokenType.NAME, start, pos);
        } else if (c == '"' || c == '\'') {
            string(c);
        } else {
            operator(c);
        }
    }

    private void number() {
        while (isDigit(peek(0))) pos++;
        boolean exponentNext = (peek(1) == 'e' || peek(1) == 'E') && (isDigit(peek(2)) || ((peek(2) == '+' || peek(2) == '-') && isDigit(peek(3))));
        if (peek(0) == '.' && (exponentNext || (!Character.isLetter(peek(1)) && peek(1) != '_' && peek(1) != '.'))) {
            pos++;
            while (isDigit(peek(0))) pos++;
        }
        char e = peek(0);
        if ((e == 'e' || e == 'E') && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            pos += 2;
            while (isDigit(peek(0))) pos++;
        }
    }

    private void string(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != quote && src.charAt(pos) != '\n') {
            char c = src.charAt(pos++);
            if (c == '\\' && pos < src.length() && src.charAt(pos) != '\n') {
                char esc = src.charAt(pos++);
                value.append(switch (esc) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> esc; // \\ \" \' and unknown escapes keep the character
                });
            } else {
                value.append(c);
            }
        }
        if (pos >= src.length() || src.charAt(pos) != quote) {
            if (mode != Mode.HIGHLIGHT) fail(new LangError("unterminated string", span(start, pos)));
            add(TokenType.STRING, start, pos);
            return;
        }
        pos++;
        if (mode == Mode.HIGHLIGHT) add(TokenType.STRING, start, pos);
        else addWithText(TokenType.STRING, value.toString(), start, pos);
    }

    private void operator(char c) {
        int start = pos;
        TokenType t = switch (c) {
            case '+' -> twoChar('=', TokenType.PLUS_EQUAL, TokenType.PLUS);
            case '-' -> twoChar('=', TokenType.MINUS_EQUAL, TokenType.MINUS);
            case '*' -> peek(1) == '*' ? advanceBy(2, TokenType.STAR_STAR) : twoChar('=', TokenType.STAR_EQUAL, TokenType.STAR);
            case '/' -> peek(1) == '/' ? advanceBy(2, TokenType.SLASH_SLASH) : twoChar('=', TokenType.SLASH_EQUAL, TokenType.SLASH);
            case '%' -> advanceBy(1, TokenType.PERCENT);
            case '@' -> advanceBy(1, TokenType.AT);
            case '^' -> advanceBy(1, TokenType.CARET);
            case '=' -> twoChar('=', TokenType.EQUAL_EQUAL, TokenType.EQUAL);
            case '!' -> peek(1) == '=' ? advanceBy(2, TokenType.BANG_EQUAL) : null;
            case '<' -> twoChar('=', TokenType.LESS_EQUAL, TokenType.LESS);
            case '>' -> twoChar('=', TokenType.GREATER_EQUAL, TokenType.GREATER);
            case ',' -> advanceBy(1, TokenType.COMMA);
            case ':' -> advanceBy(1, TokenType.COLON);
            case '.' -> advanceBy(1, TokenType.DOT);
            case ';' -> advanceBy(1, TokenType.SEMICOLON);
            case '(' -> advanceBy(1, TokenType.LEFT_PAREN);
            case ')' -> advanceBy(1, TokenType.RIGHT_PAREN);
            case '[' -> advanceBy(1, TokenType.LEFT_BRACKET);
            case ']' -> advanceBy(1, TokenType.RIGHT_BRACKET);
            default -> null;
        };
        if (t == null) {
            pos = start + Character.charCount(src.codePointAt(start));
            if (mode == Mode.HIGHLIGHT) add(TokenType.ERROR, start, pos);
            else fail(new LangError("unexpected character '" + src.substring(start, pos) + "'", span(start, pos)));
            return;
        }
        Token tok = add(t, start, pos);
        if (mode == Mode.HIGHLIGHT) return;
        if (t == TokenType.LEFT_PAREN || t == TokenType.LEFT_BRACKET) brackets.push(tok);
        else if (t == TokenType.RIGHT_PAREN || t == TokenType.RIGHT_BRACKET) closeBracket(tok);
    }

    private void closeBracket(Token close) {
        if (brackets.isEmpty()) {
            fail(new LangError("unmatched '" + close.text() + "'", close.span()));
            return;
        }
        Token open = brackets.pop();
        boolean matches = open.type() == TokenType.LEFT_PAREN ? close.type() == TokenType.RIGHT_PAREN : close.type() == TokenType.RIGHT_BRACKET;
        if (!matches)
            fail(new LangError("'" + close.text() + "' does not match '" + open.text() + "' opened at "
                    + open.span().line() + ":" + open.span().column(), close.span()));
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
        Token t = new Token(type, text, span(start, end));
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
