package dev.adjoint.lang;

import java.util.List;

/** Expression nodes of the syntax tree. Every node carries the span of source it was parsed from. */
public sealed interface Expr {
    Span span();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitNumber(Number e);
        R visitString(Str e);
        R visitLiteral(Literal e);
        R visitName(Name e);
        R visitTuple(Tuple e);
        R visitList(ListExpr e);
        R visitUnary(Unary e);
        R visitBinary(Binary e);
        R visitCompare(Compare e);
        R visitLogical(Logical e);
        R visitCall(Call e);
        R visitAttribute(Attribute e);
        R visitIndex(Index e);
        R visitSlice(Slice e);
    }

    /** A number literal; {@code -2} is folded into one literal. */
    record Number(double value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNumber(this); }
    }

    record Str(String value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitString(this); }
    }

    /** True, False (Boolean) or None (null). */
    record Literal(Object value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLiteral(this); }
    }

    record Name(String name, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    record Tuple(List<Expr> items, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTuple(this); }
    }

    /** {@code [a, b]}: a tensor when its items are tensors of one shape, else a list. */
    record ListExpr(List<Expr> items, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitList(this); }
    }

    /** {@code -x}, {@code +x}, {@code not x}. */
    record Unary(Token op, Expr operand, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnary(this); }
    }

    record Binary(Expr left, Token op, Expr right, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinary(this); }
    }

    /** A comparison chain {@code a < b <= c}: ops.size() == operands.size() - 1. */
    record Compare(List<Expr> operands, List<Token> ops, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCompare(this); }
    }

    /** {@code and} / {@code or}, short-circuit, returning an operand as Python does. */
    record Logical(Expr left, Token op, Expr right, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLogical(this); }
    }

    record Keyword(String name, Expr value, Span span) {}

    record Call(Expr callee, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    record Attribute(Expr object, String name, Span nameSpan, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAttribute(this); }
    }

    /** {@code x[i, 1:3]}; items may be {@link Slice}s. */
    record Index(Expr object, List<Expr> items, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIndex(this); }
    }

    /** {@code start:stop:step} inside a subscript; absent parts are null. */
    record Slice(Expr start, Expr stop, Expr step, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }
}
