package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/**
 * What torch.linalg refuses rather than answer otherwise than PyTorch: eig and eigvals, whose
 * results are complex tensors (adjoint has no complex dtype), say so by name; forward-mode AD of
 * a non-square LU is not written.
 */
class TorchLinalgRefusedTest {
    private final Session s = new Session();

    private void refused(String line, String... parts) {
        s.eval("import torch\na = torch.tensor([[2.0, 1.0], [-1.0, 3.0]])", QuietOutput.INSTANCE);
        var thrown = assertThatThrownBy(() -> s.eval(line, QuietOutput.INSTANCE)).isInstanceOf(LangError.class);
        for (String p : parts) thrown.hasMessageContaining(p);
    }

    @Test
    void eigAndEigvalsNameThemselvesAndWhy() {
        refused("torch.linalg.eig(a)", "NotImplementedError", "torch.linalg.eig returns complex tensors", "no complex dtype", "torch.linalg.eigh");
        refused("torch.linalg.eigvals(a)", "NotImplementedError", "torch.linalg.eigvals returns complex tensors", "torch.linalg.eigvalsh");
        refused("torch.linalg.eig(1.0)", "TypeError", "linalg_eig(): argument 'input' (position 1) must be Tensor, not float");
        refused("torch.eig(a)", "RuntimeError", "deprecated since version 1.9 and is now removed");
    }
}
