package dev.adjoint.autograd;

import dev.adjoint.autograd.op.Ops;

/**
 * The adjoints of one reverse pass, by the nodes' positions in topological order. In a pass that
 * records no graph and that nothing watches, the adjoint of a 0-d node is a plain double, so a
 * scalar graph's backward pass makes no tensor per node (see {@link ScalarRule}); otherwise
 * every adjoint is a tensor. A sum is made in the order its terms arrive, as {@code Ops.add}
 * would make it, so both forms give the same bits.
 */
final class Adjoints {
    private final int n;
    private Tensor[] tensors; // made at the first tensor adjoint: a scalar graph's pass has none
    private final double[] scalars; // null: every adjoint is a tensor
    private final long[] hasScalar; // a bit per node: whether scalars holds its adjoint

    Adjoints(int n, boolean scalarsAsDoubles) {
        this.n = n;
        scalars = scalarsAsDoubles ? new double[n] : null;
        hasScalar = scalarsAsDoubles ? new long[(n + 63) >>> 6] : null;
    }

    /** Whether 0-d adjoints are doubles here (then {@link #scalar} and {@link #add(int, double)} may be used). */
    boolean scalarsAsDoubles() {
        return scalars != null;
    }

    boolean has(int k) {
        return (scalars != null && hasScalarAt(k)) || (tensors != null && tensors[k] != null);
    }

    private boolean hasScalarAt(int k) {
        return (hasScalar[k >>> 6] & (1L << k)) != 0;
    }

    /**
     * The first node at or after k that has an adjoint, or n if none. A pass over a scalar graph
     * keeps few (the leaves' and retained ones), so this skips 64 nodes a step where a loop asking
     * {@link #has} of each of a million nodes ran interpreted until the JIT compiled it on the stack.
     */
    int next(int k) {
        if (tensors != null || scalars == null) {
            while (k < n && !has(k)) k++;
            return k;
        }
        int w = k >>> 6;
        if (w >= hasScalar.length) return n;
        long bits = hasScalar[w] & (-1L << k);
        while (bits == 0) {
            if (++w == hasScalar.length) return n;
            bits = hasScalar[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(bits);
    }

    /** Node k's adjoint as a tensor (a new constant for a double), or null if it has none. */
    Tensor get(int k) {
        if (tensors != null && tensors[k] != null) return tensors[k];
        return scalars != null && hasScalarAt(k) ? Tensor.constant(scalars[k]) : null;
    }

    /** Node k's adjoint, which is a double. */
    double scalar(int k) {
        return scalars[k];
    }

    void add(int k, Tensor term) {
        if (scalars != null && term.isScalar()) {
            add(k, term.item());
            return;
        }
        if (tensors == null) tensors = new Tensor[n];
        tensors[k] = tensors[k] == null ? term : Ops.add(tensors[k], term);
    }

    void add(int k, double term) {
        long bit = 1L << k;
        int w = k >>> 6;
        scalars[k] = (hasScalar[w] & bit) != 0 ? scalars[k] + term : term;
        hasScalar[w] |= bit;
    }

    /** Forgets node k's adjoint (an intermediate one, once used). */
    void clear(int k) {
        if (tensors != null) tensors[k] = null;
        if (scalars != null) hasScalar[k >>> 6] &= ~(1L << k);
    }
}
