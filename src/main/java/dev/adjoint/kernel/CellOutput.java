package dev.adjoint.kernel;

import dev.adjoint.lang.PyError;
import java.io.PrintWriter;
import java.io.Writer;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;

/**
 * One cell's output on the iopub channel, in the order produced: print lines as {@code stream}
 * messages, reports and values as {@code display_data}, except that the last thing a cell shows,
 * when nothing follows it, becomes its {@code execute_result} (Out[n]), as in IPython. A silent
 * request publishes nothing.
 */
final class CellOutput implements SessionAdapter.Sink {
    private final ShellReplyEnvironment env;
    private final boolean silent;
    private final StreamPublisher out;
    private final StreamPublisher err;
    private final PrintWriter stdout;
    private final PrintWriter stderr;
    private MimeBundle held; // shown, not yet sent: the execute_result if nothing follows
    private final int cell;
    private final boolean stdinAllowed;

    /** The output of cell number {@code cell} (its execution count); {@code stdinAllowed}: the request's allow_stdin (input() may ask the front-end). */
    CellOutput(ShellReplyEnvironment env, boolean silent, int cell, boolean stdinAllowed) {
        this.env = env;
        this.cell = cell;
        this.stdinAllowed = stdinAllowed;
        this.silent = silent;
        this.out = new StreamPublisher(text -> publishStream(PublishStream.StreamType.OUT, text));
        this.err = new StreamPublisher(text -> publishStream(PublishStream.StreamType.ERR, text));
        this.stdout = new PrintWriter(new Ordered(out), false);
        this.stderr = new PrintWriter(new Ordered(err), false);
    }

    private void publishStream(PublishStream.StreamType type, String text) {
        if (!silent) env.publish(new PublishStream(type, text));
    }

    @Override
    public int cell() {
        return cell;
    }

    @Override
    public PrintWriter stdout() {
        return stdout;
    }

    @Override
    public PrintWriter stderr() {
        return stderr;
    }

    @Override
    public synchronized void show(MimeBundle bundle) {
        sendHeld();
        held = bundle;
    }

    @Override
    public synchronized void display(MimeBundle bundle) {
        sendHeld();
        if (!silent) env.publish(new PublishDisplayData(displayData(bundle)));
    }

    /** A progress bar: a display of its own, updated in place by its id. */
    @Override
    public dev.adjoint.lang.Progress progress(String label, long total) {
        if (silent || total <= 0) return dev.adjoint.lang.Progress.NONE;
        sendHeld();
        return new ProgressDisplay(label, total, (bundle, id, update) -> {
            DisplayData d = displayData(bundle);
            d.setDisplayId(id);
            tick();
            if (update) env.publish(new PublishUpdateDisplayData(d));
            else env.publish(new PublishDisplayData(d));
        });
    }

    /**
     * input(prompt): Jupyter's input_request on the stdin channel, after the text printed so far; the
     * front-end shows the prompt and a box and sends what was typed. A request without allow_stdin
     * (nbconvert, a client with no stdin) gets IPython's StdinNotImplementedError.
     */
    @Override
    public String readLine(String prompt) {
        if (!stdinAllowed) throw new PyError(SessionAdapter.STDIN_NOT_IMPLEMENTED, "raw_input was called, but this frontend does not support input requests.");
        sendHeld();
        String line = env.readFromStdIn(prompt);
        if (line == null) return null;
        return line.endsWith(System.lineSeparator()) ? line.substring(0, line.length() - System.lineSeparator().length()) : line;
    }

    /** Sends the streams' held text (called periodically while the cell runs). */
    void tick() {
        out.flush();
        err.flush();
    }

    /** At the end of the cell: held text, then the last bundle shown as the cell's result. */
    synchronized void finish(int executionCount) {
        tick();
        if (held != null && !silent) env.publish(new PublishExecuteResult(executionCount, displayData(held)));
        held = null;
    }

    private synchronized void sendHeld() {
        tick();
        if (held != null && !silent) env.publish(new PublishDisplayData(displayData(held)));
        held = null;
    }

    static DisplayData displayData(MimeBundle bundle) {
        DisplayData d = new DisplayData();
        bundle.data().forEach(d::putData);
        return d;
    }

    /** A stream writer that first sends a bundle shown before, so text never overtakes it. */
    private final class Ordered extends Writer {
        private final StreamPublisher target;

        Ordered(StreamPublisher target) {
            this.target = target;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            if (held != null) sendHeld();
            target.write(cbuf, off, len);
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public void close() {
            target.flush();
        }
    }
}
