package dev.adjoint.command;

import dev.adjoint.scope.Scope;
import dev.adjoint.files.ScriptFolder;
import dev.adjoint.lang.LangError;
import dev.adjoint.session.Arg;

/** :load FILE — runs a script in the session. */
final class LoadCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("load", "run a script in this session (stops at its first error)")
            .word("FILE", CommandSpec.Completion.FILES, ":load needs a file name, e.g. :load lecture.adj")
            .help("""
                Runs the statements and commands of FILE in this session, as if typed, and stops at
                the first error, which names FILE:LINE:COL. Variables it defines stay. Scripts
                written by :save replay the session they were saved from. Relative file names in
                a script (its :load, mnist(...), :save, :graph --out) are its own folder's. FILE must be a
                regular UTF-8 text file of at most 10,000,000 bytes (not a FIFO, a device or a
                binary file); the same holds for the script given on the command line.
                  >>> :load examples/lecture.adj""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        Arg file = r.word();
        String text = read(file);
        if (ctx.scripts == null) throw new LangError(":load is not available here", r.command().span());
        try (Scope folder = ScriptFolder.enter(ScriptFolder.resolve(file.text()))) { // its relative names are its folder's
            if (!ctx.scripts.runScript(text, file.text())) throw new ScriptFailed();
        }
        return Reply.NONE;
    }

    /** The script's text, or one clear message on what is wrong with the file (the limits of {@link ScriptFile}). */
    static String read(Arg file) {
        try {
            return ScriptFile.read(file.text());
        } catch (ScriptFile.Unusable e) {
            throw new LangError(e.getMessage(), file.span());
        }
    }
}
