package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.LauncherCheckout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * scripts/adjoint's own check, which a kernel's start and a rebuild that the JVM asked for
 * (ADJOINT_REBUILD=1) use, follows the rule (StaleJarScenarios); it reads the paths to compare from a
 * list it keeps (target/sources) rather than from the tree, and the list must never hide a change.
 * Every other start leaves the check to the JVM when the jar can do it. And the launcher tells the
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
    void theListNamesEveryPath() throws Exception {
        assertThat(Files.readAllLines(checkout.root.resolve("target/sources")))
                .containsExactly("pom.xml", "src/main/", "src/main/java", "src/main/java/Changed.java");
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

    /** What isatty says of stdin and stdout, as the JVM would find out more slowly (Main.isTerminal). */
    @Test
    void theJvmIsToldWhetherItRunsAtATerminal() throws Exception {
        assertThat(checkout.launch("-e", "1").out().lines()).contains("-Dadjoint.terminal=false").doesNotContain("-Dadjoint.terminal=true");
    }
}
