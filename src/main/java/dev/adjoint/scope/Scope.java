package dev.adjoint.scope;

/**
 * A setting in force on this thread until closed, for try-with-resources: grad mode, the element
 * limit, anomaly detection, an input's shared constants, a script's folder. Closing puts back what
 * was before and never throws. Several combine into one with {@link #and}.
 */
@FunctionalInterface
public interface Scope extends AutoCloseable {
    @Override
    void close();

    /** This scope and then {@code inner}: closes {@code inner} first, as nested try blocks would. */
    default Scope and(Scope inner) {
        return () -> {
            try {
                inner.close();
            } finally {
                close();
            }
        };
    }
}
