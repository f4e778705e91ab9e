package dev.adjoint.ndarray;

/** A shape, axis or index that does not fit; the message names the shapes involved. */
public class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) {
        super(message);
    }
}
