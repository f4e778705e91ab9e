package dev.adjoint.lang;

import java.util.List;
import java.util.stream.Collectors;

/** Lisp-like rendering of expressions, so tests can state the tree a parse gives. */
final class AstPrinter implements Expr.Visitor<String> {
    static String print(Expr e) {
        return e.accept(new AstPrinter());
    }

    /** The single expression statement of a source. */
    static String parseExpr(String source) {
        List<Stmt> program = Parser.parse(source);
        return print(((Stmt.Expression) program.get(0)).expr());
    }

    private String all(List<Expr> items) {
        return items.stream().map(AstPrinter::print).collect(Collectors.joining(" "));
    }

    public String visitNumber(Expr.Number e) {
        return e.value() instanceof PyComplex c ? c.pyRepr() : PyNumbers.repr(e.value());
    }

    public String visitFString(Expr.FString e) {
        StringBuilder sb = new StringBuilder("(f");
        for (Expr p : e.parts()) {
            if (p instanceof Expr.FormattedValue v)
                sb.append(" {").append(print(v.value())).append(v.conversion() != 0 ? "!" + v.conversion() : "")
                        .append(v.spec() != null ? ":" + print(v.spec()) : "").append('}');
            else sb.append(' ').append(print(p));
        }
        return sb.append(')').toString();
    }

    public String visitDict(Expr.DictExpr e) {
        StringBuilder sb = new StringBuilder("(dict");
        for (int i = 0; i < e.values().size(); i++)
            sb.append(' ').append(e.keys().get(i) == null ? "**" : print(e.keys().get(i)) + ":").append(print(e.values().get(i)));
        return sb.append(')').toString();
    }

    public String visitSet(Expr.SetExpr e) {
        return "(set " + all(e.items()) + ")";
    }

    public String visitConditional(Expr.Conditional e) {
        return "(if " + print(e.condition()) + " " + print(e.then()) + " " + print(e.orElse()) + ")";
    }

    public String visitLambda(Expr.Lambda e) {
        return "(lambda " + e.params().stream().map(Stmt.Param::name).collect(Collectors.joining(" ")) + " " + print(e.body()) + ")";
    }

    public String visitComprehension(Expr.Comprehension e) {
        StringBuilder sb = new StringBuilder("(" + e.kind().name().toLowerCase() + " ").append(print(e.element()));
        if (e.value() != null) sb.append(' ').append(print(e.value()));
        for (Expr.ForClause f : e.clauses()) {
            sb.append(" for ").append(print(f.target())).append(" in ").append(print(f.iterable()));
            for (Expr c : f.conditions()) sb.append(" if ").append(print(c));
        }
        return sb.append(')').toString();
    }

    public String visitStarred(Expr.Starred e) {
        return "*" + print(e.value());
    }

    public String visitString(Expr.Str e) {
        return "'" + e.value() + "'";
    }

    public String visitLiteral(Expr.Literal e) {
        return e.value() == null ? "None" : e.value() instanceof Ellipsis ? "..." : e.value() instanceof PyBytes b ? b.toString()
                : Boolean.TRUE.equals(e.value()) ? "True" : "False";
    }

    public String visitName(Expr.Name e) {
        return e.name();
    }

    public String visitTuple(Expr.Tuple e) {
        return "(tuple" + (e.items().isEmpty() ? "" : " " + all(e.items())) + ")";
    }

    public String visitList(Expr.ListExpr e) {
        return "[" + all(e.items()) + "]";
    }

    public String visitUnary(Expr.Unary e) {
        return "(" + e.op().text() + " " + print(e.operand()) + ")";
    }

    public String visitBinary(Expr.Binary e) {
        return "(" + e.op().text() + " " + print(e.left()) + " " + print(e.right()) + ")";
    }

    public String visitCompare(Expr.Compare e) {
        StringBuilder sb = new StringBuilder("(compare ").append(print(e.operands().get(0)));
        for (int i = 0; i < e.ops().size(); i++) sb.append(' ').append(e.ops().get(i).text()).append(' ').append(print(e.operands().get(i + 1)));
        return sb.append(')').toString();
    }

    public String visitLogical(Expr.Logical e) {
        return "(" + e.op().text() + " " + print(e.left()) + " " + print(e.right()) + ")";
    }

    public String visitCall(Expr.Call e) {
        StringBuilder sb = new StringBuilder("(call ").append(print(e.callee()));
        for (Expr a : e.args()) sb.append(' ').append(print(a));
        for (Expr.Keyword k : e.keywords()) sb.append(' ').append(k.name() == null ? "**" : k.name() + "=").append(print(k.value()));
        return sb.append(')').toString();
    }

    public String visitAttribute(Expr.Attribute e) {
        return "(. " + print(e.object()) + " " + e.name() + ")";
    }

    public String visitIndex(Expr.Index e) {
        return "(index " + print(e.object()) + " " + all(e.items()) + ")";
    }

    public String visitSlice(Expr.Slice e) {
        return (e.start() == null ? "" : print(e.start())) + ":" + (e.stop() == null ? "" : print(e.stop()))
                + (e.step() == null ? "" : ":" + print(e.step()));
    }

    public String visitYield(Expr.Yield e) {
        return "(yield" + (e.from() ? "-from" : "") + (e.value() == null ? "" : " " + print(e.value())) + ")";
    }

    public String visitNamedExpr(Expr.NamedExpr e) {
        return "(:= " + e.name() + " " + print(e.value()) + ")";
    }
}
