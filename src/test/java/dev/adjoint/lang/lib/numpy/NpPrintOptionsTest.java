package dev.adjoint.lang.lib.numpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.testing.QuietSession;
import org.junit.jupiter.api.Test;

/**
 * np.set_printoptions belongs to its session, as NumPy's to its process: it lasts across inputs,
 * a failed input leaves it as it was, a with-block puts it back, and another session prints with
 * the defaults. (What each option prints is checked against NumPy by conformance program 112.)
 */
class NpPrintOptionsTest {
    private final QuietSession s = new QuietSession();

    @Test
    void theOptionsLastUntilChangedAndBelongToTheirSession() {
        s.run("import numpy as np\nnp.set_printoptions(precision=3)");
        assertThat(s.eval("np.array([1 / 3])")).isEqualTo("[0.333]");
        QuietSession other = new QuietSession();
        other.run("import numpy as np");
        assertThat(other.eval("np.array([1 / 3])")).isEqualTo("[0.33333333]");
        s.run("np.set_printoptions(precision=8)");
        assertThat(s.eval("np.array([1 / 3])")).isEqualTo("[0.33333333]");
    }

    @Test
    void aFailedInputLeavesTheOptionsAsTheyWere() {
        s.run("import numpy as np\nnp.set_printoptions(precision=2)");
        assertThatThrownBy(() -> s.run("np.set_printoptions(precision=6, suppress=True)\n1 / 0"))
                .isInstanceOf(LangError.class);
        assertThat(s.eval("np.array([1 / 3, 1e-9])")).isEqualTo("[3.33e-01 1.00e-09]");
    }

    @Test
    void aWithBlockPutsTheOptionsBackHoweverItEnds() {
        s.run("import numpy as np\ntry:\n    with np.printoptions(precision=1):\n        inside = str(np.array([1 / 3]))\n        1 / 0\n"
                + "except ZeroDivisionError:\n    pass");
        assertThat(s.eval("inside")).isEqualTo("[0.3]");
        assertThat(s.eval("np.array([1 / 3])")).isEqualTo("[0.33333333]");
    }

    /** A setting adjoint refuses (legacy=) is the user's ValueError at the with line, catchable, the options unchanged (S21). */
    @Test
    void aRefusedSettingInAWithIsACatchableValueError() {
        s.run("import numpy as np\ntry:\n    with np.printoptions(legacy='1.13', precision=2):\n        pass\nexcept ValueError as e:\n    caught = str(e)");
        assertThat(s.eval("caught")).isEqualTo("adjoint's numpy prints as NumPy 1.24 does: legacy= takes False only");
        assertThat(s.eval("np.array([1 / 3])")).isEqualTo("[0.33333333]");
        assertThatThrownBy(() -> s.run("with np.errstate(divide='bogus'):\n    pass"))
                .isInstanceOf(LangError.class).hasMessageNotContaining("internal error");
    }
}
