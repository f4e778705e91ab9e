package dev.adjoint.lang;

import java.util.List;

/** Expression nodes of the syntax tree. Every node carries the span of source it was parsed from. */
public sealed interface Expr {
    Span span();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitNumber(Number e);
        R visitString(Str e);
        R visitFString(FString e);
        R visitLiteral(Literal e);
        R visitName(Name e);
        R visitTuple(Tuple e);
        R visitList(ListExpr e);
        R visitDict(DictExpr e);
        R visitSet(SetExpr e);
        R visitUnary(Unary e);
        R visitBinary(Binary e);
        R visitCompare(Compare e);
        R visitLogical(Logical e);
        R visitConditional(Conditional e);
        R visitLambda(Lambda e);
        R visitComprehension(Comprehension e);
        R visitStarred(Starred e);
        R visitCall(Call e);
        R visitAttribute(Attribute e);
        R visitIndex(Index e);
        R visitSlice(Slice e);
        R visitNamedExpr(NamedExpr e);
        R visitYield(Yield e);
    }

    /** A number literal: a Long, BigInteger or Double; {@code -2} is folded into one literal. */
    record Number(Object value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNumber(this); }
    }

    record Str(String value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitString(this); }
    }

    /** {@code f"a {x:.2f} b"}: its parts are {@link Str}s and {@link FormattedValue}s. */
    record FString(List<Expr> parts, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitFString(this); }
    }

    /**
     * One {@code {value!r:spec}} of an f-string (only inside {@link FString#parts}): conversion is
     * 'r', 's', 'a' or 0; spec is an FString or null; debugText is the {@code x=} of {@code {x=}}, else null.
     */
    record FormattedValue(Expr value, char conversion, Expr spec, String debugText, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { throw new IllegalStateException("a formatted value is evaluated by its f-string"); }
    }

    /** True, False (Boolean), None (null) or ... (Ellipsis). */
    record Literal(Object value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLiteral(this); }
    }

    record Name(String name, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    /** {@code (a, b)}; items may be {@link Starred}. */
    record Tuple(List<Expr> items, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTuple(this); }
    }

    /** {@code [a, b]}: a Python list; items may be {@link Starred}. */
    record ListExpr(List<Expr> items, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitList(this); }
    }

    /** {@code {k: v, **m}}: a null key means the value is a mapping to unpack. */
    record DictExpr(List<Expr> keys, List<Expr> values, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDict(this); }
    }

    /**
     * {@code {a, b}}; items may be {@link Starred}. {@code constant}: every item is a literal that
     * CPython's compiler folds (a number, string, True/False/None, or a tuple of them), which
     * decides the order the set prints in; found once, when parsed.
     */
    record SetExpr(List<Expr> items, Span span, boolean constant) implements Expr {
        public SetExpr(List<Expr> items, Span span) {
            this(items, span, items.stream().allMatch(SetExpr::isConstant));
        }

        private static boolean isConstant(Expr e) {
            if (e instanceof Number || e instanceof Str || e instanceof Literal) return true;
            return e instanceof Tuple t && t.items().stream().allMatch(SetExpr::isConstant);
        }

        public <R> R accept(Visitor<R> v) { return v.visitSet(this); }
    }

    /** {@code -x}, {@code +x}, {@code ~x}, {@code not x}. */
    record Unary(Token op, Expr operand, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnary(this); }
    }

    record Binary(Expr left, Token op, Expr right, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinary(this); }
    }

    /** A comparison chain {@code a < b <= c}, {@code x in s}, {@code y is not None}: ops.size() == operands.size() - 1. */
    record Compare(List<Expr> operands, List<Token> ops, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCompare(this); }
    }

    /** {@code and} / {@code or}, short-circuit, returning an operand as Python does. */
    record Logical(Expr left, Token op, Expr right, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLogical(this); }
    }

    /** {@code then if condition else orElse}. */
    record Conditional(Expr condition, Expr then, Expr orElse, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitConditional(this); }
    }

    /** {@code lambda a, b=1: body}. */
    /** {@code lambda x: body}; {@code generator}: for one whose body yields, the generator def it is ({@code def <lambda>(x): return body}), else null. */
    record Lambda(List<Stmt.Param> params, Expr body, Span span, Stmt.Def generator) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }

    enum ComprehensionKind { LIST, SET, DICT, GENERATOR }

    /** {@code for target in iterable if c1 if c2} of a comprehension. */
    record ForClause(Expr target, Expr iterable, List<Expr> conditions) {}

    /** {@code [e for ...]}, {@code {e for ...}}, {@code {k: v for ...}}, {@code (e for ...)}; value is null unless DICT. */
    record Comprehension(ComprehensionKind kind, Expr element, Expr value, List<ForClause> clauses, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitComprehension(this); }
    }

    /** {@code *xs} in a call, a display or an assignment target. */
    record Starred(Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitStarred(this); }
    }

    /** {@code name=value}, or {@code **value} when name is null. */
    record Keyword(String name, Expr value, Span span) {}

    /** {@code f(a, *rest, k=1, **opts)}: args may be {@link Starred}; a keyword without a name is {@code **}. */
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

    /** {@code (name := value)}: binds name in the nearest scope that is not a comprehension's, and is the value. */
    record NamedExpr(String name, Span nameSpan, Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNamedExpr(this); }
    }

    /**
     * {@code yield value} (value null: a bare yield) or {@code yield from value}: only as a
     * statement or the value of an assignment, in a generator function's body (see ResumableBody).
     */
    record Yield(Expr value, boolean from, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYield(this); }
    }
}
