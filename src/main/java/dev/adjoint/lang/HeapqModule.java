package dev.adjoint.lang;

import java.util.List;

/**
 * Python's heapq on a list, with CPython's algorithm step for step (_siftdown/_siftup), so a heap
 * holds its items in the order CPython's does and printing it shows the same list; items are
 * compared with Python's {@code <}. nlargest/nsmallest give what sorted(...)[:n] gives, as CPython's do;
 * merge merges sorted inputs lazily.
 */
final class HeapqModule {
    private HeapqModule() {}

    static PyModule create() {
        PyModule m = new PyModule("heapq");
        m.add(Builtin.of("heappush", a -> {
            push(heap(a.expect(2, 2).get(0), "heappush"), a.get(1));
            return null;
        }));
        m.add(Builtin.of("heappop", a -> pop(heap(a.expect(1, 1).get(0), "heappop"))));
        m.add(Builtin.of("heapify", a -> {
            PyList heap = heap(a.expect(1, 1).get(0), "heapify");
            for (int i = heap.size() / 2 - 1; i >= 0; i--) siftUp(heap, i);
            return null;
        }));
        m.add(Builtin.of("heapreplace", a -> {
            PyList heap = heap(a.expect(2, 2).get(0), "heapreplace");
            if (heap.isEmpty()) throw PyError.index("index out of range");
            Object top = heap.get(0);
            heap.set(0, a.get(1));
            siftUp(heap, 0);
            return top;
        }));
        m.add(Builtin.of("heappushpop", a -> {
            PyList heap = heap(a.expect(2, 2).get(0), "heappushpop");
            Object item = a.get(1);
            if (!heap.isEmpty() && less(heap.get(0), item)) {
                Object top = heap.get(0);
                heap.set(0, item);
                siftUp(heap, 0);
                return top;
            }
            return item;
        }));
        m.add(Builtin.of("merge", a -> {
            a.expect(0, Integer.MAX_VALUE, "key", "reverse");
            return PyIterator.generator("merge", new Merge(a.positional(), a.keyword("key"), Values.truthy(a.keyword("reverse")), a.interpreter()));
        }));
        m.add(Builtin.of("nsmallest", a -> best(a, false)));
        m.add(Builtin.of("nlargest", a -> best(a, true)));
        return m;
    }

    private static PyList heap(Object v, String function) {
        if (v instanceof PyList l) return l;
        throw PyError.type(function + "() argument 1 must be list, not " + Values.typeName(v));
    }

    private static boolean less(Object a, Object b) {
        return Values.truthy(Operators.compare(TokenType.LESS, a, b));
    }

    /** heappush: the item joins the heap, kept ordered by Python's {@code <} (queue.PriorityQueue's order too). */
    static void push(PyList heap, Object item) {
        heap.add(item);
        siftDown(heap, 0, heap.size() - 1);
    }

    /** heappop: the smallest item, out of the heap. */
    static Object pop(PyList heap) {
        if (heap.isEmpty()) throw PyError.index("index out of range");
        Object last = heap.remove(heap.size() - 1);
        if (heap.isEmpty()) return last;
        Object top = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0);
        return top;
    }

    /** CPython's _siftdown: the item at pos moves up towards start while it is less than its parent. */
    private static void siftDown(PyList heap, int start, int pos) {
        Object item = heap.get(pos);
        while (pos > start) {
            int parent = (pos - 1) >> 1;
            Object p = heap.get(parent);
            if (!less(item, p)) break;
            heap.set(pos, p);
            pos = parent;
        }
        heap.set(pos, item);
    }

    /** CPython's _siftup: the smaller child rises until a leaf is reached, then the item sifts down from there. */
    private static void siftUp(PyList heap, int pos) {
        int end = heap.size(), start = pos;
        Object item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !less(heap.get(child), heap.get(right))) child = right;
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(heap, start, pos);
    }

    /**
     * heapq.merge's generator: the sorted inputs merged lazily, each step the least head (the
     * greatest with reverse), a tie going to the earlier input, as CPython's merge orders them.
     */
    private static final class Merge implements java.util.Iterator<Object> {
        private final List<java.util.Iterator<Object>> inputs = new java.util.ArrayList<>();
        private final List<Object> sources;
        private final Object key;
        private final boolean reverse;
        private final Interpreter interpreter;
        private Object[] heads, keys;

        Merge(List<Object> sources, Object key, boolean reverse, Interpreter interpreter) {
            this.sources = sources;
            this.key = key;
            this.reverse = reverse;
            this.interpreter = interpreter;
        }

        @Override
        public boolean hasNext() {
            if (heads == null) start();
            for (Object h : heads) if (h != END) return true;
            return false;
        }

        @Override
        public Object next() {
            if (!hasNext()) throw new java.util.NoSuchElementException();
            int best = -1;
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] == END) continue;
                if (best < 0 || (reverse ? less(keys[best], keys[i]) : less(keys[i], keys[best]))) best = i;
            }
            Object item = heads[best];
            advance(best);
            return item;
        }

        private void start() {
            heads = new Object[sources.size()];
            keys = new Object[sources.size()];
            for (Object s : sources) inputs.add(Values.iterate(s));
            for (int i = 0; i < heads.length; i++) advance(i);
        }

        private void advance(int i) {
            java.util.Iterator<Object> it = inputs.get(i);
            heads[i] = it.hasNext() ? it.next() : END;
            if (heads[i] != END) keys[i] = key == null ? heads[i] : interpreter.call(key, java.util.Arrays.asList(heads[i]));
        }

        private static final Object END = new Object();
    }

    /** nsmallest(n, iterable, key=None) / nlargest: the first n of the items sorted (stably), as CPython's result. */
    private static Object best(Args a, boolean largest) {
        a.expect(2, 3, "n", "iterable", "key");
        long n = Values.toLong(a.get(0), "n");
        Object key = a.option(2, "key", null);
        List<Object> sorted = ListMethods.sorted(Values.items(a.get(1)), key, largest, a.interpreter());
        return new PyList(sorted.subList(0, (int) Math.max(0, Math.min(n, sorted.size()))));
    }
}
