package dev.adjoint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A copy of scripts/adjoint in a checkout of its own (a pom, one source file, a "jar" that is not
 * one), for tests of what the launcher decides: whether it builds, which java command it runs. As
 * an object: the checkout under a directory with a Maven that only leaves a mark that it ran and a
 * java that does nothing, started with ADJOINT_PRINT_JAVA=1 (the java command printed, not run).
 */
public final class LauncherCheckout {
    /** What one start of the launcher did. */
    public record Run(int exit, String out, String err) {}

    public final Path root;
    private final Path dir, mvnRan;

    /** The checkout in {@code dir}/clone, its jar older than its source when {@code jarIsStale}, else newer than everything. */
    public LauncherCheckout(Path dir, boolean jarIsStale) throws IOException {
        this.dir = dir;
        root = make(dir.resolve("clone"), Duration.ofSeconds(60), Duration.ofSeconds(jarIsStale ? 600 : 30));
        mvnRan = dir.resolve("mvn-ran");
        executable(dir.resolve("bin/mvn"), "#!/bin/sh\ntouch '" + mvnRan + "'\n");
        executable(dir.resolve("jdk/bin/java"), "#!/bin/sh\nexit 0\n");
    }

    /** Writes an executable file. */
    public static Path executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /**
     * The checkout at {@code root}: its source last changed {@code sourceAge} ago, its jar built
     * {@code jarAge} ago; pom.xml and the source's directories (which the launcher compares too) an hour ago.
     */
    public static Path make(Path root, Duration sourceAge, Duration jarAge) throws IOException {
        executable(root.resolve("scripts/adjoint"), Files.readString(Paths.get("scripts/adjoint")));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Path jar = Files.createDirectories(root.resolve("target")).resolve("adjoint.jar");
        Files.writeString(jar, "not really a jar\n");
        Path source = Files.createDirectories(root.resolve("src/main/java")).resolve("Changed.java");
        Files.writeString(source, "class Changed {}\n");
        for (Path old : List.of(root.resolve("pom.xml"), source.getParent(), root.resolve("src/main"))) age(old, 3600);
        age(jar, jarAge.toSeconds());
        age(source, sourceAge.toSeconds());
        return root;
    }

    /** Sets the modification time of {@code path} to {@code seconds} ago. */
    public static void age(Path path, long seconds) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(Instant.now().minusSeconds(seconds)));
    }

    /** Starts the launcher with {@code args}, waiting for it to end. */
    public Run launch(String... args) throws Exception {
        return launchIn(root, args);
    }

    /** Starts the launcher of the checkout at {@code checkout} (a copy of this one, say) with this one's JDK and Maven. */
    public Run launchIn(Path checkout, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of("bash", checkout.resolve("scripts/adjoint").toString())));
        pb.command().addAll(List.of(args));
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("ADJOINT_PRINT_JAVA", "1");
        pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
    }

    /** Whether Maven ran since the last call (the launcher built the jar); forgets it. */
    public boolean built() throws IOException {
        return Files.deleteIfExists(mvnRan);
    }
}
