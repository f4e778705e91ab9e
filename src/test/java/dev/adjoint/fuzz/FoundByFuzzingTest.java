package dev.adjoint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Traceback;
import dev.adjoint.session.RecordingOutput;
import dev.adjoint.session.Session;
import org.junit.jupiter.api.Test;

/** What the fixes for the fuzzer's findings promise, stated plainly (the raw inputs are in resources/fuzz/regressions). */
class FoundByFuzzingTest {
    private final Session session = new Session();
    private final RecordingOutput out = new RecordingOutput();

    private void run(String source) {
        session.eval(source, out);
    }

    /** Runs on a thread with the REPL's large stack, where deep recursion meets the interpreter's limit, not the JVM's. */
    private static void onReplStack(Runnable r) throws InterruptedException {
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                r.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "repl-stack", 512L << 20);
        t.start();
        t.join();
        if (failure[0] instanceof AssertionError a) throw a;
        if (failure[0] != null) throw new AssertionError(failure[0]);
    }

    @Test
    void anErrorInAFunctionOfAnEarlierInputPointsAtTheCall() throws InterruptedException {
        onReplStack(this::earlierFunction);
    }

    private void earlierFunction() {
        run("def h(n):\n    if n <= 0:\n        return 1\n    return h(n - 1) * 2\n");
        String input = "y = 1 + h(1e999)";
        assertThatThrownBy(() -> run(input)).isInstanceOfSatisfying(LangError.class, e -> {
            assertThat(e.getMessage()).isEqualTo("RecursionError: maximum recursion depth exceeded");
            assertThat(Traceback.cpythonFrames(e.traceback())).matches("(?s)  File \"<stdin>\", line 1, in <module>\n.*"
                    + "  File \"<stdin>\", line 4, in h\n.*  \\[Previous line repeated \\d+ more times\\]\n");
            assertThat(input.substring(e.span().offset(), e.span().end())).isEqualTo("h(1e999)");
        });
        run("def f(p): return p * 2 + 1");
        run("def k(p): return f(p) + 1");
        String call = "k(None)";
        assertThatThrownBy(() -> run(call)).isInstanceOfSatisfying(LangError.class, e -> {
            assertThat(e.getMessage()).isEqualTo("TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'");
            assertThat(e.traceback().stream().map(Traceback.Entry::function)).containsExactly("<module>", "k", "f");
            assertThat(e.span().offset()).isZero();
            assertThat(e.span().end()).isEqualTo(call.length());
        });
    }

    @Test
    void anErrorInAFunctionOfThisInputKeepsItsOwnSpan() {
        String input = "def f(p): return p * 2\nf(None)";
        assertThatThrownBy(() -> run(input)).isInstanceOfSatisfying(LangError.class, e -> {
            assertThat(e.getMessage()).isEqualTo("TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'");
            assertThat(input.substring(e.span().offset(), e.span().end())).isEqualTo("*");
        });
    }

    @Test
    void aFailedInputPutsBackTensorsItChangedInPlace() {
        run("x = tensor([1, 2], requires_grad=True)\nw = 3");
        Tensor x = (Tensor) session.lookup("x"), w = dev.adjoint.lang.Values.node(session.lookup("w"));
        var value = x.value();
        assertThatThrownBy(() -> run("x.data = x.data * 10\nx.grad = ones(2)\nw.requires_grad = False\nundefined"))
                .isInstanceOf(LangError.class);
        assertThat(x.value()).isSameAs(value);
        assertThat(x.grad()).isNull();
        assertThat(w.requiresGrad()).isTrue();
        run("x.data = x.data * 10"); // a successful input keeps its change
        assertThat(x.value().toArray()).containsExactly(10, 20);
    }

    @Test
    void aFailedInputDrawsNoRandomNumbers() {
        run("seed(3)");
        assertThatThrownBy(() -> run("r = randn(5)\nundefined")).isInstanceOf(LangError.class);
        run("r = randn(2)");
        Session fresh = new Session();
        fresh.eval("seed(3)\nr = randn(2)", out);
        assertThat(((Tensor) session.lookup("r")).value()).isEqualTo(((Tensor) fresh.lookup("r")).value());
    }

    @Test
    void dataKeepsTheShapeOfTheTensor() {
        run("W = tensor([[1, 2], [3, 4]], requires_grad=True)\ny = (W * W).sum()");
        assertThatThrownBy(() -> run("W.data = tensor(5.)"))
                .hasMessage("ValueError: x.data must keep the shape (2, 2) of x, got (); to change the shape, bind a new tensor (x = ...)");
        assertThatThrownBy(() -> run("W.data = 5")).hasMessage("TypeError: Variable data has to be a tensor, but got int"); // PyTorch's
        run("W.data = W.data * 2"); // same shape: fine, as in a training loop
    }

    @Test
    void tuplesMayHoldNone() {
        run("t = tuple((None, 1))\nn = len(list((None, None)))");
        assertThat(dev.adjoint.lang.Values.toDouble(session.lookup("n"))).isEqualTo(2);
    }

    @Test
    void anUnterminatedStringInsideBracketsEndsWithTheInput() {
        String input = "print(M[0, :\"])";
        assertThatThrownBy(() -> run(input)).isInstanceOfSatisfying(LangError.class, e -> {
            assertThat(e.getMessage()).isEqualTo("SyntaxError: unterminated string literal (detected at line 1)");
            assertThat(e.span().end()).isLessThanOrEqualTo(input.length());
        });
    }
}
