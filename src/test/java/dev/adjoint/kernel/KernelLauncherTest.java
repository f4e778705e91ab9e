package dev.adjoint.kernel;

import static dev.adjoint.testing.LauncherCheckout.executable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.LauncherCheckout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's leftover: Jupyter gives a kernel 60 s to answer, and a rebuild of the jar after a
 * source change takes longer under load. The launcher started with --kernel runs the jar it has
 * (saying on stderr that the sources are newer); any other start rebuilds. Run on a copy of the
 * launcher in a checkout of its own, with a Maven and a java that only leave a mark.
 */
@Tag("slow")
class KernelLauncherTest {
    @TempDir
    Path dir;

    private Path root, mvnRan;

    /** A checkout whose jar is older than one of its sources, as after a `git pull`. */
    private void staleCheckout() throws IOException {
        root = LauncherCheckout.make(dir.resolve("clone"), Duration.ofSeconds(60), Duration.ofSeconds(600));
        mvnRan = dir.resolve("mvn-ran");
        executable(dir.resolve("bin/mvn"), "#!/bin/sh\ntouch '" + mvnRan + "'\n");
        executable(dir.resolve("jdk/bin/java"), "#!/bin/sh\nexit 0\n");
    }

    private record Run(int exit, String out, String err) {}

    private Run launch(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("bash", root.resolve("scripts/adjoint").toString())));
        pb.command().addAll(List.of(args));
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("ADJOINT_PRINT_JAVA", "1"); // the java command it would run, not run
        pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
    }

    @Test
    void aKernelRunsTheJarItHasAndSaysTheSourcesAreNewer() throws Exception {
        staleCheckout();
        Run kernel = launch("--precision", "3", "--kernel", "/tmp/kernel-1.json");
        assertThat(kernel.exit()).isZero();
        assertThat(Files.exists(mvnRan)).as("the kernel's start built the jar").isFalse();
        assertThat(kernel.err()).contains("the sources changed since target/adjoint.jar was built; this kernel runs the jar as built");
        assertThat(kernel.out().lines()).contains("-jar", root.toRealPath().resolve("target/adjoint.jar").toString(), "--kernel", "/tmp/kernel-1.json");

        Run prompt = launch("--version"); // what --install-kernel runs through too
        assertThat(prompt.exit()).isZero();
        assertThat(Files.exists(mvnRan)).as("any other start rebuilds").isTrue();
        assertThat(prompt.err()).contains("sources changed, building target/adjoint.jar");
    }
}
