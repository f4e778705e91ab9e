package dev.adjoint.session;

import dev.adjoint.ndarray.ComputationInterrupted;
import java.util.Locale;

/**
 * Whether the heap can hold a piece of work on a graph, asked before the work starts: a question
 * about a graph of millions of nodes (a drawing, a replay, JSON of every node) is refused with
 * what it would need and what is free, instead of running the JVM out of memory (where even
 * Ctrl-C cannot be delivered). Work under an eighth of the heap is never questioned; the rare
 * larger one is measured after a collection.
 */
public final class MemoryBudget {
    private MemoryBudget() {}

    /** Refuses {@code what} on {@code nodes} nodes at {@code bytesPerNode} when the heap cannot hold it. */
    public static void check(long nodes, long bytesPerNode, String what) {
        long need = nodes > Long.MAX_VALUE / Math.max(1, bytesPerNode) ? Long.MAX_VALUE : nodes * bytesPerNode;
        Runtime r = Runtime.getRuntime();
        if (need < r.maxMemory() / 8) return;
        long free = free(r);
        if (need <= free) return;
        if (need < r.maxMemory()) {
            // garbage is free memory too: count it once before refusing. The collection takes
            // seconds on a heap of gigabytes and Ctrl-C cannot stop it, so it is skipped when no
            // collection could make room, and a Ctrl-C that came meanwhile wins over its answer.
            ComputationInterrupted.poll();
            System.gc();
            ComputationInterrupted.poll();
            free = free(r);
            if (need <= free) return;
        }
        throw new Refusal(String.format(Locale.ROOT, "%s of %,d nodes would need about %s of memory and about %s is free; "
                + "ask about a smaller graph, or give adjoint more memory (ADJOINT_JAVA_OPTS=-Xmx%dg)",
                what, nodes, bytes(need), bytes(free), heapToAsk(need, r.maxMemory(), free)));
    }

    /** The heap, in whole gigabytes (binary, as -Xmx reads them), that would hold what is in use now and {@code need} more. */
    static long heapToAsk(long need, long max, long free) {
        long inUse = Math.max(0, max - free);
        long gib = 1L << 30;
        long total = need > Long.MAX_VALUE - inUse - gib ? Long.MAX_VALUE - gib : need + inUse;
        return Math.max(2, (total + gib - 1) / gib + 1); // one more for the work's own garbage
    }

    private static long free(Runtime r) {
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** Decimal units, as Limits writes them. */
    static String bytes(long b) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
        double v = b;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return (u == 0 ? String.format(Locale.ROOT, "%d", b) : String.format(Locale.ROOT, "%.1f", v)) + " " + units[u];
    }
}
