package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The SyntaxErrors CPython's compiler gives for patterns that parse but could never work as
 * written, with its messages: an irrefutable pattern (a capture or {@code _}, alone or as an
 * alternative) before other cases or alternatives, a name bound twice, alternatives binding
 * different names, two starred names, a repeated literal key or keyword attribute.
 */
final class PatternCheck {
    /** The names the case's pattern binds so far, in order. */
    private List<String> bound = new ArrayList<>();

    private PatternCheck() {}

    static void check(Stmt.Match m) {
        List<Stmt.Case> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            Stmt.Case c = cases.get(i);
            // only the last case, or one with a guard, may match anything
            new PatternCheck().pattern(c.pattern(), c.guard() != null || i == cases.size() - 1);
        }
    }

    private void pattern(Pattern p, boolean mayMatchAnything) {
        if (p instanceof Pattern.Capture c) {
            if (!mayMatchAnything) throw new LangError("name capture '" + c.name() + "' makes remaining patterns unreachable", c.span());
            store(c.name(), c.span());
        } else if (p instanceof Pattern.Wildcard w) {
            if (!mayMatchAnything) throw new LangError("wildcard makes remaining patterns unreachable", w.span());
        } else if (p instanceof Pattern.As a) {
            pattern(a.pattern(), mayMatchAnything);
            store(a.name(), a.span());
        } else if (p instanceof Pattern.Sequence s) {
            if (s.items().stream().filter(i -> i instanceof Pattern.Star).count() > 1)
                throw new LangError("multiple starred names in sequence pattern", s.span());
            for (Pattern item : s.items()) {
                if (item instanceof Pattern.Star star) {
                    if (star.name() != null) store(star.name(), star.span());
                } else {
                    pattern(item, true);
                }
            }
        } else if (p instanceof Pattern.Mapping m) {
            List<Object> literals = new ArrayList<>();
            for (Expr key : m.keys()) {
                if (key instanceof Expr.Attribute) continue; // a value's key is compared when the case runs
                Object k = key instanceof Expr.Number n ? n.value() : key instanceof Expr.Str s ? s.value() : ((Expr.Literal) key).value();
                for (Object seen : literals)
                    if (Operators.equal(seen, k)) throw new LangError("mapping pattern checks duplicate key (" + Repr.repr(k) + ")", m.span());
                literals.add(k);
            }
            for (Pattern v : m.values()) pattern(v, true);
            if (m.rest() != null) store(m.rest(), m.span());
        } else if (p instanceof Pattern.ClassPattern c) {
            HashSet<String> attributes = new HashSet<>();
            for (int i = 0; i < c.keywords().size(); i++)
                if (!attributes.add(c.keywords().get(i)))
                    throw new LangError("attribute name repeated in class pattern: " + c.keywords().get(i), c.keywordPatterns().get(i).span());
            for (Pattern q : c.positional()) pattern(q, true);
            for (Pattern q : c.keywordPatterns()) pattern(q, true);
        } else if (p instanceof Pattern.Or o) {
            alternatives(o, mayMatchAnything);
        }
    }

    /** Each alternative binds the same names as the first; only the last may match anything. */
    private void alternatives(Pattern.Or o, boolean mayMatchAnything) {
        List<String> outer = bound;
        List<String> first = null;
        List<Pattern> alternatives = o.alternatives();
        for (int i = 0; i < alternatives.size(); i++) {
            bound = new ArrayList<>();
            pattern(alternatives.get(i), mayMatchAnything && i == alternatives.size() - 1);
            if (first == null) first = bound;
            else if (!new HashSet<>(first).equals(new HashSet<>(bound)))
                throw new LangError("alternative patterns bind different names", alternatives.get(i).span());
        }
        bound = outer;
        for (String name : first) store(name, o.span());
    }

    private void store(String name, Span at) {
        if (bound.contains(name)) throw new LangError("multiple assignments to name '" + name + "' in pattern", at);
        bound.add(name);
    }
}
