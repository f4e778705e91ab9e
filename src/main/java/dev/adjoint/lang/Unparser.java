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
    private static final int LAMBDA = 1, CONDITIONAL = 2, OR = 3, AND = 4, NOT = 5, COMPARE = 6, BIT_OR = 7, BIT_AND = 8, SHIFT = 9,
            SUM = 10, TERM = 11, UNARY = 12, POWER = 13, POSTFIX = 14, ATOM = 15;

    private final StringBuilder out = new StringBuilder();
    /** Whether strings are written as Python's repr writes them (ast.unparse's quotes), not in double quotes. */
    private boolean reprQuotes;

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

    /** A def's parameters as written: "a, b=1, *args, key, **kwargs". */
    public static String parameters(List<Stmt.Param> params) {
        Unparser u = new Unparser();
        u.params(params);
        return u.out.toString();
    }

    /** One expression. */
    public static String expression(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, LAMBDA);
        return u.out.toString();
    }

    /** An annotation as {@code from __future__ import annotations} keeps it: ast.unparse's text, strings in repr's quotes. */
    static String annotation(Expr e) {
        Unparser u = new Unparser();
        u.reprQuotes = true;
        u.expr(e, LAMBDA);
        return u.out.toString();
    }

    // ---- statements ----

    private void indent(int level) {
        out.append("    ".repeat(level));
    }

    private void statement(Stmt s, int level) {
        indent(level);
        if (s instanceof Stmt.Expression x) {
            expr(x.expr(), LAMBDA);
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                target(t);
                out.append(" = ");
            }
            expr(a.value(), LAMBDA);
        } else if (s instanceof Stmt.Annotated a) {
            target(a.target());
            out.append(": ");
            expr(a.annotation(), LAMBDA);
            if (a.value() != null) {
                out.append(" = ");
                expr(a.value(), LAMBDA);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target(), POSTFIX);
            out.append(' ').append(a.op().text()).append(' ');
            expr(a.value(), LAMBDA);
        } else if (s instanceof Stmt.If i) {
            for (int k = 0; k < i.branches().size(); k++) {
                if (k > 0) indent(level);
                out.append(k == 0 ? "if " : "elif ");
                expr(i.branches().get(k).condition(), LAMBDA);
                block(i.branches().get(k).body(), level);
            }
            orElse(i.orElse(), level);
            return;
        } else if (s instanceof Stmt.While w) {
            out.append("while ");
            expr(w.condition(), LAMBDA);
            block(w.body(), level);
            orElse(w.orElse(), level);
            return;
        } else if (s instanceof Stmt.For f) {
            out.append("for ");
            loopTarget(f.target());
            out.append(" in ");
            expr(f.iterable(), LAMBDA);
            block(f.body(), level);
            orElse(f.orElse(), level);
            return;
        } else if (s instanceof Stmt.Match m) {
            out.append("match ");
            expr(m.subject(), LAMBDA);
            out.append(":\n");
            for (Stmt.Case c : m.cases()) {
                indent(level + 1);
                out.append("case ");
                pattern(c.pattern());
                if (c.guard() != null) {
                    out.append(" if ");
                    expr(c.guard(), LAMBDA);
                }
                block(c.body(), level + 1);
            }
            return;
        } else if (s instanceof Stmt.Def d) {
            decorators(d.decorators(), level);
            out.append("def ").append(d.name()).append('(');
            params(d.params());
            out.append(')');
            if (d.returns() != null) {
                out.append(" -> ");
                expr(d.returns(), LAMBDA);
            }
            block(d.body(), level);
            return;
        } else if (s instanceof Stmt.ClassDef c) {
            decorators(c.decorators(), level);
            out.append("class ").append(c.name());
            if (!c.bases().isEmpty() || !c.keywords().isEmpty()) {
                out.append('(');
                items(c.bases());
                for (Expr.Keyword k : c.keywords()) {
                    if (out.charAt(out.length() - 1) != '(') out.append(", ");
                    out.append(k.name()).append('=');
                    items(List.of(k.value()));
                }
                out.append(')');
            }
            block(c.body(), level);
            return;
        } else if (s instanceof Stmt.Return r) {
            out.append("return");
            if (r.value() != null) {
                out.append(' ');
                expr(r.value(), LAMBDA);
            }
        } else if (s instanceof Stmt.Break) {
            out.append("break");
        } else if (s instanceof Stmt.Continue) {
            out.append("continue");
        } else if (s instanceof Stmt.Pass) {
            out.append("pass");
        } else if (s instanceof Stmt.With w) {
            out.append("with ");
            for (int k = 0; k < w.items().size(); k++) {
                if (k > 0) out.append(", ");
                expr(w.items().get(k).context(), LAMBDA);
                if (w.items().get(k).target() != null) {
                    out.append(" as ");
                    expr(w.items().get(k).target(), POSTFIX);
                }
            }
            block(w.body(), level);
            return;
        } else if (s instanceof Stmt.Try t) {
            out.append("try");
            block(t.body(), level);
            for (Stmt.Handler h : t.handlers()) {
                indent(level);
                out.append(t.star() ? "except*" : "except");
                if (h.type() != null) {
                    out.append(' ');
                    expr(h.type(), LAMBDA);
                    if (h.name() != null) out.append(" as ").append(h.name());
                }
                block(h.body(), level);
            }
            orElse(t.orElse(), level);
            if (!t.finalBody().isEmpty()) {
                indent(level);
                out.append("finally");
                block(t.finalBody(), level);
            }
            return;
        } else if (s instanceof Stmt.Raise r) {
            out.append("raise");
            if (r.exception() != null) {
                out.append(' ');
                expr(r.exception(), LAMBDA);
                if (r.cause() != null) {
                    out.append(" from ");
                    expr(r.cause(), LAMBDA);
                }
            }
        } else if (s instanceof Stmt.Assert a) {
            out.append("assert ");
            expr(a.test(), LAMBDA);
            if (a.message() != null) {
                out.append(", ");
                expr(a.message(), LAMBDA);
            }
        } else if (s instanceof Stmt.Del d) {
            out.append("del ");
            for (int k = 0; k < d.targets().size(); k++) {
                if (k > 0) out.append(", ");
                expr(d.targets().get(k), POSTFIX);
            }
        } else if (s instanceof Stmt.Scope g) {
            out.append(g.nonlocal() ? "nonlocal " : "global ").append(String.join(", ", g.names()));
        } else if (s instanceof Stmt.Import i) {
            if (i.module() != null) out.append("from ").append(i.module()).append(' ');
            out.append("import ");
            for (int k = 0; k < i.names().size(); k++) {
                Stmt.Alias a = i.names().get(k);
                if (k > 0) out.append(", ");
                out.append(a.name());
                if (a.alias() != null) out.append(" as ").append(a.alias());
            }
        }
        out.append('\n');
    }

    private void orElse(List<Stmt> body, int level) {
        if (body.isEmpty()) return;
        indent(level);
        out.append("else");
        block(body, level);
    }

    private void decorators(List<Expr> decorators, int level) {
        for (Expr d : decorators) {
            out.append('@');
            expr(d, LAMBDA);
            out.append('\n');
            indent(level);
        }
    }

    /** A case's pattern; an alternative or an as-pattern inside an alternative or as-pattern gets parentheses. */
    private void pattern(Pattern p) {
        if (p instanceof Pattern.Capture c) {
            out.append(c.name());
        } else if (p instanceof Pattern.Wildcard) {
            out.append('_');
        } else if (p instanceof Pattern.Value v) {
            expr(v.value(), LAMBDA);
        } else if (p instanceof Pattern.Star s) {
            out.append('*').append(s.name() == null ? "_" : s.name());
        } else if (p instanceof Pattern.As a) {
            closedPattern(a.pattern(), a.pattern() instanceof Pattern.As);
            out.append(" as ").append(a.name());
        } else if (p instanceof Pattern.Or o) {
            for (int k = 0; k < o.alternatives().size(); k++) {
                if (k > 0) out.append(" | ");
                Pattern alternative = o.alternatives().get(k);
                closedPattern(alternative, alternative instanceof Pattern.As || alternative instanceof Pattern.Or);
            }
        } else if (p instanceof Pattern.Sequence s) {
            out.append('[');
            patterns(s.items());
            out.append(']');
        } else if (p instanceof Pattern.Mapping m) {
            out.append('{');
            for (int k = 0; k < m.keys().size(); k++) {
                if (k > 0) out.append(", ");
                expr(m.keys().get(k), LAMBDA);
                out.append(": ");
                pattern(m.values().get(k));
            }
            if (m.rest() != null) out.append(m.keys().isEmpty() ? "" : ", ").append("**").append(m.rest());
            out.append('}');
        } else if (p instanceof Pattern.ClassPattern c) {
            expr(c.cls(), POSTFIX);
            out.append('(');
            patterns(c.positional());
            for (int k = 0; k < c.keywords().size(); k++) {
                if (k > 0 || !c.positional().isEmpty()) out.append(", ");
                out.append(c.keywords().get(k)).append('=');
                pattern(c.keywordPatterns().get(k));
            }
            out.append(')');
        }
    }

    private void closedPattern(Pattern p, boolean parenthesized) {
        if (parenthesized) out.append('(');
        pattern(p);
        if (parenthesized) out.append(')');
    }

    private void patterns(List<Pattern> items) {
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) out.append(", ");
            pattern(items.get(k));
        }
    }

    private void block(List<Stmt> body, int level) {
        out.append(":\n");
        for (Stmt s : body) statement(s, level + 1);
    }

    /** An assignment target: a tuple target without its parentheses would be the same tuple. */
    private void target(Expr t) {
        expr(t, LAMBDA);
    }

    private void loopTarget(Expr t) {
        if (t instanceof Expr.Tuple tuple && !tuple.items().isEmpty()) {
            for (int k = 0; k < tuple.items().size(); k++) {
                if (k > 0) out.append(", ");
                expr(tuple.items().get(k), POSTFIX);
            }
            if (tuple.items().size() == 1) out.append(',');
        } else {
            expr(t, POSTFIX);
        }
    }

    private void params(List<Stmt.Param> params) {
        boolean star = false;
        for (int k = 0; k < params.size(); k++) {
            Stmt.Param p = params.get(k);
            if (k > 0) out.append(", ");
            switch (p.kind()) {
                case VAR_POSITIONAL -> {
                    out.append('*');
                    star = true;
                }
                case VAR_KEYWORD -> out.append("**");
                case KEYWORD_ONLY -> {
                    if (!star) out.append("*, ");
                    star = true;
                }
                default -> {
                }
            }
            out.append(p.name());
            if (p.annotation() != null) {
                out.append(": ");
                expr(p.annotation(), LAMBDA);
            }
            if (p.defaultValue() != null) {
                out.append(p.annotation() != null ? " = " : "=");
                expr(p.defaultValue(), LAMBDA);
            }
            if (p.kind() == Stmt.ParamKind.POSITIONAL_ONLY && (k + 1 == params.size() || params.get(k + 1).kind() != Stmt.ParamKind.POSITIONAL_ONLY))
                out.append(", /");
        }
    }

    // ---- expressions ----

    private static int precedence(Expr e) {
        if (e instanceof Expr.Lambda) return LAMBDA;
        if (e instanceof Expr.Conditional) return CONDITIONAL;
        if (e instanceof Expr.Logical l) return l.op().type() == TokenType.OR ? OR : AND;
        if (e instanceof Expr.Unary u) return u.op().type() == TokenType.NOT ? NOT : UNARY;
        if (e instanceof Expr.Compare) return COMPARE;
        if (e instanceof Expr.Binary b) return binaryLevel(b.op().type());
        if (e instanceof Expr.Number n) return negative(n.value()) ? UNARY : ATOM; // -2 is read as a sign applied to 2
        if (e instanceof Expr.Call || e instanceof Expr.Attribute || e instanceof Expr.Index) return POSTFIX;
        if (e instanceof Expr.Starred) return LAMBDA;
        return ATOM;
    }

    private static int binaryLevel(TokenType op) {
        return switch (op) {
            case PLUS, MINUS -> SUM;
            case STAR_STAR, CARET -> POWER;
            case PIPE -> BIT_OR;
            case AMPERSAND -> BIT_AND;
            case LEFT_SHIFT, RIGHT_SHIFT -> SHIFT;
            default -> TERM;
        };
    }

    private static boolean negative(Object v) {
        if (v instanceof Double d) return Double.doubleToRawLongBits(d) < 0; // -0.0 too
        if (v instanceof PyComplex c) return negative(c.imag()); // -1j: a literal (an imaginary one) folded with its sign
        return v instanceof Long l ? l < 0 : ((java.math.BigInteger) v).signum() < 0;
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
            out.append(reprQuotes ? Repr.repr(s.value()) : string(s.value()));
        } else if (e instanceof Expr.FString f) {
            fstring(f);
        } else if (e instanceof Expr.Literal l) {
            out.append(l.value() == null ? "None" : l.value() instanceof Ellipsis ? "..." : l.value() instanceof PyBytes b ? b.toString()
                    : Boolean.TRUE.equals(l.value()) ? "True" : "False");
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
        } else if (e instanceof Expr.SetExpr s) {
            out.append('{');
            items(s.items());
            out.append('}');
        } else if (e instanceof Expr.DictExpr d) {
            out.append('{');
            for (int k = 0; k < d.values().size(); k++) {
                if (k > 0) out.append(", ");
                if (d.keys().get(k) == null) {
                    out.append("**");
                    expr(d.values().get(k), BIT_OR);
                } else {
                    expr(d.keys().get(k), LAMBDA);
                    out.append(": ");
                    expr(d.values().get(k), LAMBDA);
                }
            }
            out.append('}');
        } else if (e instanceof Expr.Unary u) {
            if (u.op().type() == TokenType.NOT) {
                out.append("not ");
                expr(u.operand(), NOT);
            } else {
                out.append(u.op().text());
                int mark = out.length();
                expr(u.operand(), UNARY);
                char first = out.charAt(mark);
                if (first == '-' || first == '+' || first == '~') out.insert(mark, ' '); // "- -x", not the "--" of another language
            }
        } else if (e instanceof Expr.Binary b) {
            binary(b);
        } else if (e instanceof Expr.Compare c) {
            expr(c.operands().get(0), BIT_OR);
            for (int k = 0; k < c.ops().size(); k++) {
                out.append(' ').append(c.ops().get(k).text()).append(' ');
                expr(c.operands().get(k + 1), BIT_OR);
            }
        } else if (e instanceof Expr.Logical l) {
            int level = precedence(l);
            expr(l.left(), level);
            out.append(' ').append(l.op().text()).append(' ');
            expr(l.right(), level + 1);
        } else if (e instanceof Expr.Conditional c) {
            expr(c.then(), OR);
            out.append(" if ");
            expr(c.condition(), OR);
            out.append(" else ");
            expr(c.orElse(), LAMBDA);
        } else if (e instanceof Expr.Lambda l) {
            out.append("lambda");
            if (!l.params().isEmpty()) out.append(' ');
            params(l.params());
            out.append(": ");
            expr(l.body(), LAMBDA);
        } else if (e instanceof Expr.Comprehension c) {
            comprehension(c);
        } else if (e instanceof Expr.Yield y) {
            out.append(y.from() ? "(yield from " : y.value() == null ? "(yield" : "(yield "); // parenthesized: valid wherever it stands
            if (y.value() != null) expr(y.value(), LAMBDA);
            out.append(')');
        } else if (e instanceof Expr.NamedExpr n) {
            out.append('(').append(n.name()).append(" := "); // parenthesized: valid wherever it stands
            expr(n.value(), LAMBDA);
            out.append(')');
        } else if (e instanceof Expr.Starred s) {
            out.append('*');
            expr(s.value(), OR);
        } else if (e instanceof Expr.Call c) {
            postfixObject(c.callee());
            out.append('(');
            items(c.args());
            for (int k = 0; k < c.keywords().size(); k++) {
                if (k > 0 || !c.args().isEmpty()) out.append(", ");
                Expr.Keyword kw = c.keywords().get(k);
                if (kw.name() == null) {
                    out.append("**");
                    expr(kw.value(), LAMBDA);
                } else {
                    out.append(kw.name()).append('=');
                    expr(kw.value(), LAMBDA);
                }
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
                else expr(x.items().get(k), LAMBDA);
            }
            out.append(']');
        } else if (e instanceof Expr.Slice s) {
            slice(s); // only inside [...]; written for completeness
        } else {
            throw new IllegalArgumentException("no source form for " + e.getClass().getSimpleName());
        }
    }

    private void comprehension(Expr.Comprehension c) {
        String open = switch (c.kind()) {
            case LIST -> "[";
            case SET, DICT -> "{";
            case GENERATOR -> "(";
        };
        out.append(open);
        expr(c.element(), LAMBDA);
        if (c.value() != null) {
            out.append(": ");
            expr(c.value(), LAMBDA);
        }
        for (Expr.ForClause f : c.clauses()) {
            out.append(" for ");
            loopTarget(f.target());
            out.append(" in ");
            expr(f.iterable(), OR);
            for (Expr cond : f.conditions()) {
                out.append(" if ");
                expr(cond, OR);
            }
        }
        out.append(open.equals("[") ? "]" : open.equals("{") ? "}" : ")");
    }

    /** An f-string in single quotes; the strings inside its fields are written in double quotes, as Python 3.11 needs. */
    private void fstring(Expr.FString f) {
        out.append("f'");
        fstringParts(f.parts());
        out.append('\'');
    }

    private void fstringParts(List<Expr> parts) {
        for (Expr p : parts) {
            if (p instanceof Expr.Str s) {
                for (char c : s.value().toCharArray()) {
                    switch (c) {
                        case '{' -> out.append("{{");
                        case '}' -> out.append("}}");
                        case '\\' -> out.append("\\\\");
                        case '\'' -> out.append("\\'");
                        case '\n' -> out.append("\\n");
                        case '\t' -> out.append("\\t");
                        case '\r' -> out.append("\\r");
                        default -> out.append(c);
                    }
                }
                continue;
            }
            Expr.FormattedValue v = (Expr.FormattedValue) p;
            out.append('{');
            if (v.debugText() != null) {
                out.append(v.debugText());
                if (v.conversion() != 0 && !(v.conversion() == 'r' && v.spec() == null)) out.append('!').append(v.conversion());
            } else {
                int mark = out.length();
                expr(v.value(), LAMBDA);
                if (out.charAt(mark) == '{') out.insert(mark, ' '); // {{ would be a brace
                if (v.conversion() != 0) out.append('!').append(v.conversion());
            }
            if (v.spec() != null) {
                out.append(':');
                fstringParts(((Expr.FString) v.spec()).parts());
            }
            out.append('}');
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
        if (s.start() != null) expr(s.start(), LAMBDA);
        out.append(':');
        if (s.stop() != null) expr(s.stop(), LAMBDA);
        if (s.step() != null) {
            out.append(':');
            expr(s.step(), LAMBDA);
        }
    }

    private void items(List<Expr> items) {
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) out.append(", ");
            expr(items.get(k), LAMBDA);
        }
    }

    /** Digits that read back as exactly this number: 2 and 2.0 stay an int and a float, 1e999 for infinity. */
    static String number(Object v) {
        if (v instanceof PyComplex c && c.real() != 0) return c.pyRepr(); // a pattern's 1+2j
        if (v instanceof PyComplex c) { // an imaginary literal, with the sign folded into it (-1j)
            double im = Math.abs(c.imag());
            return (negative(c) ? "-" : "") + (Double.isInfinite(im) ? "1e309" : PyComplex.part(im)) + "j";
        }
        if (!(v instanceof Double d)) return v.toString();
        if (Double.isInfinite(d)) return d > 0 ? "1e999" : "-1e999";
        return FloatRepr.repr(d);
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
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
