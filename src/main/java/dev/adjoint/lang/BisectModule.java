package dev.adjoint.lang;

import java.util.Arrays;
import java.util.List;

/** Python's bisect: bisect_left/bisect_right (bisect), insort_left/insort_right (insort), with lo, hi and key, as CPython's. */
final class BisectModule {
    private BisectModule() {}

    static PyModule create() {
        PyModule m = new PyModule("bisect");
        for (String name : List.of("bisect_left", "bisect_right"))
            m.add(Builtin.of(name, a -> (long) search(a, name.endsWith("left"), false)));
        for (String name : List.of("insort_left", "insort_right"))
            m.add(Builtin.of(name, a -> {
                int at = search(a, name.endsWith("left"), true);
                if (!(a.get(0) instanceof PyList list)) throw PyError.type("insort() needs a list, not " + Values.typeName(a.get(0)));
                list.add(at, a.get(1));
                return null;
            }));
        // CPython's bisect and insort are the _right functions under a second name (bisect.insort is bisect.insort_right)
        m.add("bisect", m.members().get("bisect_right"));
        m.add("insort", m.members().get("insort_right"));
        return m;
    }

    /** Where x goes in the sorted sequence a[lo:hi]: before equal items (left) or after them; key applies to the items (and to x when inserting). */
    private static int search(Args a, boolean left, boolean inserting) {
        a.expect(2, 5, "a", "x", "lo", "hi", "key");
        List<Object> items = Values.items(a.get(0));
        Object x = a.get(1), key = a.option(4, "key", null);
        long lo = Values.toLong(a.option(2, "lo", 0L), "lo");
        if (lo < 0) throw PyError.value("lo must be non-negative");
        Object hiArg = a.option(3, "hi", null);
        long hi = hiArg == null ? items.size() : Values.toLong(hiArg, "hi");
        Interpreter in = a.interpreter();
        Object target = key != null && inserting ? in.call(key, Arrays.asList(x)) : x;
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            Object item = items.get((int) mid);
            if (key != null) item = in.call(key, Arrays.asList(item));
            boolean goRight = left ? Values.truthy(Operators.compare(TokenType.LESS, item, target))
                    : !Values.truthy(Operators.compare(TokenType.LESS, target, item));
            if (goRight) lo = mid + 1;
            else hi = mid;
        }
        return (int) lo;
    }
}
