package dev.adjoint.testing;

import dev.adjoint.session.Output;

/** An Output that shows nothing: for tests that read values from the session, not what it prints. */
public final class QuietOutput implements Output {
    public static final Output INSTANCE = new QuietOutput();

    private QuietOutput() {}

    @Override
    public void print(String line) {}

    @Override
    public void show(Object value) {}

    @Override
    public void warn(String message) {}
}
