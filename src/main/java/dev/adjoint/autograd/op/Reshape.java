package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/** Same values, new shape. */
public final class Reshape implements Op {
    private final int[] shape;
    private final String torchName; // view, reshape, flatten, squeeze and unsqueeze are all this op in PyTorch's names

    Reshape(int[] shape, String torchName) {
        this.shape = shape;
        this.torchName = torchName;
    }

    public String name() { return "reshape"; }

    public NDArray compute(NDArray[] in) { return in[0].reshape(shape); }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.reshape(g, out.input(0).shape())}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.reshape(t[0], shape); }

    public String torchName(Tensor out) { return torchName; }

    public String notation(String... a) { return "reshape(" + a[0] + ", " + Shapes.str(shape) + ")"; }

    public boolean isLinear() { return true; }
}
