package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.testing.QuietSession;
import org.junit.jupiter.api.Test;

/**
 * torch.set_printoptions belongs to its session, as PyTorch's to its process: it lasts across
 * inputs, a failed input leaves it as it was, and another session prints with the defaults.
 * (What each option prints is checked against PyTorch by conformance program 150.)
 */
class PrintOptionsTest {
    private final QuietSession s = new QuietSession();

    @Test
    void theOptionsLastUntilChangedAndBelongToTheirSession() {
        s.run("import torch\ntorch.set_printoptions(precision=2)");
        assertThat(s.eval("torch.tensor([3.14159])")).isEqualTo("tensor([3.14])");
        QuietSession other = new QuietSession();
        other.run("import torch");
        assertThat(other.eval("torch.tensor([3.14159])")).isEqualTo("tensor([3.1416])");
        s.run("torch.set_printoptions(profile='default')");
        assertThat(s.eval("torch.tensor([3.14159])")).isEqualTo("tensor([3.1416])");
    }

    @Test
    void aFailedInputLeavesTheOptionsAsTheyWere() {
        s.run("import torch\ntorch.set_printoptions(precision=2)");
        assertThatThrownBy(() -> s.run("torch.set_printoptions(precision=6, threshold=3)\n1 / 0"))
                .isInstanceOf(LangError.class);
        assertThat(s.eval("torch.tensor([3.14159, 1, 2, 3])")).isEqualTo("tensor([3.14, 1.00, 2.00, 3.00])");
    }

    @Test
    void badOptionsAreRefusedWithPythonsErrors() {
        s.run("import torch");
        assertThatThrownBy(() -> s.run("torch.set_printoptions(precison=2)"))
                .hasMessageContaining("TypeError").hasMessageContaining("unexpected keyword argument 'precison'");
        assertThatThrownBy(() -> s.run("torch.set_printoptions(threshold='big')"))
                .hasMessageContaining("TypeError");
        assertThat(s.eval("torch.tensor([3.14159])")).isEqualTo("tensor([3.1416])");
    }
}
