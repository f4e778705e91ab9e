package dev.adjoint.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Arg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
                file first and then renamed, so a failure never leaves half a script.
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
        write(dev.adjoint.files.ScriptFolder.resolve(file.text()), sb.toString(), force, file); // in a script, beside it
        return Reply.text("saved " + inputs.size() + " input" + (inputs.size() == 1 ? "" : "s") + " to " + file.text());
    }

    /** The replaced file's permissions, or rw-r--r-- for a new file (POSIX file systems only). */
    private static void readableByAll(Path tmp, Path target) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    /** Temporary file in the same folder, then an atomic rename: the old file survives any failure. */
    static void write(Path path, String text, boolean force, Arg at) {
        Path abs = path.toAbsolutePath();
        if (Files.isDirectory(abs)) throw new LangError(at.text() + " is a directory", at.span());
        if (Files.exists(abs) && !force) throw new LangError(at.text() + " exists; add --force to overwrite it", at.span());
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            readableByAll(tmp, abs); // a temporary file is private; a saved script should not be
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new LangError(at.text() + " exists; add --force to overwrite it", at.span());
        } catch (IOException e) {
            throw new LangError("cannot write " + at.text() + ": " + e.getMessage(), at.span());
        } finally {
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden and harmless
            }
        }
    }
}
