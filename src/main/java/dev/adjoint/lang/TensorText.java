package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.lib.NeedleTensor;
import dev.adjoint.lang.lib.TensorRepr;
import dev.adjoint.nn.Parameter;

/**
 * How print(), str() and repr() show a tensor: PyTorch 1.13's text (lib.TensorRepr, torch's), a
 * parameter as {@code Parameter containing:}, a needle tensor as needle's {@code needle.Tensor(...)}. The REPL's echo does not come here: it shows tensors
 * in adjoint's display (--precision).
 */
final class TensorText {
    private TensorText() {}

    static String repr(Tensor t) {
        if (t.isNeedle()) return NeedleTensor.repr(t);
        if (Parameter.isUninitialized(t)) return UninitializedTensors.repr(t);
        return Parameter.isParameter(t) ? TensorRepr.parameterRepr(t) : TensorRepr.repr(t);
    }

    /** str(): PyTorch's is its repr; needle's is NumPy's str of the data. */
    static String str(Tensor t) {
        return t.isNeedle() ? NeedleTensor.str(t) : repr(t);
    }
}
