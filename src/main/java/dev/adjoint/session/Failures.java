package dev.adjoint.session;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.lang.InternalFailure;
import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Span;
import dev.adjoint.ndarray.ComputationInterrupted;

/**
 * The one classification of failures into what a user reads: every exception or error that
 * leaves the engine becomes a {@link LangError} here, whether it came from an input, a question
 * of a front-end or a bug of ours. Front-ends format LangErrors and nothing else.
 */
public final class Failures {
    private Failures() {}

    /** The failure as the user is told it, at {@code span} unless it carries a position of its own. */
    public static LangError classify(Throwable e, Span span) {
        if (e instanceof LangError le) return le;
        if (e instanceof ComputationInterrupted) return Interrupted.noticed(span);
        if (e instanceof StackOverflowError) return new LangError("maximum recursion depth exceeded (the computation nested too deeply)", span);
        if (e instanceof dev.adjoint.ndarray.HeapPressure.Exceeded) return LangError.python("MemoryError", e.getMessage(), span);
        if (e instanceof OutOfMemoryError) return new LangError("out of memory: the graph or a tensor got too large", span);
        String message = InternalFailure.readableMessage(e);
        boolean expected = e instanceof IllegalArgumentException || e instanceof AutogradException || e instanceof ArithmeticException
                || e instanceof IllegalStateException || e instanceof UnsupportedOperationException;
        if (expected && message != null) return new LangError(message, span);
        // a bug of ours, not of the input: said in one line, never with a stack trace or a class name
        return InternalFailure.error(span);
    }
}
