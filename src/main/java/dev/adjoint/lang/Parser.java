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
    private int current;
    private int depth;
    private int loops;
    private int functions;
    /** Directly in a class body (not in a def or lambda inside it): a comprehension there may not use :=. */
    private boolean inClassBody;
    /** The class whose body (methods included) is being parsed, its leading underscores dropped, for private names; null outside classes. */
    private String mangling;
    /** Every named expression parsed so far, in order: a comprehension checks those made since its element began. */
    private final List<Expr.NamedExpr> namedExpressions = new ArrayList<>();
    /** Whether the def being parsed holds a yield (is a generator function). */
    private boolean sawYield;

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
        return e.at(new Span(s.offset(), length - s.offset(), s.line(), s.column()));
    }

    /**
     * One expression from tokens (an f-string's replacement field), parsed as if written where the
     * f-string is: at its nesting depth, in its class (private names) and function (a yield there
     * makes the function a generator, as {@code f"{(yield)}"} does in CPython).
     */
    Expr fieldExpression(List<Token> fieldTokens) {
        Parser p = new Parser(fieldTokens);
        p.depth = depth;
        p.mangling = mangling;
        p.functions = functions;
        Expr e = p.expressionList();
        while (p.check(NEWLINE)) p.advance();
        if (!p.check(EOF)) throw error(p.peek(), "unexpected " + p.peek().describe() + " in the f-string expression");
        sawYield |= p.sawYield;
        return e;
    }

    private List<Stmt> program() {
        List<Stmt> out = new ArrayList<>();
        while (!check(EOF)) statement(out);
        ScopeDeclarations.check(List.of(), out);
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
            case ASYNC -> throw unsupported(peek(), "`async " + (checkNext(DEF) || checkNext(FOR) || checkNext(WITH) ? tokens.get(current + 1).text() : "")
                    + "` is not supported (adjoint runs no coroutines)");
            case INDENT -> throw indentation(peek(), "unexpected indent");
            case ELIF, ELSE -> throw error(peek(), "'" + peek().text() + "' without a matching 'if'");
            case EXCEPT, FINALLY -> throw error(peek(), "'" + peek().text() + "' without a matching 'try'");
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
            Span line = n.span();
            while (!check(NEWLINE) && !check(EOF)) line = line.to(advance().span());
            throw new LangError("Missing parentheses in call to '" + n.name() + "'. Did you mean " + n.name() + "(...)?", line);
        }
        if (out.size() == 1 && last instanceof Stmt.Expression e && e.expr() instanceof Expr.Name n && LECTURE_COMMANDS.contains(n.name())
                && check(NAME)) // "trace y": a lecture command without its colon
            throw error(peek(), "unexpected " + peek().describe() + " after the statement; commands start with ':' (did you mean :" + n.name() + " " + peek().text() + "?)");
        throw error(peek(), "unexpected " + peek().describe() + " after the statement");
    }

    /** The REPL's commands a student may type without their colon ("trace y", "help trace"): the syntax error then names the command. */
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
                if (loops == 0) throw error(t, "'" + t.text() + "' outside a loop");
                return t.type() == BREAK ? new Stmt.Break(t.span()) : new Stmt.Continue(t.span());
            case RETURN: {
                advance();
                if (functions == 0) throw error(t, "'return' outside a function");
                Expr value = atStatementEnd() ? null : expressionList();
                return new Stmt.Return(value, value == null ? t.span() : t.span().to(value.span()));
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
                    targets.add(deletable(postfix()));
                } while (match(COMMA) && !atStatementEnd());
                return new Stmt.Del(targets, t.span().to(previous().span()));
            }
            case GLOBAL:
            case NONLOCAL: {
                advance();
                if (t.type() == NONLOCAL && functions == 0) throw error(t, "nonlocal declaration not allowed at module level");
                List<String> names = new ArrayList<>();
                do {
                    names.add(mangle(consume(NAME, "expected a name after '" + t.text() + "'").text()));
                } while (match(COMMA));
                return new Stmt.Scope(names, t.type() == NONLOCAL, t.span().to(previous().span()));
            }
            case IMPORT:
                return importStatement();
            case FROM:
                return fromStatement();
            default:
                return expressionStatement();
        }
    }

    private static LangError yieldInExpression(Token at) {
        return yieldInExpression(at.span());
    }

    private static LangError yieldInExpression(Span at) {
        return LangError.plain("SyntaxError", "a yield inside an expression needs parentheses: (yield value)", at);
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
        if (check(DOT)) throw unsupported(peek(), "relative imports (from . import x) are not supported: adjoint has no packages of files");
        String module = dottedName();
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
            targets.add(assignable(first));
            Expr value = assignedValue();
            while (match(EQUAL)) {
                targets.add(assignable(value));
                value = assignedValue();
            }
            return new Stmt.Assign(targets, value, first.span().to(value.span()));
        }
        if (peek().type().binaryOfAugmented() != null) {
            Token op = advance();
            if (!(first instanceof Expr.Name) && !(first instanceof Expr.Attribute) && !(first instanceof Expr.Index))
                throw new LangError("'" + op.text() + "' needs a name, an attribute or an item on its left", first.span());
            Expr value = assignedValue();
            return new Stmt.AugAssign(first, op, value, first.span().to(value.span()));
        }
        if (check(COLON) && (first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Index)) {
            advance(); // an annotation: x: int = 5 assigns; a class body keeps the annotation, never evaluated
            Expr annotation = expression();
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
        if (functions == 0) throw error(keyword, "'yield' outside function");
        boolean from = match(FROM);
        Expr value = from ? expression() : atStatementEnd() || check(RIGHT_PAREN) || check(EQUAL) ? null : starredList();
        Expr.Yield y = new Expr.Yield(value, from, value == null ? keyword.span() : keyword.span().to(value.span()));
        sawYield = true;
        return y;
    }

    /** Checks that an expression can be assigned to: a name, an attribute, an item, or a tuple/list of them (one starred). */
    private Expr assignable(Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Index) return target;
        if (target instanceof Expr.Tuple || target instanceof Expr.ListExpr) {
            List<Expr> items = target instanceof Expr.Tuple t ? t.items() : ((Expr.ListExpr) target).items();
            boolean starred = false;
            for (Expr item : items) {
                if (item instanceof Expr.Starred s) {
                    if (starred) throw new LangError("multiple starred expressions in assignment", s.span());
                    starred = true;
                    assignable(s.value());
                } else {
                    assignable(item);
                }
            }
            return target;
        }
        if (target instanceof Expr.Starred s) throw new LangError("starred assignment target must be in a list or tuple", s.span());
        if (target instanceof Expr.Call) throw new LangError("cannot assign to a function call", target.span());
        if (target instanceof Expr.Number || target instanceof Expr.Str || target instanceof Expr.Literal || target instanceof Expr.FString)
            throw new LangError("cannot assign to a literal", target.span());
        throw new LangError("cannot assign to an expression", target.span());
    }

    private Expr deletable(Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Index) return target;
        if (target instanceof Expr.Tuple t) {
            t.items().forEach(this::deletable);
            return target;
        }
        throw new LangError("cannot delete " + (target instanceof Expr.Call ? "a function call" : "an expression"), target.span());
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
        if (targets.isEmpty()) throw error(peek(), "expected a loop variable");
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
        throw error(peek(), "expected 'def' or 'class' after a decorator");
    }

    private Stmt defStatement(List<Expr> decorators) {
        Token keyword = advance();
        Token name = consume(NAME, "expected a function name after 'def'");
        consume(LEFT_PAREN, "expected '(' after the function name");
        List<Stmt.Param> params = parameters(RIGHT_PAREN, true);
        Token close = consume(RIGHT_PAREN, "expected ')' after the parameters");
        Expr returns = match(ARROW) ? expression() : null;
        int savedLoops = loops;
        boolean savedClass = inClassBody, savedYield = sawYield;
        loops = 0;
        functions++;
        inClassBody = false;
        sawYield = false;
        List<Stmt> body = block(keyword, "the function signature");
        ScopeDeclarations.check(params, body);
        List<Stmt> resumable = sawYield ? YieldLifting.lift(body) : null; // refuses a yield where the generator cannot stop now, not at its first call
        functions--;
        loops = savedLoops;
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
            if (varKeyword) throw error(peek(), "no parameter may follow **" + params.get(params.size() - 1).name());
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
                if (keywordOnly) throw error(previous(), "* may appear only once in the parameters");
                keywordOnly = true;
                if (check(COMMA)) {
                    advance();
                    continue; // a bare * : the parameters after it are keyword-only
                }
                kind = Stmt.ParamKind.VAR_POSITIONAL;
            }
            Token p = consume(NAME, "expected a parameter name");
            if (!seen.add(p.text())) throw error(p, "duplicate parameter '" + p.text() + "'");
            Expr annotation = annotations && match(COLON) ? expression() : null;
            Expr defaultValue = null;
            if (match(EQUAL)) {
                if (kind == Stmt.ParamKind.VAR_POSITIONAL || kind == Stmt.ParamKind.VAR_KEYWORD)
                    throw error(previous(), "*" + (varKeyword ? "*" : "") + p.text() + " cannot have a default value");
                defaultValue = expression();
            }
            if (kind == Stmt.ParamKind.NORMAL && defaultValue == null
                    && params.stream().anyMatch(q -> (q.kind() == Stmt.ParamKind.NORMAL || q.kind() == Stmt.ParamKind.POSITIONAL_ONLY) && q.defaultValue() != null))
                throw error(p, "a parameter without a default follows one with a default");
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
            while (!check(RIGHT_PAREN)) {
                if (check(NAME) && checkNext(EQUAL)) { // class C(Base, tag=1): passed to __init_subclass__ (metaclass= is refused when it runs)
                    Token key = advance();
                    advance();
                    Expr value = expression();
                    keywords.add(new Expr.Keyword(key.text(), value, key.span().to(value.span())));
                } else {
                    if (!keywords.isEmpty()) throw error(peek(), "positional argument follows keyword argument");
                    bases.add(expression());
                }
                if (!match(COMMA)) break;
            }
            consume(RIGHT_PAREN, "expected ')' after the base classes");
        }
        Span header = keyword.span().to(previous().span());
        int savedLoops = loops, savedFunctions = functions;
        boolean savedClass = inClassBody;
        String savedMangling = mangling, className = mangle(name.text());
        loops = 0;
        functions = 0;
        inClassBody = true;
        mangling = name.text().replaceFirst("^_+", "");
        if (mangling.isEmpty()) mangling = null; // a class named only with underscores mangles nothing, as in CPython
        List<Stmt> body = block(keyword, "the class name");
        loops = savedLoops;
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
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            Expr context = expression();
            Expr target = match(AS) ? assignable(postfix()) : null;
            items.add(new Stmt.WithItem(context, target));
        } while (match(COMMA));
        List<Stmt> body = block(keyword, "the with expression");
        Stmt.WithItem last = items.get(items.size() - 1);
        return new Stmt.With(items, body, keyword.span().to((last.target() != null ? last.target() : last.context()).span()));
    }

    private Stmt tryStatement() {
        Token keyword = advance();
        List<Stmt> body = block(keyword, "'try'");
        List<Stmt.Handler> handlers = new ArrayList<>();
        while (check(EXCEPT)) {
            Token except = advance();
            if (check(STAR)) throw unsupported(peek(), "`except*` (exception groups) is not supported");
            Expr type = check(COLON) ? null : expression();
            String name = null;
            if (type != null && match(AS)) name = mangle(consume(NAME, "expected a name after 'as'").text());
            if (type == null && !handlers.isEmpty() && handlers.get(handlers.size() - 1).type() == null)
                throw error(except, "only the last except may be bare");
            handlers.add(new Stmt.Handler(type, name, block(except, "the except clause"), except.span().to(previous().span())));
        }
        for (int i = 0; i < handlers.size() - 1; i++)
            if (handlers.get(i).type() == null) throw new LangError("default 'except:' must be last", handlers.get(i).span());
        List<Stmt> orElse = List.of();
        if (check(ELSE)) {
            if (handlers.isEmpty()) throw error(peek(), "'else' after 'try' needs an 'except'");
            orElse = block(advance(), "'else'");
        }
        List<Stmt> finalBody = check(FINALLY) ? block(advance(), "'finally'") : List.of();
        if (handlers.isEmpty() && finalBody.isEmpty()) throw error(peek(), "expected 'except' or 'finally' block");
        return new Stmt.Try(body, handlers, orElse, finalBody, keyword.span());
    }

    /** ':' then either simple statements on the same line or an indented block. */
    List<Stmt> block(Token keyword, String after) {
        if (check(NEWLINE) || check(EOF)) throw error(peek(), "expected ':'"); // CPython's words for a header whose line ends without it
        consume(COLON, "expected ':' after " + after);
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
        if (check(AWAIT)) throw unsupported(peek(), "`await` is not supported (adjoint runs no coroutines)");
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
        Token equal = advance();
        boolean parenthesized = first.type() == LEFT_PAREN;
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
        if (e instanceof Expr.Literal l) return l.value() == null ? "None" : l.value() instanceof Ellipsis ? "ellipsis" : Boolean.TRUE.equals(l.value()) ? "True" : "False";
        if (e instanceof Expr.Number || e instanceof Expr.Str) return "literal";
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
        boolean savedClass = inClassBody;
        loops = 0;
        inClassBody = false;
        Expr body = expression();
        loops = savedLoops;
        inClassBody = savedClass;
        depth--;
        return new Expr.Lambda(params, body, keyword.span().to(body.span()));
    }

    /** {@code a if c else b}: right-associative, the condition and a at the or level. */
    private Expr conditional() {
        Expr then = or();
        if (!check(IF)) return then;
        Token keyword = nest(advance());
        Expr condition = or();
        consume(ELSE, "expected 'else' in the conditional expression");
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
        return new Expr.Compare(operands, ops, first.span().to(operands.get(operands.size() - 1).span()));
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
            return new Expr.Number(op.type() == MINUS ? PyNumbers.neg(n.value()) : n.value(), span);
        return new Expr.Unary(op, operand, span);
    }

    /** Right-associative, and its right operand may carry a sign: {@code 2**3**2}, {@code 2**-1}. */
    private Expr power() {
        if (check(AWAIT)) throw unsupported(peek(), "`await` is not supported (adjoint runs no coroutines)");
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
        while (!check(RIGHT_PAREN)) {
            if (check(NAME) && checkNext(EQUAL)) {
                Token name = advance();
                advance();
                if (!names.add(name.text())) throw error(name, "keyword argument repeated: '" + name.text() + "'");
                Expr value = expression();
                keywords.add(new Expr.Keyword(mangle(name.text()), value, name.span().to(value.span())));
            } else if (match(STAR_STAR)) {
                Token stars = previous();
                Expr value = expression();
                keywords.add(new Expr.Keyword(null, value, stars.span().to(value.span())));
            } else if (check(STAR)) {
                if (keywords.stream().anyMatch(k -> k.name() == null)) throw error(peek(), "iterable argument unpacking follows keyword argument unpacking");
                args.add(starredItem());
            } else {
                if (!keywords.isEmpty() && canStartExpression()) throw error(peek(), "positional argument follows keyword argument"
                        + (keywords.stream().anyMatch(k -> k.name() == null) ? " unpacking" : ""));
                int named = namedExpressions.size();
                Expr arg = namedExpression(false);
                if (check(EQUAL)) // f(x.y = 1): only a name can be a keyword
                    throw new LangError("expression cannot contain assignment, perhaps you meant \"==\"?", arg.span().to(peek().span()));
                if (check(FOR)) {
                    // f(x for x in xs): a generator expression as the only argument
                    arg = comprehensionTail(Expr.ComprehensionKind.GENERATOR, arg, null, arg.span(), named);
                    if (!args.isEmpty() || !check(RIGHT_PAREN)) throw new LangError("Generator expression must be parenthesized", arg.span());
                }
                args.add(arg);
            }
            if (!match(COMMA)) break;
        }
        Token close = consume(RIGHT_PAREN, "expected ')' after the arguments");
        return new Expr.Call(callee, args, keywords, callee.span().to(close.span()).to(open.span()));
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
                return new Expr.Number(NumberLiteral.value(t), t.span());
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
                throw error(t, current > 0 && previous().type().category() != TokenCategory.LAYOUT
                        ? "expected an expression after '" + previous().text() + "'" : "expected an expression");
        }
    }

    /** Adjacent string literals are one string ('a' 'b' is 'ab'); with an f-string among them, one f-string. */
    Expr strings() {
        List<Expr> parts = new ArrayList<>();
        Span span = peek().span();
        boolean formatted = false;
        while (check(STRING) || check(FSTRING)) {
            Token t = advance();
            span = span.to(t.span());
            if (t.type() == STRING) {
                parts.add(new Expr.Str(t.text(), t.span()));
            } else {
                formatted = true;
                parts.addAll(FStrings.parts(t, this));
            }
        }
        if (check(BYTES)) throw error(peek(), "cannot mix bytes and nonbytes literals");
        if (!formatted) {
            StringBuilder sb = new StringBuilder();
            for (Expr p : parts) sb.append(((Expr.Str) p).value());
            return new Expr.Str(sb.toString(), span);
        }
        return new Expr.FString(FStrings.merge(parts), span);
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
            consume(RIGHT_PAREN, "expected ')' after the expression");
            depth--;
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (match(COMMA) && !check(RIGHT_PAREN)) items.add(starredNamedItem());
        Token close = consume(RIGHT_PAREN, "expected ')' after the tuple items");
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
        Token close = consume(RIGHT_BRACKET, "expected ']' after the list items");
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
            dict = true;
            keys.add(null);
            values.add(bitOr());
        } else {
            int named = namedExpressions.size();
            Expr first = starredNamedItem();
            dict = !(first instanceof Expr.Starred) && match(COLON);
            if (dict) {
                if (first instanceof Expr.NamedExpr) throw error(previous(), "invalid syntax"); // a key needs parentheses: {(k := 1): v}
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
                    keys.add(expression());
                    consume(COLON, "expected ':' after the dict key");
                    values.add(expression());
                }
            } else {
                values.add(starredNamedItem());
                unparenthesizedTarget(values);
            }
        }
        Token close = consume(RIGHT_BRACE, dict ? "expected '}' after the dict items" : "expected '}' after the set items");
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

    private Expr binary(Expr left, Token op, Expr right) {
        return new Expr.Binary(left, op, right, left.span().to(right.span()));
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

    Token consume(TokenType type, String message) {
        if (check(type)) return advance();
        throw error(peek(), message + ", found " + peek().describe());
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

    static LangError error(Token at, String message) {
        return new LangError(message, at.span()); // a SyntaxError: the session names it so (Session.parse)
    }

    /** "expected an indented block after 'for' statement on line N": the line is shown as its file counts it. */
    LangError missingBlock(Token keyword) {
        int line = keyword.span().line();
        return indentation(peek(), "expected an indented block after '" + keyword.text() + "' statement on line " + line).mentioningLine(line);
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
