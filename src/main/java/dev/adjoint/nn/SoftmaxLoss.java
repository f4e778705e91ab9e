package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.Shapes;

/**
 * Mean softmax (cross-entropy) loss over the batch: mean of logsumexp(z) − z_y, with z_y picked by
 * a one-hot constant (needle's form). Takes two inputs: logits (B, k) and labels (B,) holding
 * class indices as doubles.
 */
public final class SoftmaxLoss extends Module {
    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Tensor call(Tensor... inputs) {
        if (inputs.length != 2)
            throw new IllegalArgumentException("SoftmaxLoss takes 2 inputs (logits, y), got " + inputs.length);
        return forward(inputs[0], inputs[1]);
    }

    @Override
    public Tensor forward(Tensor x) {
        throw new IllegalArgumentException("SoftmaxLoss takes 2 inputs (logits, y), got 1");
    }

    public Tensor forward(Tensor logits, Tensor y) {
        int[] s = logits.shape(), ys = y.shape();
        if (s.length != 2)
            throw new IllegalArgumentException("SoftmaxLoss needs logits of shape (batch, classes), got " + Shapes.str(s));
        if (ys.length != 1 || ys[0] != s[0])
            throw new IllegalArgumentException("SoftmaxLoss needs labels of shape (" + s[0] + ",) for logits of shape "
                    + Shapes.str(s) + ", got " + Shapes.str(ys));
        Tensor lse = Ops.logsumexp(logits, new int[] {1}, false);
        Tensor hot = Tensor.constantLike(Ops.oneHot(y, s[1]).value(), logits); // needle's one_hot is float32, as float32 logits are
        Tensor zy = Ops.sum(Ops.mul(logits, hot), new int[] {1}, false);
        return Ops.div(Ops.sum(Ops.sub(lse, zy)), Ops.scalar(s[0]));
    }
}
