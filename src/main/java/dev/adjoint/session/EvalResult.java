package dev.adjoint.session;

import java.util.Optional;

/**
 * What an input evaluated to: the value of its last expression statement, if it had one and it was
 * not None (Jupyter's execute_result; the REPL echoes each value as it comes through Output.show).
 */
public record EvalResult(Optional<Object> value) {
    static final EvalResult NOTHING = new EvalResult(Optional.empty());
}
