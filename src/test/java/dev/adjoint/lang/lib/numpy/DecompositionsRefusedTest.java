package dev.adjoint.lang.lib.numpy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/**
 * What np.linalg refuses rather than answer with other numbers than NumPy's (NumPy programs 100
 * and 102 compare what it does give): complex eigenvalues, which NumPy gives as complex128 (adjoint's
 * numpy has no complex dtype), and float32 matrices where NumPy goes on in float32 after LAPACK.
 */
class DecompositionsRefusedTest {
    private final Session s = new Session();

    private void refused(String line, String... parts) {
        s.eval("import numpy as np\na = np.array([[2.0, 1.0], [1.0, 3.0]])", QuietOutput.INSTANCE);
        var thrown = assertThatThrownBy(() -> s.eval(line, QuietOutput.INSTANCE)).isInstanceOf(LangError.class);
        for (String p : parts) thrown.hasMessageContaining(p);
    }

    @Test
    void complexEigenvaluesAreRefusedSayingWhy() {
        refused("np.linalg.eig(np.array([[0.0, -1.0], [1.0, 0.0]]))", "NotImplementedError", "complex eigenvalues", "complex dtype", "np.linalg.eig ");
        refused("np.linalg.eigvals(np.array([[1.0, -2.0], [3.0, 1.0]]))", "NotImplementedError", "complex eigenvalues", "np.linalg.eigvals ");
    }

    @Test
    void float32MatricesAreRefusedWhereNumPyGoesOnInFloat32() {
        refused("np.linalg.pinv(a.astype(np.float32))", "TypeError", "float64 only", "astype(np.float64)");
        refused("np.linalg.lstsq(a.astype(np.float32), np.ones(2), rcond=None)", "TypeError", "float64 only");
        refused("np.polyfit(np.arange(3, dtype=np.float32), np.arange(3.0), 1)", "TypeError", "float64 only");
    }
}
