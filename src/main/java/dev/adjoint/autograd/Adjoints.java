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
    private final Tensor[] tensors;
    private final double[] scalars; // null: every adjoint is a tensor
    private final boolean[] hasScalar;

    Adjoints(int n, boolean scalarsAsDoubles) {
        tensors = new Tensor[n];
        scalars = scalarsAsDoubles ? new double[n] : null;
        hasScalar = scalarsAsDoubles ? new boolean[n] : null;
    }

    /** Whether 0-d adjoints are doubles here (then {@link #scalar} and {@link #add(int, double)} may be used). */
    boolean scalarsAsDoubles() {
        return scalars != null;
    }

    boolean has(int k) {
        return tensors[k] != null || (scalars != null && hasScalar[k]);
    }

    /** Node k's adjoint as a tensor (a new constant for a double), or null if it has none. */
    Tensor get(int k) {
        if (tensors[k] != null) return tensors[k];
        return scalars != null && hasScalar[k] ? Tensor.constant(scalars[k]) : null;
    }

    /** Node k's adjoint, which is a double. */
    double scalar(int k) {
        return scalars[k];
    }

    void add(int k, Tensor term) {
        if (scalars != null && term.isScalar()) add(k, term.item());
        else tensors[k] = tensors[k] == null ? term : Ops.add(tensors[k], term);
    }

    void add(int k, double term) {
        scalars[k] = hasScalar[k] ? scalars[k] + term : term;
        hasScalar[k] = true;
    }

    /** Forgets node k's adjoint (an intermediate one, once used). */
    void clear(int k) {
        tensors[k] = null;
        if (scalars != null) hasScalar[k] = false;
    }
}
