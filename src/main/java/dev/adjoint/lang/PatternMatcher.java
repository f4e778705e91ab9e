package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@code match} statement as CPython does (PEP 634): the subject is evaluated once, each
 * case's pattern is tried in turn, and the names a pattern binds are bound only once the whole
 * pattern has matched (then the guard is evaluated; a guard that fails leaves them bound, as in
 * CPython). Recursion follows the pattern's syntax tree, whose depth the parser bounds.
 */
final class PatternMatcher {
    /**
     * The built-in classes whose single positional sub-pattern matches the subject itself
     * ({@code case int(n):}), unless a subclass defines {@code __match_args__}: CPython's
     * _Py_TPFLAGS_MATCH_SELF types.
     */
    private static final Set<PyClass> MATCH_SELF = Set.of(BuiltinTypes.BOOL, PyBytes.BYTEARRAY, PyBytes.BYTES, BuiltinTypes.DICT,
            BuiltinTypes.FLOAT, BuiltinTypes.FROZENSET, BuiltinTypes.INT, BuiltinTypes.LIST, BuiltinTypes.SET, BuiltinTypes.STR, BuiltinTypes.TUPLE);

    private final Interpreter in;
    /** Names bound by the pattern so far and their values (an alternative that fails takes its own back). */
    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private PatternMatcher(Interpreter in) {
        this.in = in;
    }

    /** The body of the first case whose pattern matches and whose guard holds, its names bound; null when none does. */
    static List<Stmt> chosenCase(Interpreter in, Stmt.Match m) {
        Object subject = in.evaluate(m.subject());
        for (Stmt.Case c : m.cases()) {
            PatternMatcher matcher = new PatternMatcher(in);
            if (!matcher.matches(c.pattern(), subject)) continue;
            for (int i = 0; i < matcher.names.size(); i++) in.bind(matcher.names.get(i), matcher.values.get(i), false);
            if (c.guard() == null || in.condition(c.guard())) return c.body();
        }
        return null;
    }

    private boolean matches(Pattern p, Object subject) {
        if (p instanceof Pattern.Capture c) return bound(c.name(), subject);
        if (p instanceof Pattern.Wildcard) return true;
        if (p instanceof Pattern.Value v) return value(v, subject);
        if (p instanceof Pattern.As a) return matches(a.pattern(), subject) && bound(a.name(), subject);
        if (p instanceof Pattern.Or o) {
            for (Pattern alternative : o.alternatives()) {
                int mark = names.size();
                if (matches(alternative, subject)) return true;
                names.subList(mark, names.size()).clear();
                values.subList(mark, values.size()).clear();
            }
            return false;
        }
        if (p instanceof Pattern.Sequence s) return sequence(s, subject);
        if (p instanceof Pattern.Mapping m) return mapping(m, subject);
        return classPattern((Pattern.ClassPattern) p, subject);
    }

    private boolean bound(String name, Object value) {
        names.add(name);
        values.add(value);
        return true;
    }

    /** None, True and False by identity; any other literal or dotted value by ==. */
    private boolean value(Pattern.Value v, Object subject) {
        Object expected = in.evaluate(v.value());
        boolean identity = v.value() instanceof Expr.Literal l && (l.value() == null || l.value() instanceof Boolean);
        try {
            return Values.truthy(Operators.compare(identity ? TokenType.IS : TokenType.EQUAL_EQUAL, subject, expected));
        } catch (RuntimeException e) {
            throw Interpreter.wrap(e, v.span());
        }
    }

    /** A sequence for a pattern: a list, tuple, range or deque, never a str, bytes or bytearray; null otherwise. */
    @SuppressWarnings("unchecked")
    private static List<Object> sequenceItems(Object subject) {
        if (subject instanceof List<?> l) return (List<Object>) l;
        if (subject instanceof RangeValue || subject instanceof PyDeque) return Values.items(subject);
        return null;
    }

