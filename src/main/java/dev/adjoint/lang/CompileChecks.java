package dev.adjoint.lang;

import java.math.BigInteger;
import java.util.List;

/**
 * The SyntaxWarnings CPython 3.11's compiler gives code that is sure to fail or to surprise
 * (compile.c's check_compare, check_caller, check_subscripter and check_index): {@code x is 1},
 * {@code None()} and {@code [1, 2] [0, 1]} where a comma was missed. Each answers the warning's
 * text, or null.
 */
final class CompileChecks {
    private CompileChecks() {}

    /** check_compare: {@code is} or {@code is not} with a literal (not None, True, False or ...) on either side. */
    static String identityWithLiteral(Expr.Compare c) {
        boolean left = !isLiteral(c.operands().get(0));
        for (int i = 0; i < c.ops().size(); i++) {
            boolean right = !isLiteral(c.operands().get(i + 1));
            TokenType op = c.ops().get(i).type();
            if ((op == TokenType.IS || op == TokenType.IS_NOT) && (!left || !right))
                return op == TokenType.IS ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?";
            left = right;
        }
        return null;
    }

    /** check_caller: a literal or a display called, as in {@code [(1, 2) (3, 4)]}. */
    static String notCallable(Expr callee) {
        boolean display = callee instanceof Expr.Tuple || callee instanceof Expr.ListExpr || callee instanceof Expr.DictExpr
                || callee instanceof Expr.SetExpr || callee instanceof Expr.Comprehension || callee instanceof Expr.FString;
        if (!display && !isConstant(callee)) return null;
        return "'" + typeName(callee) + "' object is not callable; perhaps you missed a comma?";
    }

    /** check_subscripter: a number, None, ..., a set, a generator or a lambda subscripted. */
    static String notSubscriptable(Expr value) {
        boolean warn = value instanceof Expr.SetExpr || value instanceof Expr.Lambda
                || value instanceof Expr.Comprehension c && (c.kind() == Expr.ComprehensionKind.SET || c.kind() == Expr.ComprehensionKind.GENERATOR)
                || value instanceof Expr.Number
                || value instanceof Expr.Literal l && !(l.value() instanceof PyBytes);
        return warn ? "'" + typeName(value) + "' object is not subscriptable; perhaps you missed a comma?" : null;
    }

    /** check_index: a str, bytes, tuple or list indexed by something that is surely not an int or a slice. */
    static String badIndex(Expr value, List<Expr> items) {
        Expr index = items.size() == 1 ? items.get(0) : null;
        String indexType = items.size() > 1 ? "tuple" : typeName(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) return null;
        boolean sequence = value instanceof Expr.Str || value instanceof Expr.FString || value instanceof Expr.ListExpr
                || value instanceof Expr.Literal l && l.value() instanceof PyBytes
                || value instanceof Expr.Tuple
                || value instanceof Expr.Comprehension c && c.kind() == Expr.ComprehensionKind.LIST;
        if (!sequence) return null;
        return typeName(value) + " indices must be integers or slices, not " + indexType + "; perhaps you missed a comma?";
    }

    /** A constant after CPython's folding that is not None, True, False or ...: what check_is_arg refuses. */
    private static boolean isLiteral(Expr e) {
        if (e instanceof Expr.Literal l) return l.value() instanceof PyBytes;
        return isConstant(e);
    }

    /** A Constant node of CPython's optimized tree: a number, a string, a bytes, None, a bool, ..., a tuple of constants. */
    private static boolean isConstant(Expr e) {
        if (e instanceof Expr.Number || e instanceof Expr.Str || e instanceof Expr.Literal) return true;
        return e instanceof Expr.Tuple t && t.items().stream().allMatch(CompileChecks::isConstant);
    }

    /** compile.c's infer_type: the type a node surely makes, or null when it cannot tell. */
    static String typeName(Expr e) {
        if (e instanceof Expr.Number n)
            return n.value() instanceof Double ? "float" : n.value() instanceof PyComplex ? "complex" : n.value() instanceof Long || n.value() instanceof BigInteger ? "int" : null;
        if (e instanceof Expr.Str || e instanceof Expr.FString) return "str";
        if (e instanceof Expr.Literal l)
            return l.value() == null ? "NoneType" : l.value() instanceof Boolean ? "bool" : l.value() instanceof PyBytes ? "bytes" : "ellipsis";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.ListExpr) return "list";
        if (e instanceof Expr.DictExpr) return "dict";
        if (e instanceof Expr.SetExpr) return "set";
        if (e instanceof Expr.Slice) return "slice";
        if (e instanceof Expr.Lambda) return "function";
        if (e instanceof Expr.Comprehension c) return switch (c.kind()) {
            case LIST -> "list";
            case SET -> "set";
            case DICT -> "dict";
            case GENERATOR -> "generator";
        };
        return null;
    }
}
