package dev.adjoint.repl;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;

/**
 * Whether keys are already waiting at a terminal, or come within a few milliseconds: how the prompt
 * tells a paste from typing. jline's peek cannot say so quickly on the system terminal: it reads the
 * process's terminal with a read timeout of 0.1 s (VTIME, the finest a terminal has), so peek(1)
 * took 100 ms whenever no key was waiting: every key typed by hand was drawn 0.1 s late, Enter took
 * 0.2 s, the first prompt came 0.1 s late. There the kernel says how many bytes wait
 * ({@link FileInputStream#available}: ioctl FIONREAD on stdin, which never blocks), asked again every
 * millisecond until the time is up. Other terminals (in memory, in tests) read through jline's pump
 * thread, whose peek keeps its time, and are peeked as before.
 */
final class KeysWaiting {
    /** How many bytes the process's terminal holds unread, without reading them. */
    interface Pending {
        int bytes() throws IOException;
    }

    private static final Pending STDIN = new FileInputStream(FileDescriptor.in)::available;

    private final Terminal terminal;
    private final Pending pending; // null: peek

    KeysWaiting(Terminal terminal, Pending pending) {
        this.terminal = terminal;
        this.pending = pending;
    }

    /** For {@code terminal}: a system terminal reads the process's stdin (jline's PosixSysTerminal, QuickSystemTerminal). */
    static KeysWaiting at(Terminal terminal) {
        return new KeysWaiting(terminal, terminal instanceof PosixSysTerminal ? STDIN : null);
    }

    /**
     * Whether a key is waiting now or comes within {@code millis}. Ctrl-C while waiting (jline's
     * signal handler interrupts the reading thread) is an InterruptedIOException, as from jline's reads.
     */
    boolean within(long millis) throws IOException {
        if (pending == null) return terminal.reader().peek(millis) >= 0;
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (pending.bytes() <= 0) {
            if (System.nanoTime() - deadline >= 0) return false;
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted while waiting for keys");
            }
        }
        return true;
    }
}
