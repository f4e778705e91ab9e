package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EvalRunnerTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final EvalRunner runner = new EvalRunner(new Shell(ShellOptions.defaults()), new PrintWriter(out), new PrintWriter(err));

    @Test
    void runsAnInputOnAWorkerThread() {
        Shell.Outcome outcome = runner.runOnWorker(new InputAssembler.Chunk("6 * 7", 1), null);
        assertThat(outcome.ok()).isTrue();
        assertThat(out.toString()).contains("42");
        assertThat(runner.wasInterrupted()).isFalse();
    }

    @Test
    void interruptStopsARunningLoopAndTheSessionGoesOn() throws Exception {
        runner.runOnWorker(new InputAssembler.Chunk("x = 0", 1), null);
        CompletableFuture<Shell.Outcome> running = CompletableFuture.supplyAsync(
                () -> runner.runOnWorker(new InputAssembler.Chunk("while True:\n    x = x + 1\n", 2), null));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!runner.interrupt()) { // nothing running yet: try again
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(10);
        }
        Shell.Outcome outcome = running.get(10, TimeUnit.SECONDS);
        assertThat(outcome.ok()).isFalse();
        assertThat(runner.wasInterrupted()).isTrue();
        assertThat(err.toString()).contains("error: KeyboardInterrupt").doesNotContain("\tat ");

        assertThat(runner.runOnWorker(new InputAssembler.Chunk("x >= 0", 4), null).ok()).isTrue();
        assertThat(out.toString()).contains("True");
        assertThat(runner.wasInterrupted()).isFalse();
    }

    @Test
    void aCtrlCBeforeTheWorkerStartsIsNotLost() throws Exception {
        runner.runOnWorker(new InputAssembler.Chunk("x = 0", 1), null);
        runner.beginInputs(); // the prompt's reader has returned a line
        assertThat(runner.interrupt()).isTrue(); // Ctrl-C before any worker runs: taken, not dropped
        CompletableFuture<Shell.Outcome> running = CompletableFuture.supplyAsync(
                () -> runner.runOnWorker(new InputAssembler.Chunk("while True:\n    x = x + 1\n", 2), null));
        try {
            Shell.Outcome outcome = running.get(30, TimeUnit.SECONDS);
            assertThat(outcome.ok()).isFalse();
        } finally {
            runner.interrupt(); // if it was lost after all, stop the endless loop for the next tests
        }
        runner.endInputs();
        assertThat(runner.wasInterrupted()).isTrue();
        assertThat(err.toString()).contains("KeyboardInterrupt");

        assertThat(runner.interrupt()).isFalse(); // back at the prompt: Ctrl-C is the line reader's
        assertThat(runner.runOnWorker(new InputAssembler.Chunk("x >= 0", 4), null).ok()).isTrue();
        assertThat(runner.wasInterrupted()).isFalse();
    }

    /** Ctrl-C is Python's KeyboardInterrupt: except and finally see it, and the input goes on after the handler. */
    @Test
    void ctrlCIsAKeyboardInterruptThatExceptAndFinallySee() throws Exception {
        runner.runOnWorker(new InputAssembler.Chunk("x = 0", 1), null);
        String loop = "try:\n    try:\n        print('looping')\n        while True:\n            x = x + 1\n    finally:\n        print('cleanup')\n"
                + "except Exception:\n    print('not an Exception')\nexcept KeyboardInterrupt as e:\n    print('stopped', repr(e), isinstance(e, BaseException))\n"
                + "print('after', x >= 0)\n";
        CompletableFuture<Shell.Outcome> running = CompletableFuture.supplyAsync(() -> runner.runOnWorker(new InputAssembler.Chunk(loop, 2), null));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!out.toString().contains("looping")) { // inside the try: a Ctrl-C before it would stop the input there, as in CPython
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(10);
        }
        assertThat(runner.interrupt()).isTrue();
        assertThat(running.get(10, TimeUnit.SECONDS).ok()).as(err.toString()).isTrue();
        assertThat(out.toString()).isEqualTo("looping\ncleanup\nstopped KeyboardInterrupt() True\nafter True\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void deepRecursionMeetsTheInterpretersLimitNotTheJvms() {
        Shell.Outcome outcome = runner.runOnWorker(
                new InputAssembler.Chunk("def f(n):\n    return f(n + 1)\n\nf(0)", 1), null);
        assertThat(outcome.ok()).isFalse();
        assertThat(err.toString()).contains("recursion").doesNotContain("StackOverflowError", "internal error");
    }

    @Test
    void describeNeverShowsAJavaClassName() {
        assertThat(EvalRunner.describe(new StackOverflowError())).startsWith("maximum recursion depth exceeded").doesNotContain("Error");
        assertThat(EvalRunner.describe(new IllegalStateException("boom"))).isEqualTo("boom");
        assertThat(EvalRunner.describe(new NullPointerException())).startsWith("internal error: ").doesNotContain("Exception");
    }
}
