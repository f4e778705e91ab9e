package dev.adjoint.lang;

/**
 * A library value with Python text of its own, even when it is also a tuple (a java.util.List):
 * {@code torch.Size([2, 3])}, {@code torch.return_types.max(values=..., indices=...)}. repr() and
 * str() use it; a HostObject's attributes are asked before a tuple's.
 */
public interface PyReprable {
    String pyRepr();

    /** str() and print(): the repr unless the value prints otherwise (a NumPy array: {@code [1. 2.]}). */
    default String pyStr() {
        return pyRepr();
    }
}
