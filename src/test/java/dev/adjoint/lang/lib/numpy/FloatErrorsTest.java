package dev.adjoint.lang.lib.numpy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.session.Session;
import dev.adjoint.testing.WarningsOutput;
import org.junit.jupiter.api.Test;

/**
 * NumPy's RuntimeWarnings as the user sees them on stderr (the NumPy program 090 compares their
 * texts and lines with NumPy's through catch_warnings): CPython's "file:line: RuntimeWarning: ..."
 * once per line, also from a loop's body and an in-place operator, and nothing for results that
 * are all finite or NaN from NaN.
 */
class FloatErrorsTest {
    private final Session s = new Session();
    private final WarningsOutput out = new WarningsOutput();

    @Test
    void aLoopWarnsOncePerLineAsPythonsDefaultFilter() {
        s.eval("import numpy as np\nfor i in range(3):\n    x = np.array([1.0, 0.0]) / 0\n", out);
        assertThat(out.stderr).hasToString("<stdin>:3: RuntimeWarning: divide by zero encountered in divide\n"
                + "<stdin>:3: RuntimeWarning: invalid value encountered in divide\n");
    }

    @Test
    void anInPlaceOperatorAndAFunctionCallWarnAtTheirLines() {
        s.eval("import numpy as np\na = np.array([2.0])\na /= 0\nb = np.log(np.array([-1.0]))\n", out);
        assertThat(out.stderr).hasToString("<stdin>:3: RuntimeWarning: divide by zero encountered in divide\n"
                + "<stdin>:4: RuntimeWarning: invalid value encountered in log\n");
    }

    @Test
    void finiteResultsAndNanInputsWarnOfNothing() {
        s.eval("import numpy as np\nx = np.array([np.nan, 1.0]) * 2\ny = np.exp(np.array([-1000.0]))\nz = np.array([np.inf]) + 1\n", out);
        assertThat(out.stderr).isEmpty();
    }

    @Test
    void errstatePutsTheModesBackWhenTheBlockEnds() {
        s.eval("import numpy as np\nwith np.errstate(divide='ignore'):\n    x = np.log(0.0)\ny = np.log(0.0)\n", out);
        assertThat(out.stderr).hasToString("<stdin>:4: RuntimeWarning: divide by zero encountered in log\n");
    }

    @Test
    void npRoundWarnsFromNumpysCodeOnceASessionWhileTheMethodWarnsAtEachLine() {
        s.eval("import numpy as np\nx = np.round(np.array([1e308]), 5)\ny = np.round(np.array([1e308]), 5)\nz = np.array([1e308]).round(5)\n", out);
        assertThat(out.engine).containsExactly("RuntimeWarning: overflow encountered in multiply");
        assertThat(out.stderr).hasToString("<stdin>:4: RuntimeWarning: overflow encountered in multiply\n");
    }

    @Test
    void geomspaceWarnsForItsCastAndAgainForTheStopItWritesIn() {
        s.eval("import numpy as np\nx = np.geomspace(1, 1e10, 3, dtype=np.int16)\n", out);
        assertThat(out.engine).containsExactly("RuntimeWarning: invalid value encountered in cast", "RuntimeWarning: invalid value encountered in cast");
    }

    @Test
    void theMeanOfNothingWarnsAsNumpysMethodsModuleDoes() {
        s.eval("import numpy as np\nm = np.mean([])\nc = np.mean(np.zeros((0, 3)), axis=0)\n", out);
        assertThat(out.engine).containsExactly("RuntimeWarning: Mean of empty slice.", "RuntimeWarning: invalid value encountered in scalar divide",
                "RuntimeWarning: invalid value encountered in divide");
    }
}
