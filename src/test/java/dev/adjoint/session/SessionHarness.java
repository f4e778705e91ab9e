package dev.adjoint.session;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Values;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fresh Session per test with the helpers the language tests share; no test may write to stdout. */
@ExtendWith(NoStdout.class)
abstract class SessionHarness {
    protected final Session session = new Session();
    protected final RecordingOutput out = new RecordingOutput();

    protected void run(String source) {
        session.eval(source, out);
    }

    /** The tensor bound to a name, or the node of a tracked number. */
    protected Tensor tensor(String name) {
        Tensor t = Values.node(session.lookup(name));
        if (t == null) throw new AssertionError(name + " is " + Values.typeName(session.lookup(name)) + ", not a tensor");
        return t;
    }

    /** A number bound to a name (a tracked number's Python value, a plain number, a one-element tensor), as a double. */
    protected double value(String name) {
        Double d = Values.toDouble(session.lookup(name));
        if (d == null) throw new AssertionError(name + " is " + Values.typeName(session.lookup(name)) + ", not a number");
        return d;
    }

    protected LangError error(String source) {
        return catchThrowableOfType(LangError.class, () -> session.eval(source, out));
    }
}
