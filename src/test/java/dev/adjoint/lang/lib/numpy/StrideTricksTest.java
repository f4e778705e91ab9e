package dev.adjoint.lang.lib.numpy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/** What sliding_window_view refuses (NumPy program 106 compares what it gives): a writeable view, whose windows share entries. */
class StrideTricksTest {
    @Test
    void aWriteableWindowViewIsRefusedSayingWhy() {
        Session s = new Session();
        s.eval("import numpy as np", QuietOutput.INSTANCE);
        assertThatThrownBy(() -> s.eval("np.lib.stride_tricks.sliding_window_view(np.arange(4), 2, writeable=True)", QuietOutput.INSTANCE))
                .isInstanceOf(LangError.class).hasMessageContaining("NotImplementedError").hasMessageContaining("read-only")
                .hasMessageContaining("copy");
    }
}
