package dev.adjoint.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * Only for the class-data-sharing dump that scripts/adjoint makes after a build (environment
 * variable ADJOINT_CDS_TRAINING): a short session typed into the prompt's line reader on an
 * in-memory terminal, through the prompt's own loop, so that jline's classes, and the lambdas it
 * spins up, are in the archive and the interactive prompt starts as fast as a pipe. Never prints,
 * never fails.
 */
final class CdsTraining {
    /** Keys typed: statements, a completion, a block with Tab-indent, Ctrl-C, then Ctrl-D. */
    private static final String KEYS = "x1 = 2\ny = sin(x1) + x1*x1\n:tr\t y\nx1.gr\t\n"
            + "for i in range(2):\n\tz = i\n\nabc\u0003\u0004";

    private CdsTraining() {}

    static void prompt(Shell shell) {
        Path history = null;
        try {
            // the system terminal's machinery, as far as it gets without a terminal, on its thread as at the prompt
            ReplLoop.EarlyTerminal early = ReplLoop.EarlyTerminal.start();
            try (Terminal system = early.get()) {
                system.getWidth();
            } catch (Exception | LinkageError e) {
                // without a terminal this may fail: it has loaded its classes by then
            }
            // what QuickSystemTerminal does with a terminal's description at a real one
            TerminalCapabilities.parse(InfoCmp.getDefaultInfoCmp("xterm-256color"), EnumSet.noneOf(InfoCmp.Capability.class),
                    new EnumMap<>(InfoCmp.Capability.class), new EnumMap<>(InfoCmp.Capability.class));
            history = Files.createTempFile("adjoint-cds", ".history");
            OutputStream screen = new ByteArrayOutputStream();
            try (Terminal terminal = TerminalBuilder.builder()
                    .system(false)
                    .streams(new ByteArrayInputStream(KEYS.getBytes(StandardCharsets.UTF_8)), screen)
                    .type("xterm-256color")
                    .size(new Size(80, 24))
                    .encoding(StandardCharsets.UTF_8)
                    .build()) {
                ReplLoop.loop(terminal, ReplLoop.bareReader(terminal), shell, true, "training", OutputStream.nullOutputStream(), history);
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
