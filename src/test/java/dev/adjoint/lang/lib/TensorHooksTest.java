package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/**
 * Tensor hooks beyond what conformance programs 154 and 157 compare with PyTorch: a failed input
 * leaves the hooks as they were (registered or removed), and a hook's errors are PyTorch's.
 */
class TensorHooksTest {
    private final Session s = new Session();

    private void run(String program) {
        s.eval(program, QuietOutput.INSTANCE);
    }

    private String gradAfterBackward() {
        run("x.grad = None\n(x * 3).sum().backward()\nshown = str(x.grad)");
        return (String) s.lookup("shown");
    }

    @Test
    void aHookRegisteredByAFailedInputIsGoneAndOneRemovedByAFailedInputStays() {
        run("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)");
        assertThatThrownBy(() -> run("x.register_hook(lambda g: g * 10)\n1 / 0")).isInstanceOf(LangError.class);
        assertThat(gradAfterBackward()).isEqualTo("tensor([3., 3.])");
        run("h = x.register_hook(lambda g: g * 10)");
        assertThatThrownBy(() -> run("h.remove()\n1 / 0")).isInstanceOf(LangError.class);
        assertThat(gradAfterBackward()).isEqualTo("tensor([30., 30.])");
        run("h.remove()");
        assertThat(gradAfterBackward()).isEqualTo("tensor([3., 3.])");
    }

    @Test
    void aHookMustReturnATensorOfTheGradientsSizeOrNone() {
        run("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\ny = x * 2");
        run("def widen(g):\n    return torch.ones(3)\nh = y.register_hook(widen)");
        assertThatThrownBy(() -> run("y.sum().backward(retain_graph=True)"))
                .hasMessageContaining("RuntimeError: hook 'widen' has changed the size of value");
        run("h.remove()\ny.register_hook(lambda g: 5)");
        assertThatThrownBy(() -> run("y.sum().backward()")).hasMessageContaining("TypeError: expected Variable, but hook returned 'int'");
    }
}
