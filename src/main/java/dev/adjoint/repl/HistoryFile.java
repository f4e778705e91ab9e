package dev.adjoint.repl;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The prompt's history file (~/.adjoint_history or $ADJOINT_HISTORY). jline appends one line per
 * entry as it is accepted, so a crash loses at most the entry being written; but if that write was
 * torn (a killed process, a full disk), the file ends without a newline and jline's next append
 * would glue a new entry onto the broken one. {@link #repair} ends the file with a newline first.
 */
public final class HistoryFile {
    private HistoryFile() {}

    /** Ends the file with a newline if its last line was cut short; never fails (a history problem must not stop the prompt). */
    public static void repair(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) return;
            boolean endsWithNewline;
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                f.seek(f.length() - 1);
                endsWithNewline = f.read() == '\n';
            }
            if (!endsWithNewline) Files.write(file, "\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // unreadable or read-only: jline will say what it can, the prompt goes on
        }
    }
}
