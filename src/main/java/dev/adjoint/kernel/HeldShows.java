package dev.adjoint.kernel;

import dev.adjoint.lang.Progress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A sink whose shown values wait until {@link #release}, so %time prints its times before the value it returns. */
final class HeldShows implements SessionAdapter.Sink {
    private final SessionAdapter.Sink sink;
    private final List<Runnable> held = new ArrayList<>(); // each a show or a display, in order

    HeldShows(SessionAdapter.Sink sink) {
        this.sink = sink;
    }

    public PrintWriter stdout() {
        return sink.stdout();
    }

    public PrintWriter stderr() {
        return sink.stderr();
    }

    public void show(MimeBundle bundle) {
        held.add(() -> sink.show(bundle));
    }

    public void display(MimeBundle bundle) {
        held.add(() -> sink.display(bundle));
    }

    public String readLine(String prompt) {
        return sink.readLine(prompt);
    }

    public int cell() {
        return sink.cell();
    }

    public Progress progress(String label, long total) {
        return sink.progress(label, total);
    }

    /** Shows what was held, in order. */
    void release() {
        for (Runnable r : held) r.run();
        held.clear();
    }
}
