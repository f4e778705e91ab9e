package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.command.Settings;
import dev.adjoint.render.Format;
import dev.adjoint.repl.PromptRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The class-data-sharing training's kernel talks with its client all the way to shutdown_request. */
@Tag("slow")
class KernelTrainingTest {
    @Test
    void theTrainingConversationEndsWithTheKernelShutDown() throws Exception {
        KernelTraining.run(new Settings(3, Format.TEXT, false, false), PromptRules.INSTANCE);
        Thread.sleep(500); // the shell loop leaves poll within its 200 ms period once the socket closes
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .as("a kernel that was never shut down keeps its loops").doesNotContain("adjoint-cds-kernel", "adjoint-cds-client", "jupyter-shell", "jupyter-control");
    }
}
