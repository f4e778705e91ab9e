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
 * refused. The java here writes the class list and the archive it is asked for, as a JDK does, and
 * refuses the relocation option when told to.
 */
@Tag("slow")
class LauncherArchiveTest {
    private static final String PINNED = "-XX:ArchiveRelocationMode=0";

    @TempDir
    Path dir;

    private List<String> javaCommand(boolean jvmKnowsTheOption) throws Exception {
        LauncherCheckout checkout = new LauncherCheckout(dir, false);
        Files.writeString(checkout.root.resolve("scripts/cds-training.adj"), "1\n"); // the training session's input
        LauncherCheckout.executable(dir.resolve("jdk/bin/java"), """
                #!/bin/sh
                for a in "$@"; do
                  case $a in
                    -XX:DumpLoadedClassList=*) echo java/lang/Object >"${a#*=}" ;;
                    -XX:SharedArchiveFile=*) case " $* " in *" -Xshare:dump "*) echo archive >"${a#*=}" ;; esac ;;
                    %s) %s ;;
                  esac
                done
                exit 0
                """.formatted(PINNED, jvmKnowsTheOption ? ":" : "echo 'Unrecognized VM option' >&2; exit 1"));
        LauncherCheckout.Run run = checkout.launch("-e", "1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("preparing a fast start");
        List<String> command = run.out().lines().toList();
        assertThat(command).anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=") && o.endsWith(".jsa"));
        LauncherCheckout.Run again = checkout.launch("-e", "1");
        assertThat(again.err()).as("the archive is made once").doesNotContain("preparing a fast start");
        assertThat(again.out().lines().toList()).isEqualTo(command);
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
}
