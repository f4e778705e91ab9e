package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * A composite's last op under the name PyTorch gives the whole composite (std is sqrt of var,
 * shown as StdBackward0; mse_loss as MseLossBackward0): the math is the wrapped op's.
 */
public final class Renamed implements Op {
    private final Op op;
    private final String torchName;
    private final int saved; // -1: the wrapped op's

    Renamed(Op op, String torchName, int saved) {
        this.op = op;
        this.torchName = torchName;
        this.saved = saved;
    }

    public String name() { return op.name(); }

    public NDArray compute(NDArray[] in) { return op.compute(in); }

    public NDArray computeInt64(NDArray[] in) { return op.computeInt64(in); }

    public Tensor[] vjp(Tensor g, Tensor out) { return op.vjp(g, out); }

    public Tensor jvp(Tensor[] t, Tensor out) { return op.jvp(t, out); }

    public String notation(String... a) { return op.notation(a); }

    public String torchName(Tensor out) { return torchName; }

    /** MulBackward1 and DivBackward1 are PyTorch's mul/div(Tensor, Scalar): the number (input 1) is no input there. */
    public boolean isTorchInput(Tensor out, int i) {
        if (torchName.equals("MulBackward1") || torchName.equals("DivBackward1")) return i == 0;
        return op.isTorchInput(out, i);
    }

    public int saved(Tensor out) { return saved < 0 ? op.saved(out) : saved; }

    public DType dtype(Tensor[] in) { return op.dtype(in); }
}
