package dev.adjoint.ndarray;

/**
 * libstdc++'s {@code std::sort} and {@code std::nth_element}, step for step, on an array of
 * positions under a comparator. PyTorch's CPU kernels call them with comparators that leave ties
 * (mode compares values only), and which of the tied positions ends where is what PyTorch returns
 * as an index: a stable sort would give other indices. Introsort: median-of-three quicksort down to
 * blocks of 16, heapsort when the depth runs out, insertion sort to finish.
 */
public final class StdSort {
    /** A strict "comes before" on two positions. */
    @FunctionalInterface
    public interface Less {
        boolean test(int a, int b);
    }

    private static final int THRESHOLD = 16; // libstdc++'s _S_threshold

    private StdSort() {}

    /** std::sort(a, a + n, less). */
    public static void sort(int[] a, Less less) {
        int n = a.length;
        if (n == 0) return;
        introsortLoop(a, 0, n, 2 * lg(n), less);
        if (n > THRESHOLD) {
            insertionSort(a, 0, THRESHOLD, less);
            for (int i = THRESHOLD; i < n; i++) unguardedLinearInsert(a, i, less);
        } else insertionSort(a, 0, n, less);
    }

    /** std::nth_element(a, a + nth, a + n, less). */
    public static void nthElement(int[] a, int nth, Less less) {
        int first = 0, last = a.length;
        if (first == last || nth == last) return;
        int depth = 2 * lg(last - first);
        while (last - first > 3) {
            if (depth == 0) {
                heapSelect(a, first, nth + 1, last, less);
                swap(a, first, nth); // the nth largest to its place
                return;
            }
            depth--;
            int cut = unguardedPartitionPivot(a, first, last, less);
            if (cut <= nth) first = cut;
            else last = cut;
        }
        insertionSort(a, first, last, less);
    }

    private static int lg(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    /** A loop on the right part and a call on the left, as libstdc++ (the depth is bounded by 2 lg n). */
    private static void introsortLoop(int[] a, int first, int last, int depth, Less less) {
        while (last - first > THRESHOLD) {
            if (depth == 0) {
                heapSelect(a, first, last, last, less);
                sortHeap(a, first, last, less);
                return;
            }
            depth--;
            int cut = unguardedPartitionPivot(a, first, last, less);
            introsortLoop(a, cut, last, depth, less);
            last = cut;
        }
    }

    private static int unguardedPartitionPivot(int[] a, int first, int last, Less less) {
        int mid = first + (last - first) / 2;
        moveMedianToFirst(a, first, first + 1, mid, last - 1, less);
        return unguardedPartition(a, first + 1, last, first, less);
    }

    private static void moveMedianToFirst(int[] a, int result, int x, int y, int z, Less less) {
        int m;
        if (less.test(a[x], a[y])) {
            if (less.test(a[y], a[z])) m = y;
            else if (less.test(a[x], a[z])) m = z;
            else m = x;
        } else if (less.test(a[x], a[z])) m = x;
        else if (less.test(a[y], a[z])) m = z;
        else m = y;
        swap(a, result, m);
    }

    private static int unguardedPartition(int[] a, int first, int last, int pivot, Less less) {
        while (true) {
            while (less.test(a[first], a[pivot])) first++;
            last--;
            while (less.test(a[pivot], a[last])) last--;
            if (!(first < last)) return first;
            swap(a, first, last);
            first++;
        }
    }

    private static void insertionSort(int[] a, int first, int last, Less less) {
        if (first == last) return;
        for (int i = first + 1; i < last; i++) {
            if (less.test(a[i], a[first])) {
                int v = a[i];
                System.arraycopy(a, first, a, first + 1, i - first);
                a[first] = v;
            } else unguardedLinearInsert(a, i, less);
        }
    }

    private static void unguardedLinearInsert(int[] a, int last, Less less) {
        int v = a[last], next = last - 1;
        while (less.test(v, a[next])) {
            a[last] = a[next];
            last = next;
            next--;
        }
        a[last] = v;
    }

    private static void heapSelect(int[] a, int first, int middle, int last, Less less) {
        makeHeap(a, first, middle, less);
        for (int i = middle; i < last; i++)
            if (less.test(a[i], a[first])) popHeap(a, first, middle, i, less);
    }

    private static void makeHeap(int[] a, int first, int last, Less less) {
        int len = last - first;
        if (len < 2) return;
        for (int parent = (len - 2) / 2; ; parent--) {
            adjustHeap(a, first, parent, len, a[first + parent], less);
            if (parent == 0) return;
        }
    }

    private static void sortHeap(int[] a, int first, int last, Less less) {
        while (last - first > 1) {
            last--;
            popHeap(a, first, last, last, less);
        }
    }

    private static void popHeap(int[] a, int first, int last, int result, Less less) {
        int v = a[result];
        a[result] = a[first];
        adjustHeap(a, first, 0, last - first, v, less);
    }

    private static void adjustHeap(int[] a, int first, int hole, int len, int value, Less less) {
        int top = hole, child = hole;
        while (child < (len - 1) / 2) {
            child = 2 * (child + 1);
            if (less.test(a[first + child], a[first + child - 1])) child--;
            a[first + hole] = a[first + child];
            hole = child;
        }
        if ((len & 1) == 0 && child == (len - 2) / 2) {
            child = 2 * (child + 1);
            a[first + hole] = a[first + child - 1];
            hole = child - 1;
        }
        int parent = (hole - 1) / 2; // push_heap
        while (hole > top && less.test(a[first + parent], value)) {
            a[first + hole] = a[first + parent];
            hole = parent;
            parent = (hole - 1) / 2;
        }
        a[first + hole] = value;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
