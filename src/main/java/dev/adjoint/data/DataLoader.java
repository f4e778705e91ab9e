package dev.adjoint.data;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * needle's {@code data.DataLoader}: iterates over a dataset in batches of {@code batchSize}
 * (the last one may be smaller), each a list of constant tensors, one per field
 * ({@code for X, y in loader:}). With {@code shuffle}, every pass draws a new order with
 * {@code np.random.permutation(len(dataset))} from {@code rng}, as needle does with NumPy's
 * global generator; without, the order is 0, 1, 2, …
 */
public final class DataLoader implements Iterable<List<Tensor>> {
    private final Dataset dataset;
    private final int batchSize;
    private final boolean shuffle;
    private final NumpyRandom rng;

    public DataLoader(Dataset dataset, int batchSize, boolean shuffle, NumpyRandom rng) {
        if (batchSize <= 0) throw new IllegalArgumentException("batch_size must be positive, got " + batchSize);
        if (shuffle && rng == null) throw new IllegalArgumentException("a shuffling DataLoader needs a random generator");
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.rng = rng;
    }

    /** In order, no shuffling. */
    public DataLoader(Dataset dataset, int batchSize) {
        this(dataset, batchSize, false, null);
    }

    /** Batches per pass: ⌈size / batch_size⌉. */
    public int batches() {
        return (dataset.size() + batchSize - 1) / batchSize;
    }

    public Dataset dataset() {
        return dataset;
    }

    public int batchSize() {
        return batchSize;
    }

    public boolean shuffle() {
        return shuffle;
    }

    /** A new pass over the data (and, when shuffling, a new order). */
    @Override
    public Iterator<List<Tensor>> iterator() {
        int n = dataset.size();
        int[] order = shuffle ? Permutation.of(rng, n) : null;
        return new Iterator<>() {
            private int start;

            @Override
            public boolean hasNext() {
                return start < n;
            }

            @Override
            public List<Tensor> next() {
                if (!hasNext()) throw new NoSuchElementException();
                int end = Math.min(n, start + batchSize);
                int[] idx = new int[end - start];
                for (int k = 0; k < idx.length; k++) idx[k] = order == null ? start + k : order[start + k];
                start = end;
                NDArray[] fields = dataset.batch(idx);
                List<Tensor> out = new ArrayList<>(fields.length);
                for (NDArray f : fields) out.add(Tensor.constant(f));
                return List.copyOf(out);
            }
        };
    }

    @Override
    public String toString() {
        return "DataLoader(batch_size=" + batchSize + ", shuffle=" + (shuffle ? "True" : "False") + ", batches=" + batches() + ")";
    }
}
