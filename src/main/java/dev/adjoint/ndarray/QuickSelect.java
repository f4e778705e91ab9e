package dev.adjoint.ndarray;

/**
 * Torch's quick_select_template (ATen's SortingUtils.h), step for step: PyTorch's kthvalue on the
 * CPU moves a slice's entries (and their indices) with it until entry k is the k-th smallest, NaN
 * above every number. Among equal values the index it leaves at k is this algorithm's, neither
 * the first nor the last occurrence in general.
 */
public final class QuickSelect {
    private QuickSelect() {}

    /** The position in {@code x} (one slice: x[base + i * stride], i < n) of the entry quickselect puts at k (0-based). */
    public static int select(double[] x, int base, int stride, int n, int k) {
        double[] v = new double[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = x[base + i * stride];
            idx[i] = i;
        }
        int left = 0, right = n - 1;
        while (right > left) {
            if (right == left + 1) { // two entries only
                if (greaterOrNan(v[left], v[right])) swap(v, idx, left, right);
                break;
            }
            swap(v, idx, left + (right - left) / 2, left + 1); // median of three as the pivot, at left
            if (greaterOrNan(v[left + 1], v[right])) swap(v, idx, left + 1, right);
            if (greaterOrNan(v[left], v[right])) swap(v, idx, left, right);
            if (greaterOrNan(v[left + 1], v[left])) swap(v, idx, left + 1, left);
            int i = left + 1, j = right;
            double pivot = v[left];
            while (true) {
                do i++; while (greaterOrNan(pivot, v[i]));
                do j--; while (greaterOrNan(v[j], pivot));
                if (j < i) break;
                swap(v, idx, i, j);
            }
            swap(v, idx, left, j);
            if (j <= k) left = i;
            if (j >= k) right = j - 1;
        }
        return idx[k];
    }

    private static boolean greaterOrNan(double a, double b) {
        return (Double.isNaN(a) && !Double.isNaN(b)) || a > b;
    }

    private static void swap(double[] v, int[] idx, int i, int j) {
        double t = v[i];
        v[i] = v[j];
        v[j] = t;
        int u = idx[i];
        idx[i] = idx[j];
        idx[j] = u;
    }
}
