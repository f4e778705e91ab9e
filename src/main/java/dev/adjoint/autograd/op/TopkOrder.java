package dev.adjoint.autograd.op;

/**
 * The order in which PyTorch 1.13's CPU {@code topk} leaves a row's entries, ties included. ATen
 * pairs each value with its index and, with NaN above everything, selects the k first by value with
 * the C++ library: {@code std::partial_sort} of the first k when {@code k * 64 <= n}, else
 * {@code std::nth_element} at k - 1 followed (when {@code sorted}) by {@code std::sort} of the k - 1
 * before it. Neither is stable, so which of several equal values come out, and in which order,
 * is whatever libstdc++'s introselect, introsort and heap operations leave; they are done here
 * step for step as libstdc++ does them (GCC 12, against which Debian's torch is built), so that the
 * indices printed, and anything gathered with them, are PyTorch's. Checked against recorded PyTorch
 * output on rows full of ties ({@code TorchTopkTiesTest}).
 */
final class TopkOrder {
    /** Below this many entries libstdc++'s introsort leaves a range to insertion sort. */
    private static final int SORT_THRESHOLD = 16;

    private final double[] value;
    private final int[] index;
    private final boolean largest;

    private TopkOrder(double[] value, boolean largest) {
        this.value = value;
        this.index = new int[value.length];
        for (int i = 0; i < index.length; i++) index[i] = i;
        this.largest = largest;
    }

    /** The positions in {@code row} of the {@code k} entries topk returns, in its order. */
    static int[] select(double[] row, int k, boolean largest, boolean sorted) {
        int n = row.length;
        TopkOrder q = new TopkOrder(row.clone(), largest);
        if (k == 0) return new int[0];
        if ((long) k * 64 <= n) {
            q.partialSort(0, k, n);
        } else {
            q.nthElement(0, k - 1, n);
            if (sorted) q.sort(0, k - 1);
        }
        return java.util.Arrays.copyOf(q.index, k);
    }

    /** ATen's comparator: x goes before y (NaN first when largest, last when smallest). */
    private boolean before(double x, double y) {
        return largest ? (Double.isNaN(x) && !Double.isNaN(y)) || x > y : (!Double.isNaN(x) && Double.isNaN(y)) || x < y;
    }

    private boolean before(int i, int j) {
        return before(value[i], value[j]);
    }

    private void swap(int i, int j) {
        double v = value[i];
        value[i] = value[j];
        value[j] = v;
        int p = index[i];
        index[i] = index[j];
        index[j] = p;
    }

    private void move(int from, int to) {
        value[to] = value[from];
        index[to] = index[from];
    }

    private static int log2(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    // ---- std::sort: introsort, then insertion sort ----

    private void sort(int first, int last) {
        if (first == last) return;
        introsortLoop(first, last, 2 * log2(last - first));
        finalInsertionSort(first, last);
    }

    /** libstdc++ recurses into the right part and loops on the left; its depth is at most 2·log2(n). */
    private void introsortLoop(int first, int last, int depthLimit) {
        while (last - first > SORT_THRESHOLD) {
            if (depthLimit == 0) {
                partialSort(first, last, last);
                return;
            }
            depthLimit--;
            int cut = unguardedPartitionPivot(first, last);
            introsortLoop(cut, last, depthLimit);
            last = cut;
        }
    }

    private int unguardedPartitionPivot(int first, int last) {
        int mid = first + (last - first) / 2;
        moveMedianToFirst(first, first + 1, mid, last - 1);
        return unguardedPartition(first + 1, last, first);
    }

    private void moveMedianToFirst(int result, int a, int b, int c) {
        if (before(a, b)) {
            if (before(b, c)) swap(result, b);
            else if (before(a, c)) swap(result, c);
            else swap(result, a);
        } else if (before(a, c)) {
            swap(result, a);
        } else if (before(b, c)) {
            swap(result, c);
        } else {
            swap(result, b);
        }
    }

    private int unguardedPartition(int first, int last, int pivot) {
        while (true) {
            while (before(first, pivot)) first++;
            last--;
            while (before(pivot, last)) last--;
            if (first >= last) return first;
            swap(first, last);
            first++;
        }
    }

    private void finalInsertionSort(int first, int last) {
        if (last - first > SORT_THRESHOLD) {
            insertionSort(first, first + SORT_THRESHOLD);
            for (int i = first + SORT_THRESHOLD; i < last; i++) unguardedLinearInsert(i);
        } else {
            insertionSort(first, last);
        }
    }

    private void insertionSort(int first, int last) {
        if (first == last) return;
        for (int i = first + 1; i < last; i++) {
            if (before(i, first)) {
                double v = value[i];
                int p = index[i];
                for (int j = i; j > first; j--) move(j - 1, j);
                value[first] = v;
                index[first] = p;
            } else {
                unguardedLinearInsert(i);
            }
        }
    }

    private void unguardedLinearInsert(int last) {
        double v = value[last];
        int p = index[last];
        int next = last - 1;
        while (before(v, value[next])) {
            move(next, last);
            last = next;
            next--;
        }
        value[last] = v;
        index[last] = p;
    }

    // ---- std::partial_sort: a heap of the first part, then sorted out of it ----

    private void partialSort(int first, int middle, int last) {
        heapSelect(first, middle, last);
        sortHeap(first, middle);
    }

    private void heapSelect(int first, int middle, int last) {
        makeHeap(first, middle);
        for (int i = middle; i < last; i++)
            if (before(i, first)) popHeap(first, middle, i);
    }

    private void makeHeap(int first, int last) {
        int len = last - first;
        if (len < 2) return;
        for (int parent = (len - 2) / 2; ; parent--) {
            adjustHeap(first, parent, len, value[first + parent], index[first + parent]);
            if (parent == 0) return;
        }
    }

    private void sortHeap(int first, int last) {
        while (last - first > 1) {
            last--;
            popHeap(first, last, last);
        }
    }

    /** The heap's top goes to {@code result}, whose entry sifts into the heap [first, last). */
    private void popHeap(int first, int last, int result) {
        double v = value[result];
        int p = index[result];
        move(first, result);
        adjustHeap(first, 0, last - first, v, p);
    }

    private void adjustHeap(int first, int hole, int len, double v, int p) {
        int top = hole, child = hole;
        while (child < (len - 1) / 2) {
            child = 2 * (child + 1);
            if (before(first + child, first + child - 1)) child--;
            move(first + child, first + hole);
            hole = child;
        }
        if ((len & 1) == 0 && child == (len - 2) / 2) {
            child = 2 * (child + 1);
            move(first + child - 1, first + hole);
            hole = child - 1;
        }
        int parent = (hole - 1) / 2;
        while (hole > top && before(value[first + parent], v)) {
            move(first + parent, first + hole);
            hole = parent;
            parent = (hole - 1) / 2;
        }
        value[first + hole] = v;
        index[first + hole] = p;
    }

    // ---- std::nth_element: introselect ----

    private void nthElement(int first, int nth, int last) {
        if (first == last || nth == last) return;
        int depthLimit = 2 * log2(last - first);
        while (last - first > 3) {
            if (depthLimit == 0) {
                heapSelect(first, nth + 1, last);
                swap(first, nth);
                return;
            }
            depthLimit--;
            int cut = unguardedPartitionPivot(first, last);
            if (cut <= nth) first = cut;
            else last = cut;
        }
        insertionSort(first, last);
    }
}
