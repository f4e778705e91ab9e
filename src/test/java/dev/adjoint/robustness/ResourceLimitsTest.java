package dev.adjoint.robustness;

import dev.adjoint.scope.Scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import dev.adjoint.session.RecordingOutput;
import dev.adjoint.session.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Issue 7: allocation and time limits give clear messages and leave a live session behind. */
class ResourceLimitsTest {
    private final Shell shell = new Shell(ShellOptions.defaults());
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private Shell.Outcome run(String input) {
        return shell.run(input, null, 1, new PrintWriter(out), new PrintWriter(err));
    }

    private String takeErr() {
        String s = err.toString();
        err.getBuffer().setLength(0);
        return s;
    }

    private String takeOut() {
        String s = out.toString();
        out.getBuffer().setLength(0);
        return s;
    }

    /**
     * T12: the reference's except catches the refusal: NumPy 1.24 raises a MemoryError
     * (_ArrayMemoryError, "Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000)"),
     * torch 1.13 a RuntimeError ("DefaultCPUAllocator: can't allocate memory"); the sentence stays adjoint's.
     */
    @Test
    void overTheLimitNumpyRaisesMemoryErrorAndPyTorchRuntimeError() {
        assertThat(run("import numpy as np\nimport torch").ok()).isTrue();
        assertThat(run("try:\n    a = np.ones((1000000, 1000000))\nexcept MemoryError as e:\n    print('MemoryError:', e)\n").ok()).isTrue();
        assertThat(takeOut()).startsWith("MemoryError: an array of shape (1000000, 1000000) would need 1,000,000,000,000 elements");
        assertThat(run("try:\n    b = np.ones((100000, 1)) + np.ones((1, 100000))\nexcept MemoryError:\n    print('caught')\n").ok()).isTrue();
        assertThat(takeOut()).isEqualTo("caught\n");
        assertThat(run("try:\n    t = torch.ones(1000000, 1000000)\nexcept RuntimeError as e:\n    print('RuntimeError:', e)\n").ok()).isTrue();
        assertThat(takeOut()).startsWith("RuntimeError: a tensor of shape (1000000, 1000000) would need");
        assertThat(run("z = torch.zeros(100000, 100000)").ok()).isFalse();
        assertThat(takeErr()).contains("RuntimeError: a tensor of shape (100000, 100000)");
    }

    @Test
    void aTensorOverTheElementLimitIsRefusedBeforeAllocating() {
        run("x = 2");
        assertThat(run("z = zeros(100000, 100000)").ok()).isFalse();
        assertThat(takeErr()).contains("a tensor of shape (100000, 100000) would need 10,000,000,000 elements (80 GB)")
                .contains("the limit is 100,000,000 elements (800 MB), set by --max-elements")
                .contains("^^^^^^^^^^^^^^^^^^^^^");
        // a broadcast view would need no memory itself, but anything done with it would
        assertThat(run("b = broadcast_to(1, (100000, 100000))").ok()).isFalse();
        assertThat(takeErr()).contains("a tensor of shape (100000, 100000) would need 10,000,000,000 elements");
        assertThat(run("a = arange(0, 1e18)").ok()).isFalse();
        assertThat(takeErr()).contains("a tensor of shape (1000000000000000000,) would need 1,000,000,000,000,000,000 elements (8 EB)");
        // the session goes on, with nothing lost
        assertThat(shell.session().isBound("z")).isFalse();
        assertThat(run(":vars").ok()).isTrue();
        takeOut();
        assertThat(run("x * 3").ok()).isTrue();
        assertThat(takeOut()).isEqualTo("6\n");
    }

    @Test
    void everyWayOfMakingABigTensorIsChecked() {
        shell.session().setMaxElements(1000);
        for (String big : new String[] {"ones(10, 101)", "randn(2000)", "rand(50, 50)", "eye(40)", "arange(0, 5000)",
                "zeros(1, 500) + zeros(500, 1)", "ones(100, 2) @ ones(2, 100)", "broadcast_to(ones(1), (40, 40)) * 2",
                "one_hot(arange(0, 100), 20)", "tensor([ones(30, 20), ones(30, 20)])", "ones(500).reshape(1, 500) * ones(3, 1)"}) {
            assertThat(run("w = " + big).ok()).as(big).isFalse();
            assertThat(takeErr()).as(big).contains("the limit is 1,000 elements (8 kB)").doesNotContain("internal error");
        }
        assertThat(run("w = ones(10, 100)").ok()).isTrue(); // exactly at the limit is fine
        assertThat(shell.session().lookup("w")).isNotNull();
    }

    @Test
    void commandsObeyTheLimitToo() {
        run("x = ones(20, 20, requires_grad=True)");
        run("y = (x @ x).sum()");
        shell.session().setMaxElements(100);
        assertThat(run(":grad y").ok()).isFalse(); // the gradient has 400 elements
        assertThat(takeErr()).contains("the limit is 100 elements").doesNotContain("internal error");
        shell.session().setMaxElements(400);
        assertThat(run(":grad y").ok()).isTrue();
    }

