package dev.adjoint.lang;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's finalization without its reference counts: {@code __del__} and the closing of a
 * suspended generator (its {@code finally:} and {@code except GeneratorExit:} run). The JVM's
 * collector, not a count, decides when nothing holds an object any more, so each watched object is
 * held weakly, beside what its finalizer needs (the class and attributes of an instance, the state
 * of a generator), and when a program drops a watched value (a {@code del} of its name, a
 * rebinding, a function's return, gc.collect()) the collector is asked to run and the finalizers
 * of those it freed run at once, in the order they were made: as in CPython for an object held by
 * one name. One still held elsewhere (a list, another object, a cycle) is finalized at the next of
 * those moments after it is freed, or when the program ends, as CPython does at exit. A finalizer
 * freed by the collector sees a stand-in with the same class, attributes and id(), since the
 * object itself is gone.
 */
final class Finalization {
    /** Collections run at once; past this many a program that drops many watched values in a loop is collected at most every so often. */
    private static final int EAGER_COLLECTIONS = 64;
    /** Then: at most one collection per this many nanoseconds, keeping the collector below about a tenth of the time. */
    private static final long SPACING_FACTOR = 10;

    /** {@code finalizer} gets the object when it is still there (at exit), else null: it then works from what it kept. */
    private record Watched(WeakReference<Object> handle, java.util.function.Consumer<Object> finalizer) {}

    private final List<Watched> watched = new ArrayList<>();
    private int collections;
    private long lastEnd, lastCost;
    private boolean finalizing;

    /** Watches an instance of a class with {@code __del__}. */
    void watchInstance(PyInstance obj) {
        PyInstance.Remains remains = obj.remains();
        watched.add(new Watched(new WeakReference<>(obj), alive -> remains.runDel((PyInstance) alive)));
    }

    /** Watches a suspended generator whose body has cleanup to run when it is closed. */
    void watchGenerator(Generator g, Runnable close) {
        watched.add(new Watched(new WeakReference<>(g), alive -> close.run()));
    }

    /** Whether anything is watched (else nothing a program drops needs the collector). */
    boolean any() {
        return !watched.isEmpty();
    }

    /** Whether {@code v} is (or directly holds, as a bound name does) a watched object: dropping it may finalize it. */
    static boolean isWatched(Object v) {
        return v instanceof PyInstance i && i.finalizable() || v instanceof Generator g && g.watched();
    }

    /** A watched value was dropped: collect now (see the class comment for how often) and run the freed ones' finalizers. */
    void dropped() {
        if (watched.isEmpty() || finalizing) return;
        long now = System.nanoTime();
        if (collections >= EAGER_COLLECTIONS && now - lastEnd < SPACING_FACTOR * lastCost) return;
        collect();
    }

    /** gc.collect(): a collection, and the finalizers of what it freed; how many were finalized. */
    int collect() {
        if (watched.isEmpty() || finalizing) return 0;
        long start = System.nanoTime();
        System.gc();
        lastEnd = System.nanoTime();
        lastCost = lastEnd - start;
        collections++;
        List<Watched> freed = new ArrayList<>();
        watched.removeIf(w -> w.handle().get() == null && freed.add(w));
        run(freed);
        return freed.size();
    }

    /**
     * The program's end: every finalizer not yet run, first those of {@code named} (the objects
     * CPython's clearing of the module's names frees, in its order), then the rest in the order they were made.
     */
    void atExit(List<Object> named) {
        List<Watched> all = new ArrayList<>();
        for (Object o : named)
            for (Watched w : watched)
                if (w.handle().get() == o && !all.contains(w)) all.add(w);
        for (Watched w : watched) if (!all.contains(w)) all.add(w);
        watched.clear();
        run(all);
    }

    private void run(List<Watched> finalizers) {
        finalizing = true;
        try {
            for (Watched w : finalizers) w.finalizer().accept(w.handle().get());
        } finally {
            finalizing = false;
        }
    }
}
