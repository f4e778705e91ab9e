package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** StdSort sorts and selects (PyTorch's tie orders are checked by the conformance programs 374). */
class StdSortTest {
    @Test
    void sortOrdersAndNthElementPartitions() {
        Random r = new Random(3);
        for (int trial = 0; trial < 2000; trial++) {
            int n = r.nextInt(80);
            int range = 1 + r.nextInt(trial % 2 == 0 ? 3 : 1000);
            int[] v = new int[n];
            for (int i = 0; i < n; i++) v[i] = r.nextInt(range);
            StdSort.Less less = (p, q) -> v[p] < v[q];

            int[] order = identity(n);
            StdSort.sort(order, less);
            assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(identity(n));
            for (int i = 1; i < n; i++) assertThat(v[order[i - 1]]).isLessThanOrEqualTo(v[order[i]]);

            if (n == 0) continue;
            int k = r.nextInt(n);
            int[] picked = identity(n);
            StdSort.nthElement(picked, k, less);
            assertThat(Arrays.stream(picked).sorted().toArray()).isEqualTo(identity(n));
            for (int i = 0; i < k; i++) assertThat(v[picked[i]]).isLessThanOrEqualTo(v[picked[k]]);
            for (int i = k + 1; i < n; i++) assertThat(v[picked[i]]).isGreaterThanOrEqualTo(v[picked[k]]);
            assertThat(v[picked[k]]).isEqualTo(v[order[k]]);
        }
    }

    @Test
    void quickSelectFindsTheKthSmallest() {
        Random r = new Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + r.nextInt(60);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = r.nextInt(1 + r.nextInt(8));
            if (trial % 5 == 0) x[r.nextInt(n)] = Double.NaN;
            double[] sorted = x.clone();
            Arrays.sort(sorted); // NaN last, as quickselect puts it
            int k = r.nextInt(n);
            assertThat(Double.compare(x[QuickSelect.select(x, 0, 1, n, k)], sorted[k])).isZero();
        }
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }
}
