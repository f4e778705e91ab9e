package dev.adjoint.data;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * Examples held as arrays whose first axis indexes the examples, e.g. X (n, 784) and y (n,).
 * A batch of consecutive indices is a view of the rows (no copy); any other batch gathers rows.
 */
public final class ArrayDataset implements Dataset {
    private final NDArray[] fields;
    private final int n;

    public ArrayDataset(NDArray... fields) {
        if (fields.length == 0) throw new IllegalArgumentException("a dataset needs at least one array");
        this.fields = fields.clone();
        for (int f = 0; f < fields.length; f++)
            if (fields[f].ndim() == 0) throw new IllegalArgumentException("array " + f + " of the dataset is 0-d; its first axis must index the examples");
        this.n = fields[0].dim(0);
        for (int f = 1; f < fields.length; f++)
            if (fields[f].dim(0) != n)
                throw new IllegalArgumentException("dataset arrays disagree on the number of examples: shape " + Shapes.str(fields[0].shape())
                        + " and shape " + Shapes.str(fields[f].shape()));
    }

    @Override
    public int size() {
        return n;
    }

    /** Field {@code f} for all examples (e.g. 0: the images X, 1: the labels y). */
    public NDArray field(int f) {
        return fields[f];
    }

    public int fieldCount() {
        return fields.length;
    }

    @Override
    public NDArray[] get(int i) {
        check(i);
        NDArray[] out = new NDArray[fields.length];
        for (int f = 0; f < fields.length; f++) out[f] = fields[f].index(0, i);
        return out;
    }

    @Override
    public NDArray[] batch(int[] indices) {
        if (indices.length == 0) throw new IllegalArgumentException("a batch needs at least one index");
        for (int i : indices) check(i);
        boolean consecutive = true;
        for (int k = 1; k < indices.length && consecutive; k++) consecutive = indices[k] == indices[k - 1] + 1;
        NDArray[] out = new NDArray[fields.length];
        for (int f = 0; f < fields.length; f++) {
            NDArray a = fields[f];
            if (consecutive) {
                out[f] = a.slice(0, indices[0], indices[0] + indices.length, 1);
                continue;
            }
            NDArray[] rows = new NDArray[indices.length];
            for (int k = 0; k < indices.length; k++) rows[k] = a.index(0, indices[k]);
            out[f] = NDArray.stack(rows, 0);
        }
        return out;
    }

    private void check(int i) {
        if (i < 0 || i >= n) throw new IndexOutOfBoundsException("example " + i + " is out of range for a dataset of " + n);
    }
}
