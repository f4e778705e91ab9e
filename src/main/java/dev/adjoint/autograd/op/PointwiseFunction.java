package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * An elementwise function y = f(x) whose gradient PyTorch writes as plain tensor arithmetic
 * (its derivatives.yaml formula), so the backward is itself differentiable, with ordinary nodes
 * (MulBackward0, DivBackward0, ...) under create_graph. The value and the derivative sit side by
 * side in each subclass; the tangent is the same formula applied to the input's tangent.
 */
abstract class PointwiseFunction implements Op {
    /** f at one value. */
    abstract double value(double x);

    /** g · f'(x), written as PyTorch's formula writes it (y is f(x), for formulas that reuse the result). */
    abstract Tensor gradient(Tensor g, Tensor x, Tensor y);

    public NDArray compute(NDArray[] in) { return in[0].map(this::value); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {gradient(g, out.input(0), out)}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return gradient(t[0], out.input(0), out); }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return name() + " " + a[0]; }

    static Tensor one() { return Ops.scalar(1); }
}
