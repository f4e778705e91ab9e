package dev.adjoint.autograd;

/**
 * An int per node for one graph walk (seen marks, positions in a topological order), keyed by the
 * node's creation number {@link Tensor#seq()}: a paged array, 64 consecutive creation numbers per
 * page, pages found through a small open-addressing table. The nodes of a graph were created
 * close together, so a walk stays on a few pages it already has in cache; an IdentityHashMap
 * instead boxes nothing but asks every node for its identity hash and jumps to a random slot of
 * a table as large as the graph (a million-node backward spent most of its time there).
 */
final class NodeIndex {
    private static final int BITS = 6, PAGE = 1 << BITS, MASK = PAGE - 1;

    private long[] keys = new long[256]; // page number + 1; 0 marks an empty slot
    private int[][] pages = new int[256][];
    private int count, shift = 64 - 8;
    // Pages used lately, looked up without probing: direct-mapped by the page number's low bits, so
    // a walk that alternates between the page it is on and the pages of a few old leaves (the
    // weights, the lecture's inputs) finds both here.
    private static final int RECENT = 8;
    private final long[] recentKeys = new long[RECENT];
    private final int[][] recentPages = new int[RECENT][];

    /** The value for t; 0 if none was put. */
    int get(Tensor t) {
        long s = t.seq();
        int[] p = page((s >>> BITS) + 1, false);
        return p == null ? 0 : p[(int) s & MASK];
    }

    void put(Tensor t, int value) {
        long s = t.seq();
        page((s >>> BITS) + 1, true)[(int) s & MASK] = value;
    }

    private int[] page(long key, boolean create) {
        int r = (int) key & (RECENT - 1);
        if (recentKeys[r] == key) return recentPages[r];
        int mask = keys.length - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                recentKeys[r] = key;
                return recentPages[r] = pages[i];
            }
            if (k == 0) {
                if (!create) return null;
                int[] p = new int[PAGE];
                keys[i] = key;
                pages[i] = p;
                if (++count * 2 > keys.length) grow();
                recentKeys[r] = key;
                return recentPages[r] = p;
            }
        }
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[][] oldPages = pages;
        keys = new long[oldKeys.length * 2];
        pages = new int[oldKeys.length * 2][];
        shift--;
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == 0) continue;
            int i = slot(oldKeys[j]);
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            pages[i] = oldPages[j];
        }
    }
}
