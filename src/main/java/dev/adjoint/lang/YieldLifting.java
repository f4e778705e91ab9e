package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A generator's body with every yield moved to where {@link ResumableBody} can stop: a statement
 * of its own ({@code yield v}) or the value of an assignment ({@code x = yield v}). A yield inside
 * a larger expression ({@code y = (yield x) + 1}, {@code total += yield v}, {@code print((yield))},
 * {@code return (yield)}, {@code while (item := (yield n)) is not None:}) becomes
 * {@code $yield1 = yield x} before its statement and the temporary in its place; whatever the
 * expression evaluates before the yield is kept in a temporary first, so the order of evaluation
 * (and of side effects) is CPython's. Temporaries are names no program can write, which locals()
 * leaves out. A yield where part of an expression might not run ({@code and}/{@code or},
 * {@code if}-{@code else}, a comparison chain), or inside a comprehension or lambda, is refused
 * when the def is parsed, as is one in a place no generator student writes (a target, a decorator).
 */
final class YieldLifting {
    private static final String TEMPORARY = "$yield";

    private int count;

    private YieldLifting() {}

    /** The body rewritten; the same statement objects where they hold no yield inside an expression. */
    static List<Stmt> lift(List<Stmt> body) {
        return new YieldLifting().block(body);
    }

    /** Whether a name is one of this rewrite's temporaries (locals() does not show them). */
    static boolean isTemporary(String name) {
        return name.startsWith(TEMPORARY);
    }

    private List<Stmt> block(List<Stmt> stmts) {
        List<Stmt> out = new ArrayList<>(stmts.size());
        for (Stmt s : stmts) statement(s, out);
        return out;
    }

    private void statement(Stmt s, List<Stmt> out) {
        if (s instanceof Stmt.Expression e && holdsYield(e.expr())) {
            out.add(new Stmt.Expression(yieldOrValue(e.expr(), out), e.span()));
        } else if (s instanceof Stmt.Assign a && holdsYield(a.value(), a.targets())) {
            refuseIn(a.targets(), "an assignment target");
            out.add(new Stmt.Assign(a.targets(), yieldOrValue(a.value(), out), a.span()));
        } else if (s instanceof Stmt.AugAssign a && holdsYield(a.value(), a.target())) {
            refuseIn(List.of(a.target()), "an assignment target");
            augmented(a, out);
        } else if (s instanceof Stmt.Annotated a && a.value() != null && holdsYield(a.value(), a.target())) {
            refuseIn(List.of(a.target()), "an assignment target");
            out.add(new Stmt.Annotated(a.target(), a.annotation(), value(a.value(), out), a.span()));
        } else if (s instanceof Stmt.Return r && holdsYield(r.value())) {
            out.add(new Stmt.Return(value(r.value(), out), r.span()));
        } else if (s instanceof Stmt.Raise r && holdsYield(r.exception(), r.cause())) {
            List<Expr> parts = siblings(Arrays.asList(r.exception(), r.cause()), out);
            out.add(new Stmt.Raise(parts.get(0), parts.get(1), r.span()));
        } else if (s instanceof Stmt.Assert a && holdsYield(a.test(), a.message())) {
            refuseIn(Arrays.asList(a.message()), "an assert's message");
            out.add(new Stmt.Assert(value(a.test(), out), a.message(), a.span()));
        } else if (s instanceof Stmt.If i) {
            out.add(ifStatement(i.branches(), i.orElse(), i.span(), out));
        } else if (s instanceof Stmt.While w) {
            out.add(whileStatement(w, out));
        } else if (s instanceof Stmt.For f) {
            refuseIn(List.of(f.target()), "a for loop's target");
            out.add(new Stmt.For(f.target(), value(f.iterable(), out), block(f.body()), block(f.orElse()), f.span()));
        } else if (s instanceof Stmt.With w) {
            List<Stmt.WithItem> items = new ArrayList<>();
            for (int k = 0; k < w.items().size(); k++) {
                Stmt.WithItem item = w.items().get(k);
                refuseIn(Arrays.asList(item.target()), "a with statement's target");
                if (k > 0) refuseIn(List.of(item.context()), "a with statement's second context");
                items.add(new Stmt.WithItem(value(item.context(), out), item.target()));
            }
            out.add(new Stmt.With(items, block(w.body()), w.span()));
        } else if (s instanceof Stmt.Match m) {
            List<Stmt.Case> cases = new ArrayList<>();
            for (Stmt.Case c : m.cases()) {
                refuseIn(Arrays.asList(c.guard()), "a case's guard");
                cases.add(new Stmt.Case(c.pattern(), c.guard(), block(c.body()), c.span()));
            }
            out.add(new Stmt.Match(value(m.subject(), out), cases, m.span()));
        } else if (s instanceof Stmt.Try t) {
            List<Stmt.Handler> handlers = new ArrayList<>();
            for (Stmt.Handler h : t.handlers()) {
                refuseIn(Arrays.asList(h.type()), "an except clause");
                handlers.add(new Stmt.Handler(h.type(), h.name(), block(h.body()), h.span()));
            }
            out.add(new Stmt.Try(block(t.body()), handlers, block(t.orElse()), block(t.finalBody()), t.star(), t.span()));
        } else {
            refuseAnywhereIn(s);
            out.add(s);
        }
    }

