package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a session's start does not do: link the lambdas of Python's builtins before anything looks
 * one up (Builtins: they are most of a session's own start, and the prompt makes them while the
 * user types). Read from the JVM's class-loading log of a piped session in a JVM of its own.
 */
@Tag("slow")
class StartupWorkTest {
    @TempDir
    Path dir;

    /** The lambda classes of the builtin tables that a piped session with {@code input} loaded. */
    private List<String> builtinLambdas(String input) throws Exception {
        Path log = dir.resolve("classes.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile());
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out"))).isZero();
        return Files.readAllLines(log).stream()
                .filter(l -> l.matches(".*dev\\.adjoint\\.lang\\.(PyBuiltins|BuiltinTypes|CoreBuiltins|SiteBuiltins|Exceptions)\\$\\$Lambda.*"))
                .toList();
    }

    @Test
    void aSessionThatOnlyQuitsLinksNoBuiltin() throws Exception {
        assertThat(builtinLambdas(":quit\n")).isEmpty();
        assertThat(builtinLambdas("print(len([1]))\n:quit\n")).as("the first lookup makes them").isNotEmpty();
    }
}
