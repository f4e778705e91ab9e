package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputsTest {
    @Test
    void eachLineReachesTheStreamAtOnceSoProgressShows() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Outputs io = Outputs.of(out, new ByteArrayOutputStream());
        io.out().println("epoch 1: loss 0.38");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("epoch 1: loss 0.38" + System.lineSeparator());
    }

    @Test
    void errorsFollowTheOutputWrittenBeforeThemEvenOnOneStream() {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        Outputs io = Outputs.of(both, both);
        io.out().print("partial ");
        io.err().println("error: \u2202y");
        io.out().println("after");
        io.flush();
        assertThat(both.toString(StandardCharsets.UTF_8))
                .isEqualTo("partial error: \u2202y" + System.lineSeparator() + "after" + System.lineSeparator());
    }
}
