package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an f-string into text and replacement fields, as Python 3.11 does: {@code {{} and
 * {@code }}} are braces, {@code {expr!r:spec}} a field (the spec may hold fields of its own),
 * {@code {x=}} shows the expression's text too. Each field's expression is lexed and parsed on
 * its own, with spans moved to where it stands in the input, so errors point into the f-string.
 */
final class FStrings {
    /** A field inside a format spec ({@code {x:{w}}}) may not have fields in its own spec ({@code {x:{w:{z}}}}), as in CPython 3.11. */
    private static final int MAX_SPEC_NESTING = 1;

    private final String content;
    private final boolean raw;
    private final Span token;
    private final int contentOffset, contentColumn;
    /** The parser the f-string is in: fields parse as if written there (its nesting depth, class, function). */
    private final Parser outer;

    private FStrings(Token t, Parser outer) {
        this.raw = t.text().charAt(0) == 'r';
        this.content = t.text().substring(1);
        this.token = t.span();
        int around = token.length() - content.length(); // prefix (1-2) + both quotes (2 or 6)
        int prefix = around == 3 || around == 7 ? 1 : 2, quote = around >= 7 ? 3 : 1;
        this.contentOffset = token.offset() + prefix + quote;
        this.contentColumn = token.column() + prefix + quote;
        this.outer = outer;
    }

    /** The parts of one f-string token: {@link Expr.Str}s and {@link Expr.FormattedValue}s. */
    static List<Expr> parts(Token t, Parser outer) {
        FStrings f = new FStrings(t, outer);
        List<Expr> out = new ArrayList<>();
        int end = f.parse(0, out, 0);
        if (end != f.content.length()) throw f.error("f-string: single '}' is not allowed", end, 1);
        return out;
    }