    private boolean sequence(Pattern.Sequence s, Object subject) {
        List<Object> items = sequenceItems(subject);
        if (items == null) return false;
        List<Pattern> patterns = s.items();
        int star = -1;
        for (int i = 0; i < patterns.size(); i++) if (patterns.get(i) instanceof Pattern.Star) star = i;
        int n = items.size(), fixed = star < 0 ? patterns.size() : patterns.size() - 1;
        if (star < 0 ? n != fixed : n < fixed) return false;
        items = new ArrayList<>(items); // what a pattern's own evaluation does to the subject does not move the items matched
        for (int i = 0; i < patterns.size(); i++) {
            if (i == star) {
                Pattern.Star rest = (Pattern.Star) patterns.get(i);
                if (rest.name() != null) bound(rest.name(), new PyList(items.subList(star, n - (fixed - star))));
                continue;
            }
            Object item = star >= 0 && i > star ? items.get(n - (patterns.size() - i)) : items.get(i);
            if (!matches(patterns.get(i), item)) return false;
        }
        return true;
    }

    private boolean mapping(Pattern.Mapping m, Object subject) {
        if (!(subject instanceof PyDict d)) return false;
        if (d.size() < m.keys().size()) return false;
        PyDict seen = new PyDict(); // the keys looked up; a value pattern's key may repeat another
        List<Object> found = new ArrayList<>();
        try {
            for (Expr k : m.keys()) {
                Object key = in.evaluate(k);
                if (seen.containsKey(key)) throw PyError.value("mapping pattern checks duplicate key (" + Repr.repr(key) + ")");
                seen.put(key, null);
                if (!d.containsKey(key)) return false;
                found.add(d.get(key));
            }
        } catch (RuntimeException e) {
            throw Interpreter.wrap(e, m.span());
        }
        for (int i = 0; i < found.size(); i++) if (!matches(m.values().get(i), found.get(i))) return false;
        if (m.rest() != null) {
            PyDict rest = new PyDict();
            for (PyDict.Entry e : d.entries()) if (!seen.containsKey(e.key())) rest.put(e.key(), e.value());
            bound(m.rest(), rest);
        }
        return true;
    }

    private boolean classPattern(Pattern.ClassPattern c, Object subject) {
        Object cls = in.evaluate(c.cls());
        List<Object> attributes;
        try {
            if (!(cls instanceof PyClass type)) throw PyError.type("called match pattern must be a type");
            if (!BuiltinTypes.isInstance(subject, type)) return false;
            attributes = attributes(type, c, subject);
        } catch (RuntimeException e) {
            throw Interpreter.wrap(e, c.span());
        }
        if (attributes == null) return false;
        List<Pattern> patterns = new ArrayList<>(c.positional());
        patterns.addAll(c.keywordPatterns());
        for (int i = 0; i < patterns.size(); i++) if (!matches(patterns.get(i), attributes.get(i))) return false;
        return true;
    }

    /** The values the sub-patterns are matched against, in order, fetched before any is matched; null when an attribute is missing. */
    private List<Object> attributes(PyClass type, Pattern.ClassPattern c, Object subject) {
        List<Object> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int given = c.positional().size();
        if (given > 0) {
            Object matchArgs = Attributes.getOrAbsent(in, type, "__match_args__");
            boolean self = false;
            if (matchArgs == Environment.UNBOUND) {
                matchArgs = List.of();
                self = MATCH_SELF.stream().anyMatch(type::isSubclassOf);
            } else if (!(matchArgs instanceof List<?>) || matchArgs instanceof PyList) {
                throw PyError.type(type.name() + ".__match_args__ must be a tuple (got " + Values.typeName(matchArgs) + ")");
            }
            List<?> args = (List<?>) matchArgs;
            int allowed = self ? 1 : args.size();
            if (allowed < given)
                throw PyError.type(type.name() + "() accepts " + allowed + " positional sub-pattern" + (allowed == 1 ? "" : "s") + " (" + given + " given)");
            if (self) {
                out.add(subject);
            } else {
                for (int i = 0; i < given; i++) {
                    if (!(args.get(i) instanceof String name))
                        throw PyError.type("__match_args__ elements must be strings (got " + Values.typeName(args.get(i)) + ")");
                    if (!attribute(type, subject, name, seen, out)) return null;
                }
            }
        }
        for (String name : c.keywords()) if (!attribute(type, subject, name, seen, out)) return null;
        return out;
    }

    private boolean attribute(PyClass type, Object subject, String name, List<String> seen, List<Object> out) {
        if (seen.contains(name)) throw PyError.type(type.name() + "() got multiple sub-patterns for attribute " + Repr.repr(name));
        seen.add(name);
        Object v = Attributes.getOrAbsent(in, subject, name);
        if (v == Environment.UNBOUND) return false;
        out.add(v);
        return true;
    }
}
