package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/**
 * Whether keys wait at the process's terminal is asked of the kernel, never by a peek: jline's peek
 * there waits in steps of the terminal's read timeout (0.1 s), which made every key typed at the
 * prompt show 0.1 s late. The kernel's count is stood in for here; the terminal's reader must not
 * be touched.
 */
class KeysWaitingTest {
    /** A terminal whose keys must not be read: it holds one, which a peek would find. */
    private static Terminal untouched() throws Exception {
        return new ExternalTerminal("keys", "xterm-256color", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
    }

    @Test
    void bytesWaitingInTheKernelAreKeysWaiting() throws Exception {
        try (Terminal terminal = untouched()) {
            assertThat(new KeysWaiting(terminal, () -> 3).within(20)).isTrue();
        }
    }

    @Test
    void noBytesWithinTheTimeAreNoKeysAndNothingIsRead() throws Exception {
        try (Terminal terminal = untouched()) {
            AtomicInteger asked = new AtomicInteger();
            assertThat(new KeysWaiting(terminal, () -> {
                asked.incrementAndGet();
                return 0;
            }).within(5)).isFalse();
            assertThat(asked.get()).as("asked again while waiting").isGreaterThan(1);
            assertThat(terminal.reader().read(1000)).as("the key is still unread").isEqualTo('x');
        }
    }

    @Test
    void bytesArrivingWhileWaitingAreKeysWaiting() throws Exception {
        try (Terminal terminal = untouched()) {
            AtomicInteger asked = new AtomicInteger();
            assertThat(new KeysWaiting(terminal, () -> asked.incrementAndGet() < 3 ? 0 : 1).within(10_000)).isTrue();
        }
    }

    @Test
    void ctrlCWhileWaitingIsAnInterruptedRead() throws Exception {
        try (Terminal terminal = untouched()) {
            Thread.currentThread().interrupt(); // as jline's signal handler does to the reading thread
            assertThatThrownBy(() -> new KeysWaiting(terminal, () -> 0).within(10_000)).isInstanceOf(InterruptedIOException.class);
            assertThat(Thread.interrupted()).isFalse();
        }
    }

    /** Terminals in memory (tests, the archive's training) read through jline's pump thread: peeked as before. */
    @Test
    void aTerminalInMemoryIsPeeked() throws Exception {
        try (Terminal terminal = untouched()) {
            assertThat(KeysWaiting.at(terminal).within(1000)).isTrue();
        }
    }
}
