package dev.adjoint.repl;

import static dev.adjoint.testing.LauncherCheckout.executable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.adjoint.testing.LauncherCheckout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, goal 3: the launcher gives the JVM a young generation of 1/32 of the machine's memory
 * (at most 512 MB), so that a loop building a large graph is not slowed by young collections that
 * copy the live graph again and again; heap sizes the user chose are left alone. Run on a copy of
 * the launcher in a checkout of its own whose jar is up to date, with a java that does nothing.
 */
@Tag("slow")
class LauncherYoungGenerationTest {
    @TempDir
    Path dir;

    private List<String> javaCommand(String javaOpts) throws Exception {
        Path root = LauncherCheckout.make(dir.resolve("clone"), Duration.ofSeconds(600), Duration.ofSeconds(60)); // the jar is up to date
        executable(dir.resolve("jdk/bin/java"), "#!/bin/sh\nexit 0\n");
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("scripts/adjoint").toString(), "-e", "1");
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("ADJOINT_PRINT_JAVA", "1"); // the java command it would run, not run
        if (javaOpts == null) pb.environment().remove("ADJOINT_JAVA_OPTS");
        else pb.environment().put("ADJOINT_JAVA_OPTS", javaOpts);
        pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err"))).isZero();
        return Files.readAllLines(dir.resolve("out"));
    }

    private static long memoryKb() throws IOException {
        String first = Files.readAllLines(Path.of("/proc/meminfo")).get(0); // MemTotal:  24683584 kB
        return Long.parseLong(first.replaceAll("[^0-9]", ""));
    }

    @Test
    void theYoungGenerationIsAThirtySecondOfTheMemoryAtMost512Mb() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "Linux's /proc/meminfo");
        long megabytes = Math.min(512, memoryKb() / 32 / 1024);
        assumeTrue(megabytes >= 32, "a machine with at least 1 GB");
        assertThat(javaCommand(null)).contains("-Xmn" + megabytes + "m");
    }

    @Test
    void heapSizesChosenInAdjointJavaOptsAreLeftAlone() throws Exception {
        for (String opts : List.of("-Xmx1g", "-Xmn64m", "-XX:NewRatio=3", "-XX:MaxRAMPercentage=10"))
            assertThat(javaCommand(opts)).as(opts).contains(opts).noneMatch(o -> o.startsWith("-Xmn") && !o.equals(opts));
    }
}
