package dev.adjoint.undo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The values an input changed, each with a snapshot taken before its first change, so that a
 * failed input can be undone whatever it reached (any depth, any container) without copying the
 * session before every input. Per thread and scoped, like grad mode: a session opens one around
 * each evaluation; with none open, {@link #touch} does nothing.
 */
public final class UndoLog implements AutoCloseable {
    private static final ThreadLocal<UndoLog> CURRENT = new ThreadLocal<>();

    private record Entry(Object value, Runnable restore) {}

    private final Set<Object> touched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Entry> entries = new ArrayList<>();
    private final UndoLog parent;
    private boolean closed;

    private UndoLog(UndoLog parent) {
        this.parent = parent;
    }

    /** Records {@code value}'s state before its first change in the open log; call it before changing the value. */
    public static void touch(Undoable value) {
        UndoLog log = CURRENT.get();
        if (log != null) log.add(value, null);
    }

    private void add(Object value, Runnable restore) {
        if (touched.add(value)) entries.add(new Entry(value, restore != null ? restore : ((Undoable) value).snapshot()));
    }

    /**
     * Opens a log on this thread until {@link #close}. A log opened inside another (an input run by
     * :load) hands its snapshots to the outer one when it closes, so undoing the outer input also
     * undoes what the inner one changed.
     */
    public static UndoLog open() {
        UndoLog log = new UndoLog(CURRENT.get());
        CURRENT.set(log);
        return log;
    }

    /** Puts back every value touched since {@link #open}, newest first, and closes the log. */
    public void rollback() {
        closeScope();
        for (int i = entries.size() - 1; i >= 0; i--) entries.get(i).restore().run();
        entries.clear();
        touched.clear();
    }

    /** Stops recording (keeping the changes); the snapshots go to the enclosing log for values it has not seen. */
    @Override
    public void close() {
        if (closed) return;
        closeScope();
        if (parent != null) for (Entry e : entries) parent.add(e.value(), e.restore());
    }

    private void closeScope() {
        closed = true;
        if (CURRENT.get() == this) CURRENT.set(parent);
    }

    /** How many values this log has recorded. */
    public int size() {
        return entries.size();
    }
}
