package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.lib.TensorRepr;
import dev.adjoint.nn.Parameter;

/**
 * How print(), str() and repr() show a tensor: PyTorch 1.13's text ({@link TensorRepr}), with
 * {@code Parameter containing:} before a parameter's. The REPL's echo does not come here: it shows
 * tensors in adjoint's display (--precision).
 */
public final class TensorText {
    private TensorText() {}

    public static String repr(Tensor t) {
        return Parameter.isParameter(t) ? TensorRepr.parameterRepr(t) : TensorRepr.repr(t);
    }

    public static String str(Tensor t) {
        return repr(t);
    }
}
