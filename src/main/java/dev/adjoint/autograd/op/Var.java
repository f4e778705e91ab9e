package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/** Variance over axes, Σ(x − mean)² / (N − correction) (PyTorch's default correction is 1); gradient 2(x − mean)/(N − correction). */
public final class Var implements Op {
    private final int[] axes;
    private final boolean keepdims, allAxes;
    private final double divisor;

    Var(int[] axes, double correction, boolean keepdims, int[] shape) {
        this.axes = axes;
        this.keepdims = keepdims;
        this.allAxes = axes.length == shape.length;
        int n = 1;
        for (int a : axes) n *= shape[a];
        this.divisor = Math.max(0, n - correction);
    }

    public String name() { return "var"; }

    public NDArray compute(NDArray[] in) {
        NDArray x = in[0];
        int n = 1;
        for (int a : axes) n *= x.shape()[a];
        NDArray d = x.sub(x.sum(axes, true).mul(1.0 / n));
        return d.mul(d).sum(axes, keepdims).mul(1.0 / divisor);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0);
        Tensor centred = Ops.sub(x, Ops.mean(x, axes, true));
        Tensor gb = Ops.reshape(g, Shapes.reduced(x.shape(), axes, true));
        return new Tensor[] {Ops.mul(Ops.mul(gb, Ops.scalar(2 / divisor)), centred)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor x = out.input(0);
        Tensor centred = Ops.sub(x, Ops.mean(x, axes, true));
        return Ops.mul(Ops.sum(Ops.mul(centred, t[0]), axes, keepdims), Ops.scalar(2 / divisor));
    }

    public String torchName(Tensor out) { return "VarBackward0"; }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return Ops.reduction("var", a[0], axes, keepdims, allAxes); }
}
