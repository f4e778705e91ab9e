package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.ShapeException;

/**
 * PyTorch's in-place methods ({@code x.add_(y)}, {@code x += y}, {@code x.zero_()}, ...): the op of
 * the same name applied by {@link Tensor#applyInPlace}, which keeps x's identity, raises its
 * version and records the change when grad mode and requires_grad say so. Each returns x.
 */
public final class InPlace {
    private InPlace() {}

    public static Tensor add(Tensor x, Tensor y) { return binary(x, Add.INSTANCE, y); }

    public static Tensor sub(Tensor x, Tensor y) { return binary(x, Sub.INSTANCE, y); }

    /** x.add_(y, alpha=α) and x.sub_(y, alpha=α), with PyTorch's one rounding. */
    public static Tensor addScaled(Tensor x, Tensor y, Number alpha, boolean sub) { return binary(x, new AddScaled(alpha, sub), y); }

    public static Tensor mul(Tensor x, Tensor y) { return binary(x, Mul.INSTANCE, y); }

    public static Tensor div(Tensor x, Tensor y) { return binary(x, Div.INSTANCE, y); }

    public static Tensor pow(Tensor x, Tensor y) { // a tensor exponent may be negative for integers (see Ops.pow)
        return binary(x, Pow.INSTANCE, y);
    }

    /** x **= n for a Python number n given as the 0-d tensor of its type (see Ops.powNumber). */
    public static Tensor powNumber(Tensor x, Tensor number) {
        Pow.checkExponent(x, number);
        return binary(x, Pow.SCALAR_EXPONENT, number);
    }

    public static Tensor pow(Tensor x, double y) { return binary(x, Pow.SCALAR_EXPONENT, Tensor.constant(y)); }

    public static Tensor neg(Tensor x) { return x.applyInPlace(Neg.INSTANCE); }

    public static Tensor exp(Tensor x) { return x.applyInPlace(Exp.INSTANCE); }

    public static Tensor log(Tensor x) { return x.applyInPlace(Log.INSTANCE); }

    public static Tensor sin(Tensor x) { return x.applyInPlace(Sin.INSTANCE); }

    public static Tensor cos(Tensor x) { return x.applyInPlace(Cos.INSTANCE); }

    public static Tensor tanh(Tensor x) { return x.applyInPlace(Tanh.INSTANCE); }

    public static Tensor sigmoid(Tensor x) { return x.applyInPlace(Sigmoid.INSTANCE); }

    public static Tensor relu(Tensor x) { return x.applyInPlace(Relu.INSTANCE); }

    /** elu_, selu_ and celu_ (F.elu(x, inplace=True), ...), named EluBackward1 and CeluBackward1 as PyTorch names them. */
    public static Tensor elu(Tensor x, double alpha, double scale, boolean celu) {
        return x.applyInPlace(celu ? new Elu(alpha, 1, 1 / alpha, "CeluBackward1") : new Elu(alpha, scale, 1, "EluBackward1"));
    }

    public static Tensor selu(Tensor x) { return elu(x, Elu.SELU_ALPHA, Elu.SELU_SCALE, false); }

    public static Tensor silu(Tensor x) { return x.applyInPlace(Silu.INSTANCE); }

    public static Tensor mish(Tensor x) { return x.applyInPlace(Mish.INSTANCE); }

    public static Tensor hardswish(Tensor x) { return x.applyInPlace(Hardswish.INSTANCE); }

    public static Tensor hardsigmoid(Tensor x) { return x.applyInPlace(Hardsigmoid.INSTANCE); }

    /** hardtanh_ (and relu6 with inplace=True: hardtanh_(x, 0, 6)). */
    public static Tensor hardtanh(Tensor x, double min, double max) { return x.applyInPlace(new Hardtanh(min, max)); }

    /** threshold_(x, threshold, value) (ThresholdBackward1). */
    public static Tensor threshold(Tensor x, double threshold, double value) {
        return x.applyInPlace(new Where(x.value().map(v -> v <= threshold ? 0 : 1), "ThresholdBackward1"), Ops.thresholdValue(x, value));
    }

    public static Tensor sqrt(Tensor x) { return x.applyInPlace(Sqrt.INSTANCE); }

    public static Tensor abs(Tensor x) { return x.applyInPlace(Abs.INSTANCE); }

    public static Tensor clamp(Tensor x, Number min, Number max) {
        Ops.clamp(Tensor.constant(0), min, max); // checks the bounds
        return x.applyInPlace(Clamp.of(min, max));
    }

    public static Tensor clampMin(Tensor x, Number min) { return x.applyInPlace(Ops.clampMinOp(min)); }

    public static Tensor clampMax(Tensor x, Number max) { return x.applyInPlace(Ops.clampMaxOp(max)); }

    /** rrelu_ with its slopes drawn already (see {@link Ops#rrelu}): RreluWithNoiseBackward1. */
    public static Tensor rrelu(Tensor x, NDArray noise) { return x.applyInPlace(new Renamed(Mul.INSTANCE, "RreluWithNoiseBackward1", -1), Tensor.constant(noise)); }

