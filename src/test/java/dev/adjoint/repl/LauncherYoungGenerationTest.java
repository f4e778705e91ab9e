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
 * Issue 16, goals 2 and 3: the launcher gives the JVM a young generation of 1/32 of the machine's
 * memory, at most 128 MB: large enough that a loop building a 10^6-node graph is not slowed by young
 * collections that copy the live graph, small enough that a training loop's garbage reuses eden's
 * pages rather than touching fresh memory; heap sizes the user chose are left alone. Run on a copy of
 * the launcher in a checkout of its own whose jar is up to date, with a java that does nothing.
 */
@Tag("slow")
class LauncherYoungGenerationTest {
    @TempDir
    Path dir;

    private List<String> javaCommand(String javaOpts) throws Exception {
        return javaCommand(javaOpts, null);
    }

    private List<String> javaCommand(String javaOpts, Path cgroupRoot) throws Exception {
        Path root = LauncherCheckout.make(dir.resolve("clone"), Duration.ofSeconds(600), Duration.ofSeconds(60)); // the jar is up to date
        executable(dir.resolve("jdk/bin/java"), "#!/bin/sh\nexit 0\n");
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("scripts/adjoint").toString(), "-e", "1");
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("ADJOINT_PRINT_JAVA", "1"); // the java command it would run, not run
        if (javaOpts == null) pb.environment().remove("ADJOINT_JAVA_OPTS");
        else pb.environment().put("ADJOINT_JAVA_OPTS", javaOpts);
        if (cgroupRoot != null) pb.environment().put("ADJOINT_CGROUP_ROOT", cgroupRoot.toString());
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
    void theYoungGenerationIsAThirtySecondOfTheMemoryAtMost128Mb() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "Linux's /proc/meminfo");
        long megabytes = Math.min(128, memoryKb() / 32 / 1024);
        assumeTrue(megabytes >= 32, "a machine with at least 1 GB");
        Path noLimit = Files.createDirectories(dir.resolve("no-cgroup")); // whatever limit this machine has
        assertThat(javaCommand(null, noLimit)).contains("-Xmn" + megabytes + "m");
    }

    @Test
    void heapSizesChosenInAdjointJavaOptsAreLeftAlone() throws Exception {
        for (String opts : List.of("-Xmx1g", "-Xmn64m", "-XX:NewRatio=3", "-XX:MaxRAMPercentage=10", "-XX:MaxRAM=2g"))
            assertThat(javaCommand(opts)).as(opts).contains(opts).noneMatch(o -> o.startsWith("-Xmn") && !o.equals(opts));
    }

    /** A dataset's arrays (over 16 MB) go to the old generation at once, not copied there by the first young collection; a user's choice stays. */
    @Test
    void largeArraysAreAllocatedInTheOldGenerationUnlessTheUserChose() throws Exception {
        assertThat(javaCommand(null)).contains("-XX:PretenureSizeThreshold=16m");
        assertThat(javaCommand("-XX:PretenureSizeThreshold=1m")).contains("-XX:PretenureSizeThreshold=1m").doesNotContain("-XX:PretenureSizeThreshold=16m");
    }

    /** Options are split on blanks and passed as written: an option with a * or ? once vanished (the launcher globs with nullglob). */
    @Test
    void optionsInAdjointJavaOptsReachTheJvmAsWritten() throws Exception {
        assertThat(javaCommand("-Xlog:gc*:file=gc.txt  -Dadjoint.probe=a?b[c]"))
                .containsSubsequence("-Xlog:gc*:file=gc.txt", "-Dadjoint.probe=a?b[c]", "-jar");
    }

    /**
     * In a container /proc/meminfo shows the host's memory while the JVM sizes its heap by the
     * container's limit: a young generation from the host's figure (512 MB) was the whole heap of a
     * 2 GB container, with a JVM warning at every start and no room for an old generation.
     */
    @Test
    void aContainersMemoryLimitBoundsTheYoungGeneration() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "Linux's /proc/meminfo");
        assumeTrue(memoryKb() >= 2L * 1024 * 1024, "a machine with more than the 2 GB limit below");
        Path v2 = Files.createDirectories(dir.resolve("cgroup2"));
        Files.writeString(v2.resolve("memory.max"), (2L << 30) + "\n"); // 2 GB: 64 MB young
        assertThat(javaCommand(null, v2)).contains("-Xmn64m");
        Path v1 = Files.createDirectories(dir.resolve("cgroup1/memory"));
        Files.writeString(v1.resolve("memory.limit_in_bytes"), (1L << 30) + "\n"); // 1 GB: 32 MB young
        assertThat(javaCommand(null, dir.resolve("cgroup1"))).contains("-Xmn32m");
        Path unlimited = Files.createDirectories(dir.resolve("unlimited"));
        Files.writeString(unlimited.resolve("memory.max"), "max\n"); // no limit: the machine's memory
        assertThat(javaCommand(null, unlimited)).contains("-Xmn" + Math.min(128, memoryKb() / 32 / 1024) + "m");
    }
}
