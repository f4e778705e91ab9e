package dev.adjoint.lang;

import static dev.adjoint.lang.TokenType.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent in the style of jlox: one small method per precedence level, loosest first
 * (lambda, if-else, or, and, not, comparisons, |, &, shifts, + -, * / // % @, unary - + ~, ** ^,
 * postfix calls/attributes/indexing). Nesting is limited, so a line of ten thousand '(' is an
 * error and never a stack overflow. Python that adjoint does not run (async) is an error naming
 * the feature. A match statement's cases and patterns are {@link MatchParser}'s.
 */
public final class Parser {
    /** Deepest syntax tree accepted; bounds the recursion of both the parser and the interpreter. */
    public static final int MAX_DEPTH = 200;

    private final List<Token> tokens;
    /** The unit's literals, shared and folded as CPython's compiler does (an f-string's fields share their string's). */
    private CodeConstants constants = new CodeConstants();
    /** The SyntaxWarnings CPython's compiler gives this unit, in source order; a subscript's is dropped when it turns out to be a target. */
    private List<Source.Warning> warnings = new ArrayList<>();
    /** A subscript's warning, kept by its node until the node is known not to be a target ({@code {1}[0] = 2} warns nothing). */
    private java.util.IdentityHashMap<Expr, Source.Warning> subscriptWarnings = new java.util.IdentityHashMap<>();
    /** Inside an annotation, which nothing folds (a postponed one is shown as written). */
    private int annotations;
    private int current;
    private int depth;
    private int loops;
    private int functions;
    /** The loop depth where the innermost except* block began (break, continue and return may not leave it), or -1 outside one. */
    private int loopsAtExceptStar = -1;
    /** Directly in a class body (not in a def or lambda inside it): a comprehension there may not use :=. */
    private boolean inClassBody;
    /** The class whose body (methods included) is being parsed, its leading underscores dropped, for private names; null outside classes. */
    private String mangling;
    /** Every named expression parsed so far, in order: a comprehension checks those made since its element began. */
    private final List<Expr.NamedExpr> namedExpressions = new ArrayList<>();
    /** Whether the def being parsed holds a yield (is a generator function). */
    private boolean sawYield;
    /**
     * The first error CPython finds only when it compiles ('return' outside function, 'break'
     * outside loop): thrown once the whole input has parsed, so that a syntax error anywhere in it
     * is reported first, as CPython reports it.
     */
    private LangError deferred;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole input into statements; throws the first lexical or syntax error. */
    public static List<Stmt> parse(String source) {
        return parseUnit(source).statements();
    }

    /** A whole input parsed, with the SyntaxWarnings CPython's compiler gives it. */
    record Unit(List<Stmt> statements, List<Source.Warning> warnings) {}

    /** {@link #parse}, keeping the compile-time warnings. */
    static Unit parseUnit(String source) {
        Lexer.Scan scan = Lexer.scanLeniently(source);
        if (!scan.openBrackets().isEmpty()) throw unclosed(source, scan);
        Parser p = new Parser(Lexer.tokenize(source));
        List<Stmt> statements = p.program();
        return new Unit(statements, p.warnings);
    }

    /**
     * The error of an input with a bracket left open, as CPython decides: a syntax error before the
     * end, on the line of the innermost bracket left open or before it, is the error; one on a later
     * line is that bracket's "'(' was never closed".
     */
    private static LangError unclosed(String source, Lexer.Scan scan) {
        int opened = scan.openBrackets().get(scan.openBrackets().size() - 1).span().line();
        List<Token> closed = null;
        Parser parser = null;
        try {
            closed = Lexer.tokenize(source + scan.closers());
            parser = new Parser(closed);
            parser.program();
        } catch (LangError e) {
            if (parser != null && e == parser.deferred) return scan.unclosed().orElseThrow(); // the bracket is a syntax error, found first
            Span last = e.span() == null || closed == null ? e.span() : lastRead(closed, e);
            if (last != null && last.offset() < source.length() && last.line() <= opened) return clamp(e, source.length());
        }
        return scan.unclosed().orElseThrow();
    }

    /**
     * The last token CPython's parser would have read for this error (whose line it compares with
     * the open bracket's): the last one under the error, or for "Perhaps you forgot a comma?" the
     * one after the second expression, which it read to see where that expression ends.
     */
    private static Span lastRead(List<Token> tokens, LangError e) {
        boolean lookahead = e.getMessage().startsWith("invalid syntax. Perhaps you forgot a comma?");
        int end = e.span().end();
        for (Token t : tokens)
            if (lookahead ? t.span().offset() >= end : t.span().end() >= end) return t.span();
        return tokens.get(tokens.size() - 1).span();
    }

    /** An error found with the closers appended (an unterminated string runs into them) ends where the input ends. */
    private static LangError clamp(LangError e, int length) {
        Span s = e.span();
        if (s.end() <= length) return e;
        return e.at(new Span(s.offset(), length - s.offset(), s.line(), s.column()));
    }

    /**
     * One expression from tokens (an f-string's replacement field), parsed as if written where the
     * f-string is: at its nesting depth, in its class (private names) and function (a yield there
     * makes the function a generator, as {@code f"{(yield)}"} does in CPython).
     */
    Expr fieldExpression(List<Token> fieldTokens) {
        Parser p = new Parser(fieldTokens);
        p.constants = constants;
        p.warnings = warnings;
        p.subscriptWarnings = subscriptWarnings;
        p.annotations = annotations;
        p.depth = depth;
        p.mangling = mangling;
        p.functions = functions;
        Expr e = p.expressionList();
        while (p.check(NEWLINE)) p.advance();
        if (!p.check(EOF)) throw error(p.peek(), "unexpected " + p.peek().describe() + " in the f-string expression");
        sawYield |= p.sawYield;
        if (p.deferred != null) defer(p.deferred);
        return e;
    }

    private List<Stmt> program() {
        List<Stmt> out = new ArrayList<>();
        while (!check(EOF)) statement(out);
        ScopeDeclarations.check(List.of(), out);
        if (deferred != null) throw deferred;
        // CPython's compiler checks an expression before its parts: in the order they start, the outer first
        warnings.sort(java.util.Comparator.comparingInt((Source.Warning w) -> w.span().offset()).thenComparingInt(w -> -w.span().length()));
        return out;
    }

    // ---- statements ----

    private void statement(List<Stmt> out) {
        statementOrBlock(out);
    }

    private void statementOrBlock(List<Stmt> out) {
        switch (peek().type()) {
            case IF -> out.add(ifStatement());
            case WHILE -> out.add(whileStatement());
            case FOR -> out.add(forStatement());
            case DEF -> out.add(defStatement(List.of()));
            case CLASS -> out.add(classStatement(List.of()));
            case AT -> out.add(decorated());
            case WITH -> out.add(withStatement());
            case TRY -> out.add(tryStatement());
            case ASYNC -> {
                if (!checkNext(DEF) && !checkNext(FOR) && !checkNext(WITH)) throw error(tokens.get(current + 1), "invalid syntax"); // async = 3
                throw unsupported(peek(), "`async " + tokens.get(current + 1).text() + "` is not supported (adjoint runs no coroutines)");
            }
            case INDENT -> throw indentation(peek(), "unexpected indent");
            case ELIF, ELSE, EXCEPT, FINALLY -> throw error(peek(), "invalid syntax"); // without its if or try: CPython's words
            default -> {
                if (check(NAME) && peek().text().equals("match") && looksLikeMatch()) out.add(new MatchParser(this).matchStatement());
                else simpleLine(out);
            }
        }
    }

    /** {@code match x:} at the start of a line (match is also an ordinary name). */
    private boolean looksLikeMatch() {
        int nesting = 0;
        for (int i = current + 1; i < tokens.size(); i++) {
            TokenType t = tokens.get(i).type();
            if (t == NEWLINE || t == EOF || t == EQUAL) return false;
            if (t == LEFT_PAREN || t == LEFT_BRACKET || t == LEFT_BRACE) nesting++;
            if (t == RIGHT_PAREN || t == RIGHT_BRACKET || t == RIGHT_BRACE) nesting--;
            if (t == COLON && nesting == 0) return i > current + 1 && tokens.get(i + 1).type() == NEWLINE;
        }
        return false;
    }

