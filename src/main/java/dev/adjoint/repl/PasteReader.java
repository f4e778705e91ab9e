package dev.adjoint.repl;

import java.io.IOException;
import java.util.Map;
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
    private long redraws;

    PasteReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
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
            return getTerminal().reader().peek(WAITING_MILLIS) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
