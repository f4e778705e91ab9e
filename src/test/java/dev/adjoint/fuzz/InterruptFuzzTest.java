package dev.adjoint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's fuzz class "interrupts at random times during commands on large graphs": every
 * inspection command on a graph of 200,000 nodes, interrupted (as Ctrl-C does) after a seeded
 * random delay, must stop, say so or finish, never fail inside, and leave a session that answers.
 */
@Tag("slow")
class InterruptFuzzTest {
    static final List<String> COMMANDS = List.of(":trace y", ":trace y --format json", ":forward y wrt x", ":reverse y",
            ":reverse y --format json", ":grad y", ":check y", ":jacobian y", ":replay y x=2", ":graph y", ":graph y --format dot",
            ":step forward y wrt x", ":step reverse y", ":vars", ":backward y");

    @Test
    void commandsOnAHugeGraphStopWhenInterruptedAtRandomTimes() throws Exception {
        Shell shell = new Shell(ShellOptions.defaults());
        StringWriter out = new StringWriter(), err = new StringWriter();
        shell.run("x = 1.0001\ny = x\nfor i in range(50000): y = y * 0.5 + sin(y) * 0.1\n", null, 1, new PrintWriter(out), new PrintWriter(err));
        SplittableRandom rnd = new SplittableRandom(15);
        for (int round = 0; round < 2; round++) {
            for (String c : COMMANDS) {
                long delay = rnd.nextLong(0, 400);
                err.getBuffer().setLength(0);
                out.getBuffer().setLength(0);
                Thread t = new Thread(null, () -> shell.run(c, null, 1, new PrintWriter(out), new PrintWriter(err)), "eval", 512L << 20);
                t.start();
                Thread.sleep(delay);
                t.interrupt();
                t.join(120_000);
                assertThat(t.isAlive()).as(c + " still running 2 minutes after the interrupt at " + delay + " ms").isFalse();
                assertThat(err.toString()).as(c + " interrupted at " + delay + " ms").doesNotContain("internal error", "Exception", "out of memory");
            }
        }
        err.getBuffer().setLength(0);
        out.getBuffer().setLength(0);
        assertThat(shell.run("x + 1", null, 1, new PrintWriter(out), new PrintWriter(err)).ok()).as(err.toString()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
