package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.testing.WarningsOutput;
import dev.adjoint.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warnings module beyond what the conformance programs warnings_*.py compare with CPython: the
 * engine's own PyTorch warnings pass the same filters (filterwarnings("ignore") silences them,
 * "error" raises them, catch_warnings(record=True) collects them), the prompt's place is
 * "<stdin>:LINE" with no source line (as CPython's), and a failed input's filter change is undone.
 */
class WarningsTest {
    private final Session s = new Session();
    private final WarningsOutput out = new WarningsOutput();
    private final List<String> engine = out.engine;
    private final StringBuilder stderr = out.stderr;

    private static final String SCHEDULER_FIRST = """
            import torch
            w = torch.nn.Parameter(torch.ones(2))
            opt = torch.optim.SGD([w], lr=1.0)
            sch = torch.optim.lr_scheduler.StepLR(opt, step_size=1)
            sch.step()
            """;
    private static final String MESHGRID = "g = torch.meshgrid(torch.ones(2), torch.ones(2))";

    @Test
    void ignoreSilencesTheEnginesWarnings() {
        s.eval("import warnings\nwarnings.filterwarnings('ignore')\n" + SCHEDULER_FIRST + MESHGRID, out);
        assertThat(engine).isEmpty();
        assertThat(stderr).isEmpty();
        s.eval("warnings.resetwarnings()\n" + SCHEDULER_FIRST + MESHGRID, out); // meshgrid's TORCH_WARN_ONCE has fired (into the filter) already
        assertThat(engine).singleElement().asString().contains("Detected call of `lr_scheduler.step()`");
        assertThat(stderr).isEmpty();
    }

    @Test
    void meshgridWarnsOnceWhereTorchsFunctionalCallsIntoCpp() { // as PyTorch 1.13 (/usr/bin/python3, 2026-12-04)
        s.eval("import torch\n" + MESHGRID + "\n" + MESHGRID, out);
        assertThat(stderr).hasToString("/usr/lib/python3/dist-packages/torch/functional.py:504: UserWarning: torch.meshgrid: in an upcoming release, it"
                + " will be required to pass the indexing argument. (Triggered internally at  ./aten/src/ATen/native/TensorShape.cpp:3190.)\n"
                + "  return _VF.meshgrid(tensors, **kwargs)  # type: ignore[attr-defined]\n");
    }

    @Test
    void anIgnoreFilterForOneModuleLeavesTheOthers() {
        s.eval("import warnings\nwarnings.filterwarnings('ignore', module='torch.optim')\n" + SCHEDULER_FIRST + MESHGRID, out);
        assertThat(engine).isEmpty();
        assertThat(stderr.toString()).contains("functional.py:504: UserWarning: torch.meshgrid");
    }

    @Test
    void xDotTWarnsOnceASessionAtTheUsersLine() { // TORCH_WARN_ONCE, as PyTorch 1.13 (/usr/bin/python3, 2026-12-03)
        s.eval("import torch\nx = torch.ones(2, 2, 2)\ny = x.T\nz = x.T", out);
        s.eval("w = torch.ones(3).T", out);
        assertThat(stderr).hasToString("<stdin>:3: UserWarning: The use of `x.T` on tensors of dimension other than 2 to reverse their shape is"
                + " deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches of matrices or"
                + " `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor. (Triggered internally at "
                + " ./aten/src/ATen/native/TensorShape.cpp:3277.)\n");
        assertThat(engine).isEmpty();
    }

    @Test
    void catchWarningsRecordsTheEnginesWarningsAndErrorRaisesThem() {
        s.eval("import warnings\nwith warnings.catch_warnings(record=True) as ws:\n    warnings.simplefilter('always')\n"
                + SCHEDULER_FIRST.indent(4) + "kinds = [(w.category.__name__, str(w.message)[:25]) for w in ws]", out);
        assertThat(engine).isEmpty();
        assertThat(Repr.repr(s.lookup("kinds"))).isEqualTo("[('UserWarning', 'Detected call of `lr_sche')]");
        s.eval("warnings.simplefilter('error')\ntry:\n    g = (w * 2).grad\nexcept UserWarning as e:\n    caught = str(e)[:19]", out);
        assertThat(s.lookup("caught")).isEqualTo("The .grad attribute");
    }

    @Test
    void randintPastAFloatTypesExactIntegersWarnsAtTheCall() { // PyTorch 1.13's text (/usr/bin/python3, 2026-12-03)
        s.eval("import torch\na = torch.randint(0, 2**24 + 2, (2,), dtype=torch.float32)\nb = torch.randint(-2**53 - 1, 2, (2,))", out);
        assertThat(stderr).hasToString("<stdin>:2: UserWarning: to - 1 is out of bounds [-(2^24), 2^24]. Due to precision limitations float can"
                + " support discrete uniform distribution only within this range. This warning will become an error in version 1.7 release, please"
                + " fix the code in advance (Triggered internally at  ./aten/src/ATen/native/DistributionTemplates.h:95.)\n");
        s.eval("c = torch.randint(-2**53 - 1, 2, (2,), dtype=torch.double)", out);
        assertThat(stderr.toString()).endsWith("<stdin>:1: UserWarning: from is out of bounds [-(2^53), 2^53]. Due to precision limitations double"
                + " can support discrete uniform distribution only within this range. This warning will become an error in version 1.7 release,"
                + " please fix the code in advance (Triggered internally at  ./aten/src/ATen/native/DistributionTemplates.h:94.)\n");
    }

    @Test
    void atThePromptThePlaceIsStdinWithoutTheLine() {
        s.eval("import warnings\ndef f():\n    warnings.warn('careful')\n", out);
        s.eval("x = 1\nf()", out);
        assertThat(stderr).hasToString("<stdin>:3: UserWarning: careful\n");
    }

    @Test
    void aFunctionDefinedAtAnEarlierInputNamesThatInputsLine() {
        s.placeInput("<stdin>", 4); // a pipe read as one file: the def starts at its line 4
        s.eval("import warnings\ndef f():\n    warnings.warn('careful')\n", out);
        s.placeInput("<stdin>", 9);
        s.eval("x = 1\nf()", out);
        assertThat(stderr).hasToString("<stdin>:6: UserWarning: careful\n");
    }

    @Test
    void aFailedInputLeavesTheFiltersAsTheyWere() {
        s.eval("import warnings", out);
        assertThatThrownBy(() -> s.eval("warnings.simplefilter('ignore')\n1 / 0", out)).isInstanceOf(LangError.class);
        s.eval("warnings.warn('still shown')", out);
        assertThat(stderr).hasToString("<stdin>:1: UserWarning: still shown\n");
    }
}
