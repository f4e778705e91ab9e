package dev.adjoint.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's compile-time check of {@code global x} and {@code nonlocal x}: a name the scope already
 * assigned or read before the declaration (or a parameter) makes the whole file a SyntaxError
 * before anything runs ("name 'x' is assigned to before global declaration"). Nested functions,
 * classes, lambdas and comprehensions are scopes of their own: what they do with a name does not
 * count, only the expressions the enclosing scope evaluates (defaults, decorators, the first
 * iterable of a comprehension).
 */
final class ScopeDeclarations {
    private enum Seen { USED, ASSIGNED, PARAMETER } // later wins: CPython checks parameter, then assigned, then used

    private final Map<String, Seen> seen = new HashMap<>();

    private ScopeDeclarations() {}

    /** Checks one scope's body (a function's, with its parameters, or a module's); only a body with a declaration is walked. */
    static void check(List<Stmt.Param> params, List<Stmt> body) {
        if (!declares(body)) return;
        ScopeDeclarations s = new ScopeDeclarations();
        for (Stmt.Param p : params) s.seen.put(p.name(), Seen.PARAMETER);
        s.block(body);
    }

    private static boolean declares(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Scope) return true;
            for (List<Stmt> inner : blocks(s)) if (declares(inner)) return true;
        }
        return false;
    }

    /** The statement lists a compound statement holds, in the scope it is in. */
    private static List<List<Stmt>> blocks(Stmt s) {
        if (s instanceof Stmt.If i) {
            List<List<Stmt>> out = new java.util.ArrayList<>();
            for (Stmt.Branch b : i.branches()) out.add(b.body());
            out.add(i.orElse());
            return out;
        }
        if (s instanceof Stmt.While w) return java.util.Arrays.asList(w.body(), w.orElse());
        if (s instanceof Stmt.For f) return java.util.Arrays.asList(f.body(), f.orElse());
        if (s instanceof Stmt.With w) return java.util.Arrays.asList(w.body());
        if (s instanceof Stmt.Try t) {
            List<List<Stmt>> out = new java.util.ArrayList<>(java.util.Arrays.asList(t.body(), t.orElse(), t.finalBody()));
            for (Stmt.Handler h : t.handlers()) out.add(h.body());
            return out;
        }
        if (s instanceof Stmt.Match m) {
            List<List<Stmt>> out = new java.util.ArrayList<>();
            for (Stmt.Case c : m.cases()) out.add(c.body());
            return out;
        }
        return List.of();
    }

    private void block(List<Stmt> stmts) {
        if (stmts != null) for (Stmt s : stmts) statement(s);
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Scope d) {
            for (String name : d.names()) declared(name, d);
        } else if (s instanceof Stmt.Assign a) {
            use(a.value());
            for (Expr t : a.targets()) target(t);
        } else if (s instanceof Stmt.AugAssign a) {
            use(a.value());
            target(a.target());
        } else if (s instanceof Stmt.Annotated a) {
            use(a.value());
            if (a.value() != null) target(a.target());
        } else if (s instanceof Stmt.Expression e) {
            use(e.expr());
        } else if (s instanceof Stmt.If i) {
            for (Stmt.Branch b : i.branches()) {
                use(b.condition());
                block(b.body());
            }
            block(i.orElse());
        } else if (s instanceof Stmt.While w) {
            use(w.condition());
            block(w.body());
            block(w.orElse());
        } else if (s instanceof Stmt.For f) {
            use(f.iterable());
            target(f.target());
            block(f.body());
            block(f.orElse());
        } else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) {
                use(item.context());
                if (item.target() != null) target(item.target());
            }
            block(w.body());
        } else if (s instanceof Stmt.Try t) {
            block(t.body());
            for (Stmt.Handler h : t.handlers()) {
                use(h.type());
                if (h.name() != null) assigned(h.name());
                block(h.body());
            }
            block(t.orElse());
            block(t.finalBody());
        } else if (s instanceof Stmt.Match m) {
            use(m.subject());
            for (Stmt.Case c : m.cases()) block(c.body());
        } else if (s instanceof Stmt.Def d) {
            for (Expr e : d.decorators()) use(e);
            for (Stmt.Param p : d.params()) use(p.defaultValue());
            assigned(d.name());
        } else if (s instanceof Stmt.ClassDef c) {
            for (Expr e : c.decorators()) use(e);
            for (Expr e : c.bases()) use(e);
            assigned(c.name());
        } else if (s instanceof Stmt.Return r) {
            use(r.value());
        } else if (s instanceof Stmt.Raise r) {
            use(r.exception());
            use(r.cause());
        } else if (s instanceof Stmt.Assert a) {
            use(a.test());
            use(a.message());
        } else if (s instanceof Stmt.Del d) {
            for (Expr t : d.targets()) target(t);
        } // import binds a name without counting here (CPython 3.11 accepts `import x` then `global x`)
    }

    private void declared(String name, Stmt.Scope d) {
        Seen before = seen.get(name);
        if (before == null) return;
        String kind = d.nonlocal() ? "nonlocal" : "global";
        String what = switch (before) {
            case PARAMETER -> "is parameter and " + kind;
            case ASSIGNED -> "is assigned to before " + kind + " declaration";
            case USED -> "is used prior to " + kind + " declaration";
        };
        throw new LangError("name '" + name + "' " + what, d.span()); // a SyntaxError: the session names it so
    }

    /** A target of an assignment: its names are assigned; the objects of its attributes and items are read. */
    private void target(Expr t) {
        if (t instanceof Expr.Name n) assigned(n.name());
        else if (t instanceof Expr.Tuple tuple) tuple.items().forEach(this::target);
        else if (t instanceof Expr.ListExpr list) list.items().forEach(this::target);
        else if (t instanceof Expr.Starred s) target(s.value());
        else use(t);
    }

    private void assigned(String name) {
        seen.merge(name, Seen.ASSIGNED, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** The names an expression reads (and the names its := assigns). */
    private void use(Expr e) {
        if (e == null) return;
        if (e instanceof Expr.Name n) seen.putIfAbsent(n.name(), Seen.USED);
        else if (e instanceof Expr.NamedExpr n) {
            use(n.value());
            assigned(n.name());
        } else if (e instanceof Expr.Comprehension c) use(c.clauses().get(0).iterable()); // the rest runs in its own scope
        else if (e instanceof Expr.Lambda l) l.params().forEach(p -> use(p.defaultValue()));
        else if (e instanceof Expr.FString f) f.parts().forEach(this::use);
        else if (e instanceof Expr.FormattedValue f) {
            use(f.value());
            use(f.spec());
        } else if (e instanceof Expr.Tuple t) t.items().forEach(this::use);
        else if (e instanceof Expr.ListExpr l) l.items().forEach(this::use);
        else if (e instanceof Expr.SetExpr s) s.items().forEach(this::use);
        else if (e instanceof Expr.DictExpr d) {
            d.keys().forEach(this::use);
            d.values().forEach(this::use);
        } else if (e instanceof Expr.Unary u) use(u.operand());
        else if (e instanceof Expr.Binary b) {
            use(b.left());
            use(b.right());
        } else if (e instanceof Expr.Logical l) {
            use(l.left());
            use(l.right());
        } else if (e instanceof Expr.Compare c) c.operands().forEach(this::use);
        else if (e instanceof Expr.Conditional c) {
            use(c.condition());
            use(c.then());
            use(c.orElse());
        } else if (e instanceof Expr.Starred s) use(s.value());
        else if (e instanceof Expr.Call c) {
            use(c.callee());
            c.args().forEach(this::use);
            c.keywords().forEach(k -> use(k.value()));
        } else if (e instanceof Expr.Attribute a) use(a.object());
        else if (e instanceof Expr.Index i) {
            use(i.object());
            i.items().forEach(this::use);
        } else if (e instanceof Expr.Slice s) {
            use(s.start());
            use(s.stop());
            use(s.step());
        } else if (e instanceof Expr.Yield y) use(y.value());
    }
}
