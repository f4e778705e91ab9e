package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --timeout and --max-elements on a real process: exit codes, messages, and how fast a run is stopped. */
@Tag("slow") // a subprocess each
class CommandLineLimitsTest {
    record Result(int code, String out, String err, long millis) {}

    /** Runs adjoint in a fresh JVM; {@code stdin} null keeps stdin open and silent (a pipe nobody writes to). */
    static Result adjoint(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.adjoint.repl.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("adjoint-out", ".txt"), err = Files.createTempFile("adjoint-err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        OutputStream in = p.getOutputStream();
        if (stdin != null) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (!ended) p.destroyForcibly();
        in.close();
        Result r = new Result(ended ? p.exitValue() : -1, Files.readString(out), Files.readString(err), millis);
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void timeoutStopsAnEndlessScriptWithExitCode124(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("loop.adj");
        Files.writeString(script, "x = 1\nprint(x)\nwhile True:\n    x = x + 0\n\nprint('never')\n");
        Result r = adjoint("", "--timeout", "1", script.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(124);
        assertThat(r.out()).isEqualTo("1\n");
        // the interrupt lands on the loop or on the statement in it, whichever is running
        assertThat(r.err()).containsPattern(java.util.regex.Pattern.quote(script.toString()) + ":(3:1|4:5): error: interrupted")
                .contains("adjoint: stopped: the --timeout of 1 s ran out");
        assertThat(r.millis()).isLessThan(15_000); // one second, plus the start of a JVM on a busy machine
    }

    @Test
    void timeoutStopsALongMatmulAndAPipeThatWaitsForever() throws Exception {
        // 2 s, so that the timeout lands inside the product (2.7e11 multiply-adds: minutes), not before it, once the
        // JVM is up (~0.5 s on a quiet machine). On a loaded one the JVM may still be starting when it lands: the run
        // stops all the same, and only once the program has begun (it printed "started") must a statement be interrupted.
        Result r = adjoint("", "--timeout", "2", "-e", "print('started')", "-e", "a = ones(3000, 3000)",
                "-e", "b = a @ a @ a @ a @ a @ a @ a @ a @ a @ a @ a");
        assertThat(r.code()).as(r.err()).isEqualTo(124);
        assertThat(r.err()).contains("--timeout of 2 s ran out").doesNotContain("internal error");
        if (r.out().contains("started")) assertThat(r.err()).contains("interrupted");
        assertThat(r.millis()).isLessThan(30_000); // two seconds, plus a JVM's start on a busy machine: the product was stopped

        Result idle = adjoint(null, "--timeout", "0.5"); // stdin stays open and says nothing
        assertThat(idle.code()).as(idle.err()).isEqualTo(124);
        assertThat(idle.err()).contains("--timeout of 0.5 s ran out");
    }

    @Test
    void maxElementsIsAnOption() throws Exception {
        Result r = adjoint("", "--max-elements", "1000", "-e", "x = ones(10, 100)", "-e", "y = zeros(10, 101)");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("a tensor of shape (10, 101) would need 1,010 elements (8.1 kB); the limit is 1,000 elements (8 kB), set by --max-elements");
        Result bad = adjoint("", "--max-elements", "0", "-e", "1");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--max-elements");
        Result help = adjoint("", "--help");
        assertThat(help.out()).contains("--max-elements=N", "--timeout=SECONDS");
    }
}
