package dev.adjoint.repl.command;

/** One ":command": its name, usage and help, and what it does. Registered in {@link Commands}. */
public interface Command {
    /** The name without the colon. */
    String name();

    /** Synopsis, e.g. ":trace [y] [--format text|markdown|json]". */
    String usage();

    /** One line for the :help listing. */
    String summary();

    /** A longer explanation with an example, for ":help name". */
    String help();

    /** Runs the command; returns true when the session should end. Errors are LangErrors with spans. */
    boolean run(CommandArgs args, CommandContext ctx);

    /** The options and keywords it takes ("--format", "wrt", ...), for completion at the prompt. */
    default java.util.List<String> options() {
        return java.util.List.of();
    }

    /** Whether :save must record this command to replay the session (it changes state, like :backward). */
    default boolean changesState() {
        return false;
    }
}
