package dev.adjoint.lang;

/** Python's {@code ...} (Ellipsis), mostly seen as a placeholder body. */
public enum Ellipsis {
    INSTANCE;

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
