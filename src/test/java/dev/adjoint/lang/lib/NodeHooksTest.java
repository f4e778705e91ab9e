package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.testing.QuietSession;
import org.junit.jupiter.api.Test;

/**
 * Node hooks (grad_fn.register_hook / register_prehook) beyond what conformance program 450
 * compares with PyTorch: a failed input leaves them as they were, a long chain with hooks at both
 * ends runs without recursion, and the turns of pre-hooks, tensor hooks and retain_grad survive
 * a failed input that added a new kind. A module's backward hooks beyond program 451: a failed
 * input takes back a registration and the kind it set, and a call with two input tensors that
 * require grad, which PyTorch puts through one node, is refused rather than hooked apart.
 */
class NodeHooksTest {
    private final QuietSession s = new QuietSession();

    @Test
    void aNodeHookRegisteredByAFailedInputIsGoneAndOneRemovedByAFailedInputStays() {
        s.run("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\ny = x * 3");
        assertThatThrownBy(() -> s.run("y.grad_fn.register_prehook(lambda go: (go[0] * 10,))\n1 / 0")).isInstanceOf(LangError.class);
        s.run("y.sum().backward(retain_graph=True)");
        assertThat(s.eval("x.grad")).isEqualTo("tensor([3., 3.])");
        s.run("h = y.grad_fn.register_hook(lambda gi, go: (gi[0] * 2, None))");
        assertThatThrownBy(() -> s.run("h.remove()\n1 / 0")).isInstanceOf(LangError.class);
        s.run("x.grad = None\ny.sum().backward(retain_graph=True)");
        assertThat(s.eval("x.grad")).isEqualTo("tensor([6., 6.])");
        s.run("h.remove()\nx.grad = None\ny.sum().backward()");
        assertThat(s.eval("x.grad")).isEqualTo("tensor([3., 3.])");
    }

    @Test
    void theTurnsBeforeANodeComeBackWithAFailedInput() {
        s.run("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\ny = x * 3\ny.retain_grad()");
        assertThatThrownBy(() -> s.run("y.register_hook(lambda g: g * 10)\n1 / 0")).isInstanceOf(LangError.class);
        s.run("y.register_hook(lambda g: g * 2)\ny.sum().backward()");
        assertThat(s.eval("(y.grad, x.grad)")).isEqualTo("(tensor([1., 1.]), tensor([6., 6.]))");
    }

    @Test
    void hooksAtBothEndsOfALongChainRunWithoutRecursion() {
        s.run("import torch\nx = torch.tensor(1.0, requires_grad=True)\nseen = []\nx.register_hook(lambda g: seen.append('leaf'))\n"
                + "y = x * 1\ny.grad_fn.register_prehook(lambda go: seen.append('first'))\n"
                + "for i in range(200000):\n    y = y * 1\ny.grad_fn.register_hook(lambda gi, go: seen.append('last'))\ny.backward()");
        assertThat(s.eval("(seen, x.grad)")).isEqualTo("(['last', 'first', 'leaf'], tensor(1.))");
    }

    @Test
    void aBackwardHookRegisteredByAFailedInputIsGoneWithItsKind() {
        s.run("import torch\nt = torch.nn.Tanh()\nseen = []");
        assertThatThrownBy(() -> s.run("t.register_full_backward_hook(lambda m, gi, go: seen.append('full'))\n1 / 0")).isInstanceOf(LangError.class);
        s.run("t.register_backward_hook(lambda m, gi, go: seen.append('old'))\nt(torch.ones(2, requires_grad=True) * 2).sum().backward()");
        assertThat(s.eval("seen")).isEqualTo("['old']");
    }

    @Test
    void twoInputsThatRequireGradGoThroughOneNodeAndTwoOutputsWithoutAreRefused() {
        s.run("import torch\nclass Add(torch.nn.Module):\n    def forward(self, a, b):\n        return a + b\n"
                + "m = Add()\nseen = []\nm.register_full_backward_hook(lambda m, gi, go: seen.append(gi))\nx = torch.ones(2, requires_grad=True)");
        s.run("(m(x, x * 2) * 3).sum().backward()");
        assertThat(s.eval("(seen, x.grad)")).isEqualTo("([(tensor([3., 3.]), tensor([3., 3.]))], tensor([9., 9.]))");
        assertThat(s.eval("m(x, torch.ones(2)).grad_fn.name()")).isEqualTo("BackwardHookFunctionBackward");
        s.run("class Two(torch.nn.Module):\n    def forward(self, a):\n        return a * w, a * w\n"
                + "t = Two()\nt.register_full_backward_hook(lambda m, gi, go: None)\nw = torch.ones(2, requires_grad=True)");
        assertThatThrownBy(() -> s.run("t(torch.ones(2))"))
                .hasMessageContaining("NotImplementedError: adjoint runs a module's full backward hooks, for a call where no input requires grad, "
                        + "with one output tensor that requires grad (this one has 2)");
    }
}
