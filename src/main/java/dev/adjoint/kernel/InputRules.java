package dev.adjoint.kernel;

import dev.adjoint.command.Commands;
import dev.adjoint.command.InputRunner.Input;
import dev.adjoint.session.Session;
import java.util.List;
import java.util.Optional;

/**
 * The prompt's rules, which a cell follows too: how a text splits into inputs, whether it needs
 * another line, and what Tab offers. The terminal front-end owns them and hands them to the
 * kernel at start, so the kernel depends on the session and the renderers, not on the prompt.
 */
public interface InputRules {
    /** What Tab offers at a cursor: the matches, and the range [start, end) of the text they replace. */
    record Completion(int start, int end, List<String> matches) {}

    /** The inputs of a text (a cell, a script), split as a script is. */
    List<Input> split(String text, Session session);

    /** Empty when Enter at the end of the text would run it; else the indent of the next line. */
    Optional<String> continuation(String text, Session session);

    /** Tab at {@code cursor}: the candidates that start with the word typed so far. */
    Completion complete(Session session, Commands commands, String text, int cursor);
}
