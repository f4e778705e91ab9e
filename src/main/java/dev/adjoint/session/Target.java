package dev.adjoint.session;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Shapes;

/**
 * What an inspection command is about: a variable that holds a tensor, resolved by {@link
 * Session#target}. Front-ends hand it back to the session; they never look inside.
 */
public final class Target {
    private final String name;
    private final Tensor tensor;

    Target(String name, Tensor tensor) {
        this.name = name;
        this.tensor = tensor;
    }

    public String name() {
        return name;
    }

    Tensor tensor() {
        return tensor;
    }

    /** Whether reverse mode can start from it: one element, and it depends on an input that requires grad. */
    public boolean isDifferentiableScalar() {
        return tensor.requiresGrad() && tensor.value().size() == 1;
    }

    public boolean requiresGrad() {
        return tensor.requiresGrad();
    }

    /** Its shape as messages write it, e.g. "(2, 3)". */
    public String shape() {
        return Shapes.str(tensor.shape());
    }
}
