package dev.adjoint.repl;

import dev.adjoint.command.Commands;
import dev.adjoint.command.InputRunner.Input;
import dev.adjoint.kernel.InputRules;
import dev.adjoint.session.Session;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jline.reader.Candidate;

/**
 * The prompt's rules, for a second front-end (the Jupyter kernel) that must behave the same: how a
 * text splits into inputs ({@link InputAssembler}), whether Enter runs it or asks for another line
 * and with what indent ({@link AdjointParser}), and what Tab offers ({@link AdjointCompleter}).
 */
public final class PromptRules implements InputRules {
    public static final PromptRules INSTANCE = new PromptRules();

    private PromptRules() {}

    /** The inputs of a text (a cell, a pasted block), split as a script is. */
    @Override
    public List<Input> split(String text, Session session) {
        List<Input> inputs = new ArrayList<>();
        for (InputAssembler.Chunk c : InputAssembler.split(text, s -> isComplete(session, s), InputAssembler.Mode.TEXT))
            inputs.add(new Input(c.text(), c.firstLine()));
        return inputs;
    }

    /** Empty when Enter at the end of the text would run it; else the indent of the next line, as the prompt gives it. */
    @Override
    public Optional<String> continuation(String text, Session session) {
        if (!InputAssembler.needsMoreLines(text, s -> isComplete(session, s))) return Optional.empty();
        return Optional.of("    ".repeat(AdjointParser.nextIndent(text)));
    }

    /** False while an input needs more lines (as {@link Shell#isComplete}): commands are one line. */
    private static boolean isComplete(Session session, String input) {
        return input.stripLeading().startsWith(":") || session.isComplete(input);
    }

    /** Tab at {@code cursor}: the prompt's candidates that start with the word typed so far. */
    @Override
    public Completion complete(Session session, Commands commands, String text, int cursor) {
        AdjointParser.Words words = AdjointParser.words(text, cursor);
        List<Candidate> candidates = new ArrayList<>();
        new AdjointCompleter(new SessionSource(session, commands)).complete(null, words, candidates);
        String typed = words.word().substring(0, Math.min(words.wordCursor(), words.word().length()));
        Set<String> matches = new LinkedHashSet<>();
        for (Candidate c : candidates) if (c.value().startsWith(typed)) matches.add(c.value());
        int start = words.cursor() - words.wordCursor();
        return new Completion(start, start + words.word().length(), List.copyOf(matches));
    }
}
