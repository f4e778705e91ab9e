package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * The gradient of an elementwise function whose slope is written with its output y, as PyTorch's
 * tanh_backward(g, y) and sigmoid_backward(g, y): g·slope(y) in the order and roundings of 1.13's
 * kernel, so that x.grad has PyTorch's last bit. A node of its own (PyTorch's
 * TanhBackwardBackward0, SigmoidBackwardBackward0), differentiated again as derivatives.yaml says:
 * in g by itself, in y as g'·g·slope'(y).
 */
abstract class BackwardFromOutput implements Op {
    /** g·slope(y) as PyTorch's kernel computes it. */
    abstract double of(double g, double y);

    /** g·slope'(y), as ops. */
    abstract Tensor curvature(Tensor g, Tensor y);

    /** in[0] the gradient, in[1] the function's output. */
    public NDArray compute(NDArray[] in) { return in[0].zip(in[1], this::of); }

    public Tensor[] vjp(Tensor gg, Tensor out) {
        Tensor g = out.input(0), y = out.input(1);
        return new Tensor[] {Tensor.apply(this, gg, y), Ops.mul(gg, curvature(g, y))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor g = out.input(0), y = out.input(1);
        Tensor viaG = t[0] == null ? null : Tensor.apply(this, t[0], y);
        Tensor viaY = t[1] == null ? null : Ops.mul(t[1], curvature(g, y));
        return Ops.addOrFirst(viaG, viaY);
    }
}
