package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.unique's (or unique_consecutive's) values of a tensor that requires grad: in the graph as
 * PyTorch's Unique2Backward0 (UniqueConsecutiveBackward0), which has no derivative (a backward pass through it is PyTorch's
 * NotImplementedError). The values are computed by the caller and kept here.
 */
public final class Unique implements Op {
    /** A backward pass reached a node without a derivative: Python's NotImplementedError, as PyTorch raises it. */
    public static final class NoDerivative extends AutogradException {
        NoDerivative(String function) {
            super("the derivative for '" + function + "' is not implemented.");
        }
    }

    private final NDArray values;
    private final String function, torchName; // _unique2 and Unique2Backward0, or unique_consecutive's

    Unique(NDArray values, String function, String torchName) {
        this.values = values;
        this.function = function;
        this.torchName = torchName;
    }

    public String name() { return "unique"; }

    public NDArray compute(NDArray[] in) { return values; }

    public Tensor[] vjp(Tensor g, Tensor out) { throw new NoDerivative(function); }

    public Tensor jvp(Tensor[] t, Tensor out) { throw new NoDerivative(function); }

    public String torchName(Tensor out) { return torchName; }
}
