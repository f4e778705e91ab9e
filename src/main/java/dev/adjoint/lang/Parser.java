package dev.adjoint.lang;

import static dev.adjoint.lang.TokenType.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent in the style of jlox: one small method per precedence level, loosest first
 * (or, and, not, comparisons, + -, * / // % @, unary - +, ** ^, postfix calls/attributes/indexing).
 * Nesting is limited, so a line of ten thousand '(' is an error and never a stack overflow.
 */
public final class Parser {
    /** Deepest syntax tree accepted; bounds the recursion of both the parser and the interpreter. */
    public static final int MAX_DEPTH = 200;

    private final List<Token> tokens;
    private int current;
    private int depth;
    private int loops;
    private int functions;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole input into statements; throws the first lexical or syntax error. */
    public static List<Stmt> parse(String source) {
        Lexer.Scan scan = Lexer.scanLeniently(source);
        if (!scan.openBrackets().isEmpty()) {
            // a syntax error before the end matters more than the bracket left open after it
            try {
                new Parser(Lexer.tokenize(source + scan.closers())).program();
            } catch (LangError e) {
                if (e.span() != null && e.span().offset() < source.length()) throw clamp(e, source.length());
            }
            throw scan.unclosed().orElseThrow();
        }
        return new Parser(Lexer.tokenize(source)).program();
    }

    /** An error found with the closers appended (an unterminated string runs into them) ends where the input ends. */
    private static LangError clamp(LangError e, int length) {
        Span s = e.span();
        if (s.end() <= length) return e;
        return new LangError(e.getMessage(), new Span(s.offset(), length - s.offset(), s.line(), s.column()));
    }

    private List<Stmt> program() {
        List<Stmt> out = new ArrayList<>();
        while (!check(EOF)) statement(out);
        return out;
    }

    // ---- statements ----

    private void statement(List<Stmt> out) {
        switch (peek().type()) {
            case IF -> out.add(ifStatement());
            case WHILE -> out.add(whileStatement());
            case FOR -> out.add(forStatement());
            case DEF -> out.add(defStatement());
            case WITH -> out.add(withStatement());
            case INDENT -> throw error(peek(), "unexpected indent");
            case ELIF, ELSE -> throw error(peek(), "'" + peek().text() + "' without a matching 'if'");
            default -> simpleLine(out);
        }
    }

    /** Small statements separated by ';' up to the end of the line. */
    private void simpleLine(List<Stmt> out) {
        out.add(smallStatement());
        while (match(SEMICOLON)) {
            if (check(NEWLINE) || check(EOF)) break;
            out.add(smallStatement());
        }
        if (match(NEWLINE) || check(EOF)) return;
        throw error(peek(), "unexpected " + peek().describe() + " after the statement");
    }

    private Stmt smallStatement() {
        Token t = peek();
        switch (t.type()) {
            case PASS:
                advance();
                return new Stmt.Pass(t.span());
            case BREAK:
            case CONTINUE:
                advance();
                if (loops == 0) throw error(t, "'" + t.text() + "' outside a loop");
                return t.type() == BREAK ? new Stmt.Break(t.span()) : new Stmt.Continue(t.span());
            case RETURN:
                advance();
                if (functions == 0) throw error(t, "'return' outside a function");
                Expr value = atStatementEnd() ? null : expressionList();
                return new Stmt.Return(value, value == null ? t.span() : t.span().to(value.span()));
            default:
                return expressionStatement();
        }
    }

    private Stmt expressionStatement() {
        Expr first = expressionList();
        if (match(EQUAL)) {
            List<Expr> targets = new ArrayList<>();
            targets.add(assignable(first));
            Expr value = expressionList();
            while (match(EQUAL)) {
                targets.add(assignable(value));
                value = expressionList();
            }
            return new Stmt.Assign(targets, value, first.span().to(value.span()));
        }
        if (match(PLUS_EQUAL, MINUS_EQUAL, STAR_EQUAL, SLASH_EQUAL)) {
            Token op = previous();
            if (!(first instanceof Expr.Name) && !(first instanceof Expr.Attribute)) assignable(first);
            if (!(first instanceof Expr.Name) && !(first instanceof Expr.Attribute))
                throw new LangError("'" + op.text() + "' needs a name or an attribute on its left", first.span());
            Expr value = expressionList();
            return new Stmt.AugAssign(first, op, value, first.span().to(value.span()));
        }
        return new Stmt.Expression(first, first.span());
    }

    /** Checks that an expression can be assigned to: a name, an attribute, or a tuple/list of them. */
    private Expr assignable(Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute) return target;
        if (target instanceof Expr.Tuple t) t.items().forEach(this::assignable);
        else if (target instanceof Expr.ListExpr l) l.items().forEach(this::assignable);
        else if (target instanceof Expr.Index)
            throw new LangError("cannot assign to an element: tensors are immutable values, compute a new tensor instead", target.span());
        else if (target instanceof Expr.Call) throw new LangError("cannot assign to a function call", target.span());
        else if (target instanceof Expr.Number || target instanceof Expr.Str || target instanceof Expr.Literal)
            throw new LangError("cannot assign to a literal", target.span());
        else throw new LangError("cannot assign to an expression", target.span());
        return target;
    }

    private Stmt ifStatement() {
        Token keyword = advance();
        List<Stmt.Branch> branches = new ArrayList<>();
        Expr condition = expression();
        branches.add(new Stmt.Branch(condition, block(keyword, "the if condition")));
        while (check(ELIF)) {
            Token elif = advance();
            Expr c = expression();
            branches.add(new Stmt.Branch(c, block(elif, "the elif condition")));
        }
        List<Stmt> orElse = List.of();
        if (check(ELSE)) orElse = block(advance(), "'else'");
        return new Stmt.If(branches, orElse, keyword.span().to(condition.span()));
    }

    private Stmt whileStatement() {
        Token keyword = advance();
        Expr condition = expression();
        loops++;
        List<Stmt> body = block(keyword, "the while condition");
        loops--;
        return new Stmt.While(condition, body, keyword.span().to(condition.span()));
    }

    private Stmt forStatement() {
        Token keyword = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            targets.add(assignable(postfix()));
        } while (match(COMMA) && !check(IN));
        Expr target = targets.size() == 1 ? targets.get(0) : new Expr.Tuple(targets, targets.get(0).span().to(targets.get(targets.size() - 1).span()));
        consume(IN, "expected 'in' after the loop variable");
        Expr iterable = expressionList();
        loops++;
        List<Stmt> body = block(keyword, "the for header");
        loops--;
        return new Stmt.For(target, iterable, body, keyword.span().to(iterable.span()));
    }

    private Stmt defStatement() {
        Token keyword = advance();
        Token name = consume(NAME, "expected a function name after 'def'");
        consume(LEFT_PAREN, "expected '(' after the function name");
        List<Stmt.Param> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (!check(RIGHT_PAREN)) {
            Token p = consume(NAME, "expected a parameter name");
            if (!seen.add(p.text())) throw error(p, "duplicate parameter '" + p.text() + "'");
            Expr defaultValue = match(EQUAL) ? expression() : null;
            if (defaultValue == null && !params.isEmpty() && params.get(params.size() - 1).defaultValue() != null)
                throw error(p, "a parameter without a default follows one with a default");
            params.add(new Stmt.Param(p.text(), defaultValue, p.span()));
            if (!match(COMMA)) break;
        }
        Token close = consume(RIGHT_PAREN, "expected ')' after the parameters");
        int savedLoops = loops;
        loops = 0;
        functions++;
        List<Stmt> body = block(keyword, "the function signature");
        functions--;
        loops = savedLoops;
        return new Stmt.Def(name.text(), params, body, keyword.span().to(close.span()));
    }

    private Stmt withStatement() {
        Token keyword = advance();
        Expr context = expression();
        List<Stmt> body = block(keyword, "the with expression");
        return new Stmt.With(context, body, keyword.span().to(context.span()));
    }

    /** ':' then either simple statements on the same line or an indented block. */
    private List<Stmt> block(Token keyword, String after) {
        consume(COLON, "expected ':' after " + after);
        List<Stmt> body = new ArrayList<>();
        if (!match(NEWLINE)) {
            if (check(EOF)) throw error(peek(), "expected an indented block after '" + keyword.text() + "' statement on line " + keyword.span().line());
            simpleLine(body);
            return body;
        }
        if (!check(INDENT))
            throw error(peek(), "expected an indented block after '" + keyword.text() + "' statement on line " + keyword.span().line());
        advance();
        while (!check(DEDENT) && !check(EOF)) statement(body);
        match(DEDENT);
        return body;
    }

    // ---- expressions, loosest first ----

    /** Expressions separated by commas: a tuple when there is a comma ({@code a, b = b, a}). */
    private Expr expressionList() {
        Expr first = expression();
        if (!check(COMMA)) return first;
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA) && canStartExpression()) items.add(expression());
        return new Expr.Tuple(items, first.span().to(previous().span()));
    }

    private Expr expression() {
        return or();
    }

    private Expr or() {
        Expr expr = and();
        int saved = depth;
        while (match(OR)) {
            Token op = nest(previous());
            expr = logical(expr, op, and());
        }
        depth = saved;
        return expr;
    }

    private Expr and() {
        Expr expr = not();
        int saved = depth;
        while (match(AND)) {
            Token op = nest(previous());
            expr = logical(expr, op, not());
        }
        depth = saved;
        return expr;
    }

    private Expr not() {
        if (!match(NOT)) return comparison();
        Token op = nest(previous());
        Expr operand = not();
        depth--;
        return new Expr.Unary(op, operand, op.span().to(operand.span()));
    }

    private Expr comparison() {
        Expr first = sum();
        if (!check(EQUAL_EQUAL, BANG_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL)) return first;
        List<Expr> operands = new ArrayList<>(List.of(first));
        List<Token> ops = new ArrayList<>();
        int saved = depth;
        while (match(EQUAL_EQUAL, BANG_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL)) {
            ops.add(nest(previous()));
            operands.add(sum());
        }
        depth = saved;
        return new Expr.Compare(operands, ops, first.span().to(operands.get(operands.size() - 1).span()));
    }

    /** Long chains like 1 + 2 + ... + 1000 are fine: the interpreter walks their left spine in a loop. */
    private Expr sum() {
        Expr expr = term();
        while (match(PLUS, MINUS)) {
            Token op = previous();
            expr = binary(expr, op, term());
        }
        return expr;
    }

    private Expr term() {
        Expr expr = unary();
        while (match(STAR, SLASH, SLASH_SLASH, PERCENT, AT)) {
            Token op = previous();
            expr = binary(expr, op, unary());
        }
        return expr;
    }

    /** Unary minus binds looser than power: {@code -x**2} is {@code -(x**2)}; {@code -2} folds to a literal. */
    private Expr unary() {
        if (!match(MINUS, PLUS)) return power();
        Token op = nest(previous());
        Expr operand = unary();
        depth--;
        Span span = op.span().to(operand.span());
        if (operand instanceof Expr.Number n) return new Expr.Number(op.type() == MINUS ? -n.value() : n.value(), span);
        return new Expr.Unary(op, operand, span);
    }

    /** Right-associative, and its right operand may carry a sign: {@code 2**3**2}, {@code 2**-1}. */
    private Expr power() {
        Expr base = postfix();
        if (!match(STAR_STAR, CARET)) return base;
        Token op = nest(previous());
        Expr exponent = unary();
        depth--;
        return binary(base, op, exponent);
    }

    private Expr postfix() {
        Expr expr = primary();
        int saved = depth;
        while (true) {
            if (match(LEFT_PAREN)) {
                nest(previous());
                expr = finishCall(expr);
            } else if (match(DOT)) {
                Token name = nest(consume(NAME, "expected an attribute name after '.'"));
                expr = new Expr.Attribute(expr, name.text(), name.span(), expr.span().to(name.span()));
            } else if (match(LEFT_BRACKET)) {
                nest(previous());
                expr = finishIndex(expr);
            } else {
                break;
            }
        }
        depth = saved;
        return expr;
    }

    private Expr finishCall(Expr callee) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (!check(RIGHT_PAREN)) {
            if (check(NAME) && checkNext(EQUAL)) {
                Token name = advance();
                advance();
                if (!names.add(name.text())) throw error(name, "keyword argument repeated: '" + name.text() + "'");
                Expr value = expression();
                keywords.add(new Expr.Keyword(name.text(), value, name.span().to(value.span())));
            } else {
                if (!keywords.isEmpty() && canStartExpression()) throw error(peek(), "positional argument follows keyword argument");
                args.add(expression());
            }
            if (!match(COMMA)) break;
        }
        Token close = consume(RIGHT_PAREN, "expected ')' after the arguments");
        return new Expr.Call(callee, args, keywords, callee.span().to(close.span()));
    }

    private Expr finishIndex(Expr object) {
        Token open = previous();
        List<Expr> items = new ArrayList<>();
        do {
            if (check(RIGHT_BRACKET)) break;
            items.add(subscript());
        } while (match(COMMA));
        if (items.isEmpty()) throw error(peek(), "expected an index after '['");
        Token close = consume(RIGHT_BRACKET, "expected ']' after the index");
        return new Expr.Index(object, items, open.span().to(close.span()).to(object.span()));
    }

    /** An index or a slice start:stop:step with any part left out. */
    private Expr subscript() {
        Expr start = null;
        Token first = peek();
        if (!check(COLON)) {
            start = expression();
            if (!check(COLON)) return start;
        }
        advance();
        Expr stop = check(COLON) || check(COMMA) || check(RIGHT_BRACKET) ? null : expression();
        Expr step = null;
        if (match(COLON) && !check(COMMA) && !check(RIGHT_BRACKET)) step = expression();
        return new Expr.Slice(start, stop, step, first.span().to(previous().span()));
    }

    private Expr primary() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER:
                advance();
                return new Expr.Number(Double.parseDouble(t.text()), t.span());
            case STRING:
                advance();
                return new Expr.Str(t.text(), t.span());
            case TRUE:
            case FALSE:
                advance();
                return new Expr.Literal(t.type() == TRUE, t.span());
            case NONE:
                advance();
                return new Expr.Literal(null, t.span());
            case NAME:
                advance();
                return new Expr.Name(t.text(), t.span());
            case LEFT_PAREN:
                return parenthesized(nest(advance()));
            case LEFT_BRACKET:
                return list(nest(advance()));
            default:
                throw error(t, current > 0 && previous().type().category() != TokenCategory.LAYOUT
                        ? "expected an expression after '" + previous().text() + "'" : "expected an expression");
        }
    }

    /** {@code (e)} is e; {@code ()}, {@code (a,)} and {@code (a, b)} are tuples. */
    private Expr parenthesized(Token open) {
        if (match(RIGHT_PAREN)) {
            depth--;
            return new Expr.Tuple(List.of(), open.span().to(previous().span()));
        }
        Expr first = expression();
        if (!check(COMMA)) {
            consume(RIGHT_PAREN, "expected ')' after the expression");
            depth--;
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (match(COMMA) && !check(RIGHT_PAREN)) items.add(expression());
        Token close = consume(RIGHT_PAREN, "expected ')' after the tuple items");
        depth--;
        return new Expr.Tuple(items, open.span().to(close.span()));
    }

    private Expr list(Token open) {
        List<Expr> items = new ArrayList<>();
        while (!check(RIGHT_BRACKET)) {
            items.add(expression());
            if (!match(COMMA)) break;
        }
        Token close = consume(RIGHT_BRACKET, "expected ']' after the list items");
        depth--;
        return new Expr.ListExpr(items, open.span().to(close.span()));
    }

    private Expr binary(Expr left, Token op, Expr right) {
        return new Expr.Binary(left, op, right, left.span().to(right.span()));
    }

    private Expr logical(Expr left, Token op, Expr right) {
        return new Expr.Logical(left, op, right, left.span().to(right.span()));
    }

    // ---- helpers ----

    /** Counts one more level of nesting at {@code at}; too many is an error, not a stack overflow. */
    private Token nest(Token at) {
        if (++depth > MAX_DEPTH) throw error(at, "expression nested too deeply (more than " + MAX_DEPTH + " levels)");
        return at;
    }

    private boolean atStatementEnd() {
        return check(NEWLINE) || check(SEMICOLON) || check(EOF);
    }

    private boolean canStartExpression() {
        return check(NUMBER, STRING, NAME, TRUE, FALSE, NONE, LEFT_PAREN, LEFT_BRACKET, MINUS, PLUS, NOT);
    }

    private boolean match(TokenType... types) {
        if (!check(types)) return false;
        advance();
        return true;
    }

    private boolean check(TokenType... types) {
        TokenType t = peek().type();
        for (TokenType type : types) if (t == type) return true;
        return false;
    }

    private boolean check(TokenType type) {
        return peek().type() == type;
    }

    private boolean checkNext(TokenType type) {
        return current + 1 < tokens.size() && tokens.get(current + 1).type() == type;
    }

    private Token consume(TokenType type, String message) {
        if (check(type)) return advance();
        throw error(peek(), message + ", found " + peek().describe());
    }

    private Token advance() {
        Token t = tokens.get(current);
        if (t.type() != EOF) current++;
        return t;
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token previous() {
        return tokens.get(current - 1);
    }

    private static LangError error(Token at, String message) {
        return new LangError(message, at.span());
    }
}
