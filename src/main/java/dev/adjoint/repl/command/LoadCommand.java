package dev.adjoint.repl.command;

import dev.adjoint.lang.LangError;
import java.util.Set;

/** :load FILE — runs a script in the session. */
final class LoadCommand implements Command {
    public String name() { return "load"; }

    public String usage() { return ":load FILE"; }

    public String summary() { return "run a script in this session (stops at its first error)"; }

    public String help() {
        return """
                Runs the statements and commands of FILE in this session, as if typed, and stops at
                the first error, which names FILE:LINE:COL. Variables it defines stay. Scripts
                written by :save replay the session they were saved from. FILE must be a
                regular UTF-8 text file of at most 10,000,000 bytes (not a FIFO, a device or a
                binary file); the same holds for the script given on the command line.
                  >>> :load examples/lecture.adj""";
    }

    public boolean run(CommandArgs args, CommandContext ctx) {
        if (!args.hasNext()) throw new LangError(":load needs a file name, e.g. :load lecture.adj", args.endSpan());
        CommandArgs.Word file = args.next();
        args.expectEnd(Set.of());
        String text = read(file);
        if (ctx.scripts == null) throw new LangError(":load is not available here", args.name().span());
        if (!ctx.scripts.runScript(text, file.text())) throw new ScriptFailed();
        return false;
    }

    /** The script's text, or one clear message on what is wrong with the file (the limits of {@link ScriptFile}). */
    static String read(CommandArgs.Word file) {
        try {
            return ScriptFile.read(file.text());
        } catch (ScriptFile.Unusable e) {
            throw new LangError(e.getMessage(), file.span());
        }
    }
}
