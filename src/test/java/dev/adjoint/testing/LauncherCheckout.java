package dev.adjoint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A copy of scripts/adjoint in a checkout of its own under {@code dir}: pom.xml, one source under
 * src/main, a jar, a Maven that only leaves a mark that it ran and a java that does nothing. The
 * launcher runs with ADJOINT_PRINT_JAVA=1, so it prints the java command instead of running it.
 */
public final class LauncherCheckout {
    /** What one start of the launcher did. */
    public record Run(int exit, String out, String err) {}

    public final Path root;
    private final Path dir, mvnRan;

    /** The checkout, its jar older than its source when {@code jarIsStale}, else newer than everything. */
    public LauncherCheckout(Path dir, boolean jarIsStale) throws IOException {
        this.dir = dir;
        root = dir.resolve("clone");
        executable(root.resolve("scripts/adjoint"), Files.readString(Paths.get("scripts/adjoint")));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Path source = Files.createDirectories(root.resolve("src/main/java")).resolve("Changed.java");
        Files.writeString(source, "class Changed {}\n");
        Path jar = Files.createDirectories(root.resolve("target")).resolve("adjoint.jar");
        Files.writeString(jar, "not really a jar\n");
        age(root.resolve("pom.xml"), 3600);
        age(source, 60);
        age(source.getParent(), 3600);
        age(root.resolve("src/main"), 3600);
        age(jar, jarIsStale ? 600 : 30);
        mvnRan = dir.resolve("mvn-ran");
        executable(dir.resolve("bin/mvn"), "#!/bin/sh\ntouch '" + mvnRan + "'\n");
        executable(dir.resolve("jdk/bin/java"), "#!/bin/sh\nexit 0\n");
    }

    /** Sets the modification time of {@code path} to {@code seconds} ago. */
    public static void age(Path path, long seconds) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(Instant.now().minusSeconds(seconds)));
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Starts the launcher with {@code args}, waiting for it to end. */
    public Run launch(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of("bash", root.resolve("scripts/adjoint").toString())));
        pb.command().addAll(List.of(args));
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("ADJOINT_PRINT_JAVA", "1"); // the java command it would run, not run
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
