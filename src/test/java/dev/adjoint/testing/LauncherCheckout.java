package dev.adjoint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

/**
 * A copy of scripts/adjoint in a checkout of its own (a pom, one source file, a "jar" that is not
 * one), for tests of what the launcher decides: whether it builds, which java command it runs.
 */
public final class LauncherCheckout {
    private LauncherCheckout() {}

    /** Writes an executable file. */
    public static Path executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** The checkout at {@code root}: its source last changed {@code sourceAge} ago, its jar built {@code jarAge} ago. */
    public static Path make(Path root, Duration sourceAge, Duration jarAge) throws IOException {
        executable(root.resolve("scripts/adjoint"), Files.readString(Paths.get("scripts/adjoint")));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Path jar = Files.createDirectories(root.resolve("target")).resolve("adjoint.jar");
        Files.writeString(jar, "not really a jar\n");
        Path source = Files.createDirectories(root.resolve("src/main/java")).resolve("Changed.java");
        Files.writeString(source, "class Changed {}\n");
        Instant now = Instant.now();
        Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(now.minus(Duration.ofHours(1))));
        Files.setLastModifiedTime(jar, FileTime.from(now.minus(jarAge)));
        Files.setLastModifiedTime(source, FileTime.from(now.minus(sourceAge)));
        return root;
    }
}
