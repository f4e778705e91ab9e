package dev.adjoint.autograd;

import dev.adjoint.ndarray.NDArray;

/**
 * A primitive operation: its forward computation, its reverse rule (vector-Jacobian product
 * written with Tensor ops, so a gradient is itself a graph) and its forward-mode tangent rule,
 * plus what PyTorch calls its backward node and which tensors that node saves.
 */
public interface Op {
    /** In {@link #saved}: the node saves its own output (PyTorch's {@code result}). */
    int OUTPUT = 1 << 30;
    /** In {@link #saved}: the node saves a tensor that is neither an input nor the output (an index, a mask). */
    int CONSTANT = 1 << 29;

    /** Stable lowercase name, as used in JSON output ("add", "ln", "matmul", ...). */
    String name();

    NDArray compute(NDArray[] inputs);

    /**
     * The values when the result is int64: PyTorch computes them in 64-bit two's complement, so
     * they wrap around on overflow (ops that can overflow override this; compute's doubles would
     * round, and the cast back saturate).
     */
    default NDArray computeInt64(NDArray[] inputs) {
        return compute(inputs);
    }

    /**
     * The values when the operands are NumPy float32 arrays (needle's NumPy backend): each result is
     * rounded to float32 afterwards, which is NumPy's for one operation; reductions that add in
     * float32 step by step (a sum's partial sums) override this.
     */
    default NDArray computeNumpyFloat32(NDArray[] inputs) {
        return compute(inputs);
    }

    /**
     * Whether the op only moves entries (a reshape), never computing new ones: its result from
     * operands of the result's type is of that type already, with no cast to make (a pass over
     * a data set's millions of values, issue 16).
     */
    default boolean movesEntriesOnly() {
        return false;
    }

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

    /** The lecture's way of writing the local derivative rule, for :reverse, :forward and LaTeX; null: none (shown as ∂vj/∂vi). */
    default LocalRule localRule() {
        return null;
    }

    /** Whether the result's shape is the broadcast of the operands' shapes (the vjp then sums each adjoint back to its operand's shape). */
    default boolean broadcasts() {
        return false;
    }

    /** Whether the op is linear in its one operand: its tangent is the op applied to the operand's tangent. */
    default boolean isLinear() {
        return false;
    }

    /**
     * Why this op's result is NaN ({@code nan}) or infinite although its operands are finite, as a
     * :trace note, e.g. "nan: ln of a negative number"; null when there is nothing particular to say.
     */
    default String domainNote(boolean nan) {
        return null;
    }

    /** PyTorch's name of the backward node, as {@code grad_fn} prints it: "MulBackward0". */
    default String torchName(Tensor out) {
        StringBuilder sb = new StringBuilder();
        for (String part : name().split("_")) if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return sb.append("Backward0").toString();
    }

    /**
     * Whether input {@code i} is among the inputs of PyTorch's backward node, as its
     * {@code next_functions} list them: a Python number given to one of PyTorch's scalar overloads
     * ({@code x ** 2}, {@code 1 - x}, a constant the rule reads) is no input there.
     */
    default boolean isTorchInput(Tensor out, int i) {
        return true;
    }

    /**
     * The tensors PyTorch's backward node saves, as bits: bit i for input i, {@link #OUTPUT} for
     * the result. They decide two of PyTorch's errors: a saved tensor changed in place before the
     * backward pass, and a second backward through a node whose saved tensors were freed. The
     * reverse rule reads no other input's values (shapes only).
     */
    default int saved(Tensor out) {
        return 0;
    }

    /**
     * The saved-tensor attributes PyTorch's node has ({@code _saved_self}), as bits as in
     * {@link #saved}: by default the ones it saved. A node that saves a tensor only when another
     * input needs its gradient still has the attribute, None when it did not save it
     * ({@code (a * 3).grad_fn._saved_self}).
     */
    default int savedAttributes(Tensor out) {
        return saved(out);
    }

    /**
     * The name PyTorch's node gives the saved input i (-1: the output), read as {@code _saved_NAME}:
     * self, other and result by default, null for none (such a tensor is not shown).
     */
    default String savedName(Tensor out, int i) {
        return i == -1 ? "result" : i == 0 ? "self" : i == 1 ? "other" : null;
    }

    /**
     * What PyTorch's node saves beside the tensors of {@link #savedName} ({@code _saved_dim},
     * {@code _saved_alpha}, {@code _saved_self_sym_sizes}, {@code _saved_result1}), put into
     * {@code into} under PyTorch 1.13's names (derivatives.yaml's arguments): none by default.
     */
    default void savedValues(Tensor out, SavedValues into) {}

    /** The element type of the result: by default the inputs' promoted type. */
    default DType dtype(Tensor[] inputs) {
        return DType.of(inputs);
    }
}
