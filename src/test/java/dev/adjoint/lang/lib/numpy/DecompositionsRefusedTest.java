package dev.adjoint.lang.lib.numpy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/**
 * What np.linalg refuses rather than answer with other numbers than NumPy's (NumPy program 100
 * compares what it does give): vectors whose signs LAPACK's iterations decide, and float32
 * matrices, which NumPy decomposes in float32.
 */
class DecompositionsRefusedTest {
    private final Session s = new Session();

    private void refused(String line, String... parts) {
        s.eval("import numpy as np\na = np.array([[2.0, 1.0], [1.0, 3.0]])", QuietOutput.INSTANCE);
        var thrown = assertThatThrownBy(() -> s.eval(line, QuietOutput.INSTANCE)).isInstanceOf(LangError.class);
        for (String p : parts) thrown.hasMessageContaining(p);
    }

    @Test
    void singularAndEigenVectorsAreRefusedSayingWhy() {
        refused("np.linalg.svd(a)", "NotImplementedError", "compute_uv=False", "signs");
        refused("np.linalg.eigh(a)", "NotImplementedError", "signs", "eigvalsh");
        refused("np.linalg.eig(a)", "NotImplementedError", "eigvalsh");
    }

    @Test
    void float32MatricesAreRefusedWithTheConversion() {
        refused("np.linalg.qr(a.astype(np.float32))", "TypeError", "float64 only", "astype(np.float64)");
        refused("np.polyfit(np.arange(3, dtype=np.float32), np.arange(3.0), 1)", "TypeError", "float64 only");
    }
}
