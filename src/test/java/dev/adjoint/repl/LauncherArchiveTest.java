package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.LauncherCheckout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/adjoint maps its class-data archive at the address it was dumped for (no relocation of its
 * ~30 MB at every start) when the JVM accepts the options for it, and never passes a JVM options it
 * refused; on JDK 25 and later the archive is an AOT cache made in one step. The java here writes the
 * class list, the archive and the AOT cache it is asked for, as a JDK does, and refuses the relocation
 * option when told to; its release file says which JDK it is.
 */
@Tag("slow")
class LauncherArchiveTest {
    private static final String PINNED = "-XX:ArchiveRelocationMode=0";

    @TempDir
    Path dir;

    private LauncherCheckout checkout;

    /** The java command the launcher runs with a JDK of this {@code release} (null: no release file). */
    private List<String> javaCommand(boolean jvmKnowsTheOption, String release, boolean writesTheCache) throws Exception {
        checkout = new LauncherCheckout(dir, false);
        Files.writeString(checkout.root.resolve("scripts/cds-training.adj"), "1\n"); // the training session's input
        LauncherCheckout.executable(dir.resolve("jdk/bin/java"), """
                #!/bin/sh
                for a in "$@"; do
                  case $a in
                    -XX:DumpLoadedClassList=*) echo java/lang/Object >"${a#*=}" ;;
                    -XX:SharedArchiveFile=*) case " $* " in *" -Xshare:dump "*) echo archive >"${a#*=}" ;; esac ;;
                    -XX:AOTCacheOutput=*) %s ;;
                    %s) %s ;;
                  esac
                done
                exit 0
                """.formatted(writesTheCache ? "echo cache >\"${a#*=}\"" : "exit 1", PINNED,
                jvmKnowsTheOption ? ":" : "echo 'Unrecognized VM option' >&2; exit 1"));
        if (release != null) Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + release + "\"\n");
        LauncherCheckout.Run run = checkout.launch("-e", "1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("preparing a fast start");
        List<String> command = run.out().lines().toList();
        LauncherCheckout.Run again = checkout.launch("-e", "1");
        assertThat(again.err()).as("the archive is made once").doesNotContain("preparing a fast start");
        assertThat(again.out().lines().toList()).isEqualTo(command);
        return command;
    }

    private List<String> javaCommand(boolean jvmKnowsTheOption) throws Exception {
        List<String> command = javaCommand(jvmKnowsTheOption, "17.0.15", true);
        assertThat(command).anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=") && o.endsWith(".jsa")).noneMatch(o -> o.contains("AOT"));
        return command;
    }

    @Test
    void theArchiveIsMappedWhereItWasDumpedWhenTheJvmAcceptsIt() throws Exception {
        List<String> command = javaCommand(true);
        assertThat(command).contains("-XX:+UnlockDiagnosticVMOptions", PINNED);
        assertThat(command.indexOf(PINNED)).isLessThan(command.indexOf("-jar"));
    }

    @Test
    void aJvmThatRefusesTheOptionIsNotGivenIt() throws Exception {
        assertThat(javaCommand(false)).doesNotContain(PINNED);
    }

    @Test
    void jdk25AndLaterGetAnAotCacheMadeInOneStep() throws Exception {
        List<String> command = javaCommand(true, "25.0.3", true);
        assertThat(command).anyMatch(o -> o.startsWith("-XX:AOTCache=") && o.endsWith(".aot")).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
        assertThat(command).contains(PINNED);
        assertThat(command.indexOf(PINNED)).isLessThan(command.indexOf("-jar"));
    }

    @Test
    void aJdkWithoutAReleaseFileGetsTheClassDataArchive() throws Exception {
        assertThat(javaCommand(true, null, true)).anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=")).noneMatch(o -> o.contains("AOT"));
    }

    /** A JVM told of a cache that is not there prints errors at every start: no cache, no option (and no new try until the next build). */
    @Test
    void aTrainingRunThatLeavesNoCacheLeavesNoOption() throws Exception {
        assertThat(javaCommand(true, "25", false)).noneMatch(o -> o.contains("AOT") || o.contains("SharedArchive") || o.equals(PINNED));
    }

    /** A java whose training run (the class list) first does {@code onTraining}, then writes the list; the dump writes the archive. */
    private void javaThatTrains(String onTraining) throws Exception {
        checkout = new LauncherCheckout(dir, false);
        Files.writeString(checkout.root.resolve("scripts/cds-training.adj"), "1\n");
        LauncherCheckout.executable(dir.resolve("jdk/bin/java"), """
                #!/bin/sh
                for a in "$@"; do
                  case $a in
                    -XX:DumpLoadedClassList=*) %s; echo java/lang/Object >"${a#*=}" ;;
                    -XX:SharedArchiveFile=*) case " $* " in *" -Xshare:dump "*) echo archive >"${a#*=}" ;; esac ;;
                  esac
                done
                exit 0
                """.formatted(onTraining));
    }

    /** The archive is made under the build's lock: a jar rebuilt by another start meanwhile would make it an archive of the old jar. */
    @Test
    void theArchiveWaitsForAnotherStartHoldingTheLock() throws Exception {
        javaThatTrains(":");
        Path lock = checkout.root.resolve("target/.launcher.lock");
        Path held = dir.resolve("held");
        Process holder = new ProcessBuilder("flock", lock.toString(), "sh", "-c", "touch '" + held + "'; sleep 2").start();
        for (int i = 0; i < 200 && !Files.exists(held); i++) Thread.sleep(25);
        LauncherCheckout.Run run = checkout.launch("-e", "1");
        assertThat(holder.waitFor()).isZero();
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("waiting for another start of adjoint").contains("preparing a fast start");
        assertThat(run.out().lines()).anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
    }

    /** Ctrl-C during the training run: the start ends (130) and leaves no half-made archive or class list. */
    @Test
    void aStartStoppedWhileTrainingLeavesNoTemporaryFile() throws Exception {
        Path once = dir.resolve("stopped-once");
        javaThatTrains("[ -f '" + once + "' ] || { touch '" + once + "'; kill -INT $PPID; }");
        LauncherCheckout.Run run = checkout.launch("-e", "1");
        assertThat(run.exit()).isEqualTo(130);
        try (var files = Files.list(checkout.root.resolve("target"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".tmp") || n.matches(".*cds-options\\.[0-9]+"));
        }
        assertThat(checkout.launch("-e", "1").out().lines()).as("the next start makes it").anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
    }

    /** A copy of a checkout (cp -a, times kept) makes an archive of its own: the JVM ignores one made for another jar's path, silently. */
    @Test
    void aCopiedCheckoutMakesItsOwnArchive() throws Exception {
        javaCommand(true, "25.0.3", true);
        Path copy = dir.resolve("copy");
        assertThat(new ProcessBuilder("cp", "-a", checkout.root.toString(), copy.toString()).start().waitFor()).isZero();
        LauncherCheckout.Run run = checkout.launchIn(copy, "-e", "1");
        assertThat(run.err()).contains("preparing a fast start");
        String ownCache = "-XX:AOTCache=" + copy.toRealPath().resolve("target/adjoint-jdk.aot");
        assertThat(run.out().lines()).contains(ownCache);
    }
}
