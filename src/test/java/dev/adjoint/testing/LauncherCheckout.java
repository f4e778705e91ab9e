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
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A copy of scripts/adjoint in a checkout of its own (a pom, one source file, a "jar" that is not
 * one but names the class that checks it, as a jar built from these sources does), for tests of what
 * the launcher decides: whether it builds, which java command it runs. As an object: the checkout
 * under a directory with a Maven that only leaves a mark that it ran and a java that does nothing,
 * started with ADJOINT_PRINT_JAVA=1 (the java command printed, not run) and {@link #environment}.
 */
public final class LauncherCheckout {
    /** What one start of the launcher did. */
    public record Run(int exit, String out, String err) {}

    /** What the jar holds: the name of the class that checks it (scripts/adjoint looks for it). */
    public static final String JAR = "not really a jar, but it names dev/adjoint/repl/StaleJarCheck.class\n";

    public final Path root;
    /** The environment of every start beside PATH (this Maven) and JAVA_HOME (this java); ADJOINT_PRINT_JAVA=1 unless removed. */
    public final Map<String, String> environment = new HashMap<>();
    private final Path dir, mvnRan;

    /** The checkout in {@code dir}/clone, its jar older than its source when {@code jarIsStale}, else newer than everything. */
    public LauncherCheckout(Path dir, boolean jarIsStale) throws IOException {
        this.dir = dir;
        root = make(dir.resolve("clone"), Duration.ofSeconds(60), Duration.ofSeconds(jarIsStale ? 600 : 30));
        mvnRan = dir.resolve("mvn-ran");
        executable(dir.resolve("bin/mvn"), "#!/bin/sh\ntouch '" + mvnRan + "'\n");
        executable(dir.resolve("jdk/bin/java"), "#!/bin/sh\nexit 0\n");
        environment.put("ADJOINT_PRINT_JAVA", "1");
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
     * {@code jarAge} ago; pom.xml and the source's directories (which the launcher compares too) an
     * hour ago; target/jvm-check made (the jar checks itself when started by the launcher).
     */
    public static Path make(Path root, Duration sourceAge, Duration jarAge) throws IOException {
        executable(root.resolve("scripts/adjoint"), Files.readString(Paths.get("scripts/adjoint")));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Path jar = Files.createDirectories(root.resolve("target")).resolve("adjoint.jar");
        Files.writeString(jar, JAR);
        Path source = Files.createDirectories(root.resolve("src/main/java")).resolve("Changed.java");
        Files.writeString(source, "class Changed {}\n");
        for (Path old : List.of(root.resolve("pom.xml"), source.getParent(), root.resolve("src/main"))) age(old, 3600);
        age(jar, jarAge.toSeconds());
        age(source, sourceAge.toSeconds());
        Files.writeString(root.resolve("target/jvm-check"), ""); // the launcher has seen that the jar checks itself
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
        List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("scripts/adjoint").toString()));
        command.addAll(List.of(args));
        return run(start(command, ""));
    }

    /** Starts the launcher with {@code stdin} as its input, after the words {@code before} (setsid, say); does not wait. */
    public Process startLauncher(List<String> before, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(before);
        command.addAll(List.of("bash", root.resolve("scripts/adjoint").toString()));
        command.addAll(List.of(args));
        return start(command, stdin);
    }

    /**
     * From now on the launcher's java is this JDK's, running adjoint's Main from this build's classes
     * where the launcher would run the jar (no class-data archive is made), and it is run rather than
     * printed: whole starts, the JVM's side of the staleness check included.
     */
    public void useRealJava() throws IOException {
        executable(dir.resolve("jdk/bin/java"), """
                #!/bin/bash
                [[ -n ${ADJOINT_CDS_TRAINING:-} ]] && exit 0
                args=()
                while (($#)); do
                  case $1 in
                    -jar) args+=(-XX:TieredStopAtLevel=1 -cp '%s' dev.adjoint.repl.Main); shift ;; # (and the jar's path)
                    -version|-Xshare:dump) exit 0 ;;
                    *) args+=("$1") ;;
                  esac
                  shift
                done
                exec '%s' "${args[@]}"
                """.formatted(System.getProperty("java.class.path"), Path.of(System.getProperty("java.home"), "bin", "java")));
        environment.remove("ADJOINT_PRINT_JAVA");
    }

    private Process start(List<String> command, String stdin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().putAll(environment);
        pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Waits for {@code p} (started by this checkout) to end: what it did. */
    public Run run(Process p) throws Exception {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
    }

    /** Whether Maven ran since the last call (the launcher built the jar); forgets it. */
    public boolean built() throws IOException {
        return Files.deleteIfExists(mvnRan);
    }
}
