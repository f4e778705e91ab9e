package dev.adjoint.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Arg;
import dev.adjoint.files.OsErrorText;
import dev.adjoint.files.OutputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** :save FILE — writes the session's accepted inputs as a script that :load replays. */
final class SaveCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("save", "write this session's statements as a script (:load replays it)")
            .word("FILE", CommandSpec.Completion.FILES, ":save needs a file name, e.g. :save session.adj").flag("force")
            .help("""
                Writes every statement this session accepted (and the commands that change state,
                like :backward and :set grad), in order, as a script: :load FILE or
                scripts/adjoint FILE rebuilds the same variables. Display settings (:set
                precision, notation, ...) are yours, not the session's: they are not saved. Failed lines are left out (they
                change nothing, not even the random generator), and the script starts with
                seed(N), where this session's generator started, so rand and randn replay too. An
                existing file is kept unless you add --force; the file is written to a temporary
                file first and then renamed, so a failure never leaves half a script. Only a
                regular file is written or replaced (never a folder, FIFO, device or symbolic
                link). Quote a name with blanks ('my session.adj'); ~/ is your home folder.
                  >>> :save session.adj""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        Arg file = r.word();
        boolean force = r.flag("force");
        if (ctx.scripts == null) throw new LangError(":save is not available here", r.command().span());
        List<String> inputs = ctx.scripts.acceptedInputs().stream().filter(SetCommand::changesComputation).toList();
        StringBuilder sb = new StringBuilder("# adjoint session: replay with :load FILE or scripts/adjoint FILE\n");
        // where the random generator started: rand/randn draw the same numbers when the script is replayed
        sb.append("seed(").append(ctx.session.replaySeed()).append(")\n");
        for (String in : inputs) {
            sb.append(in.strip()).append('\n');
            if (in.strip().contains("\n")) sb.append('\n'); // an empty line ends a block
        }
        Path path = FileNames.path(file);
        write(path, sb.toString(), force, new Arg(path.toString(), file.span()));
        return Reply.text("saved " + inputs.size() + " input" + (inputs.size() == 1 ? "" : "s") + " to " + path);
    }

    /** Through {@link OutputFile}: a temporary file beside the target, renamed over it; only regular files are replaced. */
    static void write(Path path, String text, boolean force, Arg at) {
        write(path, text, force, false, at);
    }

    static void write(Path path, String text, boolean force, boolean makeFolders, Arg at) {
        try (OutputFile f = OutputFile.open(path, at.text(), force, makeFolders)) {
            f.write(text);
            f.commit();
        } catch (OutputFile.Refused e) {
            throw new LangError(e.getMessage(), at.span());
        } catch (IOException e) {
            throw new LangError("cannot write " + at.text() + ": " + OsErrorText.of(e), at.span());
        }
    }
}
