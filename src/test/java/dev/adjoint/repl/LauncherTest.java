package dev.adjoint.repl;

import static dev.adjoint.testing.LauncherCheckout.age;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.LauncherCheckout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/adjoint rebuilds the jar whenever pom.xml or anything under src/main changed since it was
 * built, however the change was made, and never otherwise. It reads the paths to compare from a list
 * it keeps (target/sources) rather than from the tree: the list must never hide a change. And it
 * tells the JVM what it knows about the terminal.
 */
@Tag("slow")
class LauncherTest {
    @TempDir
    Path dir;

    private LauncherCheckout checkout;
    private Path sources, source;

    /** A checkout whose jar is up to date, started twice: once to make the list, once reading it. */
    @BeforeEach
    void upToDate() throws Exception {
        checkout = new LauncherCheckout(dir, false);
        sources = checkout.root.resolve("src/main/java");
        source = sources.resolve("Changed.java");
        assertThat(checkout.launch("--version").exit()).isZero();
        assertThat(checkout.built()).as("an up-to-date jar was built").isFalse();
        assertThat(Files.readAllLines(checkout.root.resolve("target/sources")))
                .containsExactly("pom.xml", "src/main/", "src/main/java", "src/main/java/Changed.java");
        assertThat(checkout.launch("--version").exit()).isZero();
        assertThat(checkout.built()).as("an up-to-date jar was built (the list read)").isFalse();
    }

    private void assertRebuildsOnce() throws Exception {
        LauncherCheckout.Run run = checkout.launch("--version");
        assertThat(run.exit()).isZero();
        assertThat(checkout.built()).as("the jar was built").isTrue();
        assertThat(run.err()).contains("sources changed, building target/adjoint.jar");
        assertThat(checkout.launch("--version").exit()).isZero();
        assertThat(checkout.built()).as("the jar was built again").isFalse();
    }

    @Test
    void aFileWrittenInPlace() throws Exception {
        FileTime folder = Files.getLastModifiedTime(sources);
        Files.writeString(source, "class Changed { int x; }\n"); // an editor that does not replace the file
        assertThat(Files.getLastModifiedTime(sources)).as("the directory is unchanged").isEqualTo(folder);
        assertRebuildsOnce();
    }

    @Test
    void aFileAddedWithAnOldTime() throws Exception {
        Path added = Files.writeString(sources.resolve("Added.java"), "class Added {}\n");
        age(added, 7200); // as `cp -p` or `tar x` leave it
        assertRebuildsOnce();
    }

    @Test
    void aFileRemoved() throws Exception {
        Files.delete(source);
        assertRebuildsOnce();
    }

    @Test
    void aDirectoryAddedWithAnOldFileInIt() throws Exception {
        Path added = Files.writeString(Files.createDirectories(sources.resolve("pkg")).resolve("New.java"), "class New {}\n");
        age(added, 7200);
        age(added.getParent(), 7200);
        assertRebuildsOnce();
    }

    @Test
    void pomChanged() throws Exception {
        Files.writeString(checkout.root.resolve("pom.xml"), "<project><!-- changed --></project>\n");
        assertRebuildsOnce();
    }

    /** After `mvn package` by hand the list is older than the jar and may lack files: it is made again. */
    @Test
    void aJarBuiltByHandAfterAFileWasAdded() throws Exception {
        Path added = Files.writeString(sources.resolve("Added.java"), "class Added {}\n");
        age(added, 20);
        age(sources, 20);
        age(checkout.root.resolve("target/sources"), 15);
        age(checkout.root.resolve("target/adjoint.jar"), 10); // built by hand after the file was added
        assertThat(checkout.launch("--version").exit()).isZero();
        assertThat(checkout.built()).as("a jar built by hand was built again").isFalse();

        Files.writeString(added, "class Added { int y; }\n"); // then the new file edited in place
        assertRebuildsOnce();
    }

    /** What isatty says of stdin and stdout, as the JVM would find out more slowly (Main.isTerminal). */
    @Test
    void theJvmIsToldWhetherItRunsAtATerminal() throws Exception {
        assertThat(checkout.launch("-e", "1").out().lines()).contains("-Dadjoint.terminal=false").doesNotContain("-Dadjoint.terminal=true");
    }
}
