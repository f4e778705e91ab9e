package dev.adjoint.lang;

import static dev.adjoint.lang.TokenType.*;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code match} statement (PEP 634) for the {@link Parser}, which has seen {@code match} at the
 * start of a line whose header ends in ':'. {@code match} and {@code case} stay soft keywords:
 * ordinary names everywhere else ({@code match = 3}, {@code match(x)}). Patterns nest as
 * expressions do, counted against {@link Parser#MAX_DEPTH}; what CPython's compiler refuses in a
 * well-formed pattern is {@link PatternCheck}'s.
 */
final class MatchParser {
    private final Parser p;

    MatchParser(Parser p) {
        this.p = p;
    }

    Stmt.Match matchStatement() {
        Token keyword = p.advance();
        Expr subject = subject();
        p.consume(COLON, "expected ':' after the match subject");
        if (!p.match(NEWLINE) || !p.check(INDENT)) throw p.missingBlock(keyword);
        p.advance();
        List<Stmt.Case> cases = new ArrayList<>();
        while (!p.check(DEDENT) && !p.check(EOF)) {
            if (!(p.check(NAME) && p.peek().text().equals("case")))
                throw Parser.error(p.peek(), "expected 'case' in the match statement, found " + p.peek().describe());
            cases.add(caseBlock());
        }
        p.match(DEDENT);
        Stmt.Match m = new Stmt.Match(subject, cases, keyword.span().to(subject.span()));
        PatternCheck.check(m);
        return m;
    }

    /** {@code match x:}, {@code match a, *b:} (a tuple). */
    private Expr subject() {
        Expr first = p.starredNamedItem();
        if (!p.check(COMMA)) {
            if (first instanceof Expr.Starred s) throw new LangError("can't use starred expression here", s.span());
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (p.match(COMMA) && !p.check(COLON)) items.add(p.starredNamedItem());
        return new Expr.Tuple(items, first.span().to(p.previous().span()));
    }

    private Stmt.Case caseBlock() {
        Token keyword = p.advance();
        Pattern pattern = topPattern();
        Expr guard = p.match(IF) ? p.namedExpression() : null;
        List<Stmt> body = p.block(keyword, "the case pattern");
        return new Stmt.Case(pattern, guard, body, keyword.span().to(pattern.span()));
    }

    /** {@code case a, *b:} is a sequence pattern without brackets. */
    private Pattern topPattern() {
        Pattern first = starOrPattern();
        if (!p.check(COMMA)) {
            if (first instanceof Pattern.Star s) throw new LangError("a starred pattern belongs in a sequence pattern: [*" + nameOf(s) + "]", s.span());
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        while (p.match(COMMA) && !p.check(COLON) && !p.check(IF)) items.add(starOrPattern());
        return new Pattern.Sequence(items, first.span().to(p.previous().span()));
    }

    private static String nameOf(Pattern.Star s) {
        return s.name() == null ? "_" : s.name();
    }

    private Pattern starOrPattern() {
        if (!p.check(STAR)) return pattern();
        Token star = p.advance();
        Token name = p.consume(NAME, "expected a name after '*' in the pattern");
        String n = name.text().equals("_") ? null : p.mangle(name.text());
        return new Pattern.Star(n, star.span().to(name.span()));
    }

    /** {@code or_pattern ['as' NAME]}. */
    private Pattern pattern() {
        Pattern or = orPattern();
        if (!p.match(AS)) return or;
        Token name = p.consume(NAME, "expected a name after 'as'");
        if (name.text().equals("_")) throw Parser.error(name, "cannot use '_' as a target");
        if (p.check(DOT) || p.check(LEFT_PAREN) || p.check(EQUAL)) throw Parser.error(p.peek(), "invalid pattern target");
        return new Pattern.As(or, p.mangle(name.text()), or.span().to(name.span()));
    }

    private Pattern orPattern() {
        Pattern first = closedPattern();
        if (!p.check(PIPE)) return first;
        List<Pattern> alternatives = new ArrayList<>(List.of(first));
        while (p.match(PIPE)) alternatives.add(closedPattern());
        return new Pattern.Or(alternatives, first.span().to(alternatives.get(alternatives.size() - 1).span()));
    }

    private Pattern closedPattern() {
        Token t = p.nest(p.peek());
        try {
            return switch (t.type()) {
                case NUMBER, MINUS, STRING, FSTRING, BYTES, NONE, TRUE, FALSE -> new Pattern.Value(literal(), t.span().to(p.previous().span()));
                case NAME -> namePattern();
                case LEFT_PAREN -> parenthesized();
                case LEFT_BRACKET -> bracketed();
                case LEFT_BRACE -> mapping();
                default -> throw Parser.error(t, "invalid syntax"); // CPython's words for what cannot start a pattern
            };
        } finally {
            p.unnest();
        }
    }

    /** A literal: a number (signed), strings (adjacent ones joined; no f-string), bytes, None, True, False. */
    private Expr literal() {
        Token t = p.peek();
        switch (t.type()) {
            case NONE, TRUE, FALSE -> {
                p.advance();
                return new Expr.Literal(t.type() == NONE ? null : t.type() == TRUE, t.span());
            }
            case STRING, FSTRING -> {
                Expr s = p.strings();
                if (s instanceof Expr.FString || p.lastStringsFormatted()) throw new LangError("patterns may only match literals and attribute lookups", s.span());
                return s;
            }
            case BYTES -> {
                return p.bytesLiteral();
            }
            default -> {
                Token sign = p.match(MINUS) ? p.previous() : null;
                Token number = p.consume(NUMBER, "expected a number after '-' in the pattern");
                Object value = NumberLiteral.value(number);
                Object signed = sign == null ? value : value instanceof PyComplex c ? c.unary(TokenType.MINUS) : PyNumbers.neg(value);
                if (p.match(PLUS, MINUS)) { // case 1+2j: a real number and an imaginary one, as CPython's grammar has it
                    Token op = p.previous();
                    if (value instanceof PyComplex) throw new LangError("real number required in complex literal", number.span());
                    Token imaginary = p.consume(NUMBER, "expected a number after '" + op.text() + "' in the pattern");
                    if (!(NumberLiteral.value(imaginary) instanceof PyComplex im)) throw new LangError("imaginary number required in complex literal", imaginary.span());
                    Object sum = new PyComplex(PyNumbers.toDouble(signed), 0.0).binary(op.type(), im, false);
                    return new Expr.Number(sum, (sign == null ? number : sign).span().to(imaginary.span()));
                }
                return new Expr.Number(signed, (sign == null ? number : sign).span().to(number.span()));
            }
        }
    }

    /** {@code _}, a capture {@code x}, a value {@code Color.RED}, or a class pattern {@code Point(...)}. */
    private Pattern namePattern() {
        Token first = p.advance();
        Expr name = new Expr.Name(p.mangle(first.text()), first.span());
        boolean dotted = false;
        while (p.match(DOT)) {
            Token attr = p.consume(NAME, "expected an attribute name after '.'");
            name = new Expr.Attribute(name, p.mangle(attr.text()), attr.span(), name.span().to(attr.span()));
            dotted = true;
        }
        if (p.match(LEFT_PAREN)) return classPattern(name);
        if (dotted) return new Pattern.Value(name, name.span());
        if (first.text().equals("_")) return new Pattern.Wildcard(first.span());
        return new Pattern.Capture(((Expr.Name) name).name(), first.span());
    }

    private Pattern classPattern(Expr cls) {
        List<Pattern> positional = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<Pattern> keywordPatterns = new ArrayList<>();
        while (!p.check(RIGHT_PAREN)) {
            if (p.check(NAME) && p.checkNext(EQUAL)) {
                Token name = p.advance();
                p.advance();
                keywords.add(name.text());
                keywordPatterns.add(pattern());
            } else {
                Pattern q = pattern();
                if (!keywords.isEmpty()) throw new LangError("positional patterns follow keyword patterns", q.span());
                positional.add(q);
            }
            if (!p.match(COMMA)) break;
        }
        Token close = p.consume(RIGHT_PAREN, "expected ')' after the class pattern's arguments");
        return new Pattern.ClassPattern(cls, positional, keywords, keywordPatterns, cls.span().to(close.span()));
    }

    /** {@code (p)} is p; {@code ()}, {@code (p,)}, {@code (p, q)} are sequence patterns. */
    private Pattern parenthesized() {
        Token open = p.advance();
        if (p.check(RIGHT_PAREN)) return new Pattern.Sequence(List.of(), open.span().to(p.advance().span()));
        Pattern first = starOrPattern();
        if (p.check(RIGHT_PAREN) && !(first instanceof Pattern.Star)) {
            p.advance();
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        p.consume(COMMA, "expected ',' or ')' in the pattern");
        while (!p.check(RIGHT_PAREN)) {
            items.add(starOrPattern());
            if (!p.match(COMMA)) break;
        }
        Token close = p.consume(RIGHT_PAREN, "expected ')' after the sequence pattern");
        return new Pattern.Sequence(items, open.span().to(close.span()));
    }

    private Pattern bracketed() {
        Token open = p.advance();
        List<Pattern> items = new ArrayList<>();
        while (!p.check(RIGHT_BRACKET)) {
            items.add(starOrPattern());
            if (!p.match(COMMA)) break;
        }
        Token close = p.consume(RIGHT_BRACKET, "expected ']' after the sequence pattern");
        return new Pattern.Sequence(items, open.span().to(close.span()));
    }

    /** {@code {key: pattern, ..., **rest}}: keys are literals or dotted values; {@code **rest} comes last. */
    private Pattern mapping() {
        Token open = p.advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!p.check(RIGHT_BRACE)) {
            if (p.match(STAR_STAR)) {
                Token name = p.consume(NAME, "expected a name after '**' in the mapping pattern");
                if (name.text().equals("_")) throw Parser.error(name, "invalid syntax: use '**rest' (a name other than '_') or leave it out");
                rest = p.mangle(name.text());
                p.match(COMMA);
                if (!p.check(RIGHT_BRACE)) throw Parser.error(p.peek(), "'**" + name.text() + "' must be the last item of a mapping pattern");
                break;
            }
            keys.add(mappingKey());
            p.consume(COLON, "expected ':' after the key in the mapping pattern");
            values.add(pattern());
            if (!p.match(COMMA)) break;
        }
        Token close = p.consume(RIGHT_BRACE, "expected '}' after the mapping pattern");
        return new Pattern.Mapping(keys, values, rest, open.span().to(close.span()));
    }

    private Expr mappingKey() {
        Token t = p.peek();
        if (t.type() != NAME) {
            if (!p.check(NUMBER, MINUS, STRING, FSTRING, BYTES, NONE, TRUE, FALSE))
                throw Parser.error(t, "expected a literal or a dotted name as a key of the mapping pattern, found " + t.describe());
            return literal();
        }
        Pattern key = namePattern();
        if (key instanceof Pattern.Value v) return v.value();
        throw new LangError("mapping pattern keys may only match literals and attribute lookups", key.span());
    }
}
