package dev.adjoint.lang;

import java.util.List;

/** Statement nodes of the syntax tree. */
public sealed interface Stmt {
    Span span();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitExpression(Expression s);
        R visitAssign(Assign s);
        R visitAugAssign(AugAssign s);
        R visitIf(If s);
        R visitWhile(While s);
        R visitFor(For s);
        R visitDef(Def s);
        R visitClass(ClassDef s);
        R visitReturn(Return s);
        R visitBreak(Break s);
        R visitContinue(Continue s);
        R visitPass(Pass s);
        R visitWith(With s);
        R visitTry(Try s);
        R visitRaise(Raise s);
        R visitAssert(Assert s);
        R visitDel(Del s);
        R visitScope(Scope s);
        R visitImport(Import s);
        R visitAnnotated(Annotated s);
        R visitMatch(Match s);
    }

    /** {@code case pattern if guard: body} (guard null when absent). */
    record Case(Pattern pattern, Expr guard, List<Stmt> body, Span span) {}

    /** {@code match subject:} and its cases, tried in order (PEP 634). */
    record Match(Expr subject, List<Case> cases, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitMatch(this); }
    }

    /** {@code name: annotation} or {@code name: annotation = value}: assigns when there is a value; a class body records the annotation (dataclasses read it). */
    record Annotated(Expr target, Expr annotation, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAnnotated(this); }
    }

    /** An expression statement; at the prompt its value is shown. */
    record Expression(Expr expr, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitExpression(this); }
    }

    /** {@code a = b = value}; targets are names, attributes, subscripts or tuples/lists of them. */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    /** {@code a += b}: op is the augmented token ({@code +=}); see {@link TokenType#binaryOfAugmented}. */
    record AugAssign(Expr target, Token op, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAugAssign(this); }
    }

    record Branch(Expr condition, List<Stmt> body) {}

    /** if / elif branches in order, then the else body (empty when absent). */
    record If(List<Branch> branches, List<Stmt> orElse, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** orElse runs when the loop ends without break (empty when absent). */
    record While(Expr condition, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    record For(Expr target, Expr iterable, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    /** POSITIONAL_ONLY: before a {@code /}; such a parameter is never bound by a keyword (a **kwargs takes the keyword instead). */
    enum ParamKind { POSITIONAL_ONLY, NORMAL, KEYWORD_ONLY, VAR_POSITIONAL, VAR_KEYWORD }

    /** A parameter: {@code a}, {@code a=1}, {@code *args}, {@code **kwargs}, or one after {@code *} (keyword-only); annotation null when absent. */
    record Param(String name, Expr defaultValue, ParamKind kind, Span span, Expr annotation) {
        public Param(String name, Expr defaultValue, Span span) {
            this(name, defaultValue, ParamKind.NORMAL, span, null);
        }
    }

    /**
     * {@code @decorators def name(params): body}; decorators outermost first. A generator's body (one
     * holding a yield) is also kept as {@link YieldLifting} rewrites it, made once when parsed; null
     * for an ordinary function. returns: the {@code -> annotation}, or null.
     */
    record Def(String name, List<Param> params, List<Stmt> body, List<Expr> decorators, Span span, List<Stmt> resumableBody, Expr returns)
            implements Stmt {
        public Def(String name, List<Param> params, List<Stmt> body, Span span) {
            this(name, params, body, List.of(), span, null, null);
        }

        /** Whether calling it makes a generator. */
        public boolean generator() {
            return resumableBody != null;
        }

        public <R> R accept(Visitor<R> v) { return v.visitDef(this); }
    }

    /** {@code class Name(Base, key=value): body}. */
    record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body, List<Expr> decorators, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitClass(this); }
    }

    /** {@code return} (value null: None). */
    record Return(Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    record Break(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    record Continue(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }

    record Pass(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitPass(this); }
    }

    /** {@code context as target} of a with statement (target null when absent). */
    record WithItem(Expr context, Expr target) {}

    /** {@code with no_grad():}, {@code with a() as x, b():}. */
    record With(List<WithItem> items, List<Stmt> body, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }

    /** {@code except Type as name:} (type null: a bare except; name null when absent). */
    record Handler(Expr type, String name, List<Stmt> body, Span span) {}

    /** try / except / else / finally; orElse and finalBody are empty when absent; star: its handlers are except* (PEP 654). */
    record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finalBody, boolean star, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    /** {@code raise}, {@code raise E}, {@code raise E from cause}. */
    record Raise(Expr exception, Expr cause, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitRaise(this); }
    }

    record Assert(Expr test, Expr message, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssert(this); }
    }

    record Del(List<Expr> targets, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitDel(this); }
    }

    /** {@code global a, b} (nonlocal false) or {@code nonlocal a, b}. */
    record Scope(List<String> names, boolean nonlocal, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitScope(this); }
    }

    /** {@code name as alias}: a dotted module name or an imported name; alias null when absent. */
    record Alias(String name, String alias, Span span) {}

    /**
     * {@code import a.b as c, d} (module null) or {@code from module import x as y, z}; names holds
     * a single "*" for {@code from m import *}.
     */
    record Import(String module, List<Alias> names, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }
}
