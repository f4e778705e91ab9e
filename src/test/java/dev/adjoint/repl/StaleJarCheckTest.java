package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.LauncherCheckout;
import dev.adjoint.testing.Pty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Whole starts where the launcher's check runs beside the JVM's start and the JVM reads its verdict
 * (StaleJarCheck): the rule holds (StaleJarScenarios), and when the jar is stale the launcher that
 * the JVM runs again builds and runs the new jar in its place, with the same arguments, stdin
 * untouched, and its exit status; Ctrl-C does not end the first JVM before the new one. The
 * launcher's java here is this JDK running this build's classes (LauncherCheckout.useRealJava).
 */
@Tag("slow")
class StaleJarCheckTest extends StaleJarScenarios {
    @Override
    LauncherCheckout.Run start(String... args) throws Exception {
        checkout.useRealJava();
        return checkout.launch(args);
    }

    @Test
    void theNewJarGetsTheArgumentsStdinAndGivesTheExitStatus() throws Exception {
        Files.writeString(source, "class Changed { int x; }\n");
        checkout.useRealJava();
        LauncherCheckout.Run run = checkout.run(checkout.startLauncher(List.of(), "piped line\n", "-e", "print(input())", "-e", "raise SystemExit(3)"));
        assertThat(checkout.built()).as("the jar was built").isTrue();
        assertThat(run.err()).contains("sources changed, building target/adjoint.jar");
        assertThat(run.out()).isEqualTo("piped line\n");
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void whatPicocliSaysWaitsForTheCheck() throws Exception {
        Files.writeString(source, "class Changed { int x; }\n");
        LauncherCheckout.Run run = start("--no-such-option");
        assertThat(checkout.built()).as("the jar was built").isTrue();
        assertThat(run.err().split("Unknown option: '--no-such-option'", -1)).as("said once, by the new jar").hasSize(2);
        assertThat(run.exit()).isEqualTo(2);

        run = start("--no-such-option"); // up to date: picocli answers at once
        assertThat(checkout.built()).isFalse();
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
        assertThat(run.exit()).isEqualTo(2);
    }

    /** The terminal sends Ctrl-C to the whole process group: the build is stopped, and the first JVM waits for it. */
    @Test
    void ctrlCDuringTheBuildEndsTheBuildFirst() throws Exception {
        Path started = dir.resolve("started"), finished = dir.resolve("finished");
        LauncherCheckout.executable(dir.resolve("bin/mvn"), """
                #!/bin/bash
                sleep 60 &
                trap 'kill $!; sleep 2; touch "%s"; exit 3' INT
                touch "%s"
                wait
                """.formatted(finished, started));
        Files.writeString(source, "class Changed { int x; }\n");
        checkout.useRealJava();
        List<String> before = new ArrayList<>(List.of("setsid")); // a process group of its own, as at a terminal
        if (!Pty.sigintReset().isEmpty()) before.addAll(0, List.of(Pty.sigintReset().trim().split(" ")));
        Process adjoint = checkout.startLauncher(before, "", "-e", "print(1)");
        for (int i = 0; i < 600 && !Files.exists(started); i++) Thread.sleep(100);
        assertThat(started).as("Maven started").exists();
        new ProcessBuilder("kill", "-INT", "--", "-" + adjoint.pid()).inheritIO().start().waitFor();
        assertThat(adjoint.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(finished).as("the build had ended when the first JVM ended").exists();
        LauncherCheckout.Run run = checkout.run(adjoint);
        assertThat(run.err()).contains("adjoint: build failed");
        assertThat(run.exit()).isEqualTo(1);
    }
}
