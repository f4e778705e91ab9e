package dev.adjoint.kernel;

import dev.adjoint.lang.Progress;
import dev.adjoint.render.ProgressLine;
import java.util.Map;
import java.util.UUID;

/**
 * {@code progress(loader, "epoch 1")} in a notebook: one display (text and an HTML progress bar)
 * shown when the loop starts and updated in place ({@code update_display_data}) as it goes, at
 * most every {@link #INTERVAL_NANOS}, and once more when it ends.
 */
final class ProgressDisplay implements Progress {
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final String label;
    private final long total;
    private final String id = UUID.randomUUID().toString();
    /** Publishes the display (update false) or an update of it, under its display id. */
    interface Sender {
        void send(MimeBundle bundle, String displayId, boolean update);
    }

    private final Sender send;
    private final long started = System.nanoTime();
    private long done;
    private long lastSent;

    ProgressDisplay(String label, long total, Sender send) {
        this.label = label;
        this.total = total;
        this.send = send;
        send.send(bundle(), id, false);
        lastSent = System.nanoTime();
    }

    @Override
    public void step() {
        done++;
        if (System.nanoTime() - lastSent > INTERVAL_NANOS) {
            send.send(bundle(), id, true);
            lastSent = System.nanoTime();
        }
    }

    @Override
    public void close() {
        send.send(bundle(), id, true);
    }

    /** The line the terminal's bar shows (80 columns wide), and the same line with the browser's progress bar. */
    MimeBundle bundle() {
        ProgressLine line = new ProgressLine(label, done, total, (System.nanoTime() - started) / 1_000_000);
        return new MimeBundle(Map.of("text/plain", line.text(false, 80), "text/html", line.html()));
    }
}