    /** An if/elif chain: an elif whose condition yields becomes an else holding its own if, so the yield runs only when reached. */
    private Stmt ifStatement(List<Stmt.Branch> branches, List<Stmt> orElse, Span span, List<Stmt> out) {
        List<Stmt.Branch> lifted = new ArrayList<>();
        for (int k = 0; k < branches.size(); k++) {
            Stmt.Branch b = branches.get(k);
            if (k > 0 && holdsYield(b.condition())) {
                List<Stmt> rest = new ArrayList<>();
                rest.add(ifStatement(branches.subList(k, branches.size()), orElse, b.condition().span(), rest));
                return new Stmt.If(lifted, rest, span);
            }
            lifted.add(new Stmt.Branch(value(b.condition(), out), block(b.body())));
        }
        return new Stmt.If(lifted, block(orElse), span);
    }

    /** {@code while C: body} with a yield in C is {@code while True: (C's yields); if not C: break; body}. */
    private Stmt whileStatement(Stmt.While w, List<Stmt> out) {
        if (!holdsYield(w.condition())) return new Stmt.While(w.condition(), block(w.body()), block(w.orElse()), w.span());
        if (!w.orElse().isEmpty()) throw refused(firstYield(w.condition()), "the condition of a while loop with an else clause");
        List<Stmt> body = new ArrayList<>();
        Expr condition = value(w.condition(), body);
        Span at = w.condition().span();
        Expr stop = new Expr.Unary(new Token(TokenType.NOT, "not", at), condition, at);
        body.add(new Stmt.If(List.of(new Stmt.Branch(stop, List.of(new Stmt.Break(at)))), List.of(), at));
        body.addAll(block(w.body()));
        return new Stmt.While(new Expr.Literal(Boolean.TRUE, at), body, List.of(), w.span());
    }

    /** The statement's own yield kept as it is (its value lifted); anything else as {@link #value}. */
    private Expr yieldOrValue(Expr e, List<Stmt> out) {
        if (e instanceof Expr.Yield y) return new Expr.Yield(y.value() == null ? null : value(y.value(), out), y.from(), y.span());
        return value(e, out);
    }

