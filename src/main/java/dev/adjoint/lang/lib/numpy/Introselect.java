package dev.adjoint.lang.lib.numpy;

/**
 * NumPy's introselect (numpy/core/src/npysort/selection.cpp, NumPy 1.24), step for step, so that
 * np.partition and np.argpartition leave every item where NumPy leaves it, not only the kth:
 * median-of-3 quickselect with an unguarded partition, a selection sort when kth is within 3 of
 * the low end, median of medians of 5 once the depth limit is spent, and the stack of pivots
 * found for one kth reused for the next (the kths in ascending order). NaN sorts last. Items are
 * moved in the line itself, or (argpartition) in a permutation of its positions.
 */
final class Introselect {
    private static final int MAX_PIVOT_STACK = 50;

    private final double[] v;
    /** The positions being permuted (argpartition), or null when the values themselves move. */
    private final int[] tosort;
    private final boolean inexact;
    private final int[] pivots = new int[MAX_PIVOT_STACK];
    private int npiv;

    private Introselect(double[] v, int[] tosort, boolean inexact) {
        this.v = v;
        this.tosort = tosort;
        this.inexact = inexact;
    }

    /** Partitions the line in place at each kth (ascending, in range). */
    static void partition(double[] line, int[] kths, boolean inexact) {
        Introselect s = new Introselect(line, null, inexact);
        for (int kth : kths) s.select(0, line.length, kth, true);
    }

    /** Replaces the line by the positions argpartition gives for it. */
    static void argpartition(double[] line, int[] kths, boolean inexact) {
        int[] order = new int[line.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Introselect s = new Introselect(line.clone(), order, inexact);
        for (int kth : kths) s.select(0, line.length, kth, true);
        for (int i = 0; i < order.length; i++) line[i] = order[i];
    }

    // an item i of the range starting at base: line[base + i], or line[tosort[base + i]]
    private double at(int base, int i) {
        return tosort == null ? v[base + i] : v[tosort[base + i]];
    }

    private void swap(int base, int i, int j) {
        if (tosort == null) {
            double t = v[base + i];
            v[base + i] = v[base + j];
            v[base + j] = t;
        } else {
            int t = tosort[base + i];
            tosort[base + i] = tosort[base + j];
            tosort[base + j] = t;
        }
    }

    /** NumPy's order: NaN after every number. */
    private boolean less(double a, double b) {
        return inexact ? a < b || (b != b && a == a) : a < b;
    }

    private void storePivot(int pivot, int kth, boolean usePivots) {
        if (!usePivots) return;
        if (pivot == kth && npiv == MAX_PIVOT_STACK) pivots[npiv - 1] = pivot; // the kth itself overwrites the top
        else if (pivot >= kth && npiv < MAX_PIVOT_STACK) pivots[npiv++] = pivot; // only pivots past kth help later kths
    }

    private void select(int base, int num, int kth, boolean usePivots) {
        int low = 0, high = num - 1;
        while (usePivots && npiv > 0) {
            if (pivots[npiv - 1] > kth) { // a pivot past kth bounds the range
                high = pivots[npiv - 1] - 1;
                break;
            } else if (pivots[npiv - 1] == kth) {
                return; // found for an earlier kth
            }
            low = pivots[npiv - 1] + 1;
            npiv--;
        }
        if (kth - low < 3) {
            dumbSelect(base + low, high - low + 1, kth - low);
            storePivot(kth, kth, usePivots);
            return;
        } else if (inexact && kth == num - 1) { // the largest (NaN if any): one pass
            int maxIndex = low;
            double maxValue = at(base, low);
            for (int k = low + 1; k < num; k++) {
                if (!less(at(base, k), maxValue)) {
                    maxIndex = k;
                    maxValue = at(base, k);
                }
            }
            swap(base, kth, maxIndex);
            return;
        }
        int depthLimit = 2 * (31 - Integer.numberOfLeadingZeros(num));
        while (low + 1 < high) {
            int ll = low + 1, hh = high;
            if (depthLimit > 0 || hh - ll < 5) {
                median3Swap(base, low, low + (high - low) / 2, high);
            } else { // not enough progress: the median of medians of 5 as pivot
                int mid = ll + medianOfMedians5(base + ll, hh - ll);
                swap(base, mid, low);
                ll--;
                hh++;
            }
            depthLimit--;
            double pivot = at(base, low);
            while (true) { // the unguarded partition: the median-of-3 swaps keep both scans in range
                do ll++;
                while (less(at(base, ll), pivot));
                do hh--;
                while (less(pivot, at(base, hh)));
                if (hh < ll) break;
                swap(base, ll, hh);
            }
            swap(base, low, hh);
            if (hh != kth) storePivot(hh, kth, usePivots);
            if (hh >= kth) high = hh - 1;
            if (hh <= kth) low = ll;
        }
        if (high == low + 1 && less(at(base, high), at(base, low))) swap(base, high, low);
        storePivot(kth, kth, usePivots);
    }

    /** The median of low, mid and high moved to low, the smallest to low + 1. */
    private void median3Swap(int base, int low, int mid, int high) {
        if (less(at(base, high), at(base, mid))) swap(base, high, mid);
        if (less(at(base, high), at(base, low))) swap(base, high, low);
        if (less(at(base, low), at(base, mid))) swap(base, low, mid);
        swap(base, mid, low + 1);
    }

    /** Which of five items (partly ordered in the process) is their median. */
    private int median5(int base) {
        if (less(at(base, 1), at(base, 0))) swap(base, 1, 0);
        if (less(at(base, 4), at(base, 3))) swap(base, 4, 3);
        if (less(at(base, 3), at(base, 0))) swap(base, 3, 0);
        if (less(at(base, 4), at(base, 1))) swap(base, 4, 1);
        if (less(at(base, 2), at(base, 1))) swap(base, 2, 1);
        if (less(at(base, 3), at(base, 2))) return less(at(base, 3), at(base, 1)) ? 1 : 3;
        return 2;
    }

    /** The medians of each 5 moved to the front, and the index of their median. */
    private int medianOfMedians5(int base, int num) {
        int nmed = num / 5;
        for (int i = 0, subleft = 0; i < nmed; i++, subleft += 5) {
            int m = median5(base + subleft);
            swap(base, subleft + m, i);
        }
        if (nmed > 2) select(base, nmed, nmed / 2, false);
        return nmed / 2;
    }

    /** Selection sort of the first kth + 1 places: quick for a kth near the low end. */
    private void dumbSelect(int base, int num, int kth) {
        for (int i = 0; i <= kth; i++) {
            int minIndex = i;
            double minValue = at(base, i);
            for (int k = i + 1; k < num; k++) {
                if (less(at(base, k), minValue)) {
                    minIndex = k;
                    minValue = at(base, k);
                }
            }
            swap(base, i, minIndex);
        }
    }
}
