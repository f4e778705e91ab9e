package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/**
 * torch.set_printoptions belongs to its session, as PyTorch's to its process: it lasts across
 * inputs, a failed input leaves it as it was, and another session prints with the defaults.
 * (What each option prints is checked against PyTorch by conformance program 150.)
 */
class PrintOptionsTest {
    private final Session s = new Session();

    private String text(String expression) {
        s.eval("shown = str(" + expression + ")", QuietOutput.INSTANCE);
        return (String) s.lookup("shown");
    }

    @Test
    void theOptionsLastUntilChangedAndBelongToTheirSession() {
        s.eval("import torch\ntorch.set_printoptions(precision=2)", QuietOutput.INSTANCE);
        assertThat(text("torch.tensor([3.14159])")).isEqualTo("tensor([3.14])");
        Session other = new Session();
        other.eval("import torch\nshown = str(torch.tensor([3.14159]))", QuietOutput.INSTANCE);
        assertThat(other.lookup("shown")).isEqualTo("tensor([3.1416])");
        s.eval("torch.set_printoptions(profile='default')", QuietOutput.INSTANCE);
        assertThat(text("torch.tensor([3.14159])")).isEqualTo("tensor([3.1416])");
    }

    @Test
    void aFailedInputLeavesTheOptionsAsTheyWere() {
        s.eval("import torch\ntorch.set_printoptions(precision=2)", QuietOutput.INSTANCE);
        assertThatThrownBy(() -> s.eval("torch.set_printoptions(precision=6, threshold=3)\n1 / 0", QuietOutput.INSTANCE))
                .isInstanceOf(LangError.class);
        assertThat(text("torch.tensor([3.14159, 1, 2, 3])")).isEqualTo("tensor([3.14, 1.00, 2.00, 3.00])");
    }

    @Test
    void badOptionsAreRefusedWithPythonsErrors() {
        s.eval("import torch", QuietOutput.INSTANCE);
        assertThatThrownBy(() -> s.eval("torch.set_printoptions(precison=2)", QuietOutput.INSTANCE))
                .hasMessageContaining("TypeError").hasMessageContaining("unexpected keyword argument 'precison'");
        assertThatThrownBy(() -> s.eval("torch.set_printoptions(threshold='big')", QuietOutput.INSTANCE))
                .hasMessageContaining("TypeError");
        assertThat(text("torch.tensor([3.14159])")).isEqualTo("tensor([3.1416])");
    }
}
