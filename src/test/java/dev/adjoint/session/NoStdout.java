package dev.adjoint.session;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Fails a test whose code under test writes to System.out (EJML's rule: the core never prints). */
public final class NoStdout implements BeforeEachCallback, AfterEachCallback {
    private PrintStream original;
    private ByteArrayOutputStream captured;

    @Override
    public void beforeEach(ExtensionContext context) {
        original = System.out;
        captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(original);
        String text = captured.toString(StandardCharsets.UTF_8);
        if (!text.isEmpty()) throw new AssertionError("code under test wrote to System.out: " + text);
    }
}
