package dev.adjoint.kernel;

import dev.adjoint.lang.Progress;
import java.util.Locale;
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
        this.label = label.isEmpty() ? "progress" : label;
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

    MimeBundle bundle() {
        double seconds = (System.nanoTime() - started) / 1e9;
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        int filled = percent / 4;
        String text = String.format(Locale.ROOT, "%s %3d%% %s%s %d/%d (%.1f s)", label, percent,
                "\u2588".repeat(filled), "\u2591".repeat(25 - filled), done, total, seconds);
        String html = String.format(Locale.ROOT, "<div><span>%s</span> <progress value=\"%d\" max=\"%d\" style=\"width:20em\"></progress>"
                + " <span>%d/%d (%.1f s)</span></div>", dev.adjoint.render.Html.escape(label), done, total, done, total, seconds);
        return new MimeBundle(Map.of("text/plain", text, "text/html", html));
    }
}
