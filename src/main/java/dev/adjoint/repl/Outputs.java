package dev.adjoint.repl;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The out and err writers one session writes to, UTF-8. out is buffered and flushed at every
 * line, so a loop that prints (a training run, say) shows its progress as it goes, at the prompt
 * and through a pipe alike; err flushes out before each write and itself at every line, so the
 * two streams interleave in the order written even when they go to different files or pipes.
 */
record Outputs(PrintWriter out, PrintWriter err) {
    static Outputs of(OutputStream out, OutputStream err) {
        return of(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), err);
    }

    static Outputs of(Writer out, OutputStream err) {
        PrintWriter o = new PrintWriter(out, true);
        Writer e = new OutputStreamWriter(err, StandardCharsets.UTF_8);
        Writer ordered = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws java.io.IOException {
                o.flush();
                e.write(cbuf, off, len);
            }

            @Override
            public void write(String s, int off, int len) throws java.io.IOException {
                o.flush();
                e.write(s, off, len);
            }

            @Override
            public void flush() throws java.io.IOException {
                e.flush();
            }

            @Override
            public void close() throws java.io.IOException {
                e.close();
            }
        };
        return new Outputs(o, new PrintWriter(ordered, true));
    }

    /**
     * The same streams, where any text first erases a progress bar standing on the cursor's line;
     * {@code bars} itself must draw through the writers of this (unwrapped) Outputs.
     */
    Outputs clearingBarsOf(ProgressBars bars) {
        return new Outputs(beforeEachWrite(out, bars::beforeText), beforeEachWrite(err, bars::beforeText));
    }

    private static PrintWriter beforeEachWrite(PrintWriter w, Runnable hook) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                hook.run();
                w.write(cbuf, off, len);
            }

            @Override
            public void write(String s, int off, int len) {
                hook.run();
                w.write(s, off, len);
            }

            @Override
            public void flush() {
                w.flush();
            }

            @Override
            public void close() {
                w.close();
            }
        }, true);
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
