package dev.adjoint.session;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fresh Session per test with the helpers the language tests share; no test may write to stdout. */
@ExtendWith(NoStdout.class)
abstract class SessionHarness {
    protected final Session session = new Session();
    protected final RecordingOutput out = new RecordingOutput();

    protected void run(String source) {
        session.eval(source, out);
    }

    protected Tensor tensor(String name) {
        return (Tensor) session.lookup(name);
    }

    protected double value(String name) {
        return tensor(name).value().item();
    }

    protected LangError error(String source) {
        return catchThrowableOfType(LangError.class, () -> session.eval(source, out));
    }
}
