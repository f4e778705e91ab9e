package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/** torch.save and torch.load are refused on purpose (README, Security) with a message that says why and what to do, not "Did you mean: 'size'?". */
class TorchFilesRefusedTest {
    private final Session s = new Session();

    @Test
    void saveAndLoadSayWhyAndWhatToDoInstead() {
        s.eval("import torch\nfrom torch import nn\nm = nn.Linear(2, 1)", QuietOutput.INSTANCE);
        assertThatThrownBy(() -> s.eval("torch.save(m.state_dict(), 'model_weights.pth')", QuietOutput.INSTANCE))
                .isInstanceOf(LangError.class).hasMessageContaining("write no files").hasMessageContaining("copy.deepcopy(model.state_dict())")
                .hasMessageNotContaining("Did you mean");
        assertThatThrownBy(() -> s.eval("m.load_state_dict(torch.load('model_weights.pth'))", QuietOutput.INSTANCE))
                .isInstanceOf(LangError.class).hasMessageContaining("reads no pickled").hasMessageContaining("load_state_dict(saved)");
    }
}
