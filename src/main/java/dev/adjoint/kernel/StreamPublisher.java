package dev.adjoint.kernel;

import java.io.Writer;
import java.util.function.Consumer;

/**
 * Text written during a cell (print lines, warnings), sent on as Jupyter {@code stream} messages.
 * A loop that prints thousands of lines must not send thousands of messages: text is held and
 * sent at most every {@link #INTERVAL_NANOS}, and whenever the kernel flushes (before a display,
 * at the end of the cell, and periodically while the cell runs).
 */
final class StreamPublisher extends Writer {
    private static final long INTERVAL_NANOS = 50_000_000L;
    private static final int MAX_HELD = 1 << 16;

    private final Consumer<String> send;
    private final StringBuilder held = new StringBuilder();
    private long lastSent = System.nanoTime();

    StreamPublisher(Consumer<String> send) {
        this.send = send;
    }

    @Override
    public synchronized void write(char[] cbuf, int off, int len) {
        held.append(cbuf, off, len);
        sendIfDue();
    }

    @Override
    public synchronized void write(String s, int off, int len) {
        held.append(s, off, off + len);
        sendIfDue();
    }

    private void sendIfDue() {
        if (held.length() > MAX_HELD || System.nanoTime() - lastSent > INTERVAL_NANOS && held.indexOf("\n") >= 0) flush();
    }

    /** Sends what is held, if anything. */
    @Override
    public synchronized void flush() {
        lastSent = System.nanoTime();
        if (held.length() == 0) return;
        String text = held.toString();
        held.setLength(0);
        send.accept(text);
    }

    @Override
    public void close() {
        flush();
    }
}
