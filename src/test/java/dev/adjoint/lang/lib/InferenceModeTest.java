package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.testing.QuietSession;
import org.junit.jupiter.api.Test;

/**
 * Inference mode beyond what conformance program 452 compares with PyTorch: an input that fails
 * inside the block leaves both modes as they were, 0-d tensors (the scalar graphs' path) are
 * inference tensors too, and a Python number used inside the block (one operand per input) does
 * not make a later graph fail.
 */
class InferenceModeTest {
    private final QuietSession s = new QuietSession();

    @Test
    void aFailureInsideTheBlockLeavesBothModesAsTheyWere() {
        s.run("import torch");
        assertThatThrownBy(() -> s.run("with torch.inference_mode():\n    1 / 0")).isInstanceOf(LangError.class);
        assertThat(s.eval("(torch.is_inference_mode_enabled(), torch.is_grad_enabled(), torch.ones(1).is_inference())"))
                .isEqualTo("(False, True, False)");
    }

    @Test
    void zeroDimensionalTensorsAreInferenceTensorsAndNumbersAreNot() {
        s.run("import torch\nx = torch.tensor(2.0, requires_grad=True)\n"
                + "with torch.inference_mode():\n    s = torch.tensor(3.0) * 2\n    t = x * 2\n"
                + "y = (x * 2) ** 2\ny.backward()");
        assertThat(s.eval("(s.is_inference(), t.is_inference(), x.grad)")).isEqualTo("(True, True, tensor(16.))");
        assertThatThrownBy(() -> s.run("x * s")).hasMessageContaining("RuntimeError: Inference tensors cannot be saved for backward.");
    }
}
