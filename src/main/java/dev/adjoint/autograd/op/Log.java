package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/** Natural logarithm; ln of a negative is NaN and ln 0 is −inf, as in PyTorch; of a tensor, SLEEF's as PyTorch's ({@link Sleef#log}). */
public final class Log implements Op, ScalarRule {
    static final Log INSTANCE = new Log();

    public String name() { return "ln"; }

    public NDArray compute(NDArray[] in) { return in[0].map(Sleef::log); }

    public double value(double a, double b) { return Math.log(a); }

    public double adjoint(int i, double g, double a, double b, double y) { return g / a; }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {Ops.div(g, out.input(0))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.div(t[0], out.input(0)); }

    public String torchName(Tensor out) { return "LogBackward0"; }

    public int saved(Tensor out) { return 1; }

    public DType dtype(Tensor[] in) { return DType.FLOAT64; }

    public String notation(String... a) { return "ln " + a[0]; }

    public LocalRule localRule() { return LocalRule.same("$g / $a"); }

    public String domainNote(boolean nan) { return nan ? "nan: ln of a negative number" : "-inf: ln 0"; }
}
