package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;

/** A library value a tensor can be made from wherever an array-like is taken (a NumPy array): torch.tensor(a), ndl.Tensor(a). */
public interface TensorConvertible {
    /** A new tensor with a copy of the values (no graph, no shared memory). */
    Tensor toTensor();
}
