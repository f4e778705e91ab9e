package dev.adjoint.lang.lib.numpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/**
 * np.set_printoptions belongs to its session, as NumPy's to its process: it lasts across inputs,
 * a failed input leaves it as it was, a with-block puts it back, and another session prints with
 * the defaults. (What each option prints is checked against NumPy by conformance program 112.)
 */
class NpPrintOptionsTest {
    private final Session s = new Session();

    private String text(String expression) {
        s.eval("shown = str(" + expression + ")", QuietOutput.INSTANCE);
        return (String) s.lookup("shown");
    }

    @Test
    void theOptionsLastUntilChangedAndBelongToTheirSession() {
        s.eval("import numpy as np\nnp.set_printoptions(precision=3)", QuietOutput.INSTANCE);
        assertThat(text("np.array([1 / 3])")).isEqualTo("[0.333]");
        Session other = new Session();
        other.eval("import numpy as np\nshown = str(np.array([1 / 3]))", QuietOutput.INSTANCE);
        assertThat(other.lookup("shown")).isEqualTo("[0.33333333]");
        s.eval("np.set_printoptions(precision=8)", QuietOutput.INSTANCE);
        assertThat(text("np.array([1 / 3])")).isEqualTo("[0.33333333]");
    }

    @Test
    void aFailedInputLeavesTheOptionsAsTheyWere() {
        s.eval("import numpy as np\nnp.set_printoptions(precision=2)", QuietOutput.INSTANCE);
        assertThatThrownBy(() -> s.eval("np.set_printoptions(precision=6, suppress=True)\n1 / 0", QuietOutput.INSTANCE))
                .isInstanceOf(LangError.class);
        assertThat(text("np.array([1 / 3, 1e-9])")).isEqualTo("[3.33e-01 1.00e-09]");
    }

    @Test
    void aWithBlockPutsTheOptionsBackHoweverItEnds() {
        s.eval("import numpy as np\ntry:\n    with np.printoptions(precision=1):\n        inside = str(np.array([1 / 3]))\n        1 / 0\n"
                + "except ZeroDivisionError:\n    pass", QuietOutput.INSTANCE);
        assertThat(s.lookup("inside")).isEqualTo("[0.3]");
        assertThat(text("np.array([1 / 3])")).isEqualTo("[0.33333333]");
    }

    /** A setting adjoint refuses (legacy=) is the user's ValueError at the with line, catchable, the options unchanged (S21). */
    @Test
    void aRefusedSettingInAWithIsACatchableValueError() {
        s.eval("import numpy as np\ntry:\n    with np.printoptions(legacy='1.13', precision=2):\n        pass\nexcept ValueError as e:\n    caught = str(e)",
                QuietOutput.INSTANCE);
        assertThat(s.lookup("caught")).isEqualTo("adjoint's numpy prints as NumPy 1.24 does: legacy= takes False only");
        assertThat(text("np.array([1 / 3])")).isEqualTo("[0.33333333]");
        assertThatThrownBy(() -> s.eval("with np.errstate(divide='bogus'):\n    pass", QuietOutput.INSTANCE))
                .isInstanceOf(LangError.class).hasMessageNotContaining("internal error");
    }
}
