package dev.adjoint.testing;

import dev.adjoint.session.Output;
import java.util.ArrayList;
import java.util.List;

/**
 * An Output that keeps the two ways a warning leaves the session apart: Python's warnings module
 * writes its lines to stderr ({@link #stderr}), the engine's own warnings arrive as messages
 * ({@link #engine}); printed values are dropped.
 */
public final class WarningsOutput implements Output {
    public final List<String> engine = new ArrayList<>();
    public final StringBuilder stderr = new StringBuilder();

    @Override
    public void print(String line) {}

    @Override
    public void show(Object value) {}

    @Override
    public void writeError(String text) {
        stderr.append(text);
    }

    @Override
    public void warn(String message) {
        engine.add(message);
    }
}
