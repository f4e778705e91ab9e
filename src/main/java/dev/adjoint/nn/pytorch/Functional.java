package dev.adjoint.nn.pytorch;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.nn.Module;

/** One-input modules that apply a function of the same name: Softmax(dim), LogSoftmax(dim), Flatten(start_dim, end_dim). */
public final class Functional extends Module {
    private final String typeName, extra;
    private final java.util.function.UnaryOperator<Tensor> f;

    private Functional(String typeName, String extra, java.util.function.UnaryOperator<Tensor> f) {
        this.typeName = typeName;
        this.extra = extra;
        this.f = f;
    }

    public static Functional softmax(int dim) {
        return new Functional("Softmax", "dim=" + dim, x -> Ops.softmax(x, dim));
    }

    public static Functional logSoftmax(int dim) {
        return new Functional("LogSoftmax", "dim=" + dim, x -> Ops.logSoftmax(x, dim));
    }

    /** PyTorch's Flatten keeps the batch axis by default (start_dim=1, end_dim=-1). */
    public static Functional flatten(int start, int end) {
        return new Functional("Flatten", "start_dim=" + start + ", end_dim=" + end, x -> Ops.flatten(x, start, end));
    }

    @Override
    public Tensor forward(Tensor x) {
        return f.apply(x);
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    protected String extraRepr() {
        return extra;
    }
}
