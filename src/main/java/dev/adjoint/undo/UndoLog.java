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

    /** {@code birth}: the value's birth when it was recorded (a tensor's moves on as it changes in place). */
    private record Entry(Undoable value, Runnable restore, long birth) {}

    private final Set<Undoable> touched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Entry> entries = new ArrayList<>();
    private final UndoLog parent;
    /** When this log opened, on the {@link Clock}: a value made after it has a larger {@link #birth}. */
    private final long number = Clock.tick();
    private boolean closed;

    private UndoLog(UndoLog parent) {
        this.parent = parent;
    }

    /**
     * What a value made now keeps as its birth (see {@link Undoable#birth}): the number of the log open
     * on this thread, or 0 with none.
     */
    public static long birth() {
        UndoLog log = CURRENT.get();
        return log == null ? 0 : log.number;
    }

    /** Records {@code value}'s state before its first change in the open log; call it before changing the value. */
    public static void touch(Undoable value) {
        UndoLog log = CURRENT.get();
        if (log != null) log.add(value, null, value.birth());
    }

    private void add(Undoable value, Runnable restore, long birth) {
        // a value made after this log opened was not there before the input: nothing to put back,
        // and the containers it went into are recorded themselves (recording it kept every small
        // dict or object a loop made alive until the input ended)
        if (birth >= number) return;
        if (touched.add(value)) entries.add(new Entry(value, restore != null ? restore : value.snapshot(), birth));
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
        if (parent != null) for (Entry e : entries) parent.add(e.value(), e.restore(), e.birth());
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