    /** Small statements separated by ';' up to the end of the line. */
    private void simpleLine(List<Stmt> out) {
        out.add(smallStatement());
        while (match(SEMICOLON)) {
            if (check(NEWLINE) || check(EOF)) break;
            out.add(smallStatement());
        }
        if (match(NEWLINE) || check(EOF)) return;
        Stmt last = out.get(out.size() - 1);
        if (last instanceof Stmt.Expression e && e.expr() instanceof Expr.Name n && (n.name().equals("print") || n.name().equals("exec"))
                && canStartExpression()) { // Python 2's print statement, as old tutorials write it: CPython 3.11's hint
            Span line = n.span(); // CPython's caret: the name and the expression after it
            try {
                line = line.to(starredList().span());
            } catch (LangError ignored) {
                // no expression after it: the name alone
            }
            throw new LangError("Missing parentheses in call to '" + n.name() + "'. Did you mean " + n.name() + "(...)?", line);
        }
        if (out.size() == 1 && last instanceof Stmt.Expression e && e.expr() instanceof Expr.Name n && LECTURE_COMMANDS.contains(n.name())
                && check(NAME)) // "trace y": a lecture command without its colon
            throw error(peek(), "invalid syntax; commands start with ':' (did you mean :" + n.name() + " " + peek().text() + "?)");
        if (out.size() == 1 && last instanceof Stmt.Expression e && e.expr() instanceof Expr.Name n && n.name().equals("match")) matchWithoutColon();
        throw error(peek(), "invalid syntax");
    }

    /** {@code match x} and the end of the line: CPython's "expected ':'" at the line's end (else the caller's "invalid syntax"). */
    private void matchWithoutColon() {
        int saved = current, savedDepth = depth;
        try {
            if (canStartExpression()) starredList();
            if (current > saved && (check(NEWLINE) || check(EOF))) throw error(peek(), "expected ':'");
        } catch (LangError e) {
            if (e.getMessage().equals("expected ':'")) throw e;
        }
        current = saved;
        depth = savedDepth;
    }

    /** The REPL's commands a student may type without their colon ("trace y", "help trace"): the syntax error then names the command. */
    private static final String EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

    private static final java.util.Set<String> LECTURE_COMMANDS = java.util.Set.of(
            "trace", "forward", "reverse", "grad", "backward", "graph", "check", "jacobian", "replay", "step", "vars", "help", "load", "save");

    private Stmt smallStatement() {
        Token t = peek();
        switch (t.type()) {
            case PASS:
                advance();
                return new Stmt.Pass(t.span());
            case BREAK:
            case CONTINUE:
                advance();
                if (loopsAtExceptStar >= 0 && loops == loopsAtExceptStar) defer(error(t, EXCEPT_STAR_EXIT));
                if (loops == 0) defer(error(t, t.type() == BREAK ? "'break' outside loop" : "'continue' not properly in loop"));
                return t.type() == BREAK ? new Stmt.Break(t.span()) : new Stmt.Continue(t.span());
            case RETURN: {
                advance();
                Expr value = atStatementEnd() ? null : starredList(); // `return 1, *rest` (Python 3.8)
                if (value instanceof Expr.Starred s) throw new LangError("can't use starred expression here", s.span());
                Span span = value == null ? t.span() : t.span().to(value.span());
                if (loopsAtExceptStar >= 0) defer(new LangError(EXCEPT_STAR_EXIT, value == null ? t.span() : value.span())); // CPython points at the value
                if (functions == 0) defer(new LangError("'return' outside function", span));
                return new Stmt.Return(value, span);
            }
            case RAISE:
                return raiseStatement();
            case ASSERT: {
                advance();
                Expr test = expression();
                Expr message = match(COMMA) ? expression() : null;
                return new Stmt.Assert(test, message, t.span().to((message != null ? message : test).span()));
            }
            case DEL: {
                advance();
                List<Expr> targets = new ArrayList<>();
                do {
                    targets.add(deletable(expression()));
                    stored(targets.get(targets.size() - 1));
                } while (match(COMMA) && !atStatementEnd());
                return new Stmt.Del(targets, t.span().to(previous().span()));
            }
            case GLOBAL:
            case NONLOCAL: {
                advance();
                List<String> names = new ArrayList<>();
                do {
                    names.add(mangle(consume(NAME, "expected a name after '" + t.text() + "'").text()));
                } while (match(COMMA));
                Span span = t.span().to(previous().span());
                if (t.type() == NONLOCAL && functions == 0) defer(new LangError("nonlocal declaration not allowed at module level", span));
                return new Stmt.Scope(names, t.type() == NONLOCAL, span);
            }
            case IMPORT:
                return importStatement();
            case FROM:
                return fromStatement();
            default:
                return expressionStatement();
        }
    }

    /** A yield where only a parenthesized one may stand ({@code print(yield 1)}, {@code lambda: yield}): CPython's "invalid syntax" at it. */
    private static LangError yieldInExpression(Token at) {
        return error(at, "invalid syntax");
    }

    private Stmt raiseStatement() {
        Token keyword = advance();
        if (atStatementEnd()) return new Stmt.Raise(null, null, keyword.span());
        Expr exception = expression();
        Expr cause = match(FROM) ? expression() : null;
        return new Stmt.Raise(exception, cause, keyword.span().to((cause != null ? cause : exception).span()));
    }

