package dev.adjoint.session;

import dev.adjoint.lang.LangError;

/**
 * A question the session cannot answer for the request as a whole (a target with no gradient, a
 * Jacobian with nothing to differentiate by). It has no span: the front-end points at the request
 * (the command's name) when it reports it.
 */
public final class Refusal extends LangError {
    public Refusal(String message) {
        super(message, null);
    }
}