    /** Issue 15, item 7: outputs × inputs is checked before the first pass (before: 20,000 passes, then out of memory). */
    @Test
    void jacobianAndHessianAreCheckedBeforeTheFirstPass() {
        run("x = randn(20000, requires_grad=True)\ny2 = x * 2");
        for (String c : new String[] {"j = jacobian(x * 2, x)", "h = hessian((x * x).sum(), x)", ":jacobian y2 wrt x"}) {
            assertThat(run(c).ok()).as(c).isFalse();
            assertThat(takeErr()).as(c).contains("would need 400,000,000 elements (3.2 GB); the limit is 100,000,000 elements")
                    .doesNotContain("out of memory", "internal error");
        }
        run("s = randn(3, requires_grad=True)");
        assertThat(run("jacobian(s * 2, s)").ok()).isTrue();
    }

    @Test
    void limitsArePerThreadAndScoped() {
        long before = Limits.maxElements();
        try (Scope s = Limits.maxElements(10)) {
            assertThatThrownBy(() -> NDArray.zeros(11)).isInstanceOf(Limits.LimitException.class);
            AtomicReference<Long> other = new AtomicReference<>();
            Thread t = new Thread(() -> other.set(Limits.maxElements()));
            t.start();
            join(t);
            assertThat(other.get()).isEqualTo(Limits.DEFAULT_MAX_ELEMENTS); // another session's thread is unaffected
        }
        assertThat(Limits.maxElements()).isEqualTo(before);
        assertThat(NDArray.zeros(11).size()).isEqualTo(11);
    }

    @Test
    void messagesCountInDecimalUnits() {
        try (Scope s = Limits.maxElements(1)) {
            assertThatThrownBy(() -> NDArray.zeros(3, 1000)).hasMessageContaining("3,000 elements (24 kB)");
            assertThatThrownBy(() -> NDArray.zeros(-1, 3)).hasMessageContaining("negative dimension");
            assertThatThrownBy(() -> NDArray.zeros(65536, 65536, 65536, 65536, 65536)).hasMessageContaining("more than 9.2e18 elements");
        }
    }

    /** A single allocation under the element limit that the heap cannot hold is an OutOfMemoryError: reported, session goes on. */
    @Test
    void outOfMemoryUnderTheLimitIsCaughtAtTheStatement() {
        Session session = shell.session();
        run("keep = tensor([1, 2, 3])");
        session.setMaxElements(Limits.HARD_MAX_ELEMENTS);
        long heapElements = Runtime.getRuntime().maxMemory() / 8;
        int side = (int) Math.min(46000, Math.sqrt(heapElements * 1.5) + 1); // more than the whole heap
        assertThat(run("big = zeros(" + side + ", " + side + ")").ok()).isFalse();
        assertThat(takeErr()).contains("out of memory");
        assertThat(session.isBound("big")).isFalse();
        assertThat(run("keep.sum()").ok()).isTrue();
        assertThat(takeOut()).isEqualTo("6\n");
        RecordingOutput rec = new RecordingOutput();
        assertThatThrownBy(() -> session.eval("big2 = ones(" + side + ", " + side + ")", rec))
                .isInstanceOf(LangError.class).hasMessageContaining("out of memory");
    }

    // ---- time ----

    /**
     * How soon an interrupted evaluation must stop in these tests. The "within a second"
     * holds on a quiet machine (measured: well under 100 ms); this bound only separates "the
     * interrupt took effect" from "it ran on", with room for a loaded 2-core CI machine, since
     * speed is measured in benchmarks, not asserted in unit tests. 3 s was missed (3.06 s) with
     * seven builds sharing two cores (load average 18); what runs on without the interrupt runs
     * for a minute or more.
     */
    static final long PROMPTLY_MS = 10_000;

