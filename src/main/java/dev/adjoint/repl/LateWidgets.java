package dev.adjoint.repl;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;

/**
 * A line reader's table of widgets, whose ~150 built-in ones jline makes only when the table is
 * first needed (or {@link #make} is called): each is a method reference whose call site the JVM
 * links at its first run, ~40 ms of the prompt's start. Widgets put before that are kept and put
 * over the built-ins, as a put into the whole table would. The prompt shows without them: before
 * drawing it, readLine asks only for the hooks ({@code callback-init}, ...), which are never
 * built-in, so they are answered from what was put; the first key waits for the table if it is
 * not ready by then.
 */
final class LateWidgets extends AbstractMap<String, Widget> {
    /** The widgets readLine may ask for before the first key: hooks for an application, never built-in. */
    static final Set<String> HOOKS = Set.of(LineReader.CALLBACK_INIT, LineReader.CALLBACK_FINISH, LineReader.CALLBACK_KEYMAP);

    private final FutureTask<Map<String, Widget>> builtins;
    private final Map<String, Widget> early = new HashMap<>();
    private Map<String, Widget> all; // guarded by this

    /** {@code builtins}: makes jline's built-in widgets, shared by the tables that hold them. */
    LateWidgets(FutureTask<Map<String, Widget>> builtins) {
        this.builtins = builtins;
    }

    /**
     * Makes the built-in widgets on this thread unless they are made or being made. Not under this
     * table's lock, so that readLine can ask for its hooks meanwhile.
     */
    void make() {
        builtins.run();
    }

    /** Whether the built-in widgets are made. */
    boolean made() {
        return builtins.isDone();
    }

    private synchronized Map<String, Widget> all() {
        if (all == null) {
            builtins.run(); // returns at once if another thread runs it: get() waits for that
            Map<String, Widget> whole;
            try {
                whole = new HashMap<>(builtins.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making the line reader's widgets", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the line reader's widgets could not be made", e.getCause());
            }
            whole.putAll(early);
            all = whole;
        }
        return all;
    }

    @Override
    public synchronized Widget get(Object name) {
        if (all == null && HOOKS.contains(name)) return early.get(name);
        return all().get(name);
    }

    /** Before the built-ins are made: the widget put before under that name, not a built-in one. */
    @Override
    public synchronized Widget put(String name, Widget widget) {
        if (all == null && !builtins.isDone()) return early.put(name, widget);
        return all().put(name, widget);
    }

    @Override
    public synchronized boolean containsKey(Object name) {
        return all().containsKey(name);
    }

    @Override
    public synchronized Widget remove(Object name) {
        return all().remove(name);
    }

    @Override
    public synchronized Set<Entry<String, Widget>> entrySet() {
        return all().entrySet();
    }
}
