package dev.adjoint.repl.command;

import java.util.Set;

/** :reset — forgets every variable. */
final class ResetCommand implements Command {
    public String name() { return "reset"; }

    public String usage() { return ":reset"; }

    public String summary() { return "forget all variables and start afresh"; }

    public String help() { return "Forgets every variable and function of the session. Settings (:set) stay."; }

    public boolean run(CommandArgs args, CommandContext ctx) {
        args.expectEnd(Set.of());
        ctx.session.reset();
        if (ctx.scripts != null) ctx.scripts.clearAccepted();
        ctx.out.println("session cleared");
        return false;
    }
}