    private Stmt importStatement() {
        Token keyword = advance();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            Token first = peek();
            String module = dottedName();
            String alias = match(AS) ? consume(NAME, "expected a name after 'as'").text() : null;
            names.add(new Stmt.Alias(module, alias, first.span().to(previous().span())));
        } while (match(COMMA));
        return new Stmt.Import(null, names, keyword.span().to(previous().span()));
    }

    private Stmt fromStatement() {
        Token keyword = advance();
        // a relative import keeps its dots in the module's name (from ..x import y: "..x"), resolved when it runs
        StringBuilder dots = new StringBuilder();
        while (check(DOT) || check(ELLIPSIS)) dots.append(advance().type() == ELLIPSIS ? "..." : ".");
        String module = dots.length() > 0 && check(IMPORT) ? dots.toString() : dots + dottedName();
        consume(IMPORT, "expected 'import' after the module name");
        List<Stmt.Alias> names = new ArrayList<>();
        if (check(STAR)) {
            Token star = advance();
            names.add(new Stmt.Alias("*", null, star.span()));
            return new Stmt.Import(module, names, keyword.span().to(star.span()));
        }
        boolean parens = match(LEFT_PAREN);
        do {
            if (parens && check(RIGHT_PAREN)) break;
            Token name = consume(NAME, "expected a name to import");
            String alias = match(AS) ? consume(NAME, "expected a name after 'as'").text() : null;
            names.add(new Stmt.Alias(name.text(), alias, name.span().to(previous().span())));
            if (!parens && check(COMMA) && (checkNext(NEWLINE) || checkNext(EOF) || checkNext(SEMICOLON))) {
                advance();
                throw error(peek(), "trailing comma not allowed without surrounding parentheses");
            }
        } while (match(COMMA));
        if (parens) consume(RIGHT_PAREN, "expected ')' after the imported names");
        return new Stmt.Import(module, names, keyword.span().to(previous().span()));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(consume(NAME, "expected a module name").text());
        while (match(DOT)) sb.append('.').append(consume(NAME, "expected a name after '.'").text());
        return sb.toString();
    }

    private Stmt expressionStatement() {
        Expr first = check(YIELD) ? yieldExpression() : starredList();
        if (match(EQUAL)) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = assignedValue();
            while (match(EQUAL)) {
                targets.add(value);
                value = assignedValue();
            }
            checkTargets(targets, value);
            targets.forEach(this::stored);
            return new Stmt.Assign(targets, value, first.span().to(value.span()));
        }
        if (peek().type().binaryOfAugmented() != null) {
            Token op = advance();
            if (!(first instanceof Expr.Name) && !(first instanceof Expr.Attribute) && !(first instanceof Expr.Index))
                throw new LangError("'" + describeTarget(first) + "' is an illegal expression for augmented assignment", first.span());
            stored(first);
            Expr value = assignedValue();
            return new Stmt.AugAssign(first, op, value, first.span().to(value.span()));
        }
        if (check(COLON) && !(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Index) && startsExpression(current + 1)) {
            if (first instanceof Expr.Tuple t && !parenthesized(t)) throw new LangError("only single target (not tuple) can be annotated", t.items().get(0).span());
            if (first instanceof Expr.Tuple || first instanceof Expr.ListExpr)
                throw new LangError("only single target (not " + describeTarget(first) + ") can be annotated", first.span());
            throw new LangError("illegal target for annotation", first.span());
        }
        if (check(COLON) && (first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Index)) {
            advance(); // an annotation: x: int = 5 assigns; a class body keeps the annotation, never evaluated
            stored(first);
            Expr annotation = annotation();
            if (!match(EQUAL)) return new Stmt.Annotated(first, annotation, null, first.span().to(annotation.span()));
            Expr value = assignedValue();
            if (value instanceof Expr.Yield) { // x: int = yield v: a generator's assignment, which the generator machinery knows
                List<Expr> targets = new ArrayList<>();
                targets.add(first);
                return new Stmt.Assign(targets, value, first.span().to(value.span()));
            }
            return new Stmt.Annotated(first, annotation, value, first.span().to(value.span()));
        }
        if (first instanceof Expr.Starred s) throw new LangError("can't use starred expression here", s.span());
        return new Stmt.Expression(first, first.span());
    }

    private Expr assignedValue() {
        if (check(YIELD)) return yieldExpression();
        return starredList();
    }

    /**
     * {@code yield}, {@code yield a, b}, {@code yield from it}: a statement or the value of an
     * assignment, in a function; {@link #statement} refuses one anywhere else.
     */
    private Expr yieldExpression() {
        Token keyword = advance();
        boolean from = match(FROM);
        Expr value = from ? expression() : atStatementEnd() || check(RIGHT_PAREN) || check(EQUAL) ? null : starredList();
        Expr.Yield y = new Expr.Yield(value, from, value == null ? keyword.span() : keyword.span().to(value.span()));
        if (functions == 0) defer(new LangError("'yield' outside function", y.span()));
        sawYield = true;
        return y;
    }

    /**
     * The targets of {@code t1 = t2 = value}, with CPython's errors: one target and a value that
     * starts as an operand ({@code f() = 3}, {@code 1 = x}) is taken for a mistyped comparison (its
     * grammar's invalid_named_expression: "cannot assign to function call here. Maybe you meant
     * '==' instead of '='?", at the target's last item); anything else names the first item that
     * cannot be assigned to ("cannot assign to literal").
     */
    private void checkTargets(List<Expr> targets, Expr value) {
        Expr target = targets.get(0);
        if (targets.size() == 1 && invalidTarget(target) != null && !(target instanceof Expr.Starred) && isOperand(leftmost(value))) {
            Expr last = target instanceof Expr.Tuple t && !parenthesized(t) ? t.items().get(t.items().size() - 1) : target;
            boolean excluded = last instanceof Expr.ListExpr || last instanceof Expr.Tuple || last instanceof Expr.Starred
                    || last instanceof Expr.Literal l && (l.value() == null || l.value() instanceof Boolean)
                    || last instanceof Expr.Comprehension c && c.kind() == Expr.ComprehensionKind.GENERATOR;
            if (!excluded && isOperand(last)) {
                if (last instanceof Expr.Name)
                    throw new LangError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last.span().to(leftmost(value).span()));
                throw new LangError("cannot assign to " + describeTarget(last) + " here. Maybe you meant '==' instead of '='?", last.span());
            }
        }
        for (Expr t : targets) assignable(t);
    }

    /** Whether CPython's grammar reads the expression at its bitwise-or level or below (an operand of a comparison). */
    private static boolean isOperand(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.Logical || e instanceof Expr.Conditional || e instanceof Expr.Lambda
                || e instanceof Expr.Yield || e instanceof Expr.Starred || e instanceof Expr.NamedExpr || e instanceof Expr.Unary u && u.op().type() == NOT);
    }

    /** The expression an expression starts with, as a grammar reading it from the left meets it first: a tuple's first item, a comparison's first operand. */
    private static Expr leftmost(Expr e) {
        while (true) {
            if (e instanceof Expr.Tuple t && !t.items().isEmpty() && !parenthesized(t)) e = t.items().get(0);
            else if (e instanceof Expr.Compare c) e = c.operands().get(0);
            else if (e instanceof Expr.Logical l) e = l.left();
            else if (e instanceof Expr.Conditional c) e = c.then();
            else return e;
        }
    }

    /** Whether a tuple was written in parentheses (its span starts before its first item). */
    private static boolean parenthesized(Expr.Tuple t) {
        return t.items().isEmpty() || t.span().offset() != t.items().get(0).span().offset();
    }

    /** The first part of a target that cannot be assigned to ({@code 1} in {@code a, 1}), or null. */
    private static Expr invalidTarget(Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Index) return null;
        if (target instanceof Expr.Tuple || target instanceof Expr.ListExpr) {
            for (Expr item : target instanceof Expr.Tuple t ? t.items() : ((Expr.ListExpr) target).items()) {
                Expr bad = invalidTarget(item instanceof Expr.Starred s ? s.value() : item);
                if (bad != null) return bad;
            }
            return null;
        }
        return target;
    }

    /** Checks that an expression can be assigned to: a name, an attribute, an item, or a tuple/list of them (one starred). */
    private Expr assignable(Expr target) {
        if (target instanceof Expr.Starred s) throw new LangError("starred assignment target must be in a list or tuple", s.span());
        Expr bad = invalidTarget(target);
        if (bad != null) throw new LangError("cannot assign to " + describeTarget(bad), bad.span());
        if (target instanceof Expr.Tuple || target instanceof Expr.ListExpr) {
            List<Expr> items = target instanceof Expr.Tuple t ? t.items() : ((Expr.ListExpr) target).items();
            if (items.stream().filter(i -> i instanceof Expr.Starred).count() > 1) throw new LangError("multiple starred expressions in assignment", target.span());
            for (Expr item : items) assignable(item instanceof Expr.Starred s ? s.value() : item);
        }
        return target;
    }

    private Expr deletable(Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Index) return target;
        if (target instanceof Expr.Tuple || target instanceof Expr.ListExpr) {
            (target instanceof Expr.Tuple t ? t.items() : ((Expr.ListExpr) target).items()).forEach(this::deletable);
            return target;
        }
        throw new LangError("cannot delete " + describeTarget(target), target.span());
    }

    private Stmt ifStatement() {
        Token keyword = advance();
        List<Stmt.Branch> branches = new ArrayList<>();
        Expr condition = namedExpression();
        branches.add(new Stmt.Branch(condition, block(keyword, "the if condition")));
        while (check(ELIF)) {
            Token elif = advance();
            Expr c = namedExpression();
            branches.add(new Stmt.Branch(c, block(elif, "the elif condition")));
        }
        List<Stmt> orElse = List.of();
        if (check(ELSE)) orElse = block(advance(), "'else'");
        return new Stmt.If(branches, orElse, keyword.span().to(condition.span()));
    }

    private Stmt whileStatement() {
        Token keyword = advance();
        Expr condition = namedExpression();
        loops++;
        List<Stmt> body = block(keyword, "the while condition");
        loops--;
        List<Stmt> orElse = check(ELSE) ? block(advance(), "'else'") : List.of();
        return new Stmt.While(condition, body, orElse, keyword.span().to(condition.span()));
    }

    private Stmt forStatement() {
        Token keyword = advance();
        Expr target = targetList();
        stored(target);
        consume(IN, "expected 'in' after the loop variable");
        Expr iterable = starredList();
        loops++;
        List<Stmt> body = block(keyword, "the for header");
        loops--;
        List<Stmt> orElse = check(ELSE) ? block(advance(), "'else'") : List.of();
        return new Stmt.For(target, iterable, body, orElse, keyword.span().to(iterable.span()));
    }

    /** Loop targets up to 'in': {@code i}, {@code i, x}, {@code (a, b), c}, {@code first, *rest}. */
    private Expr targetList() {
        List<Expr> targets = new ArrayList<>();
        boolean comma = false;
        do {
            if (check(IN)) break;
            Token star = match(STAR) ? previous() : null;
            Expr t = postfix();
            targets.add(star == null ? t : new Expr.Starred(t, star.span().to(t.span())));
            if (check(COMMA)) comma = true;
        } while (match(COMMA));
        if (targets.isEmpty()) throw error(peek(), "invalid syntax");
        Expr target = targets.size() == 1 && !comma ? targets.get(0)
                : new Expr.Tuple(targets, targets.get(0).span().to(targets.get(targets.size() - 1).span()));
        return assignable(target);
    }

    /** {@code @decorator} lines, then the def or class they decorate. */
    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (match(AT)) {
            decorators.add(expression());
            consume(NEWLINE, "expected a new line after the decorator");
        }
        if (check(DEF)) return defStatement(decorators);
        if (check(CLASS)) return classStatement(decorators);
        throw error(peek(), "invalid syntax");
    }

    private Stmt defStatement(List<Expr> decorators) {
        Token keyword = advance();
        Token name = consume(NAME, "expected a function name after 'def'");
        if (!check(LEFT_PAREN)) throw error(peek(), "expected '('"); // CPython's words
        advance();
        List<Stmt.Param> params = parameters(RIGHT_PAREN, true);
        Token close = consume(RIGHT_PAREN, "expected ')' after the parameters");
        Expr returns = match(ARROW) ? annotation() : null;
        int savedLoops = loops, savedStarLoops = loopsAtExceptStar;
        boolean savedClass = inClassBody, savedYield = sawYield;
        loops = 0;
        loopsAtExceptStar = -1;
        functions++;
        inClassBody = false;
        sawYield = false;
        List<Stmt> body = block(keyword, "the function signature");
        ScopeDeclarations.check(params, body);
        List<Stmt> resumable = sawYield ? YieldLifting.lift(body) : null; // refuses a yield where the generator cannot stop now, not at its first call
        functions--;
        loops = savedLoops;
        loopsAtExceptStar = savedStarLoops;
        inClassBody = savedClass;
        sawYield = savedYield;
        return new Stmt.Def(mangle(name.text()), params, body, decorators, keyword.span().to(close.span()), resumable, returns);
    }

    /**
     * Parameters up to {@code end}: {@code a, b=1, *args, c, d=2, **kw}, a bare {@code *} before
     * keyword-only ones, {@code /} after positional-only ones, annotations when allowed.
     */
    private List<Stmt.Param> parameters(TokenType end, boolean annotations) {
        List<Stmt.Param> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean keywordOnly = false, varKeyword = false;
        while (!check(end)) {
            if (varKeyword) throw error(peek(), "arguments cannot follow var-keyword argument");
            if (match(SLASH)) {
                if (params.isEmpty()) throw error(previous(), "at least one argument must precede /");
                if (keywordOnly || params.stream().anyMatch(q -> q.kind() == Stmt.ParamKind.POSITIONAL_ONLY))
                    throw error(previous(), "/ must be ahead of *");
                params.replaceAll(q -> new Stmt.Param(q.name(), q.defaultValue(), Stmt.ParamKind.POSITIONAL_ONLY, q.span(), q.annotation()));
                if (!match(COMMA)) break;
                continue;
            }
            Stmt.ParamKind kind = keywordOnly ? Stmt.ParamKind.KEYWORD_ONLY : Stmt.ParamKind.NORMAL;
            if (match(STAR_STAR)) {
                kind = Stmt.ParamKind.VAR_KEYWORD;
                varKeyword = true;
            } else if (match(STAR)) {
                Token star = previous();
                if (keywordOnly) throw error(star, "* argument may appear only once");
                keywordOnly = true;
                if (check(COMMA) && !checkNext(end) && !checkNext(STAR_STAR)) {
                    advance();
                    continue; // a bare * : the parameters after it are keyword-only
                }
                if (!check(NAME)) throw error(star, "named arguments must follow bare *");
                kind = Stmt.ParamKind.VAR_POSITIONAL;
            }
            Token p = consume(NAME, "expected a parameter name");
            if (!seen.add(p.text())) throw error(p, "duplicate argument '" + p.text() + "' in function definition");
            Expr annotation = annotations && match(COLON) ? annotation() : null;
            Expr defaultValue = null;
            if (match(EQUAL)) {
                if (kind == Stmt.ParamKind.VAR_POSITIONAL || kind == Stmt.ParamKind.VAR_KEYWORD)
                    throw error(previous(), (varKeyword ? "var-keyword" : "var-positional") + " argument cannot have default value");
                defaultValue = expression();
            }
            if (kind == Stmt.ParamKind.NORMAL && defaultValue == null
                    && params.stream().anyMatch(q -> (q.kind() == Stmt.ParamKind.NORMAL || q.kind() == Stmt.ParamKind.POSITIONAL_ONLY) && q.defaultValue() != null))
                throw new LangError("non-default argument follows default argument", annotation == null ? p.span() : p.span().to(annotation.span()));
            params.add(new Stmt.Param(mangle(p.text()), defaultValue, kind, p.span(), annotation));
            if (!match(COMMA)) break;
        }
        return params;
    }

    private Stmt classStatement(List<Expr> decorators) {
        Token keyword = advance();
        Token name = consume(NAME, "expected a class name after 'class'");
        List<Expr> bases = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (match(LEFT_PAREN)) {
            boolean misplaced = false; // a base after a keyword: CPython reports it at the closing ')'
            while (!check(RIGHT_PAREN)) {
                if (check(NAME) && checkNext(EQUAL)) { // class C(Base, tag=1): passed to __init_subclass__ (metaclass= is refused when it runs)
                    Token key = advance();
                    advance();
                    Expr value = expression();
                    keywords.add(new Expr.Keyword(key.text(), value, key.span().to(value.span())));
                } else {
                    misplaced |= !keywords.isEmpty();
                    bases.add(expression());
                }
                if (!match(COMMA)) break;
            }
            Token close = consume(RIGHT_PAREN, "expected ')' after the base classes");
            if (misplaced) throw error(close, "positional argument follows keyword argument");
        }
        Span header = keyword.span().to(previous().span());
        int savedLoops = loops, savedFunctions = functions, savedStarLoops = loopsAtExceptStar;
        boolean savedClass = inClassBody;
        String savedMangling = mangling, className = mangle(name.text());
        loops = 0;
        loopsAtExceptStar = -1;
        functions = 0;
        inClassBody = true;
        mangling = name.text().replaceFirst("^_+", "");
        if (mangling.isEmpty()) mangling = null; // a class named only with underscores mangles nothing, as in CPython
        List<Stmt> body = block(keyword, "the class name");
        loops = savedLoops;
        loopsAtExceptStar = savedStarLoops;
        functions = savedFunctions;
        inClassBody = savedClass;
        mangling = savedMangling;
        return new Stmt.ClassDef(className, bases, keywords, body, decorators, header);
    }

    /** CPython's private names: inside class C, {@code __x} (not {@code __x__}) is {@code _C__x}, so {@code obj.__x} from outside is not found. */
    String mangle(String name) {
        if (mangling == null || !name.startsWith("__") || name.endsWith("__")) return name;
        return "_" + mangling + name;
    }

    private Stmt withStatement() {
        Token keyword = advance();
        List<Stmt.WithItem> items = check(LEFT_PAREN) ? parenthesizedWithItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                Expr context = expression();
                Expr target = match(AS) ? assignable(postfix()) : null;
                items.add(new Stmt.WithItem(context, target));
            } while (match(COMMA));
        }
        List<Stmt> body = block(keyword, "the with expression");
        Stmt.WithItem last = items.get(items.size() - 1);
        return new Stmt.With(items, body, keyword.span().to((last.target() != null ? last.target() : last.context()).span()));
    }

    /**
     * {@code with (open(a) as f, open(b) as g):} (Python 3.10): the items inside the bracket when a
     * ':' follows its closing one, as CPython's grammar tries this form first; otherwise null, and
     * nothing is read: the bracket belongs to the first item's expression ({@code with (a) as x:}).
     */
    private List<Stmt.WithItem> parenthesizedWithItems() {
        int start = current, named = namedExpressions.size();
        LangError deferredBefore = deferred;
        try {
            advance();
            List<Stmt.WithItem> items = new ArrayList<>();
            do {
                if (check(RIGHT_PAREN)) break;
                Expr context = expression();
                items.add(new Stmt.WithItem(context, match(AS) ? assignable(postfix()) : null));
            } while (match(COMMA));
            if (!items.isEmpty() && match(RIGHT_PAREN) && check(COLON)) return items;
        } catch (LangError notThisForm) {
            // read again as an expression
        }
        current = start;
        namedExpressions.subList(named, namedExpressions.size()).clear();
        deferred = deferredBefore;
        return null;
    }

    private Stmt tryStatement() {
        Token keyword = advance();
        List<Stmt> body = block(keyword, "'try'");
        List<Stmt.Handler> handlers = new ArrayList<>();
        Boolean star = null; // whether the handlers are except* (PEP 654), once the first one is read
        while (check(EXCEPT)) {
            Token except = advance();
            boolean starred = check(STAR);
            if (starred) advance();
            if (star != null && star != starred)
                throw new LangError("cannot have both 'except' and 'except*' on the same 'try'", except.span().to(previous().span()));
            star = starred;
            if (starred && check(COLON)) throw error(peek(), "expected one or more exception types");
            Expr type = check(COLON) ? null : expression();
            String name = null;
            if (type != null && match(AS)) name = mangle(consume(NAME, "expected a name after 'as'").text());
            if (type == null && !handlers.isEmpty() && handlers.get(handlers.size() - 1).type() == null)
                throw error(except, "only the last except may be bare");
            int savedStarLoops = loopsAtExceptStar;
            if (starred) loopsAtExceptStar = loops;
            List<Stmt> handlerBody = block(except, "the except clause");
            loopsAtExceptStar = savedStarLoops;
            handlers.add(new Stmt.Handler(type, name, handlerBody, except.span().to(previous().span())));
        }
        for (int i = 0; i < handlers.size() - 1; i++)
            if (handlers.get(i).type() == null) throw new LangError("default 'except:' must be last", handlers.get(i).span());
        List<Stmt> orElse = List.of();
        if (check(ELSE)) {
            if (handlers.isEmpty()) throw error(peek(), "'else' after 'try' needs an 'except'");
            orElse = block(advance(), "'else'");
        }
        List<Stmt> finalBody = check(FINALLY) ? block(advance(), "'finally'") : List.of();
        if (handlers.isEmpty() && finalBody.isEmpty()) {
            if (!check(EOF)) throw error(peek(), "expected 'except' or 'finally' block");
            Span last = body.get(body.size() - 1).span(); // at the end of the input: CPython names the try's last line, after its end
            throw new LangError("expected 'except' or 'finally' block", new Span(last.end(), 0, last.line(), last.column() + last.length()));
        }
        return new Stmt.Try(body, handlers, orElse, finalBody, Boolean.TRUE.equals(star), keyword.span());
    }

    /** ':' then either simple statements on the same line or an indented block. */
    List<Stmt> block(Token keyword, String after) {
        if (!check(COLON)) // CPython's words for a header whose line ends without it, or a def, try, else or finally followed by anything else
            throw error(peek(), check(NEWLINE) || check(EOF) || FORCED_COLON.contains(keyword.type()) ? "expected ':'" : "invalid syntax");
        advance();
        List<Stmt> body = new ArrayList<>();
        if (!match(NEWLINE)) {
            if (check(EOF)) throw missingBlock(keyword);
            simpleLine(body);
            return body;
        }
        if (!check(INDENT)) throw missingBlock(keyword);
        advance();
        while (!check(DEDENT) && !check(EOF)) statement(body);
        match(DEDENT);
        return body;
    }

    // ---- expressions, loosest first ----

    /** Expressions separated by commas: a tuple when there is a comma ({@code a, b = b, a}); items may be starred. */
    private Expr starredList() {
        Expr first = starredItem();
        if (!check(COMMA)) return first;
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA) && canStartExpression()) items.add(starredItem());
        return new Expr.Tuple(items, first.span().to(previous().span()));
    }

    private Expr starredItem() {
        if (!match(STAR)) return expression();
        Token star = previous();
        Expr value = or();
        return new Expr.Starred(value, star.span().to(value.span()));
    }

    /** Expressions separated by commas, no starred items: a tuple when there is a comma. */
    private Expr expressionList() {
        Expr first = expression();
        if (!check(COMMA)) return first;
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA) && canStartExpression()) items.add(expression());
        return new Expr.Tuple(items, first.span().to(previous().span()));
    }

    /** A full expression: a lambda, or a conditional expression. */
    private Expr expression() {
        if (check(LAMBDA)) {
            Expr l = lambda();
            if (check(WALRUS)) throw new LangError("cannot use assignment expressions with lambda", l.span());
            return l;
        }
        if (check(YIELD)) throw yieldInExpression(peek());
        Expr e = conditional();
        if (check(WALRUS)) throw error(peek(), "invalid syntax"); // := only where Python allows it: see namedExpression
        return e;
    }

    /**
     * Python's named_expression: {@code name := value}, or an expression. It stands where Python
     * allows an unparenthesized {@code :=} (conditions, call arguments, display items, subscripts,
     * comprehension elements, inside parentheses); anywhere else {@code :=} is "invalid syntax".
     */
    Expr namedExpression() {
        return namedExpression(true);
    }

    /** {@code assignmentTypo}: whether a '=' after the expression gets the condition's messages (a call argument has its own). */
    private Expr namedExpression(boolean assignmentTypo) {
        if (check(NAME) && checkNext(WALRUS)) {
            Token name = advance();
            nest(advance());
            Expr value = expression();
            depth--;
            Expr.NamedExpr named = new Expr.NamedExpr(mangle(name.text()), name.span(), value, name.span().to(value.span()));
            namedExpressions.add(named);
            return named;
        }
        if (check(LAMBDA)) return expression();
        Token first = peek();
        Expr e = conditional();
        if (check(WALRUS)) throw new LangError("cannot use assignment expressions with " + describeTarget(e), e.span());
        if (assignmentTypo && check(EQUAL)) throw assignmentTypo(first, e);
        return e;
    }

    /**
     * {@code if x = 3:}, the commonest first-week typo: CPython's messages (its grammar's
     * invalid_named_expression) name the fix. A plain name gets "Maybe you meant '==' or ':='";
     * another target at the bitwise-or level "cannot assign to ... here"; anything else, or a
     * chain {@code x = y = 3}, is "invalid syntax" at the '='.
     */
    private LangError assignmentTypo(Token first, Expr target) {
        boolean parenthesized = first.type() == LEFT_PAREN && previous().type() == RIGHT_PAREN; // (a > b) = 3, not (n := 1) > 0 and n = 3
        Token equal = advance();
        boolean orLevel = parenthesized || !(target instanceof Expr.Compare || target instanceof Expr.Logical
                || target instanceof Expr.Conditional || target instanceof Expr.Unary u && u.op().type() == NOT);
        boolean excluded = target instanceof Expr.Tuple || target instanceof Expr.ListExpr || target instanceof Expr.Literal
                || target instanceof Expr.Comprehension c && c.kind() == Expr.ComprehensionKind.GENERATOR;
        if (!orLevel || excluded || !canStartExpression()) return error(equal, "invalid syntax");
        Expr value = bitOr();
        if (check(EQUAL) || check(WALRUS)) return error(equal, "invalid syntax");
        if (target instanceof Expr.Name && !parenthesized)
            return new LangError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target.span().to(value.span()));
        String what = target instanceof Expr.Name ? "name" : describeTarget(target);
        return new LangError("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?", target.span());
    }

    /** How CPython names an expression that cannot be a target (its _PyPegen_get_expr_name). */
    private static String describeTarget(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Index) return "subscript";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.ListExpr) return "list";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.Conditional) return "conditional expression";
        if (e instanceof Expr.DictExpr) return "dict literal";
        if (e instanceof Expr.SetExpr) return "set display";
        if (e instanceof Expr.FString) return "f-string expression";
        if (e instanceof Expr.Literal l)
            return l.value() == null ? "None" : l.value() instanceof Ellipsis ? "ellipsis" : l.value() instanceof Boolean b ? (b ? "True" : "False") : "literal";
        if (e instanceof Expr.Number || e instanceof Expr.Str) return "literal";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.NamedExpr) return "named expression";
        if (e instanceof Expr.Yield) return "yield expression";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Comprehension c) return switch (c.kind()) {
            case LIST -> "list comprehension";
            case SET -> "set comprehension";
            case DICT -> "dict comprehension";
            case GENERATOR -> "generator expression";
        };
        return "expression";
    }

    /** An item of a display, a parenthesized group or a subscript: starred, or a named expression. */
    Expr starredNamedItem() {
        return check(STAR) ? starredItem() : namedExpression();
    }

    private Expr lambda() {
        Token keyword = nest(advance());
        List<Stmt.Param> params = parameters(COLON, false);
        consume(COLON, "expected ':' after the lambda's parameters");
        int savedLoops = loops;
        boolean savedClass = inClassBody, savedYield = sawYield;
        loops = 0;
        inClassBody = false;
        sawYield = false;
        functions++; // a yield in it makes the lambda a generator, not the function around it
        Expr body = expression();
        functions--;
        Span span = keyword.span().to(body.span());
        Stmt.Def generator = null;
        if (sawYield) {
            List<Stmt> returned = new ArrayList<>(List.of(new Stmt.Return(body, body.span())));
            generator = new Stmt.Def("<lambda>", params, returned, List.of(), span, YieldLifting.lift(returned), null);
        }
        loops = savedLoops;
        inClassBody = savedClass;
        sawYield = savedYield;
        depth--;
        return new Expr.Lambda(params, body, span, generator);
    }

    /** {@code a if c else b}: right-associative, the condition and a at the or level. */
    private Expr conditional() {
        Expr then = or();
        if (!check(IF)) return then;
        Token keyword = nest(advance());
        Expr condition = or();
        if (!check(ELSE) && !check(COLON)) throw new LangError("expected 'else' after 'if' expression", then.span().to(condition.span()));
        consume(ELSE, "expected 'else' after 'if' expression");
        Expr orElse = expression();
        depth--;
        return new Expr.Conditional(condition, then, orElse, then.span().to(orElse.span()));
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
        Expr first = bitOr();
        if (!atComparison()) return first;
        List<Expr> operands = new ArrayList<>(List.of(first));
        List<Token> ops = new ArrayList<>();
        int saved = depth;
        while (atComparison()) {
            ops.add(nest(comparisonOperator()));
            operands.add(bitOr());
        }
        depth = saved;
        Expr.Compare compare = new Expr.Compare(operands, ops, first.span().to(operands.get(operands.size() - 1).span()));
        warn(CompileChecks.identityWithLiteral(compare), compare.span());
        return compare;
    }

    private boolean atComparison() {
        return check(EQUAL_EQUAL, BANG_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, IN, IS) || (check(NOT) && checkNext(IN));
    }

    /** One comparison operator; {@code not in} and {@code is not} become one token. */
    private Token comparisonOperator() {
        Token t = advance();
        if (t.type() == NOT) {
            Token in = advance();
            return new Token(NOT_IN, "not in", t.span().to(in.span()));
        }
        if (t.type() == IS && check(NOT)) {
            Token not = advance();
            return new Token(IS_NOT, "is not", t.span().to(not.span()));
        }
        return t;
    }

    private Expr bitOr() {
        Expr expr = bitAnd();
        while (match(PIPE)) {
            Token op = previous();
            expr = binary(expr, op, bitAnd());
        }
        return expr;
    }

    private Expr bitAnd() {
        Expr expr = shift();
        while (match(AMPERSAND)) {
            Token op = previous();
            expr = binary(expr, op, shift());
        }
        return expr;
    }

    private Expr shift() {
        Expr expr = sum();
        while (match(LEFT_SHIFT, RIGHT_SHIFT)) {
            Token op = previous();
            expr = binary(expr, op, sum());
        }
        return expr;
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
        if (!match(MINUS, PLUS, TILDE)) return power();
        Token op = nest(previous());
        Expr operand = unary();
        depth--;
        Span span = op.span().to(operand.span());
        if (operand instanceof Expr.Number n && op.type() != TILDE)
            return new Expr.Number(op.type() != MINUS ? n.value() : n.value() instanceof PyComplex c ? c.unary(MINUS) : constants.share(PyNumbers.neg(n.value())), span);
        return new Expr.Unary(op, operand, span);
    }

    /** Right-associative, and its right operand may carry a sign: {@code 2**3**2}, {@code 2**-1}. */
    private Expr power() {
        if (check(AWAIT)) { // adjoint runs no coroutines, so an await is always where CPython refuses it
            Token keyword = advance();
            Expr operand = postfix();
            defer(new LangError(functions == 0 ? "'await' outside function" : "'await' outside async function", keyword.span().to(operand.span())));
            return operand;
        }
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
                expr = new Expr.Attribute(expr, mangle(name.text()), name.span(), expr.span().to(name.span()));
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
        Token open = previous();
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String misplaced = null; // a positional argument after a keyword one: CPython reports it at the closing ')'
        Expr last = null;
        while (!check(RIGHT_PAREN)) {
            if (check(NAME) && checkNext(EQUAL)) {
                Token name = advance();
                advance();
                Expr value = expression();
                if (!names.add(name.text())) throw new LangError("keyword argument repeated: " + name.text(), name.span().to(value.span()));
                keywords.add(new Expr.Keyword(mangle(name.text()), value, name.span().to(value.span())));
                last = value;
            } else if (match(STAR_STAR)) {
                Token stars = previous();
                Expr value = expression();
                keywords.add(new Expr.Keyword(null, value, stars.span().to(value.span())));
                last = value;
            } else if (check(STAR)) {
                if (keywords.stream().anyMatch(k -> k.name() == null)) throw error(peek(), "iterable argument unpacking follows keyword argument unpacking");
                args.add(last = starredItem());
            } else {
                if (!keywords.isEmpty() && canStartExpression() && misplaced == null)
                    misplaced = "positional argument follows keyword argument" + (keywords.stream().anyMatch(k -> k.name() == null) ? " unpacking" : "");
                int named = namedExpressions.size();
                Expr arg = namedExpression(false);
                if (check(EQUAL)) // f(x.y = 1): only a name can be a keyword
                    throw new LangError("expression cannot contain assignment, perhaps you meant \"==\"?", arg.span().to(peek().span()));
                if (check(FOR)) {
                    // f(x for x in xs): a generator expression as the only argument
                    arg = comprehensionTail(Expr.ComprehensionKind.GENERATOR, arg, null, arg.span(), named);
                    if (!check(RIGHT_PAREN) && !check(COMMA)) throw error(peek(), "invalid syntax"); // f(a for a in b c)
                    if (!args.isEmpty() || !check(RIGHT_PAREN)) throw new LangError("Generator expression must be parenthesized", arg.span());
                }
                args.add(last = arg);
            }
            if (!match(COMMA)) break;
        }
        Token close = close(RIGHT_PAREN, last);
        if (misplaced != null) throw error(close, misplaced);
        Expr.Call call = new Expr.Call(callee, args, keywords, callee.span().to(close.span()).to(open.span()));
        warn(CompileChecks.notCallable(callee), call.span());
        return call;
    }

    private Expr finishIndex(Expr object) {
        Token open = previous();
        List<Expr> items = new ArrayList<>();
        do {
            if (check(RIGHT_BRACKET)) break;
            items.add(subscript());
        } while (match(COMMA));
        if (items.isEmpty()) throw error(peek(), "invalid syntax");
        Token close = close(RIGHT_BRACKET, items.get(items.size() - 1));
        Expr.Index index = new Expr.Index(object, items, open.span().to(close.span()).to(object.span()));
        String problem = CompileChecks.notSubscriptable(object);
        if (problem == null) problem = CompileChecks.badIndex(object, items);
        if (problem != null) {
            Source.Warning w = new Source.Warning(problem, index.span());
            warnings.add(w);
            subscriptWarnings.put(index, w);
        }
        return index;
    }

    /** An index or a slice start:stop:step with any part left out. */
    private Expr subscript() {
        Expr start = null;
        Token first = peek();
        if (!check(COLON)) {
            start = starredNamedItem();
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
                return new Expr.Number(constants.share(NumberLiteral.value(t)), t.span());
            case STRING:
            case FSTRING:
                return strings();
            case BYTES:
                return bytesLiteral();
            case TRUE:
            case FALSE:
                advance();
                return new Expr.Literal(t.type() == TRUE, t.span());
            case NONE:
                advance();
                return new Expr.Literal(null, t.span());
            case ELLIPSIS:
                advance();
                return new Expr.Literal(Ellipsis.INSTANCE, t.span());
            case NAME:
                advance();
                return new Expr.Name(mangle(t.text()), t.span());
            case LEFT_PAREN:
                return parenthesized(nest(advance()));
            case LEFT_BRACKET:
                return list(nest(advance()));
            case LEFT_BRACE:
                return braces(nest(advance()));
            case YIELD:
                throw yieldInExpression(t);
            case LAMBDA:
                return lambda();
            default:
                if (t.type() == RIGHT_SHIFT && current + 1 < tokens.size() && tokens.get(current + 1).type() == GREATER
                        && (current == 0 || previous().type().category() == TokenCategory.LAYOUT)) // code copied with the tutorial's ">>> " prompts
                    throw error(t, "invalid syntax: '>>>' is the prompt of the example you copied; paste the code without the '>>> ' and '... ' prompts");
                throw error(t, "invalid syntax");
        }
    }

    /** Whether the last strings() had an f-string among them (an f-string without fields is a str constant, but no pattern). */
    private boolean lastStringsFormatted;

    boolean lastStringsFormatted() {
        return lastStringsFormatted;
    }

    /** Adjacent string literals are one string ('a' 'b' is 'ab'); with an f-string among them, one f-string. */
    Expr strings() {
        List<Expr> parts = new ArrayList<>();
        Span span = peek().span();
        boolean formatted = false;
        List<Token> literals = new ArrayList<>();
        while (check(STRING) || check(FSTRING)) literals.add(advance());
        for (Token t : literals) {
            span = span.to(t.span());
            if (t.type() == STRING) {
                parts.add(new Expr.Str(t.text(), t.span()));
            } else {
                formatted = true;
                try {
                    parts.addAll(FStrings.parts(t, this));
                } catch (LangError e) { // CPython 3.11 places an f-string's own errors at the token after the string
                    if (!e.getMessage().startsWith("f-string")) throw e;
                    Span next = peek().span();
                    throw e.at(new Span(next.offset(), Math.min(1, next.length()), next.line(), next.column())); // never past the input's end
                }
            }
        }
        if (check(BYTES)) throw error(peek(), "cannot mix bytes and nonbytes literals");
        lastStringsFormatted = formatted;
        if (!formatted) {
            StringBuilder sb = new StringBuilder();
            for (Expr p : parts) sb.append(((Expr.Str) p).value());
            return new Expr.Str((String) constants.share(sb.toString()), span);
        }
        List<Expr> merged = FStrings.merge(parts);
        if (merged.isEmpty()) return new Expr.Str("", span); // f"" and an f-string without fields are constants in CPython
        if (merged.size() == 1 && merged.get(0) instanceof Expr.Str only) return new Expr.Str((String) constants.share(only.value()), span);
        return new Expr.FString(merged, span);
    }

    /** Adjacent bytes literals are one bytes value (b'a' b'b' is b'ab'); a str among them is Python's SyntaxError. */
    Expr bytesLiteral() {
        Span span = peek().span();
        StringBuilder sb = new StringBuilder();
        while (check(BYTES)) {
            Token t = advance();
            span = span.to(t.span());
            sb.append(t.text());
        }
        if (check(STRING) || check(FSTRING)) throw error(peek(), "cannot mix bytes and nonbytes literals");
        return new Expr.Literal(PyBytes.of(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), span);
    }

    /** {@code (e)} is e; {@code ()}, {@code (a,)} and {@code (a, b)} are tuples; {@code (e for ...)} a generator. */
    private Expr parenthesized(Token open) {
        if (match(RIGHT_PAREN)) {
            depth--;
            return new Expr.Tuple(List.of(), open.span().to(previous().span()));
        }
        if (check(YIELD)) {
            Expr y = yieldExpression();
            consume(RIGHT_PAREN, "expected ')' after the yield expression");
            depth--;
            return y;
        }
        int named = namedExpressions.size();
        Expr first = starredNamedItem();
        if (check(FOR) && !(first instanceof Expr.Starred)) {
            Expr gen = comprehensionTail(Expr.ComprehensionKind.GENERATOR, first, null, open.span(), named);
            Token close = consume(RIGHT_PAREN, "expected ')' after the generator expression");
            depth--;
            return withSpan(gen, open.span().to(close.span()));
        }
        if (!check(COMMA)) {
            if (first instanceof Expr.Starred s) throw new LangError("can't use starred expression here", s.span());
            close(RIGHT_PAREN, first);
            depth--;
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (match(COMMA) && !check(RIGHT_PAREN)) items.add(starredNamedItem());
        Token close = close(RIGHT_PAREN, items.get(items.size() - 1));
        depth--;
        return new Expr.Tuple(items, open.span().to(close.span()));
    }

    /** {@code [x, x**2 for x in xs]}: CPython's hint, under the items before the {@code for}. */
    private void unparenthesizedTarget(List<Expr> items) {
        if (items.size() > 1 && check(FOR))
            throw new LangError("did you forget parentheses around the comprehension target?", items.get(0).span().to(items.get(items.size() - 1).span()));
    }

    private Expr list(Token open) {
        List<Expr> items = new ArrayList<>();
        while (!check(RIGHT_BRACKET)) {
            int named = namedExpressions.size();
            Expr item = starredNamedItem();
            if (items.isEmpty() && check(FOR) && !(item instanceof Expr.Starred)) {
                Expr comp = comprehensionTail(Expr.ComprehensionKind.LIST, item, null, open.span(), named);
                Token close = consume(RIGHT_BRACKET, "expected ']' after the list comprehension");
                depth--;
                return withSpan(comp, open.span().to(close.span()));
            }
            items.add(item);
            unparenthesizedTarget(items);
            if (!match(COMMA)) break;
        }
        Token close = close(RIGHT_BRACKET, items.isEmpty() ? null : items.get(items.size() - 1));
        depth--;
        return new Expr.ListExpr(items, open.span().to(close.span()));
    }

    /** {@code {}} (a dict), {@code {k: v, **m}}, {@code {a, *b}}, and their comprehensions. */
    private Expr braces(Token open) {
        if (match(RIGHT_BRACE)) {
            depth--;
            return new Expr.DictExpr(List.of(), List.of(), open.span().to(previous().span()));
        }
        List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
        boolean dict;
        if (match(STAR_STAR)) {
            Token stars = previous();
            dict = true;
            keys.add(null);
            values.add(bitOr());
            if (check(FOR)) throw new LangError("dict unpacking cannot be used in dict comprehension", stars.span()); // {**a for a in b}
        } else {
            int named = namedExpressions.size();
            Expr first = starredNamedItem();
            dict = !(first instanceof Expr.Starred) && match(COLON);
            if (dict) {
                if (first instanceof Expr.NamedExpr) throw error(previous(), "invalid syntax"); // a key needs parentheses: {(k := 1): v}
                if (check(RIGHT_BRACE) || check(COMMA)) throw error(previous(), "expression expected after dictionary key and ':'");
                Expr value = expression();
                if (check(FOR)) return closeComprehension(open, comprehensionTail(Expr.ComprehensionKind.DICT, first, value, open.span(), named));
                keys.add(first);
                values.add(value);
            } else {
                if (check(FOR) && !(first instanceof Expr.Starred))
                    return closeComprehension(open, comprehensionTail(Expr.ComprehensionKind.SET, first, null, open.span(), named));
                values.add(first);
            }
        }
        while (match(COMMA) && !check(RIGHT_BRACE)) {
            if (dict) {
                if (match(STAR_STAR)) {
                    keys.add(null);
                    values.add(bitOr());
                } else {
                    Expr key = expression();
                    keys.add(key);
                    if (!check(COLON)) { // CPython's words, at the key's last character, unless another expression follows it
                        if (canStartExpression()) throw missingComma(key);
                        throw new LangError("':' expected after dictionary key", new Span(key.span().end() - 1, 1, key.span().line(), key.span().column() + key.span().length() - 1));
                    }
                    advance();
                    if (check(RIGHT_BRACE) || check(COMMA)) throw error(previous(), "expression expected after dictionary key and ':'");
                    values.add(expression());
                }
            } else {
                values.add(starredNamedItem());
                unparenthesizedTarget(values);
            }
        }
        Token close = close(RIGHT_BRACE, values.get(values.size() - 1));
        depth--;
        Span span = open.span().to(close.span());
        return dict ? new Expr.DictExpr(keys, values, span) : new Expr.SetExpr(values, span);
    }

    private Expr closeComprehension(Token open, Expr comp) {
        Token close = consume(RIGHT_BRACE, "expected '}' after the comprehension");
        depth--;
        return withSpan(comp, open.span().to(close.span()));
    }

    /**
     * The {@code for ... in ... if ...} clauses after a comprehension's element; {@code named}: how
     * many named expressions the parser had made before the element, so that those inside the
     * comprehension get CPython's SyntaxErrors.
     */
    private Expr comprehensionTail(Expr.ComprehensionKind kind, Expr element, Expr value, Span start, int named) {
        List<Expr.ForClause> clauses = new ArrayList<>();
        Set<String> variables = new HashSet<>();
        int saved = depth;
        while (check(FOR)) {
            nest(advance());
            Expr target = targetList();
            addNames(target, variables);
            if (!check(IN) && canStartExpression()) throw missingComma(target); // [x for x range(3)]
            consume(IN, "expected 'in' after the comprehension variable");
            int before = namedExpressions.size();
            Expr iterable = or();
            if (namedExpressions.size() > before)
                throw new LangError("assignment expression cannot be used in a comprehension iterable expression", namedExpressions.get(before).span());
            List<Expr> conditions = new ArrayList<>();
            while (match(IF)) conditions.add(or());
            clauses.add(new Expr.ForClause(target, iterable, conditions));
        }
        depth = saved;
        if (check(ASYNC)) throw unsupported(peek(), "`async for` is not supported (adjoint runs no coroutines)");
        for (Expr.NamedExpr n : namedExpressions.subList(named, namedExpressions.size())) {
            if (variables.contains(n.name()))
                throw new LangError("assignment expression cannot rebind comprehension iteration variable '" + n.name() + "'", n.nameSpan());
            if (inClassBody) throw new LangError("assignment expression within a comprehension cannot be used in a class body", n.nameSpan());
        }
        return new Expr.Comprehension(kind, element, value, clauses, start.to(previous().span()));
    }

    /** The names a loop target binds ({@code i}, {@code (a, *b)}); attributes and items bind none. */
    private static void addNames(Expr target, Set<String> out) {
        if (target instanceof Expr.Name n) out.add(n.name());
        else if (target instanceof Expr.Starred s) addNames(s.value(), out);
        else if (target instanceof Expr.Tuple t) t.items().forEach(i -> addNames(i, out));
        else if (target instanceof Expr.ListExpr l) l.items().forEach(i -> addNames(i, out));
    }

    private static Expr withSpan(Expr comp, Span span) {
        Expr.Comprehension c = (Expr.Comprehension) comp;
        return new Expr.Comprehension(c.kind(), c.element(), c.value(), c.clauses(), span);
    }

    private void warn(String message, Span at) {
        if (message != null) warnings.add(new Source.Warning(message, at));
    }

    /** A target is stored to, not loaded: CPython warns of a subscript only where it is read. */
    private void stored(Expr target) {
        if (subscriptWarnings.isEmpty()) return;
        if (target instanceof Expr.Index) warnings.remove(subscriptWarnings.remove(target));
        else if (target instanceof Expr.Starred s) stored(s.value());
        else if (target instanceof Expr.Tuple t) t.items().forEach(this::stored);
        else if (target instanceof Expr.ListExpr l) l.items().forEach(this::stored);
    }

    private Expr binary(Expr left, Token op, Expr right) {
        Span span = left.span().to(right.span());
        Object folded = annotations > 0 ? null : constants.fold(constantValue(left), op.type(), constantValue(right));
        if (folded instanceof String s) return new Expr.Str(s, span);
        if (folded != null) return new Expr.Number(folded, span);
        return new Expr.Binary(left, op, right, span);
    }

    /** A number's or a string literal's value (what folding takes), else null. */
    private static Object constantValue(Expr e) {
        return e instanceof Expr.Number n ? n.value() : e instanceof Expr.Str s ? s.value() : null;
    }

    /** An annotation: parsed as an expression, never folded. */
    private Expr annotation() {
        annotations++;
        try {
            return expression();
        } finally {
            annotations--;
        }
    }

    private Expr logical(Expr left, Token op, Expr right) {
        return new Expr.Logical(left, op, right, left.span().to(right.span()));
    }

    // ---- helpers ----

    /** Counts one more level of nesting at {@code at}; too many is an error, not a stack overflow. */
    Token nest(Token at) {
        if (++depth > MAX_DEPTH) throw error(at, "expression nested too deeply (more than " + MAX_DEPTH + " levels)");
        return at;
    }

    /** Leaves the level {@link #nest} counted. */
    void unnest() {
        depth--;
    }

    private boolean atStatementEnd() {
        return check(NEWLINE) || check(SEMICOLON) || check(EOF);
    }

    private boolean canStartExpression() {
        return check(NUMBER, STRING, FSTRING, BYTES, NAME, TRUE, FALSE, NONE, ELLIPSIS, LEFT_PAREN, LEFT_BRACKET, LEFT_BRACE, MINUS, PLUS, TILDE, NOT,
                LAMBDA, STAR);
    }

    boolean match(TokenType... types) {
        if (!check(types)) return false;
        advance();
        return true;
    }

    boolean check(TokenType... types) {
        TokenType t = peek().type();
        for (TokenType type : types) if (t == type) return true;
        return false;
    }

    boolean check(TokenType type) {
        return peek().type() == type;
    }

    boolean checkNext(TokenType type) {
        return current + 1 < tokens.size() && tokens.get(current + 1).type() == type;
    }

    /** The token of the type the grammar requires here; any other is CPython's "invalid syntax" ({@code what}: the reader's note of what was expected). */
    Token consume(TokenType type, String what) {
        if (check(type)) return advance();
        throw error(peek(), "invalid syntax");
    }

    /** The bracket that closes a display, a call or an index whose last item is {@code last} (null if none). */
    private Token close(TokenType closer, Expr last) {
        if (check(closer)) return advance();
        throw last != null && canStartExpression() ? missingComma(last) : error(peek(), "invalid syntax");
    }

    /**
     * CPython's "invalid syntax. Perhaps you forgot a comma?" for an expression right after another
     * inside brackets ({@code [1 2]}, {@code f(a b)}), under both; "invalid syntax" at the second when
     * the first is a name right before a string (a misspelt prefix), print or exec, a soft keyword,
     * or when what follows is no expression.
     */
    private LangError missingComma(Expr last) {
        Expr a = last;
        while (true) { // the expression the second one follows directly: the last part of a conditional, a lambda, a starred item
            if (a instanceof Expr.Conditional c) a = c.orElse();
            else if (a instanceof Expr.Lambda l) a = l.body();
            else if (a instanceof Expr.Starred st) a = st.value();
            else if (a instanceof Expr.NamedExpr n) a = n.value();
            else if (a instanceof Expr.Slice sl && (sl.step() != null || sl.stop() != null)) a = sl.step() != null ? sl.step() : sl.stop();
            else break;
        }
        int start = tokenAt(a.span().offset());
        Token first = start < 0 ? null : tokens.get(start);
        boolean excluded = first == null || first.type() == NAME && (SOFT_KEYWORDS.contains(first.text()) || first.text().equals("print") && a instanceof Expr.Name
                || first.text().equals("exec") && a instanceof Expr.Name || tokens.get(start + 1).type() == STRING);
        Token at = peek();
        if (excluded) return error(at, "invalid syntax");
        int saved = current, savedDepth = depth;
        try {
            Expr next = expression();
            return new LangError("invalid syntax. Perhaps you forgot a comma?", a.span().to(next.span()));
        } catch (LangError e) {
            return error(at, "invalid syntax");
        } finally {
            current = saved;
            depth = savedDepth;
        }
    }

    /** Names that are keywords only at the start of a match statement (CPython's SOFT_KEYWORD). */
    private static final Set<String> SOFT_KEYWORDS = Set.of("match", "case", "_");

    /** The index of the token that starts at {@code offset}, looked for before the current one; -1 if none does. */
    private int tokenAt(int offset) {
        for (int i = Math.min(current, tokens.size() - 1); i >= 0; i--) {
            int start = tokens.get(i).span().offset();
            if (start == offset && tokens.get(i).type().category() != TokenCategory.LAYOUT) return i;
            if (start < offset) return -1;
        }
        return -1;
    }

    /** Whether the token at {@code index} can start an expression. */
    private boolean startsExpression(int index) {
        int saved = current;
        current = Math.min(index, tokens.size() - 1);
        boolean starts = canStartExpression();
        current = saved;
        return starts;
    }

    Token advance() {
        Token t = tokens.get(current);
        if (t.type() != EOF) current++;
        return t;
    }

    Token peek() {
        return tokens.get(current);
    }

    Token previous() {
        return tokens.get(current - 1);
    }

    /** Keeps the first error of those CPython finds when it compiles, not when it parses (see {@link #deferred}). */
    private void defer(LangError e) {
        if (deferred == null) deferred = e;
    }

    static LangError error(Token at, String message) {
        return new LangError(message, at.span()); // a SyntaxError: the session names it so (Session.parse)
    }

    /** The headers whose ':' CPython's grammar requires outright: any other token there is "expected ':'", not "invalid syntax". */
    private static final Set<TokenType> FORCED_COLON = Set.of(DEF, TRY, ELSE, FINALLY);

    /**
     * "expected an indented block after 'for' statement on line N" (after "function definition",
     * "class definition"), with one caret at the line that is not indented; at the end of the input,
     * at the header's line. The line is shown as its file counts it.
     */
    LangError missingBlock(Token keyword) {
        int line = keyword.span().line();
        String header = keyword.type() == DEF ? "function definition" : keyword.type() == CLASS ? "class definition" : "'" + keyword.text() + "' statement";
        Span at = check(EOF) && current > 0 ? previous().span() : peek().span();
        return LangError.python("IndentationError", "expected an indented block after " + header + " on line " + line,
                new Span(at.offset(), Math.min(1, at.length()), at.line(), at.column()))
                .mentioningLine(line);
    }

    /** Python's IndentationError (a kind of SyntaxError). */
    private static LangError indentation(Token at, String message) {
        return LangError.python("IndentationError", message, at.span());
    }

    /** Valid Python that adjoint does not run: its own sentence, without a type in front. */
    private static LangError unsupported(Token at, String message) {
        return LangError.plain("SyntaxError", message, at.span());
    }
}
