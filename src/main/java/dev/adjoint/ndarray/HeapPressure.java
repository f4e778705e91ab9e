package dev.adjoint.ndarray;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import javax.management.NotificationEmitter;

/**
 * Whether the heap is nearly full of live data: the old generation still over {@link #FULL} of
 * its maximum after a collection. A loop that grows a graph without end (`while True: n = n + 1`
 * on a tracked number) otherwise drives the JVM into collecting without pause, for minutes,
 * before any OutOfMemoryError; here the JVM tells us after such a collection, and the next poll
 * of the interrupt flag (the interpreter's, every loop pass and call; the engine's, every block of
 * work) fails the input instead, so that it is undone and its graph freed.
 */
public final class HeapPressure {
    /** The share of the old generation's maximum that live data may fill. */
    static final double FULL = 0.9;
    private static volatile boolean raised;
    private static volatile String poolName;

    private HeapPressure() {}

    /** The failure of an input stopped so: a message for the user, and an OutOfMemoryError for everyone else. */
    public static final class Exceeded extends OutOfMemoryError {
        Exceeded(String message) {
            super(message);
        }
    }

    /**
     * Asks for watching, which starts at the first poll of {@link #check} after a garbage collection
     * that left a quarter of the heap in use ({@link #START}): setting up JMX costs ~10% of a short
     * script's CPU (platform beans, lambdas and method handles made at first use), a heap never
     * fills without collections first, and a training loop meets many collections of garbage
     * (the launcher's young generation is 128 MB) with its heap nowhere near full.
     */
    public static void watch() {
        if (poolName == null) untilNextCollection = new WeakReference<>(new Object());
    }

    /**
     * The share of the heap's maximum in use after a collection at which watching starts: an old
     * generation {@link #FULL} of its maximum is more than that in any heap whose young generation
     * is at most 70% of it (the launcher's is 128 MB of a heap of a quarter of the memory).
     */
    static final double START = 0.25;

    /** Cleared by the next collection; null when watching was not asked for or has started. */
    private static volatile WeakReference<Object> untilNextCollection;

    /** After a collection: watching starts if the heap is a quarter full, else waits for the next one. */
    private static void collected() {
        Runtime r = Runtime.getRuntime();
        if (r.totalMemory() - r.freeMemory() >= START * r.maxMemory()) start();
        else untilNextCollection = new WeakReference<>(new Object());
    }

    /** Starts watching (once per JVM; a JVM without a suitable memory pool is not watched). */
    static synchronized void start() {
        untilNextCollection = null;
        if (poolName != null) return;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            // the old generation only: a survivor space is routinely full after a collection
            if (pool.getType() != MemoryType.HEAP || !pool.isCollectionUsageThresholdSupported()
                    || !(name.contains("Old") || name.contains("Tenured"))) continue;
            long max = pool.getUsage().getMax();
            if (max <= 0) continue;
            pool.setCollectionUsageThreshold((long) (max * FULL));
            poolName = name;
        }
        if (poolName == null) return;
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((n, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) raised = true;
        }, null, null);
    }

    /** Throws {@link Exceeded} (once per warning of the JVM) if the heap was found nearly full of live data. */
    public static void check() {
        if (!raised) {
            WeakReference<Object> w = untilNextCollection;
            if (w != null && w.refersTo(null)) collected();
            return;
        }
        raised = false;
        Runtime r = Runtime.getRuntime();
        throw new Exceeded(String.format(Locale.ROOT, "out of memory: the heap's old generation was over %d%% full (of %,d MB) after a garbage collection, "
                + "so this input was stopped and undone; a loop that grows a graph without end does this: compute under `with no_grad():`, "
                + "keep numbers with .item() or tensors with .detach(), or give adjoint more memory (ADJOINT_JAVA_OPTS=-Xmx8g)",
                Math.round(FULL * 100), r.maxMemory() >> 20));
    }
}