    /** Runs an input on a thread, interrupts it after a delay (as Ctrl-C does), and returns how long it took to stop. */
    private long interruptAfter(String input, long delayMillis) throws InterruptedException {
        Thread worker = new Thread(() -> run(input));
        worker.start();
        Thread.sleep(delayMillis);
        long t0 = System.nanoTime();
        worker.interrupt();
        worker.join(PROMPTLY_MS + 10_000);
        assertThat(worker.isAlive()).as("still running long after the interrupt: " + input).isFalse();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void ctrlCStopsAnInfiniteLoop() throws InterruptedException {
        run("x = 1");
        assertThat(interruptAfter("while True:\n    x = x + 0\n", 300)).isLessThan(PROMPTLY_MS);
        assertThat(takeErr()).contains("interrupted");
        assertThat(run("x").ok()).isTrue();
    }

    @Test
    void ctrlCStopsALongMatmul() throws InterruptedException {
        run("a = ones(3000, 3000)");
        takeOut();
        // 27 billion multiply-adds: a minute or so on one core
        assertThat(interruptAfter("b = a @ a", 300)).isLessThan(PROMPTLY_MS);
        assertThat(takeErr()).contains("interrupted").doesNotContain("internal");
        assertThat(shell.session().isBound("b")).isFalse();
        assertThat(run("a.shape").ok()).isTrue();
    }

    @Test
    void ctrlCStopsALongCommand() throws InterruptedException {
        run("W = ones(1200, 1200)");
        run("y = (W @ W).sum()");
        assertThat(interruptAfter(":grad y", 100)).isLessThan(PROMPTLY_MS);
        String e = takeErr();
        // either it finished before the interrupt came, or it says interrupted; never an internal error
        assertThat(e).doesNotContain("internal");
        assertThat(run("1 + 1").ok()).isTrue();
    }

    /** Found by the fuzz campaign: an interrupted loop keeps the millions of nodes it made, and :trace of them ignored Ctrl-C. */
    @Test
    void ctrlCStopsACommandOnAGraphOfMillionsOfNodes() throws InterruptedException {
        run("x = 1\ny = x\nfor i in range(3000000): y = y + 1\n");
        for (String c : new String[] {":trace y", ":grad y", ":reverse y", ":graph y"}) {
            assertThat(interruptAfter(c, 300)).as(c).isLessThan(PROMPTLY_MS);
            assertThat(takeErr()).as(c).doesNotContain("internal");
        }
        assertThat(run("x + 1").ok()).isTrue();
    }

    /** Issue 15, item 4: before, len(repr(u)) of a tuple shared at 60 levels ignored Ctrl-C for a minute, then ran out of memory. */
    @Test
    void printingAValueSharedAtEveryLevelIsBoundedAndSeesTheInterrupt() {
        run("u = (1,)\nfor i in range(60): u = (u, u)\n");
        takeErr();
        assertThat(run("n = len(repr(u))").ok()).isFalse();
        assertThat(takeErr()).contains("MemoryError: the text of this value would be longer than 100,000,000 characters");
        run("v = (1,)\nfor i in range(16): v = (v, v)\n"); // 65,536 leaves: written at once, unless interrupted
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> dev.adjoint.lang.Repr.repr(shell.session().lookup("v"))).isInstanceOf(dev.adjoint.ndarray.ComputationInterrupted.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(run("print(len(repr(v)))").ok()).isTrue();
    }

    /** Issue 15: before, hash(u) and {u: 1} of a tuple shared at 60 levels built a key of 2^60 items until the heap ran out. */
    @Test
    void hashingAValueSharedAtEveryLevelIsBounded() {
        run("u = (1,)\nfor i in range(60): u = (u, u)\n");
        takeErr();
        for (String input : new String[] {"h = hash(u)", "d = {u: 1}", "s = {u}", "ok = u in {1: 2}"}) {
            assertThat(run(input).ok()).as(input).isFalse();
            assertThat(takeErr()).as(input).contains("MemoryError: cannot hash a tuple of more than 10,000,000 items");
        }
        assertThat(shell.session().isBound("d")).isFalse();
        takeOut();
        assertThat(run("try:\n    hash(u)\nexcept MemoryError:\n    print('caught')\n").ok()).isTrue();
        assertThat(takeOut()).isEqualTo("caught\n");
    }

    /** Issue 15, item 4: before, a builtin walking a range (not a loop of the interpreter's) ran on for hours. */
    @Test
    void ctrlCStopsABuiltinWalkingAHugeRange() throws InterruptedException {
        for (String input : new String[] {"s = sum(range(10**12))", "m = max(range(10**12))"}) {
            assertThat(interruptAfter(input, 300)).as(input).isLessThan(PROMPTLY_MS);
            assertThat(takeErr()).as(input).contains("interrupted");
        }
        assertThat(run("1 + 1").ok()).isTrue();
    }

    /** Issue 15, item 4: before, the interrupt was lost and r bound seconds later. */
    @Test
    void ctrlCStopsALongRandomFill() throws InterruptedException {
        run("seed(0)");
        assertThat(interruptAfter("r = randn(40000000)", 200)).isLessThan(PROMPTLY_MS);
        assertThat(takeErr()).contains("interrupted");
        assertThat(shell.session().isBound("r")).isFalse();
        assertThat(run("1 + 1").ok()).isTrue(); // the flag does not linger
    }

    @Test
    void randomFillsSeeTheInterruptFlag() {
        dev.adjoint.random.NumpyRandom r = new dev.adjoint.random.NumpyRandom(0);
        for (Runnable fill : new Runnable[] {() -> r.randn(1_000_000), () -> r.rand(1_000_000)}) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(fill::run).isInstanceOf(dev.adjoint.ndarray.ComputationInterrupted.class);
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void aKernelSeesTheInterruptFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> NDArray.ones(300, 300).matmul(NDArray.ones(300, 300)))
                    .isInstanceOf(dev.adjoint.ndarray.ComputationInterrupted.class);
        } finally {
            Thread.interrupted();
        }
        Session s = new Session();
        s.eval("a = ones(50, 50)", new RecordingOutput());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> s.eval("b = a @ a", new RecordingOutput())).isInstanceOf(Interrupted.class);
        } finally {
            Thread.interrupted();
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