    /** {@code e} with each yield in it run before (into {@code out}) and its value in its place. */
    private Expr value(Expr e, List<Stmt> out) {
        if (!holdsYield(e)) return e;
        if (e instanceof Expr.Yield y) {
            Expr.Name temp = temporary(y.span());
            out.add(new Stmt.Assign(List.of(temp), yieldOrValue(y, out), y.span()));
            return temp;
        }
        if (e instanceof Expr.Unary u) return new Expr.Unary(u.op(), value(u.operand(), out), u.span());
        if (e instanceof Expr.Binary b) {
            List<Expr> c = siblings(List.of(b.left(), b.right()), out);
            return new Expr.Binary(c.get(0), b.op(), c.get(1), b.span());
        }
        if (e instanceof Expr.Compare c && c.operands().size() == 2)
            return new Expr.Compare(siblings(c.operands(), out), c.ops(), c.span());
        if (e instanceof Expr.Tuple t) return new Expr.Tuple(siblings(t.items(), out), t.span());
        if (e instanceof Expr.ListExpr l) return new Expr.ListExpr(siblings(l.items(), out), l.span());
        if (e instanceof Expr.SetExpr s) return new Expr.SetExpr(siblings(s.items(), out), s.span());
        if (e instanceof Expr.DictExpr d) {
            List<Expr> pairs = new ArrayList<>();
            for (int k = 0; k < d.keys().size(); k++) {
                pairs.add(d.keys().get(k));
                pairs.add(d.values().get(k));
            }
            List<Expr> lifted = siblings(pairs, out), keys = new ArrayList<>(), values = new ArrayList<>();
            for (int k = 0; k < lifted.size(); k += 2) {
                keys.add(lifted.get(k));
                values.add(lifted.get(k + 1));
            }
            return new Expr.DictExpr(keys, values, d.span());
        }
        if (e instanceof Expr.Starred s) return new Expr.Starred(value(s.value(), out), s.span());
        if (e instanceof Expr.FString f) return fString(f, out);
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(value(a.object(), out), a.name(), a.nameSpan(), a.span());
        if (e instanceof Expr.NamedExpr n) return new Expr.NamedExpr(n.name(), n.nameSpan(), value(n.value(), out), n.span());
        if (e instanceof Expr.Slice s) {
            List<Expr> c = siblings(Arrays.asList(s.start(), s.stop(), s.step()), out);
            return new Expr.Slice(c.get(0), c.get(1), c.get(2), s.span());
        }
        if (e instanceof Expr.Index i) {
            List<Expr> c = new ArrayList<>(List.of(i.object()));
            c.addAll(i.items());
            c = siblings(c, out);
            return new Expr.Index(c.get(0), c.subList(1, c.size()), i.span());
        }
        if (e instanceof Expr.Call call) {
            List<Expr> c = new ArrayList<>(List.of(call.callee()));
            c.addAll(call.args());
            for (Expr.Keyword k : call.keywords()) c.add(k.value());
            c = siblings(c, out);
            int n = call.args().size();
            List<Expr.Keyword> keywords = new ArrayList<>();
            for (int k = 0; k < call.keywords().size(); k++) {
                Expr.Keyword kw = call.keywords().get(k);
                keywords.add(new Expr.Keyword(kw.name(), c.get(1 + n + k), kw.span()));
            }
            return new Expr.Call(c.get(0), c.subList(1, 1 + n), keywords, call.span());
        }
        throw refused(firstYield(e), where(e));
    }

    /**
     * {@code f"{a} {(yield)}"}: the fields' values left to right, as CPython evaluates them. A format
     * spec stays an f-string (its own fields, {@code {x:>{width}}}, are read when the value is
     * formatted); a yield inside one is refused.
     */
    private Expr fString(Expr.FString f, List<Stmt> out) {
        List<Expr> operands = new ArrayList<>();
        for (Expr part : f.parts()) {
            if (part instanceof Expr.FormattedValue v) {
                refuseIn(Arrays.asList(v.spec()), "an f-string's format spec");
                operands.add(v.value());
            }
        }
        List<Expr> lifted = siblings(operands, out), parts = new ArrayList<>();
        int k = 0;
        for (Expr part : f.parts()) {
            if (part instanceof Expr.FormattedValue v) {
                parts.add(new Expr.FormattedValue(lifted.get(k++), v.conversion(), v.spec(), v.debugText(), v.span()));
            } else {
                parts.add(part);
            }
        }
        return new Expr.FString(parts, f.span());
    }

