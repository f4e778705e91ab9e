package dev.adjoint.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ListIterator;
import org.jline.reader.History;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * jline's in-memory history (navigation, search) with the file handled by {@link HistoryFile}
 * instead of jline's own loading and saving: jline stops the prompt on a torn UTF-8 character, a
 * directory or a line it cannot parse, blocks on a FIFO, and trims its file in quadratic time
 * (13 s for 50,000 entries, at the first Enter). Each accepted entry is appended at once (the
 * prompt sets HISTORY_INCREMENTAL, which makes jline call {@link #save} after every add); the
 * first failure is reported once and nothing more is written.
 */
final class PromptHistory extends DefaultHistory {
    private final HistoryFile file;
    private boolean loaded, writable;
    private int saved = -1; // index of the last entry on disk
    private String problem;

    PromptHistory(Path path) {
        this.file = HistoryFile.at(path);
    }

    @Override
    public void load() {
        if (loaded) return;
        loaded = true;
        HistoryFile.Loaded l = file.load();
        for (HistoryFile.Entry e : l.entries()) internalAdd(e.time(), e.text());
        writable = l.writable();
        problem = l.problem();
        saved = last();
    }

    @Override
    public void save() {
        if (!loaded) return;
        int from = Math.max(first(), saved + 1);
        if (from > last()) return;
        if (writable) {
            try {
                for (ListIterator<History.Entry> it = iterator(from); it.hasNext(); ) {
                    History.Entry e = it.next();
                    if (isPersistable(e)) file.append(new HistoryFile.Entry(e.time(), e.line()));
                }
            } catch (IOException | RuntimeException e) {
                writable = false;
                problem = file.appendProblem(e instanceof IOException io ? io : new IOException(e.getMessage()));
            }
        }
        saved = last();
    }

    @Override
    protected void trimHistory(Path path, int max) {
        // never: HistoryFile keeps the file short when it loads it
    }

    /** What went wrong with the file since last asked (said once), or null. */
    String takeProblem() {
        String p = problem;
        problem = null;
        return p;
    }
}
