package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/**
 * torch.save to a path is refused on purpose (README, Security) with a message that says why and
 * what to do instead (a file in memory), not "Did you mean: 'size'?"; torch.load of a path reads it
 * (reading files is allowed), and of a file that is not there is Python's FileNotFoundError.
 */
class TorchFilesRefusedTest {
    private final Session s = new Session();

    @Test
    void saveToAPathSaysWhyAndWhatToDoInstead() {
        s.eval("import torch\nfrom torch import nn\nm = nn.Linear(2, 1)", QuietOutput.INSTANCE);
        assertThatThrownBy(() -> s.eval("torch.save(m.state_dict(), 'model_weights.pth')", QuietOutput.INSTANCE))
                .isInstanceOf(LangError.class).hasMessageContaining("write no files").hasMessageContaining("io.BytesIO()")
                .hasMessageNotContaining("Did you mean");
        assertThatThrownBy(() -> s.eval("m.load_state_dict(torch.load('no_such_weights.pth'))", QuietOutput.INSTANCE))
                .isInstanceOf(LangError.class).hasMessageContaining("FileNotFoundError");
    }

    @Test
    void aFileInMemoryTakesTheStateDictAndGivesItBack() {
        s.eval("import io, torch\nfrom torch import nn\nm = nn.Linear(2, 1)\nb = io.BytesIO()\ntorch.save(m.state_dict(), b)\nb.seek(0)\n"
                + "m2 = nn.Linear(2, 1)\nr = m2.load_state_dict(torch.load(b))\nsame = torch.equal(m.weight, m2.weight) and torch.equal(m.bias, m2.bias)",
                QuietOutput.INSTANCE);
        assertThat(s.eval("same", QuietOutput.INSTANCE).value()).contains(true);
    }
}
