package dev.adjoint.autograd;

/**
 * The one object that stands for a node outside the engine (the language's {@code grad_fn}),
 * kept by the node ({@link Tensor#nodeObject}). An in-place change that makes a tensor a new
 * node moves the node it was to a fresh tensor: the object follows it there, as PyTorch's old
 * grad_fn stays the old node.
 */
public interface NodeObject {
    /** The node this object stands for is now {@code node}. */
    void movedTo(Tensor node);
}
