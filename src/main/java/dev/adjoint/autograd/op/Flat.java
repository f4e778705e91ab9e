package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.function.UnaryOperator;

/**
 * A piecewise-constant function of its input (sign, floor, a 0/1 mask, a fill): its derivative is
 * zero, but its result stays in the graph. Gradients built from it (relu's mask, abs's sign, the
 * share of a maximum) are therefore differentiable again with second derivative 0 and
 * requires_grad True, as in PyTorch, instead of constants that cut the graph.
 */
public final class Flat implements Op {
    private final String name, torchName;
    private final UnaryOperator<NDArray> f;
    private final boolean floating;

    Flat(String name, String torchName, UnaryOperator<NDArray> f, boolean floating) {
        this.name = name;
        this.torchName = torchName;
        this.f = f;
        this.floating = floating;
    }

    public String name() { return name; }

    public NDArray compute(NDArray[] in) { return f.apply(in[0]); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Tensor.constant(NDArray.zeros(out.input(0).shape()))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.constant(NDArray.zeros(out.shape())); }

    public String torchName(Tensor out) { return torchName; }

    public DType dtype(Tensor[] in) { return floating ? DType.FLOAT64 : in[0].dtype(); }
}
