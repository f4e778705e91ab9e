package dev.adjoint.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Input without a terminal: -e statements, script files and piped stdin. No prompt, no colour and
 * no jline at all; lines are grouped into inputs by {@link InputAssembler}, as at the prompt.
 */
final class PlainLoop {
    enum Result { OK, ERROR, QUIT }

    private PlainLoop() {}

    /** A script or an -e statement: stops at the first failing input (ERROR) or at :quit (QUIT). */
    static Result runText(EvalRunner runner, Shell shell, String text, String sourceName) {
        for (InputAssembler.Chunk chunk : InputAssembler.split(text, shell::isComplete)) {
            Shell.Outcome outcome = runner.run(chunk, sourceName);
            if (outcome.quit()) return Result.QUIT;
            if (!outcome.ok()) return Result.ERROR;
        }
        return Result.OK;
    }

    /** Piped stdin, read line by line as it arrives: errors do not stop it; exit 0 at EOF or :quit. */
    static int runPiped(EvalRunner runner, Shell shell, InputStream in) {
        InputAssembler assembler = new InputAssembler(shell::isComplete);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) line = line.substring(1);
                first = false;
                for (InputAssembler.Chunk chunk : assembler.feed(line)) {
                    if (runner.run(chunk, "<stdin>").quit()) return 0;
                }
            }
        } catch (IOException e) {
            // stdin closed under us: end the session as at EOF
        }
        for (InputAssembler.Chunk chunk : assembler.finish()) {
            if (runner.run(chunk, "<stdin>").quit()) return 0;
        }
        return 0;
    }
}
