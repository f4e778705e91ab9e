package dev.adjoint.repl;

import java.nio.file.Path;
import java.util.List;

/** HistoryFile for tests in other packages (the fuzzers). */
public final class HistoryFileProbe {
    public static final int MAX_ENTRIES = HistoryFile.MAX_ENTRIES;

    private HistoryFileProbe() {}

    /** The entries a load reads (or what it threw): comparable across loads. */
    public static Object load(Path file) {
        try {
            HistoryFile.Loaded l = HistoryFile.at(file).load();
            return List.of(l.entries(), l.writable());
        } catch (Throwable t) {
            return t;
        }
    }

    public static int size(Object loaded) {
        return ((List<?>) ((List<?>) loaded).get(0)).size();
    }
}
