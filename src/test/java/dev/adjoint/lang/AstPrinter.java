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
        double v = e.value();
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    public String visitString(Expr.Str e) {
        return "'" + e.value() + "'";
    }

    public String visitLiteral(Expr.Literal e) {
        return e.value() == null ? "None" : Boolean.TRUE.equals(e.value()) ? "True" : "False";
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
        for (Expr.Keyword k : e.keywords()) sb.append(' ').append(k.name()).append('=').append(print(k.value()));
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
}