    /**
     * {@code target op= (yield v)}: CPython reads the target (its object, its key, its current value)
     * before the yield and stores after it. So: those into temporaries, the yield, the in-place
     * operation on the temporary (a list's {@code +=} still extends the same list), the store.
     */
    private void augmented(Stmt.AugAssign a, List<Stmt> out) {
        Expr place = a.target();
        if (place instanceof Expr.Attribute at) {
            place = new Expr.Attribute(kept(at.object(), out), at.name(), at.nameSpan(), at.span());
        } else if (place instanceof Expr.Index i) {
            Expr object = kept(i.object(), out);
            List<Expr> keys = new ArrayList<>();
            for (Expr k : i.items()) keys.add(kept(k, out));
            place = new Expr.Index(object, keys, i.span());
        }
        Expr.Name current = temporary(place.span());
        out.add(new Stmt.Assign(List.of(current), place, a.span()));
        out.add(new Stmt.AugAssign(current, a.op(), value(a.value(), out), a.span()));
        out.add(new Stmt.Assign(List.of(place), current, a.span()));
    }

    /**
     * Operands evaluated left to right, some holding yields: those before the last yield are kept
     * in temporaries first (a constant needs none), so they are evaluated before it, as CPython does.
     */
    private List<Expr> siblings(List<Expr> items, List<Stmt> out) {
        int last = -1;
        for (int k = 0; k < items.size(); k++) if (holdsYield(items.get(k))) last = k;
        List<Expr> lifted = new ArrayList<>(items);
        for (int k = 0; k < last; k++) lifted.set(k, kept(items.get(k), out));
        if (last >= 0) lifted.set(last, value(items.get(last), out));
        return lifted;
    }

    /** An operand evaluated now into a temporary (a starred one's value; a constant stays as it is). */
    private Expr kept(Expr e, List<Stmt> out) {
        if (e == null || e instanceof Expr.Number || e instanceof Expr.Str || e instanceof Expr.Literal) return e;
        if (e instanceof Expr.Starred s) { // expanded now, into a tuple: not after the yield
            Expr.Name temp = temporary(e.span());
            out.add(new Stmt.Assign(List.of(temp), new Expr.Tuple(List.of(new Expr.Starred(value(s.value(), out), s.span())), s.span()), e.span()));
            return new Expr.Starred(temp, s.span());
        }
        if (e instanceof Expr.Slice) return value(e, out); // not a value of its own: its parts, lifted
        Expr v = value(e, out);
        if (v instanceof Expr.Name n && isTemporary(n.name())) return v;
        Expr.Name temp = temporary(e.span());
        out.add(new Stmt.Assign(List.of(temp), v, e.span()));
        return temp;
    }

    private Expr.Name temporary(Span at) {
        return new Expr.Name(TEMPORARY + ++count, at);
    }

    // ---- where a yield is ----

    private static boolean holdsYield(Expr e, Expr... more) {
        if (firstYield(e) != null) return true;
        for (Expr m : more) if (firstYield(m) != null) return true;
        return false;
    }

    private static boolean holdsYield(Expr e, List<Expr> more) {
        return holdsYield(e, more.toArray(new Expr[0]));
    }

    /** The first yield inside {@code e} (in a comprehension too, or a lambda's defaults), or null. */
    private static Expr.Yield firstYield(Expr e) {
        if (e == null) return null;
        if (e instanceof Expr.Yield y) return y;
        if (e instanceof Expr.Lambda l && l.generator() != null) { // the yields of its body are its own: a generator lambda
            for (Stmt.Param p : l.params()) {
                Expr.Yield y = firstYield(p.defaultValue());
                if (y != null) return y;
            }
            return null;
        }
        for (Expr c : children(e)) {
            Expr.Yield y = firstYield(c);
            if (y != null) return y;
        }
        return null;
    }

