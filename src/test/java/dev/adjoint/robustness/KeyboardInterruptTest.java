package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.adjoint.testing.Pty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real SIGINT to a script, -e or a pipe is CPython's KeyboardInterrupt: {@code except
 * KeyboardInterrupt} and {@code finally} run, and one nobody catches ends the run with the error's
 * place and exit status 130 (CPython's 128 + SIGINT).
 */
@Tag("slow") // a subprocess each
class KeyboardInterruptTest {
    record Result(int code, String out, String err) {}

    /**
     * Runs adjoint with {@code args} and stdin from {@code stdin}, and sends SIGINT each time its
     * stdout has shown one more of {@code marks}.
     */
    static Result interrupted(Path dir, Path stdin, List<String> marks, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        // a suite started in the background inherits SIGINT ignored: the JVM under test must see it
        if (!Pty.sigintReset().isEmpty()) cmd.addAll(List.of("env", "--default-signal=INT"));
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.adjoint.repl.Main"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).directory(dir.toFile());
        if (stdin != null) pb.redirectInput(stdin.toFile());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String mark : marks) {
            while (!Files.readString(out).contains(mark)) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    fail("never showed " + mark + ": " + Files.readString(out) + Files.readString(err));
                }
                Thread.sleep(20);
            }
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        }
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        return new Result(ended ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aScriptCatchesCtrlCRunsItsFinallyBlocksAndEndsWith130(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("train.py");
        Files.writeString(script, """
                def long_loop():
                    print("looping", flush=True)
                    while True:
                        pass

                try:
                    long_loop()
                except Exception:
                    print("an Exception")
                except KeyboardInterrupt:
                    print("stopped")
                finally:
                    print("finally 1")
                try:
                    print("again", flush=True)
                    while True:
                        pass
                finally:
                    print("finally 2")
                print("never")
                """);
        Result r = interrupted(dir, null, List.of("looping", "again"), script.toString());
        assertThat(r.out()).isEqualTo("looping\nstopped\nfinally 1\nagain\nfinally 2\n");
        // the interrupt lands on the loop or on the statement in it, whichever is running
        assertThat(r.err()).matches(java.util.regex.Pattern.quote(script.toString())
                + ":(16:5: error: KeyboardInterrupt\n      while True:\n      \\^{10}|17:9: error: KeyboardInterrupt\n          pass\n          \\^{4})\n");
        assertThat(r.code()).isEqualTo(130);
    }

    @Test
    void aPipeAndMinusEStopAtAnUncaughtCtrlCWith130(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input.txt");
        Files.writeString(input, "n = 0\ntry:\n    print('go', flush=True)\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print('kept', n > 0)\n\n"
                + "if True:\n    print('looping', flush=True)\n    while True:\n        pass\n\nprint('never')\n");
        Result r = interrupted(dir, input, List.of("go", "looping"));
        assertThat(r.out()).isEqualTo("go\nkept True\nlooping\n");
        assertThat(r.err()).containsPattern("^<stdin>:(9|10|11|12):\\d+: error: KeyboardInterrupt\n"); // where the loop was
        assertThat(r.code()).isEqualTo(130);

        // time.sleep is interrupted too, and an -e stops there as a script does
        Result idle = interrupted(dir, null, List.of("waiting"), "-e", "print('waiting', flush=True)", "-e", "import time\ntime.sleep(60)", "-e", "print('never')");
        assertThat(idle.out()).isEqualTo("waiting\n");
        assertThat(idle.err()).containsPattern("^-e#2:[12]:1: error: KeyboardInterrupt\n");
        assertThat(idle.code()).isEqualTo(130);
    }
}
