package dev.adjoint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellTranscript;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14's details of the inspection commands, through the Shell as a lecturer types them. */
class LectureDetailsTest {
    private final ShellTranscript session = new ShellTranscript();

    private String run(String input) {
        String out = session.run(input);
        assertThat(session.err()).as(input).isEmpty();
        return out;
    }

    private void lecture() {
        run("x1 = 2");
        run("x2 = 5");
        run("y = ln(x1) + x1*x2 - sin(x2)");
    }

    @Test
    void saveKeepsWhatChangesTheComputationNotTheDisplaySettings(@TempDir Path dir) throws Exception {
        run(":set precision 5");
        run(":set notation baydin");
        run(":set");
        run(":set grad off");
        run("w = 2");
        run(":set grad on");
        lecture();
        Path file = dir.resolve("s.adj");
        run(":save " + file);
        String saved = Files.readString(file);
        assertThat(saved).contains(":set grad off\nw = 2\n:set grad on\nx1 = 2\n")
                .doesNotContain(":set precision", ":set notation", ":set\n");
        ShellTranscript fresh = new ShellTranscript();
        assertThat(fresh.run(":load " + file)).isEmpty(); // before: :load printed the settings table
        assertThat(fresh.err()).isEmpty();
    }

    @Test
    void replayNamesItsLastColumnAndKeepsStatementsOfReboundNames() {
        lecture();
        run("x1 = 3");
        String r = run(":replay y x1=4");
        String header = r.lines().filter(l -> l.startsWith("node")).findFirst().orElseThrow();
        assertThat(header.split("\\s{2,}")).containsExactly("node", "definition", "recorded", "replayed", "in the replay");
        assertThat(r).contains("given", "recomputed", "kept").contains("\n  x1 = 2\n  x2 = 5\n  y = ln(x1) + x1*x2 - sin(x2)\n");
    }
}
