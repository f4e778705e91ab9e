package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log call whose arguments do not fit its message: CPython's handler writes its "--- Logging
 * error ---" report on stderr and the program goes on (the conformance suite cannot compare it:
 * CPython's report lists frames inside its own logging package, which adjoint leaves out).
 * Expected text: CPython 3.11.7's report of the same program, those frames removed.
 */
class LoggingErrorTest {
    @TempDir
    Path dir;

    @Test
    void aMessageItsArgumentsDoNotFitIsReportedOnStderrAndTheProgramGoesOn() throws Exception {
        Path program = dir.resolve("loge.py");
        Files.writeString(program, """
                import logging
                log = logging.getLogger("train")
                logging.basicConfig()


                def step(n):
                    log.warning("loss %d", "x")


                step(1)
                print("goes on")
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--no-color", program.toString()}, new ByteArrayInputStream(new byte[0]), out, err, false);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("goes on\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                --- Logging error ---
                TypeError: %d format: a real number is required, not str
                Call stack:
                  File "PATH", line 10, in <module>
                    step(1)
                  File "PATH", line 7, in step
                    log.warning("loss %d", "x")
                Message: 'loss %d'
                Arguments: ('x',)
                """.replace("PATH", program.toAbsolutePath().toString()));
    }
}
