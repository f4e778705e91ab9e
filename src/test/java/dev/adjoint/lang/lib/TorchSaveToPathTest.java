package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * torch.save to a path keeps the archive in the session's memory (programs write no files: README,
 * Security), so the 60-minute blitz's save-then-load of './cifar_net.pth' runs to its end; torch.load
 * of that path reads it back, of any other path reads the file (reading is allowed), and of a file
 * that is not there is Python's FileNotFoundError.
 */
class TorchSaveToPathTest {
    private final Session s = new Session();

    @Test
    void aPathsArchiveIsKeptInMemoryAndReadBackNotWritten(@TempDir Path dir) {
        Path file = dir.resolve("cifar_net.pth");
        s.eval("import torch\nfrom torch import nn\ntorch.manual_seed(0)\nm = nn.Linear(2, 1)\nPATH = '" + file + "'\ntorch.save(m.state_dict(), PATH)\n"
                + "m2 = nn.Linear(2, 1)\nr = m2.load_state_dict(torch.load(PATH))\n"
                + "same = torch.equal(m.weight, m2.weight) and torch.equal(m.bias, m2.bias)", QuietOutput.INSTANCE);
        assertThat(s.eval("same", QuietOutput.INSTANCE).value()).contains(true);
        assertThat(Files.exists(file)).as("nothing written to disk").isFalse();
        // saved again: the newer archive is what torch.load gives, by any spelling of the path
        s.eval("torch.save({'epoch': 3}, PATH)\nimport os\nepoch = torch.load(os.path.join(os.path.dirname(PATH), '.', 'cifar_net.pth'))['epoch']", QuietOutput.INSTANCE);
        assertThat(dev.adjoint.lang.Values.toLong(s.lookup("epoch"), "epoch")).isEqualTo(3L);
    }

    @Test
    void aPathNeverSavedIsReadFromDiskOrNotFound() {
        s.eval("import torch", QuietOutput.INSTANCE);
        assertThatThrownBy(() -> s.eval("torch.load('no_such_weights.pth')", QuietOutput.INSTANCE))
                .isInstanceOf(LangError.class).hasMessageContaining("FileNotFoundError");
    }

    @Test
    void eachSessionHasItsOwnFiles() {
        s.eval("import torch\ntorch.save(torch.ones(2), 'only_here.pth')", QuietOutput.INSTANCE);
        Session other = new Session();
        other.eval("import torch", QuietOutput.INSTANCE);
        assertThatThrownBy(() -> other.eval("torch.load('only_here.pth')", QuietOutput.INSTANCE))
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
