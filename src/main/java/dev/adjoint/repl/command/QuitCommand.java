package dev.adjoint.repl.command;

import java.util.Set;

/** :quit — ends the session. */
final class QuitCommand implements Command {
    public String name() { return "quit"; }

    public String usage() { return ":quit"; }

    public String summary() { return "leave adjoint (also Ctrl-D)"; }

    public String help() { return "Ends the session (Ctrl-D does the same at an empty prompt). :exit and :q work too."; }

    public boolean run(CommandArgs args, CommandContext ctx) {
        args.expectEnd(Set.of());
        return true;
    }
}
