package dev.adjoint.autograd;

/** A misuse of autograd (backward of a non-scalar without a seed, a non-leaf's grad, ...), with PyTorch's wording. */
public class AutogradException extends RuntimeException {
    public AutogradException(String message) {
        super(message);
    }
}
