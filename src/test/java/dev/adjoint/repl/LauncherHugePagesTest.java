package dev.adjoint.repl;

import static dev.adjoint.testing.LauncherCheckout.executable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.LauncherCheckout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the launcher asks for transparent huge pages for the heap (fewer first-touch page faults)
 * only when the kernel offers them and has free 2 MB blocks for twice the young generation, so that
 * a fault never waits for memory to be compacted. Run on a copy of the launcher whose jar is up to
 * date, with a java that does nothing, against a made-up /proc and /sys (ADJOINT_SYSTEM_ROOT): a
 * machine of 4 GB, so a young generation of 128 MB, and 128 free blocks of 2 MB needed.
 */
@Tag("slow")
class LauncherHugePagesTest {
    private static final String FLAG = "-XX:+UseTransparentHugePages";
    private static final String OFFERED = "always [madvise] never\n";

    @TempDir
    Path dir;

    private Path root, system;

    @BeforeEach
    void checkout() throws Exception {
        root = LauncherCheckout.make(dir.resolve("clone"), Duration.ofSeconds(600), Duration.ofSeconds(60)); // the jar is up to date
        executable(dir.resolve("jdk/bin/java"), "#!/bin/sh\nexit 0\n");
        system = dir.resolve("system");
        Files.createDirectories(system.resolve("proc"));
        Files.writeString(system.resolve("proc/meminfo"), "MemTotal:        4194304 kB\nMemFree:         4000000 kB\n");
    }

    /** The java command the launcher would run on a machine whose THP setting and free blocks are these. */
    private List<String> javaCommand(String enabled, String buddyinfo, String javaOpts) throws Exception {
        write(system.resolve("sys/kernel/mm/transparent_hugepage/enabled"), enabled);
        write(system.resolve("proc/buddyinfo"), buddyinfo);
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("scripts/adjoint").toString(), "-e", "1");
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("ADJOINT_PRINT_JAVA", "1"); // the java command it would run, not run
        pb.environment().put("ADJOINT_SYSTEM_ROOT", system.toString());
        pb.environment().remove("ADJOINT_CGROUP_ROOT");
        if (javaOpts == null) pb.environment().remove("ADJOINT_JAVA_OPTS");
        else pb.environment().put("ADJOINT_JAVA_OPTS", javaOpts);
        pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err"))).isZero();
        return Files.readAllLines(dir.resolve("out"));
    }

    /** {@code text} in {@code file}; no such file when null. */
    private static void write(Path file, String text) throws Exception {
        Files.deleteIfExists(file);
        if (text == null) return;
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** /proc/buddyinfo with these free blocks of order 9 and 10 (2 and 4 MB) in DMA32 and Normal, many small ones besides. */
    private static String buddyinfo(int dma32Order10, int normalOrder9, int normalOrder10) {
        return "Node 0, zone      DMA      0      0      0      0      0      0      0      0      1      0      0 \n"
                + "Node 0, zone    DMA32      4      1      2      2      2      2      1      4      4      0 " + dma32Order10 + " \n"
                + "Node 0, zone   Normal    603  21126  25880  12470   6788   3133   1297    163     11 " + normalOrder9 + " " + normalOrder10 + " \n";
    }

    @Test
    void hugePagesWhenTheFreeTwoMegabyteBlocksCoverTwiceTheYoungGeneration() throws Exception {
        assertThat(javaCommand(OFFERED, buddyinfo(25, 28, 25), null)).contains("-Xmn128m", FLAG); // 50 + 28 + 50 blocks: 256 MB
        assertThat(javaCommand("[always] madvise never\n", buddyinfo(25, 28, 25), null)).contains(FLAG);
    }

    @Test
    void noHugePagesWhenMemoryIsTooFragmented() throws Exception {
        assertThat(javaCommand(OFFERED, buddyinfo(25, 27, 25), null)).contains("-Xmn128m").doesNotContain(FLAG); // 254 MB
        // gigabytes free, but in blocks of up to 1 MB: every huge page would be compacted first
        assertThat(javaCommand(OFFERED, buddyinfo(0, 0, 0), null)).doesNotContain(FLAG);
    }

    @Test
    void noHugePagesWhenTheKernelDoesNotOfferThemOrSaysNothing() throws Exception {
        assertThat(javaCommand("always madvise [never]\n", buddyinfo(500, 500, 500), null)).doesNotContain(FLAG);
        assertThat(javaCommand(null, buddyinfo(500, 500, 500), null)).doesNotContain(FLAG); // no such file
        assertThat(javaCommand(OFFERED, null, null)).doesNotContain(FLAG);
    }

    @Test
    void theUsersChoiceIsLeftAlone() throws Exception {
        List<String> off = javaCommand(OFFERED, buddyinfo(500, 500, 500), "-XX:-UseTransparentHugePages");
        assertThat(off).contains("-XX:-UseTransparentHugePages").doesNotContain(FLAG);
        assertThat(javaCommand(OFFERED, buddyinfo(0, 0, 0), FLAG)).containsOnlyOnce(FLAG);
    }

    /** Heap sizes of the user's own: the guard assumes a young generation of 1 GB, so 2 GB of blocks are needed. */
    @Test
    void withTheUsersHeapSizesTheGuardAssumesTheLargestYoungGeneration() throws Exception {
        assertThat(javaCommand(OFFERED, buddyinfo(200, 223, 200), "-Xmx4g")).doesNotContain(FLAG); // 1,023 blocks
        assertThat(javaCommand(OFFERED, buddyinfo(200, 224, 200), "-Xmx4g")).contains(FLAG); // 400 + 224 + 400 = 1,024 blocks
    }
}
