package dev.adjoint.repl;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.FutureTask;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * jline's line reader, redrawing the line only when no key is waiting. jline redraws the whole
 * buffer (every line, its "... " prompts, its highlighting) after each key, so text pasted by a
 * terminal without bracketed paste, which arrives key by key, cost time quadratic in its length
 * (a 10 KB block took 30 s, a 40 KB paste minutes). A paste is now drawn when its keys stop
 * coming; a key typed by hand is drawn at once, as before.
 */
final class PasteReader extends LineReaderImpl {
    /** How long a key may take to follow the previous one and still count as waiting. */
    private static final long WAITING_MILLIS = 1;
    private final KeysWaiting keys;
    private long redraws;

    PasteReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
        keys = KeysWaiting.at(terminal);
        FutureTask<Map<String, Widget>> made = new FutureTask<>(super::builtinWidgets);
        builtinWidgets = new LateWidgets(made);
        widgets = new LateWidgets(made);
    }

    /**
     * None while jline's constructor runs (it copies them into its table of widgets): the tables
     * are {@link LateWidgets}, which make jline's built-in widgets when first needed.
     */
    @Override
    protected Map<String, Widget> builtinWidgets() {
        return new HashMap<>();
    }

    /** Makes jline's built-in widgets now, on this thread, unless they are made or being made. */
    void makeWidgets() {
        ((LateWidgets) widgets).make();
    }

    /** Whether jline's built-in widgets are made. */
    boolean widgetsMade() {
        return ((LateWidgets) widgets).made();
    }

    /** Whether keys are waiting now or come within {@code millis} (see {@link KeysWaiting}). */
    boolean keysWithin(long millis) throws IOException {
        return keys.within(millis);
    }

    /** What jline calls after every key (its end-of-line redraw, redisplay(false), is never skipped). */
    @Override
    public boolean redisplay() {
        if (keyWaiting()) return true;
        redraws++;
        return super.redisplay();
    }

    /** How many times the line was redrawn after a key: what a paste costs. */
    long redraws() {
        return redraws;
    }

    private boolean keyWaiting() {
        try {
            return keys.within(WAITING_MILLIS);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt(); // Ctrl-C: the next read reports it
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
