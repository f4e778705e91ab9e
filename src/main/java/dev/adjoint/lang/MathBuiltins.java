package dev.adjoint.lang;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Differentiable functions: elementwise, reductions, shapes, linear algebra, and grad itself. */
final class MathBuiltins {
    private MathBuiltins() {}

    static void register(Map<String, Object> t) {
        unary(t, "ln", Ops::log);
        unary(t, "log", Ops::log);
        unary(t, "exp", Ops::exp);
        unary(t, "sin", Ops::sin);
        unary(t, "cos", Ops::cos);
        unary(t, "tanh", Ops::tanh);
        unary(t, "sigmoid", Ops::sigmoid);
        unary(t, "relu", Ops::relu);
        unary(t, "sqrt", Ops::sqrt);
        unary(t, "norm", Ops::norm);
        Builtins.add(t, Builtin.of("detach", a -> a.expect(1, 1).get(0) instanceof TrackedNumber n
                ? TrackedNumber.constant(n.value()) // a number stays a number (a constant one), as const(v)
                : a.tensor(0).detach()));
        Builtins.add(t, Builtin.of("matmul", a -> Ops.matmul(a.expect(2, 2).tensor(0), a.tensor(1))));

        Builtins.add(t, Builtin.of("mean", a -> Ops.mean(floating(reduced(a)), a.axes(1), a.flag("keepdims", false))));
        Builtins.add(t, Builtin.of("logsumexp", a -> Ops.logsumexp(reduced(a), a.axes(1), a.flag("keepdims", false))));
        Builtins.add(t, Builtin.of("softmax", a -> Ops.softmax(a.expect(1, 2, "axis").tensor(0), a.axis(1, -1))));
        Builtins.add(t, Builtin.of("log_softmax", a -> Ops.logSoftmax(a.expect(1, 2, "axis").tensor(0), a.axis(1, -1))));
        Builtins.add(t, Builtin.of("argmax", MathBuiltins::argmax));

        Builtins.add(t, Builtin.of("reshape", a -> Ops.reshape(a.expect(2, Integer.MAX_VALUE).tensor(0), a.shape(1))));
        Builtins.add(t, Builtin.of("broadcast_to", a -> Ops.broadcastTo(a.expect(2, Integer.MAX_VALUE).tensor(0), a.shape(1))));
        Builtins.add(t, Builtin.of("permute", a -> Ops.permute(a.expect(2, Integer.MAX_VALUE).tensor(0), a.shape(1))));
        Builtins.add(t, Builtin.of("transpose", MathBuiltins::transpose));
        Builtins.add(t, Builtin.of("one_hot", a -> Ops.oneHot(a.expect(2, 2).tensor(0), a.integer(1))));
        Builtins.add(t, Builtin.of("grad", MathBuiltins::grad));
        Builtins.add(t, Builtin.of("jacobian", a -> Autograd.jacobian(a.expect(2, 2).tensor(0), a.tensor(1), false)));
        Builtins.add(t, Builtin.of("hessian", a -> Autograd.hessian(a.expect(2, 2).tensor(0), a.tensor(1))));
        Builtins.add(t, Builtin.of("jvp", a -> Autograd.jvp(a.expect(3, 3).tensor(0), a.tensor(1), a.tensor(2))));
        Builtins.add(t, Builtin.of("vjp", a -> Autograd.vjp(a.expect(3, 3).tensor(0), a.tensor(1), a.tensor(2))));
    }

    private static void unary(Map<String, Object> t, String name, UnaryOperator<Tensor> f) {
        Builtins.add(t, Builtin.of(name, new Elementwise(f)));
    }

    /**
     * An elementwise function: of a tensor, a tensor; of a tracked number (the lecture's), a tracked
     * number whose number is the node's value; of a plain number, a Python float. The engine's op
     * computes all three, so a number and a tensor never disagree.
     */
    private static final class Elementwise implements Builtin.OneNumber {
        private final UnaryOperator<Tensor> f;

        Elementwise(UnaryOperator<Tensor> f) {
            this.f = f;
        }

        @Override
        public Object apply(Args a) {
            Object r = ofNumber(a.expect(1, 1).get(0));
            return r != null ? r : f.apply(a.tensor(0));
        }

        @Override
        public Object ofNumber(Object v) {
            if (PyNumbers.isNumber(v)) return f.apply(Tensor.constant(PyNumbers.approx(v))).item();
            if (!(v instanceof TrackedNumber n)) return null;
            Tensor node = f.apply(n.node());
            if (!node.requiresGrad()) return node.item(); // a constant, or grad mode is off
            return TrackedNumber.ofNode(node);
        }
    }

    /** NumPy's (and needle's) mean of ints or bools is a float: mean(pred != y) is the error rate (torch.mean refuses, as PyTorch). */
    private static Tensor floating(Tensor x) {
        return x.dtype().isFloating() ? x : x.to(dev.adjoint.autograd.DType.FLOAT64);
    }

    private static Tensor reduced(Args a) {
        return a.expect(1, 2, "axis", "axes", "keepdims").tensor(0);
    }

    /** transpose(x): swap the last two axes (needle); transpose(x, i, j) or axes=(i, j): swap those. */
    private static Tensor transpose(Args a) {
        Tensor x = a.expect(1, 3, "axes").tensor(0);
        int[] axes = a.size() == 3 ? new int[] {a.integer(1), a.integer(2)} : a.size() == 2 || a.has("axes") ? a.ints(a.option(1, "axes", null), "axis") : null;
        if (axes == null) return Ops.transpose(x);
        if (axes.length != 2) throw a.error("needs two axes to swap, got " + axes.length);
        return Ops.transpose(x, axes[0], axes[1]);
    }

    /** Index of the maximum (a constant): over all entries, or along {@code axis}. */
    private static Tensor argmax(Args a) {
        Tensor x = a.expect(1, 2, "axis").tensor(0);
        Object axis = a.option(1, "axis", null);
        if (axis == null) return Tensor.constant(x.value().reshape(-1).argmax(0));
        return Tensor.constant(x.value().argmax(a.intValue(axis, "axis")));
    }

    /**
     * The lecture's grad(y, x): dy/dx as a differentiable tensor, so grad(grad(y, x), x) is the
     * second derivative; grad(y, [x1, x2]) (a list or tuple) gives a tuple, one gradient each, as
     * torch.autograd.grad does. An x that y does not depend on is PyTorch's error, or None with
     * allow_unused=True. An optional third argument is the seed (for non-scalar y). Unlike
     * torch.autograd.grad it works on any live graph (nothing is freed) and records the graph.
     */
    private static Object grad(Args a) {
        Tensor y = a.expect(2, 3, "create_graph", "allow_unused").tensor(0);
        Object wrt = a.get(1);
        Tensor seed = a.size() == 3 ? a.tensor(2) : null;
        boolean createGraph = a.flag("create_graph", true), allowUnused = a.flag("allow_unused", false);
        boolean many = wrt instanceof List<?>;
        List<Tensor> list = new ArrayList<>();
        for (Object x : many ? (List<?>) wrt : java.util.Collections.singletonList(wrt)) list.add(a.tensorValue(x, "each variable"));
        List<Object> grads = new ArrayList<>(Autograd.gradOfUsed(y, list, seed, createGraph));
        if (!allowUnused && grads.contains(null))
            throw new dev.adjoint.autograd.AutogradException("One of the differentiated Tensors appears to not have been used in the graph. "
                    + "Set allow_unused=True if this is the desired behavior.");
        return many ? Values.tuple(grads) : grads.get(0);
    }
}
