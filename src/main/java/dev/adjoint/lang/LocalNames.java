package dev.adjoint.lang;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a function's body binds anywhere, which CPython makes its locals when it compiles the
 * def: a parameter, an assignment's or a for's target, {@code x += 1}, {@code x: int}, {@code del x},
 * {@code with ... as x}, {@code except E as x}, an import, a nested def or class, a match's capture,
 * and a := (also inside a comprehension, which binds in the function), less the names declared
 * {@code global} or {@code nonlocal}. Reading one before it has a value is an UnboundLocalError,
 * though a global of that name exists; a nested function reading it is a NameError. Nested
 * functions, lambdas and classes are not looked into: their names are their own.
 */
final class LocalNames {
    private final Set<String> bound = new java.util.LinkedHashSet<>(), declared = new HashSet<>(); // bound in order: co_varnames lists them so

    private LocalNames() {}

    static Set<String> of(List<Stmt.Param> params, List<Stmt> body, Expr expression) {
        LocalNames n = new LocalNames();
        for (Stmt.Param p : params) n.bound.add(p.name());
        n.block(body);
        if (expression != null) n.walrus(expression);
        n.bound.removeAll(n.declared);
        return n.bound;
    }

    private void block(List<Stmt> stmts) {
        if (stmts != null) for (Stmt s : stmts) statement(s);
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) target(t);
            walrus(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            target(a.target());
            walrus(a.value());
        } else if (s instanceof Stmt.Annotated a) {
            target(a.target());
            walrus(a.value());
        } else if (s instanceof Stmt.Expression e) {
            walrus(e.expr());
        } else if (s instanceof Stmt.If i) {
            for (Stmt.Branch b : i.branches()) {
                walrus(b.condition());
                block(b.body());
            }
            block(i.orElse());
        } else if (s instanceof Stmt.While w) {
            walrus(w.condition());
            block(w.body());
            block(w.orElse());
        } else if (s instanceof Stmt.For f) {
            target(f.target());
            walrus(f.iterable());
            block(f.body());
            block(f.orElse());
        } else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) {
                walrus(item.context());
                if (item.target() != null) target(item.target());
            }
            block(w.body());
        } else if (s instanceof Stmt.Try t) {
            block(t.body());
            for (Stmt.Handler h : t.handlers()) {
                if (h.name() != null) bound.add(h.name());
                block(h.body());
            }
            block(t.orElse());
            block(t.finalBody());
        } else if (s instanceof Stmt.Del d) {
            for (Expr t : d.targets()) target(t);
        } else if (s instanceof Stmt.Def d) {
            bound.add(d.name());
        } else if (s instanceof Stmt.ClassDef c) {
            bound.add(c.name());
        } else if (s instanceof Stmt.Scope sc) {
            declared.addAll(sc.names());
        } else if (s instanceof Stmt.Import i) {
            for (Stmt.Alias a : i.names()) {
                if (a.alias() != null) bound.add(a.alias());
                else if (!a.name().equals("*")) bound.add(i.module() == null ? a.name().split("\\.")[0] : a.name());
            }
        } else if (s instanceof Stmt.Match m) {
            walrus(m.subject());
            for (Stmt.Case c : m.cases()) {
                pattern(c.pattern());
                walrus(c.guard());
                block(c.body());
            }
        } else if (s instanceof Stmt.Return r) {
            walrus(r.value());
        } // break, continue, pass, raise and assert bind nothing
    }

    /** The names an assignment target binds: a name, or the names inside a tuple, list or starred target. */
    private void target(Expr t) {
        if (t instanceof Expr.Name n) bound.add(n.name());
        else if (t instanceof Expr.Tuple tu) tu.items().forEach(this::target);
        else if (t instanceof Expr.ListExpr l) l.items().forEach(this::target);
        else if (t instanceof Expr.Starred st) target(st.value());
        else walrus(t); // obj.attr, obj[i]: no name bound
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.Capture c) bound.add(c.name());
        else if (p instanceof Pattern.Star s && s.name() != null) bound.add(s.name());
        else if (p instanceof Pattern.Sequence s) s.items().forEach(this::pattern);
        else if (p instanceof Pattern.Mapping m) {
            m.values().forEach(this::pattern);
            if (m.rest() != null) bound.add(m.rest());
        } else if (p instanceof Pattern.ClassPattern c) {
            c.positional().forEach(this::pattern);
            c.keywordPatterns().forEach(this::pattern);
        } else if (p instanceof Pattern.Or o) o.alternatives().forEach(this::pattern);
        else if (p instanceof Pattern.As a) {
            if (a.pattern() != null) pattern(a.pattern());
            if (a.name() != null) bound.add(a.name());
        }
    }

    /** The := inside an expression (a lambda's own are the lambda's). */
    private void walrus(Expr e) {
        if (e == null) return;
        if (e instanceof Expr.NamedExpr n) bound.add(n.name());
        if (e instanceof Expr.Lambda l) {
            for (Stmt.Param p : l.params()) walrus(p.defaultValue());
            return;
        }
        for (Expr c : YieldLifting.children(e)) walrus(c);
    }
}
