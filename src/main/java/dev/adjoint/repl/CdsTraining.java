package dev.adjoint.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Only for the class-data-sharing dump that scripts/adjoint makes after a build (environment
 * variable ADJOINT_CDS_TRAINING): a short session typed into the prompt's line reader on an
 * in-memory terminal, so that jline's classes, and the lambdas it spins up, are in the archive
 * and the interactive prompt starts as fast as a pipe. Never prints, never fails.
 */
final class CdsTraining {
    /** Keys typed: statements, a completion, a block with Tab-indent, Ctrl-C, then Ctrl-D. */
    private static final String KEYS = "x1 = 2\ny = sin(x1) + x1*x1\n:tr\t y\nx1.gr\t\n"
            + "for i in range(2):\n\tz = i\n\nabc\u0003\u0004";

    private CdsTraining() {}

    static void prompt(Shell shell) {
        Path history = null;
        try {
            // the system-terminal machinery, as far as it gets without a terminal
            try (Terminal system = ReplLoop.withEncoding(TerminalBuilder.builder().system(true).dumb(true)).build()) {
                system.getWidth();
            } catch (Exception | LinkageError e) {
                // without a terminal this may fail: it has loaded its classes by then
            }
            history = Files.createTempFile("adjoint-cds", ".history");
            OutputStream screen = new ByteArrayOutputStream();
            try (Terminal terminal = TerminalBuilder.builder()
                    .system(false)
                    .streams(new ByteArrayInputStream(KEYS.getBytes(StandardCharsets.UTF_8)), screen)
                    .type("xterm-256color")
                    .size(new Size(80, 24))
                    .encoding(StandardCharsets.UTF_8)
                    .build()) {
                LineReader reader = ReplLoop.newReader(terminal, shell, true, history);
                String prompt = ReplLoop.prompt(terminal, true);
                PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
                EvalRunner runner = new EvalRunner(shell, sink, sink);
                while (true) {
                    try {
                        String text = reader.readLine(prompt);
                        for (InputAssembler.Chunk chunk : InputAssembler.split(text, shell::isComplete)) {
                            runner.runOnWorker(chunk, null);
                        }
                    } catch (UserInterruptException e) {
                        // Ctrl-C: next line
                    } catch (EndOfFileException e) {
                        break;
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            // training only: whatever it loaded before failing is still archived
        } finally {
            try {
                if (history != null) Files.deleteIfExists(history);
            } catch (Exception e) {
                // a temporary file left behind
            }
        }
    }
}