    /** The expressions directly inside {@code e}. */
    static List<Expr> children(Expr e) {
        List<Expr> c = new ArrayList<>();
        if (e instanceof Expr.FString f) c.addAll(f.parts());
        else if (e instanceof Expr.FormattedValue f) c.addAll(Arrays.asList(f.value(), f.spec()));
        else if (e instanceof Expr.Tuple t) c.addAll(t.items());
        else if (e instanceof Expr.ListExpr l) c.addAll(l.items());
        else if (e instanceof Expr.SetExpr s) c.addAll(s.items());
        else if (e instanceof Expr.DictExpr d) {
            c.addAll(d.keys());
            c.addAll(d.values());
        } else if (e instanceof Expr.Unary u) c.add(u.operand());
        else if (e instanceof Expr.Binary b) c.addAll(List.of(b.left(), b.right()));
        else if (e instanceof Expr.Compare cmp) c.addAll(cmp.operands());
        else if (e instanceof Expr.Logical l) c.addAll(List.of(l.left(), l.right()));
        else if (e instanceof Expr.Conditional k) c.addAll(List.of(k.condition(), k.then(), k.orElse()));
        else if (e instanceof Expr.Lambda l) {
            c.add(l.body());
            for (Stmt.Param p : l.params()) c.add(p.defaultValue());
        } else if (e instanceof Expr.Comprehension k) {
            c.addAll(Arrays.asList(k.element(), k.value()));
            for (Expr.ForClause f : k.clauses()) {
                c.addAll(List.of(f.target(), f.iterable()));
                c.addAll(f.conditions());
            }
        } else if (e instanceof Expr.Starred s) c.add(s.value());
        else if (e instanceof Expr.Call call) {
            c.add(call.callee());
            c.addAll(call.args());
            for (Expr.Keyword k : call.keywords()) c.add(k.value());
        } else if (e instanceof Expr.Attribute a) c.add(a.object());
        else if (e instanceof Expr.Index i) {
            c.add(i.object());
            c.addAll(i.items());
        } else if (e instanceof Expr.Slice s) c.addAll(Arrays.asList(s.start(), s.stop(), s.step()));
        else if (e instanceof Expr.NamedExpr n) c.add(n.value());
        else if (e instanceof Expr.Yield y) c.add(y.value());
        c.removeIf(x -> x == null);
        return c;
    }

    /** What a yield inside {@code e} would be inside, for the message. */
    private static String where(Expr e) {
        if (e instanceof Expr.Comprehension c) return switch (c.kind()) {
            case LIST -> "a list comprehension";
            case SET -> "a set comprehension";
            case DICT -> "a dict comprehension";
            case GENERATOR -> "a generator expression";
        };
        if (e instanceof Expr.Lambda) return "a lambda";
        if (e instanceof Expr.Logical l) return "'" + l.op().text() + "'";
        if (e instanceof Expr.Conditional) return "a conditional expression (a if c else b)";
        if (e instanceof Expr.Compare) return "a comparison chain";
        return "an f-string";
    }

    private static void refuseIn(List<Expr> exprs, String place) {
        for (Expr e : exprs) {
            Expr.Yield y = firstYield(e);
            if (y != null) throw refused(y, place);
        }
    }

    /** A statement kept as it is (a def, class, del, import, ...) may hold no yield of this body's. */
    private static void refuseAnywhereIn(Stmt s) {
        if (s instanceof Stmt.Def d) {
            refuseIn(d.decorators(), "a decorator");
            for (Stmt.Param p : d.params()) refuseIn(Arrays.asList(p.defaultValue()), "a default value");
        } else if (s instanceof Stmt.ClassDef c) {
            refuseIn(c.decorators(), "a decorator");
            refuseIn(c.bases(), "a class's bases");
            refuseIn(c.keywords().stream().map(Expr.Keyword::value).toList(), "a class's keywords");
        } else if (s instanceof Stmt.Del d) {
            refuseIn(d.targets(), "a del statement");
        }
    }

    private static LangError refused(Expr.Yield y, String place) {
        if (place.endsWith("comprehension") || place.endsWith("generator expression")) // CPython's SyntaxError
            return LangError.python("SyntaxError", "'yield' inside " + place.substring(place.indexOf(' ') + 1), y.span());
        String instead = place.equals("a lambda") ? "write a def with the yield in its body" : "assign it first: `x = yield value`";
        return LangError.plain("SyntaxError", "`yield` inside " + place + " is not supported; " + instead, y.span());
    }
}
