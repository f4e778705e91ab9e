package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Source text from a syntax tree (Python's {@code ast.unparse}): parsing the text again gives the
 * same tree, spans aside. Parentheses are written only where precedence or associativity needs
 * them, so the text nests no deeper than the source it came from; statements go one per line,
 * blocks indented by four spaces. Used to show a statement from an earlier input (its own text
 * is gone by then), e.g. where a NaN was created.
 */
public final class Unparser {
    // precedence levels, loosest first, as in the Parser
    private static final int OR = 1, AND = 2, NOT = 3, COMPARE = 4, SUM = 5, TERM = 6, UNARY = 7, POWER = 8, POSTFIX = 9, ATOM = 10;

    private final StringBuilder out = new StringBuilder();

    private Unparser() {}

    /** A whole program: statements one per line, each ending in a newline. */
    public static String program(List<Stmt> program) {
        Unparser u = new Unparser();
        for (Stmt s : program) u.statement(s, 0);
        return u.out.toString();
    }

    /** One statement (a block with its body), without a final newline. */
    public static String statement(Stmt s) {
        Unparser u = new Unparser();
        u.statement(s, 0);
        u.out.setLength(u.out.length() - 1);
        return u.out.toString();
    }

    /** One expression. */
    public static String expression(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, OR);
        return u.out.toString();
    }

    // ---- statements ----

    private void statement(Stmt s, int level) {
        out.append("    ".repeat(level));
        if (s instanceof Stmt.Expression x) {
            expr(x.expr(), OR);
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                expr(t, OR);
                out.append(" = ");
            }
            expr(a.value(), OR);
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target(), OR);
            out.append(' ').append(a.op().text()).append(' ');
            expr(a.value(), OR);
        } else if (s instanceof Stmt.If i) {
            for (int k = 0; k < i.branches().size(); k++) {
                if (k > 0) out.append("    ".repeat(level));
                out.append(k == 0 ? "if " : "elif ");
                expr(i.branches().get(k).condition(), OR);
                block(i.branches().get(k).body(), level);
            }
            if (!i.orElse().isEmpty()) {
                out.append("    ".repeat(level)).append("else");
                block(i.orElse(), level);
            }
            return;
        } else if (s instanceof Stmt.While w) {
            out.append("while ");
            expr(w.condition(), OR);
            block(w.body(), level);
            return;
        } else if (s instanceof Stmt.For f) {
            out.append("for ");
            if (f.target() instanceof Expr.Tuple t && !t.items().isEmpty()) {
                for (int k = 0; k < t.items().size(); k++) {
                    if (k > 0) out.append(", ");
                    expr(t.items().get(k), POSTFIX);
                }
            } else {
                expr(f.target(), POSTFIX);
            }
            out.append(" in ");
            expr(f.iterable(), OR);
            block(f.body(), level);
            return;
        } else if (s instanceof Stmt.Def d) {
            out.append("def ").append(d.name()).append('(');
            for (int k = 0; k < d.params().size(); k++) {
                Stmt.Param p = d.params().get(k);
                if (k > 0) out.append(", ");
                out.append(p.name());
                if (p.defaultValue() != null) {
                    out.append('=');
                    expr(p.defaultValue(), OR);
                }
            }
            out.append(')');
            block(d.body(), level);
            return;
        } else if (s instanceof Stmt.Return r) {
            out.append("return");
            if (r.value() != null) {
                out.append(' ');
                expr(r.value(), OR);
            }
        } else if (s instanceof Stmt.Break) {
            out.append("break");
        } else if (s instanceof Stmt.Continue) {
            out.append("continue");
        } else if (s instanceof Stmt.Pass) {
            out.append("pass");
        } else if (s instanceof Stmt.With w) {
            out.append("with ");
            expr(w.context(), OR);
            block(w.body(), level);
            return;
        }
        out.append('\n');
    }

    private void block(List<Stmt> body, int level) {
        out.append(":\n");
        for (Stmt s : body) statement(s, level + 1);
    }

    // ---- expressions ----

    private static int precedence(Expr e) {
        if (e instanceof Expr.Logical l) return l.op().type() == TokenType.OR ? OR : AND;
        if (e instanceof Expr.Unary u) return u.op().type() == TokenType.NOT ? NOT : UNARY;
        if (e instanceof Expr.Compare) return COMPARE;
        if (e instanceof Expr.Binary b) return binaryLevel(b.op().type());
        if (e instanceof Expr.Number n) return negative(n.value()) ? UNARY : ATOM; // -2 is read as a sign applied to 2
        if (e instanceof Expr.Call || e instanceof Expr.Attribute || e instanceof Expr.Index) return POSTFIX;
        return ATOM;
    }

    private static int binaryLevel(TokenType op) {
        return switch (op) {
            case PLUS, MINUS -> SUM;
            case STAR_STAR, CARET -> POWER;
            default -> TERM;
        };
    }

    private static boolean negative(double v) {
        return Double.doubleToRawLongBits(v) < 0; // -0.0 too
    }

    /** Writes e, in parentheses when it binds looser than its place needs. */
    private void expr(Expr e, int atLeast) {
        boolean parens = precedence(e) < atLeast;
        if (parens) out.append('(');
        write(e);
        if (parens) out.append(')');
    }

    /** The object of a call, attribute or index: a bare number would lex with the dot ("2.T"). */
    private void postfixObject(Expr e) {
        if (e instanceof Expr.Number) {
            out.append('(');
            write(e);
            out.append(')');
        } else {
            expr(e, POSTFIX);
        }
    }

    private void write(Expr e) {
        if (e instanceof Expr.Number n) {
            out.append(number(n.value()));
        } else if (e instanceof Expr.Str s) {
            out.append(string(s.value()));
        } else if (e instanceof Expr.Literal l) {
            out.append(l.value() == null ? "None" : Boolean.TRUE.equals(l.value()) ? "True" : "False");
        } else if (e instanceof Expr.Name n) {
            out.append(n.name());
        } else if (e instanceof Expr.Tuple t) {
            out.append('(');
            items(t.items());
            if (t.items().size() == 1) out.append(',');
            out.append(')');
        } else if (e instanceof Expr.ListExpr l) {
            out.append('[');
            items(l.items());
            out.append(']');
        } else if (e instanceof Expr.Unary u) {
            if (u.op().type() == TokenType.NOT) {
                out.append("not ");
                expr(u.operand(), NOT);
            } else {
                out.append(u.op().text());
                int mark = out.length();
                expr(u.operand(), UNARY);
                char first = out.charAt(mark);
                if (first == '-' || first == '+') out.insert(mark, ' '); // "- -x", not the "--" of another language
            }
        } else if (e instanceof Expr.Binary b) {
            binary(b);
        } else if (e instanceof Expr.Compare c) {
            expr(c.operands().get(0), SUM);
            for (int k = 0; k < c.ops().size(); k++) {
                out.append(' ').append(c.ops().get(k).text()).append(' ');
                expr(c.operands().get(k + 1), SUM);
            }
        } else if (e instanceof Expr.Logical l) {
            int level = precedence(l);
            expr(l.left(), level);
            out.append(' ').append(l.op().text()).append(' ');
            expr(l.right(), level + 1);
        } else if (e instanceof Expr.Call c) {
            postfixObject(c.callee());
            out.append('(');
            items(c.args());
            for (int k = 0; k < c.keywords().size(); k++) {
                if (k > 0 || !c.args().isEmpty()) out.append(", ");
                out.append(c.keywords().get(k).name()).append('=');
                expr(c.keywords().get(k).value(), OR);
            }
            out.append(')');
        } else if (e instanceof Expr.Attribute a) {
            postfixObject(a.object());
            out.append('.').append(a.name());
        } else if (e instanceof Expr.Index x) {
            postfixObject(x.object());
            out.append('[');
            for (int k = 0; k < x.items().size(); k++) {
                if (k > 0) out.append(", ");
                if (x.items().get(k) instanceof Expr.Slice s) slice(s);
                else expr(x.items().get(k), OR);
            }
            out.append(']');
        } else if (e instanceof Expr.Slice s) {
            slice(s); // only inside [...]; written for completeness
        } else {
            throw new IllegalArgumentException("no source form for " + e.getClass().getSimpleName());
        }
    }

    /**
     * Left-associative chains (a + b + ... + z) are walked along their left spine in a loop, as the
     * interpreter evaluates them, so a chain of a million terms needs no deep recursion.
     */
    private void binary(Expr.Binary b) {
        int level = precedence(b);
        if (level == POWER) { // right-associative: the base is a postfix expression, the exponent a unary one
            expr(b.left(), POSTFIX);
            out.append(' ').append(b.op().text()).append(' ');
            expr(b.right(), UNARY);
            return;
        }
        List<Expr.Binary> spine = new ArrayList<>();
        Expr bottom = b;
        while (bottom instanceof Expr.Binary x && precedence(x) == level) {
            spine.add(x);
            bottom = x.left();
        }
        expr(bottom, level);
        for (int k = spine.size() - 1; k >= 0; k--) {
            Expr.Binary x = spine.get(k);
            out.append(' ').append(x.op().text()).append(' ');
            expr(x.right(), level + 1);
        }
    }

    private void slice(Expr.Slice s) {
        if (s.start() != null) expr(s.start(), OR);
        out.append(':');
        if (s.stop() != null) expr(s.stop(), OR);
        if (s.step() != null) {
            out.append(':');
            expr(s.step(), OR);
        }
    }

    private void items(List<Expr> items) {
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) out.append(", ");
            expr(items.get(k), OR);
        }
    }

    /** Digits that read back as exactly this double: 2, 0.5, 1.0E-5, 1e999 for infinity. */
    static String number(double v) {
        if (Double.isInfinite(v)) return v > 0 ? "1e999" : "-1e999";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (negative(v) && v == 0 ? "-" : "") + (long) v;
        return Double.toString(v);
    }

    /** A double-quoted literal that the lexer reads back as {@code s}. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
