package dev.adjoint.data;

import dev.adjoint.ndarray.NDArray;

/**
 * needle's {@code data.Dataset}: a sized collection of examples, each a tuple of arrays
 * (for supervised data, {@code (x, y)}).
 */
public interface Dataset {
    int size();

    /** Example {@code i}: one array per field. */
    NDArray[] get(int i);

    /**
     * The examples at {@code indices}, stacked along a new first axis, one array per field
     * ({@code dataset[batch]} in needle). The default stacks {@link #get} results; array-backed
     * datasets gather rows directly.
     */
    default NDArray[] batch(int[] indices) {
        if (indices.length == 0) throw new IllegalArgumentException("a batch needs at least one index");
        NDArray[] first = get(indices[0]);
        NDArray[][] fields = new NDArray[first.length][indices.length];
        for (int k = 0; k < indices.length; k++) {
            NDArray[] ex = k == 0 ? first : get(indices[k]);
            for (int f = 0; f < ex.length; f++) fields[f][k] = ex[f];
        }
        NDArray[] out = new NDArray[first.length];
        for (int f = 0; f < out.length; f++) out[f] = NDArray.stack(fields[f], 0);
        return out;
    }
}
