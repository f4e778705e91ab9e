package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The threads a program starts (threading): they run under the session's GIL, an interrupt still
 * ends the input that waits for them or competes with them, the session stays usable while they
 * run on, and what they print arrives whole.
 */
class ThreadsTest extends SessionHarness {
    private static final String SPINNER = """
            import threading
            stop = threading.Event()
            spins = [0]
            def spin():
                while not stop.is_set():
                    spins[0] += 1

            t = threading.Thread(target=spin, name="spinner", daemon=True)
            t.start()
            """;

    /** Runs {@code source} on a worker, interrupts it from the keyboard after a while, and returns what it threw. */
    private Throwable interrupted(String source) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                session.eval(source, out);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        worker.start();
        Thread.sleep(300);
        Interrupted.fromKeyboard(worker);
        worker.join(10_000);
        assertThat(worker.isAlive()).as("the input ended after Ctrl-C").isFalse();
        return thrown.get();
    }

    @Test
    void aLoopingThreadDoesNotStopAnInterruptFromEndingTheInput() throws Exception {
        run(SPINNER);
        // the input waits in join() (without the GIL): Ctrl-C ends the wait
        Throwable joining = interrupted("t.join()");
        assertThat(joining).isInstanceOf(Interrupted.class);
        assertThat(((LangError) joining).type()).isEqualTo("KeyboardInterrupt");
        // the input loops itself, taking turns with the thread at the switch interval: Ctrl-C ends it
        Throwable looping = interrupted("k = 0\nwhile True:\n    k += 1\n");
        assertThat(looping).isInstanceOf(Interrupted.class);
        assertThat(value("k")).isGreaterThan(0);
        // the session goes on, the thread with it (as in CPython's REPL), until the program stops it
        run("seen = spins[0]\nalive = t.is_alive()");
        assertThat(value("seen")).isGreaterThan(0);
        assertThat(session.lookup("alive")).isEqualTo(true);
        run("stop.set()\nt.join()\nalive = t.is_alive()");
        assertThat(session.lookup("alive")).isEqualTo(false);
    }

    @Test
    void aThreadRunsWhileTheInputWaitsAndBetweenInputs() {
        run("import threading, time\ngo = threading.Event()\nlog = []\n"
                + "def later():\n    go.wait()\n    log.append('ran')\n\nt = threading.Thread(target=later)\nt.start()");
        run("go.set()"); // the thread takes the GIL once the input ends
        run("t.join()\nn = len(log)");
        assertThat(value("n")).isEqualTo(1.0);
    }

    @Test
    void whatThreadsPrintArrivesInWholeLines() {
        run("import threading\n"
                + "def talk(k):\n    for i in range(200):\n        print('thread', k, 'line', i, 'end')\n\n"
                + "ts = [threading.Thread(target=talk, args=(k,)) for k in range(4)]\n"
                + "for t in ts:\n    t.start()\n\nfor t in ts:\n    t.join()\n");
        assertThat(out.printed).hasSize(800);
        assertThat(out.printed).allMatch(line -> line.matches("thread \\d line \\d+ end"));
    }

    @Test
    void anUncaughtErrorInAThreadIsPrintedAndTheProgramGoesOn() {
        run("import threading\ndef boom():\n    raise ValueError('no good')\n\n"
                + "t = threading.Thread(target=boom)\nt.start()\nt.join()\nafter = 1");
        assertThat(out.stderr.toString()).startsWith("Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\n")
                .contains(", in boom\n").endsWith("ValueError: no good\n");
        assertThat(value("after")).isEqualTo(1.0);
    }

    @Test
    void gradModeIsPerThreadAsInPyTorch() {
        run("import threading, torch\nmodes = []\n"
                + "def look():\n    modes.append(torch.is_grad_enabled())\n\n"
                + "with torch.no_grad():\n    t = threading.Thread(target=look)\n    t.start()\n    t.join()\n    modes.append(torch.is_grad_enabled())\n");
        run("first = modes[0]\nsecond = modes[1]");
        assertThat(session.lookup("first")).isEqualTo(true);
        assertThat(session.lookup("second")).isEqualTo(false);
    }
}
