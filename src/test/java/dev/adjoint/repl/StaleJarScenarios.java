package dev.adjoint.repl;

import static dev.adjoint.testing.LauncherCheckout.age;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.LauncherCheckout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar is rebuilt whenever pom.xml or anything under src/main changed since it was built, however
 * the change was made, and never otherwise: the rule of scripts/adjoint's check, whether it runs
 * before the JVM (a kernel's start, a rebuild: LauncherTest) or beside the JVM's start, which reads
 * its verdict (StaleJarCheckTest). Each start is a whole one, in a checkout of its own whose Maven
 * leaves a mark that it ran.
 */
abstract class StaleJarScenarios {
    @TempDir
    Path dir;

    LauncherCheckout checkout;
    Path sources, source;

    /** One start with {@code args}, checked by the check under test. */
    abstract LauncherCheckout.Run start(String... args) throws Exception;

    /** A checkout whose jar is up to date, started twice. */
    @BeforeEach
    void upToDate() throws Exception {
        checkout = new LauncherCheckout(dir, false);
        sources = checkout.root.resolve("src/main/java");
        source = sources.resolve("Changed.java");
        assertThat(start("--version").exit()).isZero();
        assertThat(checkout.built()).as("an up-to-date jar was built").isFalse();
        assertThat(start("--version").exit()).isZero();
        assertThat(checkout.built()).as("an up-to-date jar was built (the second time)").isFalse();
    }

    void assertRebuildsOnce() throws Exception {
        LauncherCheckout.Run run = start("--version");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(checkout.built()).as("the jar was built").isTrue();
        assertThat(run.err()).contains("sources changed, building target/adjoint.jar");
        assertThat(start("--version").exit()).isZero();
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

    /** An editor's swap file (a name with a dot first) is not a source: the check leaves it out, as bash's globs do. */
    @Test
    void aHiddenFileWrittenInPlace() throws Exception {
        Path swap = Files.writeString(sources.resolve(".Changed.java.swp"), "swap\n");
        age(swap, 7200);
        age(sources, 7200);
        assertThat(start("--version").exit()).isZero();
        assertThat(checkout.built()).as("built for a hidden file").isFalse();
        Files.writeString(swap, "swap, written again\n");
        assertThat(start("--version").exit()).isZero();
        assertThat(checkout.built()).as("built for a hidden file written in place").isFalse();
    }

    /** After `mvn package` by hand a file added before it is part of the tree the check walks. */
    @Test
    void aJarBuiltByHandAfterAFileWasAdded() throws Exception {
        Path added = Files.writeString(sources.resolve("Added.java"), "class Added {}\n");
        age(added, 20);
        age(sources, 20);
        age(checkout.root.resolve("target/adjoint.jar"), 10); // built by hand after the file was added
        assertThat(start("--version").exit()).isZero();
        assertThat(checkout.built()).as("a jar built by hand was built again").isFalse();

        Files.writeString(added, "class Added { int y; }\n"); // then the new file edited in place
        assertRebuildsOnce();
    }
}
