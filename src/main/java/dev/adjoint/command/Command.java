package dev.adjoint.command;

import java.util.List;

/**
 * One ":command": its {@link CommandSpec} (words, options, formats, help) and what it does with a
 * parsed line: ask the session, and answer with a report to render. Registered in {@link Commands}.
 */
public interface Command {
    CommandSpec spec();

    /** Runs the command. Errors are LangErrors with spans (a session's {@code Refusal} points at the command word). */
    Reply run(Request request, CommandContext ctx);

    default String name() {
        return spec().name();
    }

    default String usage() {
        return spec().usage();
    }

    default String summary() {
        return spec().summary();
    }

    /** A longer explanation with an example, for ":help name". */
    default String help() {
        return spec().help();
    }

    /** The options and keywords it takes ("--format", "wrt", ...), for completion at the prompt. */
    default List<String> options() {
        return spec().optionWords();
    }
}
