package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.LauncherCheckout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * scripts/adjoint's own check, which a kernel's start and a rebuild that the JVM asked for
 * (ADJOINT_REBUILD=1) use, follows the rule (StaleJarScenarios). Every other start leaves the
 * check's verdict to the JVM when the jar can read it. And the launcher tells the
 * JVM what it knows about the terminal.
 */
@Tag("slow")
class LauncherTest extends StaleJarScenarios {
    @Override
    LauncherCheckout.Run start(String... args) throws Exception {
        checkout.environment.put("ADJOINT_REBUILD", "1");
        return checkout.launch(args);
    }

    @Test
    void aStartLeavesTheCheckToTheJvmWhenTheJarCanDoIt() throws Exception {
        checkout.environment.remove("ADJOINT_REBUILD");
        Path launcher = checkout.root.toRealPath().resolve("scripts/adjoint");
        Files.writeString(source, "class Changed { int x; }\n");
        LauncherCheckout.Run run = checkout.launch("-e", "1");
        assertThat(checkout.built()).as("the launcher built the jar").isFalse();
        assertThat(run.out().lines()).contains("-Dadjoint.stale-verdict=/dev/fd/3", "-Dadjoint.launcher=" + launcher)
                .anyMatch(o -> o.startsWith("-Dadjoint.bash=/"));

        checkout.environment.put("ADJOINT_REBUILD", "1"); // what the JVM runs when it finds the jar stale
        run = checkout.launch("-e", "1");
        assertThat(checkout.built()).as("the launcher built the jar").isTrue();
        assertThat(run.out().lines()).as("the new jar is not checked again").noneMatch(o -> o.startsWith("-Dadjoint.launcher="));
    }

    /** A jar built from sources older than the JVM's check (say, before a `git pull`), or by hand: checked here. */
    @Test
    void aJarThatCannotCheckItselfIsCheckedHere() throws Exception {
        checkout.environment.remove("ADJOINT_REBUILD");
        Path jar = checkout.root.resolve("target/adjoint.jar");
        Files.writeString(jar, "an older jar\n"); // one the launcher has not seen
        LauncherCheckout.age(jar, 30);
        Files.delete(checkout.root.resolve("target/jvm-check"));
        Files.writeString(source, "class Changed { int x; }\n");
        LauncherCheckout.Run run = checkout.launch("-e", "1");
        assertThat(checkout.built()).as("the launcher built the jar").isTrue();
        assertThat(run.out().lines()).noneMatch(o -> o.startsWith("-Dadjoint.launcher="));

        Files.writeString(jar, LauncherCheckout.JAR); // then built by hand, after the launcher last saw it
        LauncherCheckout.age(Files.writeString(checkout.root.resolve("target/jvm-check"), ""), 60);
        LauncherCheckout.age(jar, 30);
        Files.writeString(source, "class Changed { int y; }\n");
        run = checkout.launch("-e", "1");
        assertThat(checkout.built()).as("the launcher built the jar").isTrue();
        assertThat(checkout.launch("-e", "1").out().lines()).as("the new jar checks itself").anyMatch(o -> o.startsWith("-Dadjoint.launcher="));
    }

    /**
     * V10: a JVM that ends before the check beside it (one that fails to start: this checkout's java
     * does nothing) leaves no check running on: the check, one find, ends with its walk, here of a
     * tree of 20,000 files, which takes it longer than the launcher's start of that java.
     */
    @Test
    void theCheckStopsWhenTheJvmEndsFirst() throws Exception {
        checkout.environment.remove("ADJOINT_REBUILD");
        checkout.environment.remove("ADJOINT_PRINT_JAVA"); // the java that does nothing runs, and ends at once
        for (int d = 0; d < 200; d++) {
            Path folder = Files.createDirectories(sources.resolve("p" + d));
            for (int f = 0; f < 100; f++) LauncherCheckout.age(Files.createFile(folder.resolve("F" + f + ".java")), 3600);
            LauncherCheckout.age(folder, 3600);
        }
        LauncherCheckout.age(sources, 3600);
        assertThat(checkout.launch("-e", "1").exit()).isZero();
        for (int i = 0; i < 600 && !processesOf(checkout.root).isEmpty(); i++) Thread.sleep(100);
        assertThat(processesOf(checkout.root)).as("the check still running").isEmpty();
    }

    /**
     * The processes whose command line names a path under {@code root} (the launcher's) or that work in
     * it (its check's find, which names the paths relative to the checkout).
     */
    private static java.util.List<String> processesOf(Path root) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(root.toString()) || worksIn(p, root))
                .map(p -> p.info().commandLine().orElse("pid " + p.pid())).toList();
    }

    private static boolean worksIn(ProcessHandle p, Path root) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd")).startsWith(root.toRealPath());
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false; // gone, or not ours to see
        }
    }

    /** What isatty says of stdin and stdout, as the JVM would find out more slowly (Main.isTerminal). */
    @Test
    void theJvmIsToldWhetherItRunsAtATerminal() throws Exception {
        assertThat(checkout.launch("-e", "1").out().lines()).contains("-Dadjoint.terminal=false").doesNotContain("-Dadjoint.terminal=true");
    }
}
