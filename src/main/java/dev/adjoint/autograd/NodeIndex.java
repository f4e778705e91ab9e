package dev.adjoint.autograd;

/**
 * An int per node for one graph walk (seen marks, positions in a topological order), keyed by the
 * node's creation number {@link Tensor#seq()}: a paged array, 64 consecutive creation numbers per
 * page. The nodes of a graph were created close together, so their pages form one dense run,
 * found by subtraction in a directory (an array of pages); a page far from that run (a leaf made
 * long before the graph: a weight, the lecture's inputs) goes to a small open-addressing table
 * instead, so that the directory stays about as long as the graph. An IdentityHashMap instead
 * boxes nothing but asks every node for its identity hash and jumps to a random slot of a table
 * as large as the graph (a million-node backward spent most of its time there); a hash table of
 * pages for every page still spent half of a topological sort in its lookups.
 */
final class NodeIndex {
    private static final int BITS = 6, PAGE = 1 << BITS, MASK = PAGE - 1;
    /** Directory slots allowed per page made (a slot is 4 bytes, a page ~270): room for the creation numbers of temporaries between a graph's nodes. */
    private static final int SLOTS_PER_PAGE = 64;

    // The dense run: the pages numbered first .. first + directory.length - 1 (null where no node is).
    private int[][] directory = new int[0][];
    private long first;
    private int pagesMade;

    // Pages outside the run. The run never grows over them: the nearest below and above it bound it.
    private long[] keys = new long[16]; // page number + 1; 0 marks an empty slot
    private int[][] pages = new int[16][];
    private int count, shift = 64 - 4;
    private long lastKey; // the table's page used last (a walk alternates between the run and a few old leaves)
    private int[] lastPage;
    private long nearestBelow = Long.MIN_VALUE, nearestAbove = Long.MAX_VALUE;

    /** The value for t; 0 if none was put. */
    int get(Tensor t) {
        long s = t.seq();
        int[] p = page(s >>> BITS, false);
        return p == null ? 0 : p[(int) s & MASK];
    }

    void put(Tensor t, int value) {
        long s = t.seq();
        page(s >>> BITS, true)[(int) s & MASK] = value;
    }

    private int[] page(long number, boolean create) {
        long d = number - first;
        if (d >= 0 && d < directory.length) {
            int[] p = directory[(int) d];
            return p != null || !create ? p : newPage((int) d);
        }
        return beyondRun(number, create);
    }

    private int[] newPage(int d) {
        pagesMade++;
        return directory[d] = new int[PAGE];
    }

    private int[] beyondRun(long number, boolean create) {
        if (create && widenTo(number)) return newPage((int) (number - first));
        return count == 0 && !create ? null : outside(number, create);
    }

    /** Widens the run to page {@code number} (and as far again beyond, for the next ones) if it stays dense and clear of the table's pages. */
    private boolean widenTo(long number) {
        long lo, hi; // the new run, hi exclusive
        if (directory.length == 0) {
            lo = number;
            hi = number + 1;
        } else {
            long oldHi = first + directory.length, len = Math.max(2L * directory.length, 16);
            lo = number < first ? Math.min(number, oldHi - len) : first;
            hi = number < first ? oldHi : Math.max(number + 1, first + len);
        }
        lo = Math.max(lo, nearestBelow + 1);
        hi = Math.min(hi, nearestAbove);
        if (number < lo || number >= hi || hi - lo > (long) SLOTS_PER_PAGE * (pagesMade + 1) + 1024) return false;
        int[][] wider = new int[(int) (hi - lo)][];
        if (directory.length > 0) System.arraycopy(directory, 0, wider, (int) (first - lo), directory.length);
        directory = wider;
        first = lo;
        return true;
    }

    private int[] outside(long number, boolean create) {
        long key = number + 1;
        if (key == lastKey) return lastPage;
        int mask = keys.length - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                lastKey = key;
                return lastPage = pages[i];
            }
            if (k == 0) {
                if (!create) return null;
                int[] p = new int[PAGE];
                keys[i] = key;
                pages[i] = p;
                pagesMade++;
                if (number < first) nearestBelow = Math.max(nearestBelow, number);
                else nearestAbove = Math.min(nearestAbove, number);
                if (++count * 2 > keys.length) grow();
                lastKey = key;
                return lastPage = p;
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
