package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.LauncherCheckout;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's leftover: Jupyter gives a kernel 60 s to answer, and a rebuild of the jar after a
 * source change takes longer under load. The launcher started with --kernel runs the jar it has
 * (saying on stderr that the sources are newer; the JVM does not check it); any other start
 * rebuilds. Run on a copy of the launcher in a checkout of its own, with a Maven that only
 * leaves a mark.
 */
@Tag("slow")
class KernelLauncherTest {
    @TempDir
    Path dir;

    @Test
    void aKernelRunsTheJarItHasAndSaysTheSourcesAreNewer() throws Exception {
        LauncherCheckout checkout = new LauncherCheckout(dir, true); // a jar older than a source, as after a `git pull`
        LauncherCheckout.Run kernel = checkout.launch("--precision", "3", "--kernel", "/tmp/kernel-1.json");
        assertThat(kernel.exit()).isZero();
        assertThat(checkout.built()).as("the kernel's start built the jar").isFalse();
        assertThat(kernel.err()).contains("the sources changed since target/adjoint.jar was built; this kernel runs the jar as built");
        assertThat(kernel.out().lines()).contains("-jar", checkout.root.toRealPath().resolve("target/adjoint.jar").toString(), "--kernel", "/tmp/kernel-1.json")
                .noneMatch(o -> o.startsWith("-Dadjoint.launcher="));

        checkout.useRealJava();
        LauncherCheckout.Run prompt = checkout.launch("--version"); // what --install-kernel runs through too
        assertThat(prompt.exit()).isZero();
        assertThat(checkout.built()).as("any other start rebuilds").isTrue();
        assertThat(prompt.err()).contains("sources changed, building target/adjoint.jar");
    }
}
