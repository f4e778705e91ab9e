package dev.adjoint.session;

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
        System.gc(); // garbage is free memory too: count it once before refusing
        free = free(r);
        if (need <= free) return;
        throw new Refusal(String.format(Locale.ROOT, "%s of %,d nodes would need about %s of memory and about %s is free; "
                + "ask about a smaller graph, or give adjoint more memory (ADJOINT_JAVA_OPTS=-Xmx%dg)",
                what, nodes, bytes(need), bytes(free), Math.max(2, (r.maxMemory() + need) >> 30 << 1)));
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
