package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Output;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schedulers' state beyond what conformance programs 151-152 compare with PyTorch: the
 * warning PyTorch gives (on stderr) when the scheduler steps before the optimizer, and the undo of
 * a failed input.
 */
class LrSchedulerTest {
    private final Session s = new Session();
    private final List<String> warnings = new ArrayList<>();
    private final Output out = new Output() {
        public void print(String line) {}

        public void show(Object value) {}

        public void warn(String message) {
            warnings.add(message);
        }
    };

    private static final String SETUP = """
            import torch
            w = torch.nn.Parameter(torch.ones(2))
            opt = torch.optim.SGD([w], lr=1.0)
            sch = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
            """;

    @Test
    void steppingTheSchedulerBeforeTheOptimizerWarnsAsPyTorchDoes() {
        s.eval(SETUP + "sch.step()\nopt.step()\nsch.step()", out);
        assertThat(warnings).singleElement().asString()
                .startsWith("UserWarning: Detected call of `lr_scheduler.step()` before `optimizer.step()`.");
    }

    @Test
    void theWarningFreeOrderWarnsNothing() {
        s.eval(SETUP + "for _ in range(3):\n    opt.step()\n    sch.step()", out);
        assertThat(warnings).isEmpty();
        s.eval("lrs = sch.get_last_lr()", out);
        assertThat(s.lookup("lrs").toString()).isEqualTo("[0.125]");
    }

    @Test
    void aFailedInputPutsTheScheduleBack() {
        s.eval(SETUP + "opt.step()\nsch.step()", out);
        assertThatThrownBy(() -> s.eval("opt.step()\nsch.step()\nsch.step()\n1 / 0", out)).isInstanceOf(LangError.class);
        s.eval("state = (sch.last_epoch, opt.param_groups[0]['lr'], sch.get_last_lr())", out);
        assertThat(s.lookup("state").toString()).isEqualTo("[1, 0.5, [0.5]]");
        s.eval("opt.step()\nsch.step()", QuietOutput.INSTANCE);
        s.eval("state = (sch.last_epoch, opt.param_groups[0]['lr'])", out);
        assertThat(s.lookup("state").toString()).isEqualTo("[2, 0.25]");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFailedInputPutsAPlateauBack() {
        s.eval(SETUP + "p = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=0)\np.step(1.0)", out);
        assertThatThrownBy(() -> s.eval("p.step(2.0)\np.step(3.0)\n1 / 0", out)).isInstanceOf(LangError.class);
        s.eval("state = (p.last_epoch, p.num_bad_epochs, p.best, opt.param_groups[0]['lr'])", out);
        assertThat(s.lookup("state").toString()).isEqualTo("[1, 0, 1.0, 1.0]");
    }
}
