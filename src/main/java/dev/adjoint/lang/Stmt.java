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
        R visitReturn(Return s);
        R visitBreak(Break s);
        R visitContinue(Continue s);
        R visitPass(Pass s);
        R visitWith(With s);
    }

    /** An expression statement; at the prompt its value is shown. */
    record Expression(Expr expr, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitExpression(this); }
    }

    /** {@code a = b = value}; targets are names, attributes or tuples of them. */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    /** {@code a += b}, meaning {@code a = a + b}. */
    record AugAssign(Expr target, Token op, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAugAssign(this); }
    }

    record Branch(Expr condition, List<Stmt> body) {}

    /** if / elif branches in order, then the else body (empty when absent). */
    record If(List<Branch> branches, List<Stmt> orElse, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    record While(Expr condition, List<Stmt> body, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    record For(Expr target, Expr iterable, List<Stmt> body, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    record Param(String name, Expr defaultValue, Span span) {}

    record Def(String name, List<Param> params, List<Stmt> body, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitDef(this); }
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

    /** {@code with no_grad():}. */
    record With(Expr context, List<Stmt> body, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }
}
