package dev.adjoint.kernel;

import dev.adjoint.lang.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sink of a {@code %%capture} cell, as IPython's capture_output: what the cell prints to stdout
 * and stderr and what it shows (its displays and its value) are kept instead of sent, each unless
 * its --no-stdout, --no-stderr or --no-display says to let it through.
 */
final class CapturedOutput implements SessionAdapter.Sink {
    private final SessionAdapter.Sink sink;
    private final StringWriter out = new StringWriter(), err = new StringWriter();
    private final PrintWriter stdout, stderr;
    private final boolean display;
    private final List<Map<String, String>> outputs = new ArrayList<>();

    CapturedOutput(SessionAdapter.Sink sink, boolean stdout, boolean stderr, boolean display) {
        this.sink = sink;
        this.stdout = stdout ? new PrintWriter(out) : sink.stdout();
        this.stderr = stderr ? new PrintWriter(err) : sink.stderr();
        this.display = display;
    }

    public PrintWriter stdout() {
        return stdout;
    }

    public PrintWriter stderr() {
        return stderr;
    }

    public void show(MimeBundle bundle) {
        if (display) keep(bundle);
        else sink.show(bundle);
    }

    public void display(MimeBundle bundle) {
        if (display) keep(bundle);
        else sink.display(bundle);
    }

    /** An output by MIME type, as text (JSON as its text, images in base64 as Jupyter sends them). */
    private void keep(MimeBundle bundle) {
        Map<String, String> data = new LinkedHashMap<>();
        bundle.data().forEach((mime, v) -> data.put(mime, String.valueOf(v)));
        outputs.add(data);
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

    String capturedStdout() {
        stdout.flush();
        return out.toString();
    }

    String capturedStderr() {
        stderr.flush();
        return err.toString();
    }

    List<Map<String, String>> outputs() {
        return outputs;
    }
}
