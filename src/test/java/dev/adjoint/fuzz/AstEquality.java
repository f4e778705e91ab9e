package dev.adjoint.fuzz;

import dev.adjoint.lang.Span;
import dev.adjoint.lang.Token;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Structural equality of syntax trees, spans aside: records field by field, tokens by kind and
 * text, numbers by their bits (so 0.0 and -0.0 differ). Iterative, so a chain of a million terms
 * compares without deep recursion. Returns where two trees first differ, or null.
 */
final class AstEquality {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            Method[] m = new Method[cs.length];
            for (int i = 0; i < cs.length; i++) m[i] = cs[i].getAccessor();
            return m;
        }
    };

    private AstEquality() {}

    static String difference(Object a, Object b) {
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {a, b, "program"});
        while (!work.isEmpty()) {
            Object[] w = work.pop();
            Object x = w[0], y = w[1];
            String path = (String) w[2];
            if (x == null || y == null) {
                if (x != y) return path + ": " + x + " vs " + y;
                continue;
            }
            if (x.getClass() != y.getClass()) return path + ": " + x.getClass().getSimpleName() + " vs " + y.getClass().getSimpleName();
            if (x instanceof Span) continue;
            if (x instanceof Token t) {
                Token u = (Token) y;
                if (t.type() != u.type() || !t.text().equals(u.text())) return path + ": token " + t.text() + " vs " + u.text();
            } else if (x instanceof Double d) {
                if (Double.doubleToLongBits(d) != Double.doubleToLongBits((Double) y)) return path + ": " + d + " vs " + y;
            } else if (x instanceof List<?> l) {
                List<?> m = (List<?>) y;
                if (l.size() != m.size()) return path + ": " + l.size() + " items vs " + m.size();
                for (int i = l.size() - 1; i >= 0; i--) work.push(new Object[] {l.get(i), m.get(i), extend(path, "[" + i + "]")});
            } else if (x.getClass().isRecord()) {
                Method[] cs = ACCESSORS.get(x.getClass());
                for (int i = cs.length - 1; i >= 0; i--) {
                    try {
                        work.push(new Object[] {cs[i].invoke(x), cs[i].invoke(y),
                                extend(path, "." + x.getClass().getSimpleName() + "." + cs[i].getName())});
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            } else if (!x.equals(y)) {
                return path + ": " + x + " vs " + y;
            }
        }
        return null;
    }

    /** Paths stop growing after a while: a million-deep chain must not build a million long strings. */
    private static String extend(String path, String step) {
        return path.length() > 300 ? path : path + step;
    }
}
