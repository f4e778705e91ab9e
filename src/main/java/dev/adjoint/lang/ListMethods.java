package dev.adjoint.lang;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** The methods of list (append, extend, pop, sort, ...) and of tuple (count, index). */
final class ListMethods {
    private ListMethods() {}

    static void register(PyClass list, PyClass tuple) {
        list.method("append", a -> {
            self(a.expect(1, 1)).add(a.get(0));
            return null;
        });
        list.method("extend", a -> {
            PyList self = self(a.expect(1, 1));
            self.addAll(Values.items(a.get(0)));
            return null;
        });
        list.method("insert", a -> {
            PyList self = self(a.expect(2, 2));
            long i = Values.toLong(a.get(0), "index");
            int n = self.size();
            if (i < 0) i = Math.max(0, i + n);
            self.add((int) Math.min(i, n), a.get(1));
            return null;
        });
        list.method("pop", a -> {
            PyList self = self(a.expect(0, 1));
            if (self.isEmpty()) throw PyError.index("pop from empty list");
            long i = a.size() == 1 ? Values.toLong(a.get(0), "index") : -1;
            if (i < 0) i += self.size();
            if (i < 0 || i >= self.size()) throw PyError.index("pop index out of range");
            return self.remove((int) i);
        });
        list.method("remove", a -> {
            PyList self = self(a.expect(1, 1));
            int i = indexOf(self, a.get(0), 0, self.size());
            if (i < 0) throw PyError.value("list.remove(x): x not in list");
            self.remove(i);
            return null;
        });
        list.method("clear", a -> {
            self(a.expect(0, 0)).clear();
            return null;
        });
        list.method("copy", a -> new PyList(self(a.expect(0, 0))));
        list.method("reverse", a -> {
            PyList self = self(a.expect(0, 0));
            List<Object> items = new ArrayList<>(self);
            Collections.reverse(items);
            self.setAll(items);
            return null;
        });
        list.method("sort", a -> {
            PyList self = self(a.expect(0, 0, "key", "reverse"));
            self.setAll(sorted(self, a.keyword("key"), Values.truthy(a.keyword("reverse")), a.interpreter()));
            return null;
        });
        for (PyClass c : List.of(list, tuple)) {
            c.method("count", a -> {
                List<?> self = (List<?>) a.expect(1, 1).self();
                long n = 0;
                for (Object o : self) if (Operators.equal(o, a.get(0))) n++;
                return n;
            });
            c.method("index", a -> {
                List<?> self = (List<?>) a.expect(1, 3).self();
                int n = self.size();
                int start = a.size() > 1 ? clamp(Values.toLong(a.get(1), "start"), n) : 0;
                int end = a.size() > 2 ? clamp(Values.toLong(a.get(2), "end"), n) : n;
                int i = indexOf(self, a.get(0), start, end);
                if (i < 0) throw PyError.value(c == list ? Repr.repr(a.get(0)) + " is not in list" : "tuple.index(x): x not in tuple");
                return (long) i;
            });
        }
    }

    private static PyList self(Args a) {
        return (PyList) a.self();
    }

    private static int clamp(long v, int n) {
        if (v < 0) v += n;
        return (int) Math.max(0, Math.min(n, v));
    }

    private static int indexOf(List<?> items, Object x, int start, int end) {
        for (int i = start; i < end && i < items.size(); i++) if (Operators.equal(items.get(i), x)) return i;
        return -1;
    }

    /**
     * Python's sort: stable, ordered by {@code <} alone (of the keys, when key is given), descending
     * when reverse (still stable). A merge sort, so that an inconsistent order never throws.
     */
    static List<Object> sorted(List<?> items, Object key, boolean reverse, Interpreter in) {
        int n = items.size();
        Object[] values = items.toArray();
        Object[] keys = new Object[n];
        for (int i = 0; i < n; i++) keys[i] = key == null ? values[i] : in.call(key, Arrays.asList(values[i]));
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = reverse ? n - 1 - i : i; // reverse stability: sort the reversed list, reverse again
        Integer[] work = new Integer[n];
        mergeSort(order, work, 0, n, keys);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(values[order[i]]);
        if (reverse) Collections.reverse(out);
        return out;
    }

    private static void mergeSort(Integer[] a, Integer[] work, int lo, int hi, Object[] keys) {
        for (int width = 1; width < hi - lo; width *= 2) {
            for (int left = lo; left < hi - width; left += 2 * width) {
                int mid = left + width, right = Math.min(left + 2 * width, hi);
                int i = left, j = mid, k = left;
                while (i < mid && j < right) work[k++] = Operators.less(keys[a[j]], keys[a[i]]) ? a[j++] : a[i++];
                while (i < mid) work[k++] = a[i++];
                while (j < right) work[k++] = a[j++];
                System.arraycopy(work, left, a, left, right - left);
            }
        }
    }

    /** Items of any iterable, walked lazily (for builtins that stop early, such as any()). */
    static Iterator<Object> walk(Object iterable) {
        return Values.iterate(iterable);
    }
}
