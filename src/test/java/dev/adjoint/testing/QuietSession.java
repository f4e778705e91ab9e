package dev.adjoint.testing;

import dev.adjoint.session.Session;

/** A session for tests that run programs and read back what an expression shows, printing nothing. */
public final class QuietSession {
    private final Session s = new Session();

    /** Runs a program (a failing one throws its LangError). */
    public void run(String program) {
        s.eval(program, QuietOutput.INSTANCE);
    }

    /** str(expression), evaluated in the session. */
    public String eval(String expression) {
        run("shown = str(" + expression + ")");
        return (String) s.lookup("shown");
    }
}
