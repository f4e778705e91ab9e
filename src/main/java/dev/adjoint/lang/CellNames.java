package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A function's cell variables as CPython 3.11 compiles them: the locals (not parameters) that a
 * nested function, lambda or comprehension reads, which CPython keeps in co_cellvars rather than
 * co_varnames, so a NameError's "Did you mean" does not offer them. What a nested scope binds
 * itself is its own, not a read of the function's.
 */
final class CellNames {
    private final Set<String> read = new HashSet<>();

    private CellNames() {}

    /** The cell variables among {@code locals}, the names the function (or lambda: {@code expression}) binds. */
    static Set<String> of(List<Stmt.Param> params, List<Stmt> body, Expr expression, Set<String> locals) {
        CellNames cells = new CellNames();
        if (body != null) for (Stmt s : body) cells.statement(s, false);
        cells.expression(expression, false);
        Set<String> result = new HashSet<>(locals);
        result.retainAll(cells.read);
        for (Stmt.Param p : params) result.remove(p.name());
        return result;
    }

    /** The names a function (or lambda) and the scopes nested in it read without binding them: its free names, global or not. */
    static Set<String> freeReads(List<Stmt.Param> params, List<Stmt> body, Expr expression) {
        CellNames names = new CellNames();
        names.scope(params, body == null ? List.of() : body, expression);
        return names.read;
    }

    /** Walks a statement; {@code nested}: inside a nested scope, whose free reads are collected. */
    private void statement(Stmt s, boolean nested) {
        List<Expr> exprs = new ArrayList<>();
        List<List<Stmt>> blocks = new ArrayList<>();
        if (s instanceof Stmt.Def d) {
            for (Stmt.Param p : d.params()) expression(p.defaultValue(), nested);
            d.decorators().forEach(e -> expression(e, nested));
            scope(d.params(), d.body(), null);
            return;
        }
        if (s instanceof Stmt.ClassDef c) { // its body is a scope of its own, which reads the function's names as free ones
            exprs.addAll(c.bases());
            c.keywords().forEach(k -> exprs.add(k.value()));
            exprs.addAll(c.decorators());
            for (Expr e : exprs) expression(e, nested);
            for (Stmt inner : c.body()) statement(inner, true);
            return;
        }
        if (s instanceof Stmt.Match m) {
            exprs.add(m.subject());
            for (Stmt.Case c : m.cases()) {
                exprs.add(c.guard());
                blocks.add(c.body());
            }
        } else if (s instanceof Stmt.Annotated a) exprs.addAll(java.util.Arrays.asList(a.target(), a.value()));
        else if (s instanceof Stmt.Expression e) exprs.add(e.expr());
        else if (s instanceof Stmt.Assign a) {
            exprs.addAll(a.targets());
            exprs.add(a.value());
        } else if (s instanceof Stmt.AugAssign a) exprs.addAll(java.util.Arrays.asList(a.target(), a.value()));
        else if (s instanceof Stmt.If i) {
            for (Stmt.Branch b : i.branches()) {
                exprs.add(b.condition());
                blocks.add(b.body());
            }
            blocks.add(i.orElse());
        } else if (s instanceof Stmt.While w) {
            exprs.add(w.condition());
            blocks.addAll(java.util.Arrays.asList(w.body(), w.orElse()));
        } else if (s instanceof Stmt.For f) {
            exprs.addAll(java.util.Arrays.asList(f.target(), f.iterable()));
            blocks.addAll(java.util.Arrays.asList(f.body(), f.orElse()));
        } else if (s instanceof Stmt.Return r) exprs.add(r.value());
        else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) exprs.addAll(java.util.Arrays.asList(item.context(), item.target()));
            blocks.add(w.body());
        } else if (s instanceof Stmt.Try t) {
            blocks.add(t.body());
            for (Stmt.Handler h : t.handlers()) {
                exprs.add(h.type());
                blocks.add(h.body());
            }
            blocks.addAll(java.util.Arrays.asList(t.orElse(), t.finalBody()));
        } else if (s instanceof Stmt.Raise r) exprs.addAll(java.util.Arrays.asList(r.exception(), r.cause()));
        else if (s instanceof Stmt.Assert a) exprs.addAll(java.util.Arrays.asList(a.test(), a.message()));
        else if (s instanceof Stmt.Del d) exprs.addAll(d.targets());
        for (Expr e : exprs) expression(e, nested);
        for (List<Stmt> block : blocks) if (block != null) for (Stmt inner : block) statement(inner, nested);
    }

    private void expression(Expr e, boolean nested) {
        if (e == null) return;
        if (e instanceof Expr.Name n) {
            if (nested) read.add(n.name());
            return;
        }
        if (e instanceof Expr.Lambda l) {
            for (Stmt.Param p : l.params()) expression(p.defaultValue(), nested);
            scope(l.params(), List.of(), l.body());
            return;
        }
        if (e instanceof Expr.Comprehension c) { // a function of its own in 3.11: its first iterable is evaluated outside it
            expression(c.clauses().get(0).iterable(), nested);
            CellNames inner = new CellNames();
            Set<String> targets = new HashSet<>();
            for (int i = 0; i < c.clauses().size(); i++) {
                Expr.ForClause f = c.clauses().get(i);
                collectTargets(f.target(), targets);
                if (i > 0) inner.expression(f.iterable(), true);
                f.conditions().forEach(x -> inner.expression(x, true));
            }
            inner.expression(c.element(), true);
            inner.expression(c.value(), true);
            inner.read.removeAll(targets);
            read.addAll(inner.read);
            return;
        }
        for (Expr child : YieldLifting.children(e)) expression(child, nested);
    }

    /** A nested function's (or lambda's) reads of names it does not bind itself. */
    private void scope(List<Stmt.Param> params, List<Stmt> body, Expr expression) {
        CellNames inner = new CellNames();
        for (Stmt s : body) inner.statement(s, true);
        inner.expression(expression, true);
        inner.read.removeAll(LocalNames.of(params, body, expression));
        read.addAll(inner.read);
    }

    private static void collectTargets(Expr t, Set<String> names) {
        if (t instanceof Expr.Name n) names.add(n.name());
        else for (Expr c : YieldLifting.children(t)) collectTargets(c, names);
    }
}
