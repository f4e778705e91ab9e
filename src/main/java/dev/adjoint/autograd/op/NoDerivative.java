package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.function.Function;

/**
 * A function PyTorch 1.13 gives no derivative (heaviside, aminmax): its result still records a
 * node, PyTorch's NotImplemented, whose backward fails naming the aten op, as PyTorch's does.
 */
final class NoDerivative implements Op {
    private final String aten;
    private final Function<NDArray[], NDArray> f;

    NoDerivative(String aten, Function<NDArray[], NDArray> f) {
        this.aten = aten;
        this.f = f;
    }

    public String name() { return aten; }

    public NDArray compute(NDArray[] in) { return f.apply(in); }

    public Tensor[] vjp(Tensor g, Tensor out) { throw new AutogradException("derivative for aten::" + aten + " is not implemented"); }

    public Tensor jvp(Tensor[] t, Tensor out) { throw new AutogradException("derivative for aten::" + aten + " is not implemented"); }

    public String torchName(Tensor out) { return "NotImplemented"; }
}
