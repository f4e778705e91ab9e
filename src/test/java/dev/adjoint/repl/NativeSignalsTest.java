package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The prompt's terminal sets its signal handlers as jline's Signals does, without its reflection and proxies. */
class NativeSignalsTest {
    @Test
    void aHandlerRunsAtItsSignalAndThePreviousOneIsGivenBack() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        Object previous = NativeSignals.register("WINCH", ran::countDown);
        try {
            assertThat(previous).as("the handler it replaced").isNotNull();
            sun.misc.Signal.raise(new sun.misc.Signal("WINCH")); // a window change: harmless to the test's JVM
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), (sun.misc.SignalHandler) previous);
        }
    }

    /** As jline's Signals: null, never an exception, for a signal this system lacks or the JVM keeps for itself. */
    @Test
    void aSignalThatCannotBeHandledGivesNull() {
        assertThat(NativeSignals.registerDefault("NO_SUCH_SIGNAL")).isNull();
        assertThat(NativeSignals.register("NO_SUCH_SIGNAL", () -> {})).isNull();
        assertThat(NativeSignals.register("QUIT", () -> {})).as("the JVM's thread dumps").isNull();
    }
}