    /** Adjacent text parts joined into one. */
    static List<Expr> merge(List<Expr> parts) {
        List<Expr> out = new ArrayList<>();
        for (Expr p : parts) {
            if (p instanceof Expr.Str s && !out.isEmpty() && out.get(out.size() - 1) instanceof Expr.Str prev) {
                out.set(out.size() - 1, new Expr.Str(prev.value() + s.value(), prev.span().to(s.span())));
            } else if (!(p instanceof Expr.Str s && s.value().isEmpty())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Parses text and fields from {@code i} until the end or an unmatched '}' (which ends a format spec); returns where it stopped. */
    private int parse(int i, List<Expr> out, int specLevel) {
        StringBuilder text = new StringBuilder();
        int textStart = i;
        int n = content.length();
        while (i < n) {
            char c = content.charAt(i);
            if (c == '{') {
                if (i + 1 < n && content.charAt(i + 1) == '{') {
                    text.append('{');
                    i += 2;
                    continue;
                }
                flush(text, textStart, i, out);
                i = field(i, out, specLevel);
                textStart = i;
            } else if (c == '}') {
                if (i + 1 < n && content.charAt(i + 1) == '}' && specLevel == 0) {
                    text.append('}');
                    i += 2;
                    continue;
                }
                break;
            } else if (c == '\\' && i + 1 < n) {
                int end = i + 2;
                if (!raw && content.charAt(i + 1) == 'N' && end < n && content.charAt(end) == '{') { // \N{NAME}: its braces are no field
                    int close = content.indexOf('}', end);
                    if (close > 0) end = close + 1;
                }
                text.append(content, i, end);
                i = end;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, textStart, i, out);
        return i;
    }

    private void flush(StringBuilder text, int start, int end, List<Expr> out) {
        if (text.length() == 0) return;
        String value = raw ? text.toString() : Lexer.unescape(text.toString(), span(start, end - start));
        out.add(new Expr.Str(value, span(start, end - start)));
        text.setLength(0);
    }

    /** One replacement field starting at the '{' at {@code open}; returns the index after its '}'. */
    private int field(int open, List<Expr> out, int specLevel) {
        if (specLevel > MAX_SPEC_NESTING) throw error("f-string: expressions nested too deeply", open, 1);
        int start = open + 1, i = start, n = content.length(), nesting = 0;
        StringBuilder opened = new StringBuilder(); // the brackets open in the expression, for "f-string: unmatched '['"
        boolean debug = false;
        while (i < n) {
            char c = content.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                nesting++;
                opened.append(c);
            } else if (c == ')' || c == ']' || (c == '}' && nesting > 0)) {
                nesting--;
                if (opened.length() > 0) opened.setLength(opened.length() - 1);
            }
            else if (c == '}') break;
            else if (c == '\'' || c == '"') i = skipString(i);
            else if (c == '\\') throw error("f-string expression part cannot include a backslash", i, 1);
            else if (c == '#') throw error("f-string expression part cannot include '#'", i, 1);
            else if (nesting == 0 && c == '!' && next(i) != '=') break;
            else if (nesting == 0 && c == ':') break;
            else if (nesting == 0 && c == '=' && next(i) != '=' && "=!<>".indexOf(content.charAt(i - 1)) < 0 && i > start) {
                debug = true;
                break;
            }
            i++;
        }
        if (i >= n && opened.length() > 0) throw error("f-string: unmatched '" + opened.charAt(opened.length() - 1) + "'", open, 1);
        if (i >= n) throw error("f-string: expecting '}'", open, 1);
        String source = content.substring(start, i);
        if (source.isBlank()) throw error("f-string: empty expression not allowed", open, i - open + 1);
        Expr value = expression(source, start);
        String debugText = null;
        if (debug) {
            i++;
            while (i < n && Character.isWhitespace(content.charAt(i))) i++;
            debugText = content.substring(start, i);
        }
        char conversion = 0;
        if (i < n && content.charAt(i) == '!') {
            char k = i + 1 < n ? content.charAt(i + 1) : 0;
            if (k != 'r' && k != 's' && k != 'a') throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", i, 2);
            conversion = k;
            i += 2;
        }
        Expr spec = null;
        if (i < n && content.charAt(i) == ':') {
            List<Expr> specParts = new ArrayList<>();
            int specStart = i + 1;
            i = parse(specStart, specParts, specLevel + 1);
            spec = new Expr.FString(merge(specParts), span(specStart, i - specStart));
        }
        if (i >= n || content.charAt(i) != '}') throw error("f-string: expecting '}'", open, 1);
        if (debug && conversion == 0 && spec == null) conversion = 'r';
        out.add(new Expr.FormattedValue(value, conversion, spec, debugText, span(open, i + 1 - open)));
        return i + 1;
    }

    private char next(int i) {
        return i + 1 < content.length() ? content.charAt(i + 1) : 0;
    }

    private int skipString(int i) {
        char quote = content.charAt(i);
        int j = i + 1;
        while (j < content.length() && content.charAt(j) != quote) { // 3.11: no backslash anywhere in the expression, strings included
            if (content.charAt(j) == '\\') throw error("f-string expression part cannot include a backslash", j, 1);
            j++;
        }
        if (j >= content.length()) throw error("f-string: unterminated string", i, 1);
        return j;
    }

    /** The expression of a field, lexed inside parentheses (so that spaces and newlines are free) and moved into place. */
    private Expr expression(String source, int at) {
        List<Token> tokens;
        try {
            tokens = Lexer.tokenize("(" + source + ")");
        } catch (LangError e) {
            throw moved(fieldError(e), at);
        }
        List<Token> placed = new ArrayList<>(tokens.size());
        for (Token t : tokens) placed.add(new Token(t.type(), t.text(), moved(t.span(), at)));
        try {
            return outer.fieldExpression(placed);
        } catch (LangError e) {
            throw fieldError(e);
        }
    }

    /** CPython 3.11 says where a syntax error is: f"{1 +}" is "f-string: invalid syntax", f"{)}" "f-string: unmatched ')'". */
    private static LangError fieldError(LangError e) {
        if (!"RuntimeError".equals(e.type()) || e.getMessage().startsWith("f-string")) return e;
        return new LangError("f-string: " + e.getMessage(), e.span());
    }

    private LangError moved(LangError e, int at) {
        return e.span() == null ? e : e.at(moved(e.span(), at));
    }

    /** A span of the parenthesized field source (offset 0 is the added '(') moved to the field's place in the input. */
    private Span moved(Span s, int at) {
        int index = Math.max(0, Math.min(content.length(), at + s.offset() - 1));
        return span(index, Math.min(s.length(), content.length() - index));
    }

    /** The span of content[index, index+length) in the whole input, lines counted through a triple-quoted string. */
    private Span span(int index, int length) {
        int line = token.line(), column = contentColumn;
        for (int k = 0; k < index; k++) {
            if (content.charAt(k) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Span(contentOffset + index, Math.max(0, length), line, column);
    }

    private LangError error(String message, int index, int length) {
        return new LangError(message, span(index, length));
    }
}
