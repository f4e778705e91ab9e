package dev.adjoint.autograd;

import dev.adjoint.ndarray.NDArray;

/**
 * A primitive operation: its forward computation, its reverse rule (vector-Jacobian product
 * written with Tensor ops, so a gradient is itself a graph) and its forward-mode tangent rule.
 */
public interface Op {
    /** Stable lowercase name, as used in JSON output ("add", "ln", "matmul", ...). */
    String name();

    NDArray compute(NDArray[] inputs);

    /** The adjoint contribution to each input, given the adjoint {@code grad} of {@code out}. */
    Tensor[] vjp(Tensor grad, Tensor out);

    /**
     * The tangent of {@code out} from the tangents of its inputs; an entry of {@code tangents}
     * is null where that input's tangent is zero (at least one entry is non-null).
     */
    Tensor jvp(Tensor[] tangents, Tensor out);

    /** How the lecture writes this op applied to already-formatted arguments, e.g. "v1 × v2". */
    default String notation(String... args) {
        return name() + "(" + String.join(", ", args) + ")";
    }
}
