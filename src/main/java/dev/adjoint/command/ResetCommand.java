package dev.adjoint.command;

/** :reset — forgets every variable. */
final class ResetCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("reset", "forget all variables and start afresh")
            .help("Forgets every variable and function of the session. Settings (:set) stay.");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        ctx.session.reset();
        if (ctx.scripts != null) ctx.scripts.clearAccepted();
        return Reply.text("session cleared");
    }
}
