package dev.adjoint.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Arg;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** :load FILE — runs a script in the session. */
final class LoadCommand implements Command {
    static final long MAX_BYTES = 10L << 20;

    private static final CommandSpec SPEC = CommandSpec.command("load", "run a script in this session (stops at its first error)")
            .word("FILE", CommandSpec.Completion.FILES, ":load needs a file name, e.g. :load lecture.adj")
            .help("""
                Runs the statements and commands of FILE in this session, as if typed, and stops at
                the first error, which names FILE:LINE:COL. Variables it defines stay. Scripts
                written by :save replay the session they were saved from.
                  >>> :load examples/lecture.adj""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        Arg file = r.word();
        String text = read(file);
        if (ctx.scripts == null) throw new LangError(":load is not available here", r.command().span());
        if (!ctx.scripts.runScript(text, file.text())) throw new ScriptFailed();
        return Reply.NONE;
    }

    /** The script's text, or one clear message on what is wrong with the file. */
    static String read(Arg file) {
        Path p = Path.of(file.text());
        try {
            if (!Files.exists(p)) throw new LangError("no such file: " + file.text(), file.span());
            if (Files.isDirectory(p)) throw new LangError(file.text() + " is a directory, not a script", file.span());
            if (!Files.isReadable(p)) throw new LangError("cannot read " + file.text() + ": permission denied", file.span());
            long size = Files.size(p);
            if (size > MAX_BYTES) throw new LangError(file.text() + " is " + (size >> 20) + " MB; scripts up to " + (MAX_BYTES >> 20) + " MB are loaded", file.span());
            byte[] bytes = Files.readAllBytes(p);
            for (byte b : bytes) if (b == 0) throw new LangError(file.text() + " looks like a binary file, not a script", file.span());
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw new LangError(file.text() + " is not UTF-8 text", file.span());
        } catch (IOException e) {
            throw new LangError("cannot read " + file.text() + ": " + e.getMessage(), file.span());
        }
    }
}
