package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SessionTest extends SessionHarness {
    @Test
    void theLectureExample() {
        run("x1 = 2; x2 = 5; y = ln(x1) + x1*x2 - sin(x2)");
        assertThat(value("y")).isEqualTo(11.652071455223084);
        Tensor x1 = tensor("x1"), x2 = tensor("x2");
        assertThat(x1.isLeaf()).isTrue();
        assertThat(x1.requiresGrad()).isTrue();
        assertThat(x1.name()).isEqualTo("x1");
        assertThat(tensor("y").name()).isEqualTo("y");
        List<Tensor> g = Autograd.grad(tensor("y"), List.of(x1, x2), null, false);
        assertThat(g.get(0).item()).isEqualTo(5.5);
        assertThat(g.get(1).item()).isEqualTo(1.7163378145367738);
        assertThat(session.lastAssigned()).isEqualTo("y");
        assertThat(session.variables().keySet()).containsExactly("x1", "x2", "y");
    }

    @Test
    void expressionStatementsAreShownUnlessNone() {
        run("x1 = 2\nx1 * 3\nprint('hi', x1)\nNone");
        assertThat(out.shownText()).containsExactly("6");
        assertThat(out.printed).containsExactly("hi 2");
    }

    @Test
    void gradIsDifferentiable() {
        run("x = 3\ny = x**3\nd1 = grad(y, x)\nd2 = grad(d1, x)\ng = grad(y, (x, x))");
        assertThat(value("d1")).isEqualTo(27.0);
        assertThat(value("d2")).isEqualTo(18.0);
        assertThat((List<?>) session.lookup("g")).hasSize(2);
    }

    @Test
    void unfinishedBracket() {
        LangError e = error("y = ln(");
        assertThat(e).hasMessage("SyntaxError: '(' was never closed");
        assertThat(e.span().column()).isEqualTo(7);
    }

    @Test
    void unknownNameWithSuggestion() {
        run("x1 = 2");
        LangError e = error("y = foo(x1)");
        assertThat(e.getMessage()).startsWith("NameError: name 'foo' is not defined");
        assertThat(e.span().column()).isEqualTo(5);
        assertThat(error("y = sine(x1)")).hasMessage("NameError: name 'sine' is not defined. Did you mean: 'sin'?");
        assertThat(error("y = x11 + 1")).hasMessage("NameError: name 'x11' is not defined. Did you mean: 'x1'?");
    }

    @Test
    void syntaxErrorsCarryTheColumn() {
        run("x1 = 2");
        LangError e = error("y = x1 +* 2");
        assertThat(e).hasMessage("SyntaxError: invalid syntax");
        assertThat(e.span().column()).isEqualTo(9);
        e = error("x1 = 2 3");
        assertThat(e).hasMessage("SyntaxError: invalid syntax");
        assertThat(e.span().column()).isEqualTo(8);
    }

    @Test
    void broadcastErrorAtTheOperator() {
        assertThat(error("[1, 2] + [1, 2, 3]")).isNull(); // Python lists concatenate
        LangError e = error("tensor([1, 2]) + tensor([1, 2, 3])");
        assertThat(e).hasMessage("RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0"); // PyTorch's words
        assertThat(e.span().column()).isEqualTo(16);
    }

    @Test
    void tenThousandParentheses() {
        assertThat(error("(".repeat(10_000))).isNotNull();
        assertThat(error("y = " + "(".repeat(10_000) + "1" + ")".repeat(10_000)).getMessage()).startsWith("SyntaxError: expression nested too deeply");
    }

    @Test
    void lnOfNegativeIsNaN() {
        run("y = ln(-1)");
        assertThat(value("y")).isNaN();
    }

    @Test
    void raggedLiteral() {
        assertThat(error("[[1, 2], [3]]")).isNull(); // a Python list may be ragged
        LangError e = error("tensor([[1, 2], [3]])");
        assertThat(e.getMessage()).contains("ragged").contains("(1,)").contains("(2,)");
        assertThat(e.span().column()).isEqualTo(1);
    }

    @Test
    void builtinArgumentErrorsNameTheFunction() {
        assertThat(error("sin(1, 2)")).hasMessage("TypeError: sin() takes 1 positional argument but 2 were given");
        assertThat(error("sin('a')")).hasMessage("TypeError: sin() argument 1 must be a tensor, not str");
        assertThat(error("sum([1, 2], axs=0)")).hasMessage("TypeError: sum() got an unexpected keyword argument 'axs'");
        assertThat(error("zeros(2.5)")).hasMessage("TypeError: zeros() dimension must be an integer, got 2.5");
    }

    @Test
    void aFailedInputLeavesTheBindingsAsBefore() {
        run("a = 1\nb = 2");
        Object a = session.lookup("a");
        assertThat(error("a = 10\nc = 3\nd = foo")).isNotNull();
        assertThat(session.lookup("a")).isSameAs(a);
        assertThat(session.isBound("c")).isFalse();
        assertThat(session.variables().keySet()).containsExactly("a", "b");
        assertThat(session.lastAssigned()).isEqualTo("b");
    }

    @Test
    void thePyTorchTutorial() {
        run("x = ones(2, 2, requires_grad=True)\ny = x + 2\nz = y * y * 3\nout = z.mean()\nout.backward()");
        assertThat(tensor("x").grad().value().toArray()).containsExactly(4.5, 4.5, 4.5, 4.5);
        assertThat(value("out")).isEqualTo(27.0);
        run("y.grad");
        // PyTorch warns from C++ through Python's warnings, placed at the user's line
        assertThat(out.stderr.toString()).startsWith("<stdin>:1: UserWarning: The .grad attribute").contains("retain_grad");
        assertThat(out.shown).isEmpty();
    }

    @Test
    void theAssignmentExample() {
        run("seed(0)\nx = rand(1, requires_grad=True)\ny = exp(x) + x\nz = x * y\nt = sum(z)\nt.backward()");
        double x = tensor("x").value().toArray()[0];
        assertThat(tensor("x").grad().value().toArray()[0]).isCloseTo(Math.exp(x) * (1 + x) + 2 * x, within(1e-12));
        assertThat(x).isEqualTo(0.5488135039273248); // np.random.seed(0); np.random.rand(1)
    }

    @Test
    void inputsVersusConstants() {
        // SPEC 2: only plain numbers bound by a top-level statement are inputs; lists stay lists, constructors follow PyTorch
        run("a = 2\nb = -2\nv = [1, 2]\nW = randn(3, 3)\nC = randn(3, 3) / 10\nK = zeros(2, requires_grad=False)\n"
                + "T = tensor(C)\nU = tensor(C, requires_grad=True)\nc = const(5)\nd = a * 3\nflag = True");
        for (String input : List.of("a", "b", "U")) assertThat(tensor(input).requiresGrad()).as(input).isTrue();
        for (String constant : List.of("W", "C", "K", "T", "c")) assertThat(tensor(constant).requiresGrad()).as(constant).isFalse();
        assertThat(session.lookup("v")).isInstanceOf(dev.adjoint.lang.PyList.class);
        assertThat(session.lookup("flag")).isEqualTo(true);
        assertThat(tensor("d").isLeaf()).isFalse();
        assertThat(value("b")).isEqualTo(-2.0);
    }

    @Test
    void rebindingMakesANewNode() {
        run("x = 2\ny = x * 3\nx = 5");
        Tensor y = tensor("y");
        assertThat(y.input(0)).isNotSameAs(tensor("x"));
        assertThat(y.input(0).value().item()).isEqualTo(2.0);
    }

    @Test
    void literalConstantsAreNotSharedWithBindings() {
        run("def two():\n    return 2\n\na = two()\na.data = tensor(7.)\nb = two()");
        assertThat(value("b")).isEqualTo(2.0);
        assertThat(tensor("a").name()).isEqualTo("a");
        assertThat(tensor("b").name()).isEqualTo("b");
    }

    @Test
    void attributes() {
        run("x = tensor([[1, 2], [3, 4]], requires_grad=True)\ny = (x * 2).sum()\ny.backward()");
        run("x.shape\nx.T\nx.requires_grad\nx.is_leaf\ny.grad_fn\nx.grad_fn\nx.ndim\nx.grad");
        assertThat(out.shownText()).hasSize(7);
        assertThat(out.shownText().get(4)).matches("<SumBackward0 object at 0x[0-9a-f]+>");
        assertThat(out.shownText()).containsSequence("torch.Size([2, 2])", "[[1, 3], [2, 4]]", "True", "True").endsWith("2", "[[2, 2], [2, 2]]");
        run("x.grad = None\nx.requires_grad = False\nx.requires_grad");
        assertThat(tensor("x").grad()).isNull();
        assertThat(out.shownText()).last().isEqualTo("False");
    }

    @Test
    void backwardWithASeed() {
        run("x = tensor([1, 2, 3], requires_grad=True)\ny = x * x");
        assertThat(error("y.backward()")).hasMessage("RuntimeError: grad can be implicitly created only for scalar outputs");
        run("y.backward(tensor([1, 1, 1]))"); // a tensor, as PyTorch requires
        assertThat(tensor("x").grad().value().toArray()).containsExactly(2, 4, 6);
    }

    @Test
    void methodsAndReductions() {
        run("x = tensor([[1, 2], [3, 4]])\nx.sum(1)\nsum(x, axis=0, keepdims=True)\nmax(x, axes=(0, 1))\nmean(x)\nx.reshape(4)\n"
                + "reshape(x, (1, 4))\nsoftmax([0, 0])\nlog_softmax([0, 0], axis=0)\nlen(x)\nx.item" );
        assertThat(out.shownText()).containsExactly("[3, 7]", "[[4, 6]]", "4", "2.5", "[1, 2, 3, 4]", "[[1, 2, 3, 4]]",
                "[0.5, 0.5]", "[-0.6931471805599453, -0.6931471805599453]", "2", "<method item of tensor>");
        run("n = tensor([3, 4])\nn.norm().item()\none_hot([0, 2], 3)\ntranspose(ones(2, 3)).shape\nmatmul(eye(2), [1, 2])\narange(3)\nfull((2,), 7)");
        assertThat(out.shownText().subList(10, 16)).containsExactly("5.0", "[[1, 0, 0], [0, 0, 1]]", "torch.Size([3, 2])", "[1, 2]", "[0, 1, 2]", "[7, 7]");
    }

    @Test
    void indexingAndSlicingAreDifferentiable() {
        run("x = tensor([[1, 2, 3], [4, 5, 6]], requires_grad=True)\na = x[0, 1:3]\nb = x[::-1]\nc = x[-1]\nd = x[:, 0]\ns = (a * a).sum()\ns.backward()");
        assertThat(tensor("a").value().toArray()).containsExactly(2, 3);
        assertThat(tensor("b").value().toArray()).containsExactly(4, 5, 6, 1, 2, 3);
        assertThat(tensor("c").value().toArray()).containsExactly(4, 5, 6);
        assertThat(tensor("d").value().toArray()).containsExactly(1, 4);
        assertThat(tensor("x").grad().value().toArray()).containsExactly(0, 4, 6, 0, 0, 0);
        assertThat(error("x[5]").getMessage()).contains("out of bounds");
    }

    @Test
    void tensorLiteralOfInputsIsDifferentiable() {
        run("a = 2\nb = 3\nv = [a, b * a]\ns = sum(v)\nm = mean(v)");
        assertThat(Autograd.grad(tensor("s"), List.of(tensor("a")), null, false).get(0).item()).isEqualTo(4.0);
        assertThat(Autograd.grad(tensor("m"), List.of(tensor("a")), null, false).get(0).item()).isEqualTo(2.0);
    }

    @Test
    void comparisons() {
        run("x = tensor([1, 5])\n2 < 3\n2 == 2\nx > 2\n1 < 2 < 3\n3 > 2 > 4\n'a' == 'a'\nNone == None\n7 % 3\n-7 % 3\n7 // 2\n-7 // 2");
        assertThat(out.shownText()).containsExactly("True", "True", "[0, 1]", "True", "False", "True", "True", "1", "2", "3", "-4");
        LangError e = error("if x: pass");
        assertThat(e).hasMessage("RuntimeError: Boolean value of Tensor with more than one value is ambiguous");
    }

    @Test
    void stringsAndTuples() {
        run("s = 'file' + \".gz\"\nt = (1, 2) + (3,)\ns\nt\nlen(t)\nt[1:]\n()");
        assertThat(out.shownText()).containsExactly("'file.gz'", "(1, 2, 3)", "3", "(2, 3)", "()");
    }

    @Test
    void powerAndCaret() {
        run("2 ^ 3\n-2**2\n2**-1\n2**3**2");
        assertThat(out.shownText()).containsExactly("8", "-4", "0.5", "512");
    }

    @Test
    void augmentedAssignmentRebinds() {
        run("a = 1\nb = a\na += 2");
        assertThat(value("a")).isEqualTo(3.0);
        assertThat(value("b")).isEqualTo(1.0);
        assertThat(tensor("a").isLeaf()).isTrue(); // n += 1 is Python arithmetic: a fresh input, as n = 3 would be
    }

    @Test
    void gradModeSetting() {
        session.setGradEnabled(false);
        run("x = 2\ny = x * 3");
        assertThat(session.lookup("y")).isEqualTo(6L); // with grad off, numbers stay plain numbers
        session.setGradEnabled(true);
        run("z = x * 3");
        assertThat(tensor("z").requiresGrad()).isTrue();
        assertThat(session.gradEnabled()).isTrue();
    }

    @Test
    void printAndStrArePythons() {
        run("print(1, 2.0, [1, 'a'], (1,), 1/3)\ns = str(1/3)");
        assertThat(out.printed).containsExactly("1 2.0 [1, 'a'] (1,) 0.3333333333333333");
        assertThat(session.lookup("s")).isEqualTo("0.3333333333333333");
    }

    @Test
    void resetForgetsEverything() {
        run("x = 1");
        session.reset();
        assertThat(session.variables()).isEmpty();
        assertThat(session.lastAssigned()).isNull();
        assertThat(session.builtinNames()).contains("ln", "exp", "grad", "no_grad", "randn", "tensor", "print");
    }

    @Test
    void sessionsAreIndependent() {
        Session other = new Session();
        run("seed(1)\nx = 3");
        other.eval("seed(1)", out);
        run("a = rand()");
        other.eval("a = rand()", out);
        assertThat(other.isBound("x")).isFalse();
        assertThat(((Tensor) other.lookup("a")).item()).isEqualTo(value("a"));
    }

    @Test
    void noneIsBoundButNull() {
        run("n = None");
        assertThat(session.isBound("n")).isTrue();
        assertThat(session.lookup("n")).isNull();
        assertThat(session.isBound("m")).isFalse();
    }

    @Test
    void elementAssignmentChangesTheTensorInPlace() {
        run("x = tensor([1, 2])\ny = x\nl = [1, 2]\nl[0] = 5\nx[0] = 5");
        assertThat(tensor("y").value().toArray()).containsExactly(5, 2); // the same tensor, as in PyTorch
        assertThat(tensor("x").version()).isEqualTo(1);
    }

    @Test
    void interruptStopsTheLoopAndKeepsVariables() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                session.eval("i = 0\nwhile True:\n    i += 1\n", out);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        Thread.sleep(200);
        worker.interrupt();
        worker.join(5000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(Interrupted.class).hasMessage("interrupted");
        assertThat(((LangError) thrown.get()).span().line()).isGreaterThanOrEqualTo(2);
        assertThat(value("i")).isGreaterThan(0);
        run("j = 1");
        assertThat(value("j")).isEqualTo(1.0);
    }

    /** --timeout interrupts plainly: a hard stop that no except catches and no __exit__ swallows; Ctrl-C's is a KeyboardInterrupt they see. */
    @Test
    void onlyAKeyboardInterruptIsCaught() throws Exception {
        String guarded = "class Quiet:\n    def __enter__(self): return self\n    def __exit__(self, *a): return True\n\n"
                + "caught = 0\ntry:\n    with Quiet():\n        while True:\n            pass\nexcept BaseException:\n    caught = 1\n";
        for (boolean keyboard : new boolean[] {false, true}) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread worker = new Thread(() -> {
                try {
                    session.eval(guarded.replace("with Quiet():", keyboard ? "if True:" : "with Quiet():"), out);
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            worker.start();
            Thread.sleep(300);
            if (keyboard) Interrupted.fromKeyboard(worker);
            else worker.interrupt();
            worker.join(5000);
            assertThat(worker.isAlive()).isFalse();
            if (keyboard) {
                assertThat(thrown.get()).isNull();
                assertThat(value("caught")).isEqualTo(1.0);
            } else {
                assertThat(thrown.get()).isInstanceOf(Interrupted.class).hasMessage("interrupted");
                assertThat(value("caught")).isEqualTo(0.0);
            }
        }
    }

    @Test
    void variablesSnapshotIsUnmodifiable() {
        run("x = 1");
        Map<String, Object> vars = session.variables();
        run("y = 2");
        assertThat(vars).containsOnlyKeys("x");
    }

    @Test
    void aFailedInputPutsBackTensorsAtAnyDepth() {
        run("a = tensor([1.0, 2.0], requires_grad=True)\nt = (((a,),),)\nb = tensor([5.0])");
        error("t[0][0][0].data = tensor([7.0, 8.0])\nt[0][0][0].grad = tensor([1.0, 1.0])\nb.data = tensor([0.0])\nundefined_name");
        assertThat(tensor("a").value().toArray()).containsExactly(1.0, 2.0);
        assertThat(tensor("a").grad()).isNull();
        assertThat(tensor("b").value().toArray()).containsExactly(5.0);
    }
}
