package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Main in-process, with its streams redirected: options, exit codes, and no terminal decoration. */
class MainTest {
    record Run(int code, String out, String err) {}

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsNameAndVersion() {
        Run r = run("", "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).matches("adjoint \\S+\\R");
    }

    @Test
    void helpListsTheOptions() {
        Run r = run("", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--no-color", "--precision", "--format", "--ascii", "-e=STMT", "FILE");
    }

    @Test
    void badOptionsExitWithTwoAndNoStackTrace() {
        for (String[] args : new String[][] {{"--bogus"}, {"--precision", "x"}, {"--precision", "99"},
                {"--format", "yaml"}, {"a.adj", "b.adj"}}) {
            Run r = run("", args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).startsWith("adjoint: ").contains("--help").doesNotContain("\tat ", "Exception");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void missingScriptIsAUsageError(@TempDir Path dir) {
        Run r = run("", dir.resolve("nope.adj").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.adj").contains("no such file");
    }

    @Test
    void emptyPipedInputExitsCleanlyWithoutPromptOrBanner() {
        Run r = run("");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void emptyScriptSucceeds(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("empty.adj"), "\n\n");
        assertThat(run("", script.toString()).code()).isZero();
    }
}
