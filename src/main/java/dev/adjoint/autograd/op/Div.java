package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** a / b, elementwise and broadcasting. */
public final class Div implements Op, ScalarRule {
    static final Div INSTANCE = new Div();

    public String name() { return "div"; }

    public NDArray compute(NDArray[] in) { return in[0].div(in[1]); }

    public double value(double a, double b) { return a / b; }

    /** PyTorch's formulas to the last bit: g / b, and -g · ((a / b) / b). */
    public double adjoint(int i, double g, double a, double b, double y) { return i == 0 ? g / b : -g * ((a / b) / b); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            a.requiresGrad() ? Ops.sumToShape(Ops.div(g, b), a.shape()) : null,
            // d(a/b)/db = -a / b², computed as PyTorch does (its last bits, its MulBackward0 under create_graph)
            b.requiresGrad() ? Ops.sumToShape(Ops.mul(Ops.neg(g), Ops.div(Ops.div(a, b), b)), b.shape()) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor da = t[0] == null ? null : Ops.div(t[0], b);
        Tensor db = t[1] == null ? null : Ops.neg(Ops.div(Ops.mul(a, t[1]), Ops.mul(b, b)));
        return Ops.broadcastTo(Ops.addOrFirst(da, db), out.shape());
    }

    public String torchName(Tensor out) { return "DivBackward0"; }

    /** b is saved when a needs its gradient; a and b when b does. */
    public int saved(Tensor out) { return (out.input(0).requiresGrad() ? 2 : 0) | (out.input(1).requiresGrad() ? 3 : 0); }

    /** DivBackward0's _saved_self and _saved_other, None when not saved. */
    public int savedAttributes(Tensor out) { return 0b11; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return a[0] + " / " + a[1]; }

    public LocalRule localRule() { return LocalRule.same("$g / $b", "-$g * $a / $b^{2}"); }

    public boolean broadcasts() { return true; }

    public String domainNote(boolean nan) { return nan ? "nan: 0/0" : "inf: division by 0"; }
}
