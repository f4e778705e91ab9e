package dev.adjoint.lang;


/**
 * Python's queue: Queue (first in, first out), LifoQueue, PriorityQueue (smallest first, by
 * Python's {@code <}, as heapq orders) and SimpleQueue, built as CPython's queue.py builds them: one
 * lock and three conditions over it (not_empty, not_full, all_tasks_done), so that a thread waiting
 * in get(), put() or join() lets the others run ({@link ThreadWaits.Condition}).
 */
final class QueueModule {
    private QueueModule() {}

    /** How a queue orders its items. */
    enum Order { FIFO, LIFO, PRIORITY }

    static final PyClass QUEUE = PyClass.builtin("Queue", "queue", BuiltinTypes.OBJECT, Builtin.of("Queue", a -> make(a, Order.FIFO, true)));
    static final PyClass LIFO = PyClass.builtin("LifoQueue", "queue", QUEUE, Builtin.of("LifoQueue", a -> make(a, Order.LIFO, true)));
    static final PyClass PRIORITY = PyClass.builtin("PriorityQueue", "queue", QUEUE, Builtin.of("PriorityQueue", a -> make(a, Order.PRIORITY, true)));
    static final PyClass SIMPLE = PyClass.builtin("SimpleQueue", "_queue", BuiltinTypes.OBJECT, Builtin.of("SimpleQueue", a -> {
        a.expect(0, 0);
        return new PyQueue(a.interpreter(), Order.FIFO, 0, false);
    }));

    private static PyQueue make(Args a, Order order, boolean tasks) {
        long maxsize = Values.toLong(a.expect(0, 1, "maxsize").option(0, "maxsize", 0L), "maxsize");
        return new PyQueue(a.interpreter(), order, maxsize, tasks);
    }

    static PyModule create() {
        PyModule m = new PyModule("queue");
        m.add("Queue", QUEUE).add("LifoQueue", LIFO).add("PriorityQueue", PRIORITY).add("SimpleQueue", SIMPLE);
        m.add("Empty", Exceptions.library("_queue.Empty")).add("Full", Exceptions.library("queue.Full"));
        return m;
    }

    /** One queue: its items, touched only holding its lock (and the GIL). */
    static final class PyQueue implements TabledHostObject, PyReprable {
        private static final AttributeTable<PyQueue> ATTRIBUTES = new AttributeTable<PyQueue>()
                .method("put", (q, a) -> {
                    a.expect(1, 3, "item", "block", "timeout");
                    q.put(a.get(0), Values.truthy(a.option(1, "block", true)), a.option(2, "timeout", null));
                    return null;
                })
                .method("put_nowait", (q, a) -> {
                    q.put(a.expect(1, 1, "item").get(0), false, null);
                    return null;
                })
                .method("get", (q, a) -> {
                    a.expect(0, 2, "block", "timeout");
                    return q.get(Values.truthy(a.option(0, "block", true)), a.option(1, "timeout", null));
                })
                .method("get_nowait", (q, a) -> q.get(false, null))
                .method("qsize", (q, a) -> (long) q.locked(q::size))
                .method("empty", (q, a) -> q.locked(() -> q.size() == 0))
                .method("full", (q, a) -> q.locked(() -> 0 < q.maxsize && q.maxsize <= q.size()))
                .method("task_done", (q, a) -> {
                    q.taskDone();
                    return null;
                })
                .method("join", (q, a) -> {
                    q.join();
                    return null;
                })
                .value("maxsize", q -> q.maxsize)
                .value("unfinished_tasks", q -> q.unfinished);

        private final Order order;
        private final long maxsize;
        /** Whether it counts tasks (task_done, join): all but SimpleQueue. */
        private final boolean tasks;
        private final java.util.LinkedList<Object> items = new java.util.LinkedList<>(); // (None is an item: no ArrayDeque)
        private final PyList heap = new PyList();
        private final ThreadLocks.Lock mutex;
        private final ThreadWaits.Condition notEmpty, notFull, allTasksDone;
        private long unfinished;

        PyQueue(Interpreter in, Order order, long maxsize, boolean tasks) {
            this.order = order;
            this.maxsize = maxsize;
            this.tasks = tasks;
            mutex = new ThreadLocks.Lock(in);
            notEmpty = new ThreadWaits.Condition(mutex, in);
            notFull = new ThreadWaits.Condition(mutex, in);
            allTasksDone = new ThreadWaits.Condition(mutex, in);
        }

        private int size() {
            return order == Order.PRIORITY ? heap.size() : items.size();
        }

        private <T> T locked(java.util.function.Supplier<T> read) {
            mutex.acquire(true, -1);
            try {
                return read.get();
            } finally {
                mutex.release();
            }
        }

        void put(Object item, boolean block, Object timeout) {
            mutex.acquire(true, -1);
            try {
                if (maxsize > 0) waitWhile(notFull, () -> size() >= maxsize, block, timeout, "queue.Full");
                if (order == Order.PRIORITY) HeapqModule.push(heap, item);
                else items.addLast(item);
                unfinished++;
                notEmpty.notifyWaiters(1);
            } finally {
                mutex.release();
            }
        }

        Object get(boolean block, Object timeout) {
            mutex.acquire(true, -1);
            try {
                waitWhile(notEmpty, () -> size() == 0, block, timeout, "_queue.Empty");
                Object item = order == Order.PRIORITY ? HeapqModule.pop(heap) : order == Order.LIFO ? items.removeLast() : items.removeFirst();
                notFull.notifyWaiters(1);
                return item;
            } finally {
                mutex.release();
            }
        }

        /** queue.py's wait in put and get: while {@code busy}, waits on {@code condition} (for ever, for a time, or not at all), else {@code error}. */
        private static void waitWhile(ThreadWaits.Condition condition, java.util.function.BooleanSupplier busy, boolean block, Object timeout, String error) {
            if (!block) {
                if (busy.getAsBoolean()) throw new PyError(error, "");
                return;
            }
            if (timeout == null) {
                while (busy.getAsBoolean()) condition.await(-1);
                return;
            }
            double seconds = ThreadingModule.seconds(timeout);
            if (seconds < 0) throw PyError.value("'timeout' must be a non-negative number");
            long end = ThreadLocks.deadline(seconds);
            while (busy.getAsBoolean()) {
                double left = ThreadLocks.secondsLeft(end);
                if (left <= 0) throw new PyError(error, "");
                condition.await(left);
            }
        }

        void taskDone() {
            if (!tasks) throw PyError.attribute("'_queue.SimpleQueue' object has no attribute 'task_done'");
            mutex.acquire(true, -1);
            try {
                long left = unfinished - 1;
                if (left <= 0) {
                    if (left < 0) throw PyError.value("task_done() called too many times");
                    allTasksDone.notifyWaiters(Long.MAX_VALUE);
                }
                unfinished = left;
            } finally {
                mutex.release();
            }
        }

        void join() {
            if (!tasks) throw PyError.attribute("'_queue.SimpleQueue' object has no attribute 'join'");
            mutex.acquire(true, -1);
            try {
                while (unfinished > 0) allTasksDone.await(-1);
            } finally {
                mutex.release();
            }
        }

        @Override
        public AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return tasks ? pyClass().name() : "_queue.SimpleQueue";
        }

        @Override
        public PyClass pyClass() {
            return !tasks ? SIMPLE : order == Order.PRIORITY ? PRIORITY : order == Order.LIFO ? LIFO : QUEUE;
        }

        @Override
        public String pyRepr() {
            return "<" + pyClass().module() + "." + pyClass().name() + " object at " + Values.address(this) + ">";
        }
    }
}
