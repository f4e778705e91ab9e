package dev.adjoint.command;

/** :quit — ends the session. */
final class QuitCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("quit", "leave adjoint (also Ctrl-D)")
            .help("Ends the session (Ctrl-D does the same at an empty prompt). :exit and :q work too.");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        return Reply.QUIT;
    }
}