    public static Tensor fill(Tensor x, double v) { return x.applyInPlace(Ops.fill(v)); }

    public static Tensor zero(Tensor x) { return fill(x, 0); }

    /** x.copy_(src): src's values (broadcast, cast to x's type). */
    /**
     * x.f_(...) for an f with no in-place op of its own: r = f(x, ...), computed from x as it is,
     * written into x. As in PyTorch, r's type must cast to x's and r must have x's shape. When r is
     * one recorded node whose first input is x, its op is applied to x in place, so x.grad_fn is
     * f's (AsinBackward0, not CopyBackwards); else r's values are copied in.
     */
    public static Tensor result(Tensor x, Tensor r) {
        if (!r.dtype().castsTo(x.dtype()))
            throw new AutogradException("result type " + r.dtype().scalarName() + " can't be cast to the desired output type " + x.dtype().scalarName());
        if (!java.util.Arrays.equals(r.shape(), x.shape()))
            throw new AutogradException("output with shape " + Tensor.torchShape(x.shape()) + " doesn't match the broadcast shape " + Tensor.torchShape(r.shape()));
        if (r.op() != null && r.inputCount() > 0 && r.input(0) == x && r.dtype() == x.dtype()) {
            Tensor[] others = r.inputs().subList(1, r.inputCount()).toArray(new Tensor[0]);
            return x.applyInPlace(r.op(), others);
        }
        return copy(x, r);
    }

    public static Tensor copy(Tensor x, Tensor src) {
        return binary(x, Copy.INSTANCE, src.dtype().ordinal() > x.dtype().ordinal() ? src.to(x.dtype()) : src);
    }

    public static Tensor maskedFill(Tensor x, Tensor mask, Tensor value) {
        Tensor probe = Ops.maskedFill(Tensor.constant(NDArray.zeros(x.shape()), x.dtype()), mask, value); // checks mask and value
        if (!java.util.Arrays.equals(probe.shape(), x.shape()))
            throw new ShapeException("output with shape " + Tensor.torchShape(x.shape()) + " doesn't match the broadcast shape " + Tensor.torchShape(probe.shape()));
        Tensor v = value.dtype().ordinal() > x.dtype().ordinal() ? value.to(x.dtype()) : value;
        // where(not mask, x, value): x must be the first operand of an in-place op
        return x.applyInPlace(new Where(mask.value().broadcastTo(x.shape()).map(m -> m != 0 ? 0 : 1), "MaskedFillBackward0"), v);
    }

    // ---- in-place view ops: the same entries in a new layout, named as PyTorch names their nodes ----

    /** x.t_(): a matrix transposed in place (0-d and 1-d tensors keep their layout, still recorded). */
    public static Tensor t(Tensor x) {
        return x.restrideInPlace(Ops.transposing(x.ndim(), "t_()", "TBackward1"));
    }

    /** x.transpose_(d0, d1) (also swapdims_, swapaxes_): the axes already in range (0 for both on a 0-d tensor). */
    public static Tensor transpose(Tensor x, int d0, int d1) {
        return x.restrideInPlace(Ops.swapping(x.ndim(), d0, d1, "TransposeBackward1"));
    }

    /** x.squeeze_() and x.squeeze_(dim) (dim null for all axes of size 1). */
    public static Tensor squeeze(Tensor x, Integer dim) {
        int[] shape = Ops.squeezed(x.shape(), dim);
        return x.restrideInPlace(dim == null ? new Reshape(shape, "SqueezeBackward2") : new Reshape(shape, "SqueezeBackward3", dim));
    }

    /**
     * x.resize_(sizes) to as many entries or fewer: x keeps its first ones, laid out as sizes. PyTorch
     * refuses a tensor that requires grad; a larger size would show memory never written, which
     * adjoint does not imitate: it says so.
     */
    public static Tensor resize(Tensor x, int[] sizes) {
        if (x.requiresGrad()) throw new AutogradException("cannot resize variables that require grad");
        int n = dev.adjoint.ndarray.Shapes.size(sizes), had = x.value().size();
        if (n > had)
            throw new AutogradException("resize_ to more entries (" + n + ") than the tensor has (" + had + ") is not supported by adjoint: the new entries would be uninitialized memory");
        int[] first = new int[n];
        for (int i = 0; i < n; i++) first[i] = i;
        return x.restrideInPlace(Ops.asStrided(first, sizes.clone()));
    }

    public static Tensor unsqueeze(Tensor x, int dim) {
        return x.restrideInPlace(new Reshape(Ops.unsqueezed(x.shape(), dim), "UnsqueezeBackward1", dim));
    }

    private static Tensor binary(Tensor x, Op op, Tensor y) {
        Ops.checkBroadcast(x.shape(), y.shape()); // PyTorch's message for a[0] += b as for a + b
        try {
            return x.applyInPlace(op, y);
        } catch (ShapeException e) {
            throw new ShapeException(op.name() + ": " + e.getMessage());
        }
    }
}
