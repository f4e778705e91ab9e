package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Fused;
import dev.adjoint.ndarray.NDArray;

/**
 * Relu's gradient, PyTorch's {@code threshold_backward(g, out, 0)}: g where relu's output is not
 * ≤ 0, else 0, in one pass (it runs on every hidden activation of every training batch). A graph
 * node of its own, as in PyTorch, so that with create_graph the gradient is differentiable
 * again: in g by the same rule, and in the output with derivative 0 (the rule is flat there).
 */
final class ThresholdBackward implements Op {
    static final ThresholdBackward INSTANCE = new ThresholdBackward();

    public String name() { return "threshold_backward"; }

    /** in[0] the gradient, in[1] relu's output. */
    public NDArray compute(NDArray[] in) { return Fused.thresholdBackward(in[0], in[1]); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor reluOut = out.input(1);
        return new Tensor[] {Tensor.apply(INSTANCE, g, reluOut), Tensor.constant(NDArray.zeros(reluOut.shape()))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return t[0] == null ? Tensor.constant(NDArray.zeros(out.shape())) : Tensor.apply(INSTANCE, t[0], out.input(1));
    }

    public String torchName(Tensor out) { return "ThresholdBackwardBackward0"; }

    /** PyTorch's node saves relu's output (its rule reads it), not the gradient. */
    public int saved(Tensor out) { return 1 << 1; }

    public String notation(String... a) { return a[0] + " · [" + a[1] + " > 0]"; }
}
