package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.WarningsOutput;
import dev.adjoint.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * mse_loss/l1_loss with a target of another shape (the (N, 1) against (N) bug) warn as PyTorch
 * 1.13 does (text recorded from /usr/bin/python3 with torch 1.13): F.mse_loss at the caller's
 * line, once per line as Python's default filter shows it; nn.MSELoss from inside PyTorch's
 * loss.py, so once a session.
 */
class LossShapeWarningTest {
    private static final String TEXT = "UserWarning: Using a target size (torch.Size([3, 1])) that is different to the input size (torch.Size([3])). "
            + "This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.";

    private final Session s = new Session();
    private final WarningsOutput out = new WarningsOutput();
    private final List<String> engine = out.engine;
    private final StringBuilder stderr = out.stderr;

    @Test
    void theFunctionalFormWarnsOncePerLineOfItsCaller() {
        s.eval("import torch\nimport torch.nn.functional as F\nfor i in range(3):\n    F.mse_loss(torch.ones(3), torch.ones(3, 1))\nF.l1_loss(torch.ones(3), torch.ones(3, 1))", out);
        assertThat(stderr.toString()).isEqualTo("<stdin>:4: " + TEXT + "\n<stdin>:5: " + TEXT + "\n");
        assertThat(engine).isEmpty();
    }

    @Test
    void theModuleWarnsOnceASessionAndEqualShapesNever() {
        s.eval("import torch\nloss = torch.nn.MSELoss()\nloss(torch.ones(3), torch.ones(3, 1))\nloss(torch.ones(3), torch.ones(3, 1))\nloss(torch.ones(3), torch.ones(3))", out);
        assertThat(engine).containsExactly(TEXT);
        assertThat(stderr.toString()).isEmpty();
    }
}
