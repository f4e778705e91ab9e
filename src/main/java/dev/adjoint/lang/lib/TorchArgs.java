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

    static List<Tensor> tensors(Args a, Object v) {
        return TensorFunctions.tensors(a, v, "tensors");
    }

    static int[] sizes(Args a, int from) {
        return TensorFunctions.sizes(a, from);
    }
}
