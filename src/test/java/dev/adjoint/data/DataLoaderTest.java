package dev.adjoint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLoaderTest {
    /** X row i is (i, 10i), y_i = i: a batch shows which examples it holds. */
    private static ArrayDataset numbered(int n) {
        double[] x = new double[2 * n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = i;
            x[2 * i + 1] = 10 * i;
            y[i] = i;
        }
        return new ArrayDataset(NDArray.of(x, n, 2), NDArray.of(y, n));
    }

    private static List<double[]> labelsOfPass(DataLoader loader) {
        List<double[]> out = new ArrayList<>();
        for (List<Tensor> b : loader) {
            assertThat(b).hasSize(2);
            assertThat(b.get(0).requiresGrad()).isFalse();
            double[] x = b.get(0).value().toArray(), y = b.get(1).value().toArray();
            for (int k = 0; k < y.length; k++) assertThat(x[2 * k + 1]).isEqualTo(10 * y[k]);
            out.add(y);
        }
        return out;
    }

    @Test
    void permutationIsNumpys() {
        // np.random.seed(0); np.random.permutation(10)
        assertThat(Permutation.of(new NumpyRandom(0), 10)).containsExactly(2, 8, 4, 9, 1, 6, 7, 3, 0, 5);
        NumpyRandom r = new NumpyRandom(3);
        assertThat(Arrays.copyOf(Permutation.of(r, 1000), 12)).containsExactly(642, 762, 909, 199, 586, 797, 652, 755, 416, 498, 514, 456);
        assertThat(r.nextDouble()).isEqualTo(0.3179628822332481); // the stream continues where NumPy's does
    }

    @Test
    void inOrderBatchesWithASmallerLastOne() {
        DataLoader loader = new DataLoader(numbered(7), 3);
        assertThat(loader.batches()).isEqualTo(3);
        List<double[]> pass = labelsOfPass(loader);
        assertThat(pass).hasSize(3);
        assertThat(pass.get(0)).containsExactly(0, 1, 2);
        assertThat(pass.get(2)).containsExactly(6);
        assertThat(labelsOfPass(loader).get(1)).containsExactly(3, 4, 5);
    }

    @Test
    void shuffledPassesFollowNumpyPermutationsAndDiffer() {
        DataLoader loader = new DataLoader(numbered(10), 4, true, new NumpyRandom(0));
        List<double[]> first = labelsOfPass(loader);
        assertThat(first.get(0)).containsExactly(2, 8, 4, 9);
        assertThat(first.get(2)).containsExactly(0, 5);
        List<double[]> second = labelsOfPass(loader);
        double[] all = new double[10];
        int k = 0;
        for (double[] b : second) for (double v : b) all[k++] = v;
        assertThat(Arrays.stream(all).sorted().toArray()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(second.get(0)).isNotEqualTo(first.get(0));
    }

    @Test
    void datasetChecks() {
        ArrayDataset d = numbered(3);
        assertThat(d.get(2)[0].toArray()).containsExactly(2, 20);
        assertThatThrownBy(() -> d.get(3)).hasMessageContaining("example 3 is out of range for a dataset of 3");
        assertThatThrownBy(() -> new ArrayDataset(NDArray.zeros(3, 2), NDArray.zeros(4))).hasMessageContaining("(3, 2) and shape (4,)");
        assertThatThrownBy(() -> new DataLoader(d, 0)).hasMessageContaining("batch_size must be positive");
        Dataset viaDefault = new Dataset() {
            public int size() { return 3; }
            public NDArray[] get(int i) { return d.get(i); }
        };
        assertThat(viaDefault.batch(new int[] {2, 0})[0].toArray()).containsExactly(2, 20, 0, 0);
    }
}
