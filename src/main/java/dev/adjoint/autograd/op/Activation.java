package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * An elementwise activation f(x) whose derivative f'(x) is written with Tensor ops ({@link #slope}),
 * so the gradient g·f'(x) is itself differentiable (create_graph, Hessians): the reverse rule is
 * that product under PyTorch's name for the backward of the backward, and the tangent t·f'(x).
 * Its node saves the input, as PyTorch's GeluBackward0, EluBackward0, ... do.
 */
abstract class Activation implements Op {
    /** f at one value. */
    abstract double value(double x);

    /** f'(x), built from ops so that it can be differentiated again. */
    abstract Tensor slope(Tensor x);

    /** PyTorch's backward node, e.g. "GeluBackward0"; its own backward is "GeluBackwardBackward0". */
    abstract String torchBase();

    public NDArray compute(NDArray[] in) { return in[0].map(this::value); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Ops.named(torchBase().replace("Backward0", "BackwardBackward0"), Mul.INSTANCE, g, slope(out.input(0)))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.mul(t[0], slope(out.input(0))); }

    public String torchName(Tensor out) { return torchBase(); }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    /**
     * 1 where {@code test} holds for the input, else 0: a step of x, flat (derivative 0) but in the
     * graph, so a gradient built from it requires grad under create_graph, as PyTorch's does.
     */
    Tensor mask(Tensor x, java.util.function.DoublePredicate test) {
        String node = torchBase().replace("Backward0", "BackwardBackward0");
        return Tensor.apply(new Flat("step", node, v -> v.map(e -> test.test(e) ? 1 : 0), true), x);
    }
}
