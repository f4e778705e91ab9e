package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.lib.TensorRepr;
import dev.adjoint.nn.Parameter;

/**
 * How print(), str() and repr() show a tensor: PyTorch 1.13's text (lib.TensorRepr, torch's), a
 * parameter as {@code Parameter containing:}. The REPL's echo does not come here: it shows tensors
 * in adjoint's display (--precision).
 */
final class TensorText {
    private TensorText() {}

    static String repr(Tensor t) {
        return Parameter.isParameter(t) ? TensorRepr.parameterRepr(t) : TensorRepr.repr(t);
    }
}
