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
 * The JVM's check of the jar (StaleJarCheck) follows the launcher's rule (StaleJarScenarios), and when
 * the jar is stale, the launcher that it runs again builds and runs the new jar in its place: the same
 * arguments, stdin untouched, its exit status; and Ctrl-C does not end this process before that one.
 * Here Main runs from this build's classes as the launcher starts it, on a checkout whose launcher
 * prints the java command it would run (ADJOINT_PRINT_JAVA=1) unless told otherwise.
 */
@Tag("slow")
class StaleJarCheckTest extends StaleJarScenarios {
    @Override
    LauncherCheckout.Run start(String... args) throws Exception {
        return checkout.startJvm("", args);
    }

    @Test
    void theNewJarGetsTheArgumentsStdinAndGivesTheExitStatus() throws Exception {
        LauncherCheckout.executable(dir.resolve("jdk/bin/java"), """
                #!/bin/sh
                case " $* " in *" -jar "*) ;; *) exit 0 ;; esac # (the launcher's other uses of java)
                for a in "$@"; do echo "arg $a"; done
                cat
                exit 3
                """);
        checkout.environment.remove("ADJOINT_PRINT_JAVA");
        Files.writeString(source, "class Changed { int x; }\n");
        LauncherCheckout.Run run = checkout.startJvm("piped line\n", "-e", "print(1)", "--precision", "4");
        assertThat(checkout.built()).as("the jar was built").isTrue();
        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).endsWith("arg -e\narg print(1)\narg --precision\narg 4\npiped line\n").doesNotContain("\n1\n");
    }

    @Test
    void whatPicocliSaysWaitsForTheCheck() throws Exception {
        Files.writeString(source, "class Changed { int x; }\n");
        LauncherCheckout.Run run = checkout.startJvm("", "--no-such-option");
        assertThat(checkout.built()).as("the jar was built").isTrue();
        assertThat(run.err()).doesNotContain("Unknown option");
        assertThat(run.out().lines()).contains("--no-such-option"); // the new jar's command, printed
        assertThat(run.exit()).isZero();

        run = checkout.startJvm("", "--no-such-option"); // up to date: picocli answers
        assertThat(checkout.built()).isFalse();
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
        assertThat(run.exit()).isEqualTo(2);
    }

    /** The class-data archive's training run (under the build's lock) checks, but never runs the launcher again. */
    @Test
    void theTrainingRunNeverRebuilds() throws Exception {
        Files.writeString(source, "class Changed { int x; }\n");
        checkout.environment.put("ADJOINT_CDS_TRAINING", "1");
        LauncherCheckout.Run run = checkout.startJvm("", "-e", "print(1)");
        assertThat(checkout.built()).as("the jar was built").isFalse();
        assertThat(run.out()).isEqualTo("1\n");
    }

    /** The terminal sends Ctrl-C to the whole process group: the build is stopped, and this process waits for it. */
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
        List<String> before = new ArrayList<>(List.of("setsid")); // a process group of its own, as at a terminal
        if (!Pty.sigintReset().isEmpty()) before.addAll(0, List.of(Pty.sigintReset().trim().split(" ")));
        Process adjoint = checkout.startJvmOnly(before, "", "-e", "print(1)");
        for (int i = 0; i < 600 && !Files.exists(started); i++) Thread.sleep(100);
        assertThat(started).as("Maven started").exists();
        new ProcessBuilder("kill", "-INT", "--", "-" + adjoint.pid()).inheritIO().start().waitFor();
        assertThat(adjoint.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(finished).as("the build had ended when this process ended").exists();
        LauncherCheckout.Run run = checkout.run(adjoint);
        assertThat(run.err()).contains("adjoint: build failed");
        assertThat(run.exit()).isEqualTo(1);
    }
}
