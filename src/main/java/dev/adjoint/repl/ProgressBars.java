package dev.adjoint.repl;

import dev.adjoint.lang.Progress;
import dev.adjoint.render.ProgressLine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The progress bars of {@code progress(loader, "epoch 1")} at a terminal, on stderr; what a bar
 * says is {@link ProgressLine}'s (the notebook shows the same line).
 *
 * <p>A bar is drawn only by its loop's own thread, as the loop steps (at most every 100 ms, and at
 * the last step): there is no timer thread, so a bar can never draw once its loop is gone. Bars
 * and the session's other output share the line the cursor is on, and this class knows which
 * bar, if any, stands on it:
 * <ul>
 *   <li>text written while a bar stands on the line first erases the bar (the loop's next step
 *       draws it again under the text), so a {@code print} in a training loop reads cleanly;
 *   <li>a loop that runs to its end leaves its bar as one record line ({@code epoch 1 100% ...});
 *   <li>Ctrl-C ({@link #interrupted()}) stops every open bar at once and leaves the line as it is,
 *       the bar with the terminal's {@code ^C} after it;
 *   <li>a loop left early (an error, {@code break}) leaves no live bar: at the end of the input
 *       ({@link #closeAll()}) its bar stops, its line ended if it still stands on it.
 * </ul>
 */
final class ProgressBars {
    static final long REDRAW_MILLIS = 100;

    private final PrintWriter terminal;
    private final IntSupplier width;
    private final LongSupplier millis;
    private final List<Bar> open = new ArrayList<>();
    /** The bar whose drawing the cursor stands after, or null when the line holds something else. */
    private Bar onLine;

    /** Bars drawn on {@code terminal} (raw: not through the writers that call {@link #beforeText}). */
    ProgressBars(PrintWriter terminal, IntSupplier width) {
        this(terminal, width, System::currentTimeMillis);
    }

    ProgressBars(PrintWriter terminal, IntSupplier width, LongSupplier millis) {
        this.terminal = terminal;
        this.width = width;
        this.millis = millis;
    }

    /** A bar for a loop of {@code total} steps, drawn at once at 0%. */
    synchronized Progress open(String label, long total, boolean ascii) {
        if (total <= 0) return Progress.NONE;
        Bar bar = new Bar(label, total, ascii, millis.getAsLong());
        open.add(bar);
        draw(bar);
        return bar;
    }

    /** Called before any other text reaches the terminal: a bar on the cursor's line is erased first. */
    synchronized void beforeText() {
        if (onLine == null) return;
        terminal.print("\r\u001b[K");
        terminal.flush();
        onLine = null;
    }

    /**
     * Ctrl-C: every open bar stops now. The bar on the line is drawn once more with the "^C" after
     * it: the terminal's own echo of ^C may have been drawn over by a step taken before this signal
     * arrived. The caller ends the line.
     */
    synchronized void interrupted() {
        if (onLine != null) {
            draw(onLine);
            terminal.print("^C");
            terminal.flush();
        }
        for (Bar b : open) b.closed = true;
        open.clear();
        onLine = null;
    }

    /** The input has ended: bars of loops left early stop, and the line of one still on it is ended. */
    synchronized void closeAll() {
        for (Bar b : List.copyOf(open)) close(b);
    }

    private synchronized void step(Bar bar) {
        if (bar.closed) return;
        bar.done++;
        long now = millis.getAsLong();
        if (bar.done >= bar.total || now - bar.drawnAt >= REDRAW_MILLIS) draw(bar);
    }

    private synchronized void close(Bar bar) {
        if (bar.closed) return;
        bar.closed = true;
        open.remove(bar);
        boolean finished = bar.done >= bar.total;
        if (finished || onLine == bar) {
            draw(bar); // the final state, as a record line
            terminal.print('\n');
            terminal.flush();
            onLine = null;
        }
    }

    private void draw(Bar bar) {
        long now = millis.getAsLong();
        bar.drawnAt = now;
        terminal.print("\r" + new ProgressLine(bar.label, bar.done, bar.total, now - bar.started).text(bar.ascii, width.getAsInt()) + "\u001b[K");
        terminal.flush();
        onLine = bar;
    }

    /** One loop's bar; its steps and close come from the loop's thread. */
    private final class Bar implements Progress {
        String label;
        final long total;
        final boolean ascii;
        final long started;
        long done, drawnAt;
        boolean closed;

        Bar(String label, long total, boolean ascii, long started) {
            this.label = label;
            this.total = total;
            this.ascii = ascii;
            this.started = started;
        }

        public void step() {
            ProgressBars.this.step(this);
        }

        @Override
        public void relabel(String label) { // tqdm's set_postfix: shown at the next draw
            synchronized (ProgressBars.this) {
                this.label = label;
            }
        }

        public void close() {
            ProgressBars.this.close(this);
        }
    }
}
