package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** where(cond, a, b): a where cond holds, b elsewhere, broadcasting; each side's gradient is g where it was chosen. */
public final class Where implements Op {
    private final NDArray condition; // 0/1
    private final String torchName;   // where, or masked_fill (which is where(mask, value, x))

    Where(NDArray condition, String torchName) {
        this.condition = condition;
        this.torchName = torchName;
    }

    public String name() { return "where"; }

    /** masked_fill's value (input 0) is a Scalar there unless it is a tensor that requires grad. */
    public boolean isTorchInput(Tensor out, int i) {
        if (torchName.startsWith("ThresholdBackward")) return i == 0; // the value is a Scalar there
        if (torchName.equals("NanToNumBackward0")) return i == 0; // the replacements are numbers there
        return !(i == 0 && torchName.equals("MaskedFillBackward0") && !out.input(0).requiresGrad());
    }

    public NDArray compute(NDArray[] in) {
        NDArray a = in[0], b = in[1];
        int[] shape = dev.adjoint.ndarray.Shapes.broadcast(condition.shape(), dev.adjoint.ndarray.Shapes.broadcast(a.shape(), b.shape()));
        return select(condition.broadcastTo(shape), a.broadcastTo(shape), b.broadcastTo(shape));
    }

    private static NDArray select(NDArray c, NDArray a, NDArray b) {
        double[] cv = c.toArray(), av = a.toArray(), bv = b.toArray();
        for (int i = 0; i < cv.length; i++) cv[i] = cv[i] != 0 ? av[i] : bv[i];
        return NDArray.of(cv, c.shape());
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor zero = Tensor.constant(0); // g where chosen, else a zero written (not g·0, which is -0 where g < 0)
        Where choose = new Where(condition, "WhereBackward0");
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(Tensor.apply(choose, g, zero), a.shape()) : null,
            b.requiresGrad() ? Ops.sumToShape(Tensor.apply(choose, zero, g), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor ta = t[0] != null ? t[0] : Tensor.constant(NDArray.zeros(out.input(0).shape()));
        Tensor tb = t[1] != null ? t[1] : Tensor.constant(NDArray.zeros(out.input(1).shape()));
        return Tensor.apply(this, ta, tb);
    }

    public String torchName(Tensor out) { return torchName; }

    /** WhereBackward0's condition (a bool tensor, freed with the node). */
    public void savedValues(Tensor out, SavedValues into) {
        if (torchName.equals("WhereBackward0")) into.tensor("condition", Tensor.constant(condition, dev.adjoint.autograd.DType.BOOL));
    }

    public int saved(Tensor out) { return Op.CONSTANT; }

    public String notation(String... a) { return "where(cond, " + a[0] + ", " + a[1] + ")"; }
}
