package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.TensorFunctions;
import java.util.List;

/** Argument helpers of the torch namespaces, in PyTorch's words (the tensor ones are TensorFunctions'). */
final class TorchArgs {
    private TorchArgs() {}

    static Tensor tensor(Args a, Object v) {
        return TensorFunctions.tensor(a, v, "input", 1);
    }

    /** A TensorList argument (cat, stack, ...): a list or tuple of tensors; a lone tensor is PyTorch's TypeError too. */
    static List<Tensor> tensors(Args a, Object v) {
        if (!(v instanceof List<?>))
            throw dev.adjoint.lang.PyError.type(a.function() + "(): argument 'tensors' (position 1) must be tuple of Tensors, not " + dev.adjoint.lang.Values.typeName(v));
        List<?> items = (List<?>) v;
        for (int i = 0; i < items.size(); i++)
            if (dev.adjoint.lang.Values.node(items.get(i)) == null)
                throw dev.adjoint.lang.PyError.type("expected Tensor as element " + i + " in argument 0, but got " + dev.adjoint.lang.Values.typeName(items.get(i)));
        return TensorFunctions.tensors(a, v, "tensors");
    }

    static int[] sizes(Args a, int from) {
        return TensorFunctions.sizes(a, from);
    }
}
