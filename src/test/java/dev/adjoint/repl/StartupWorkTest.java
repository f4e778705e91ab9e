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
 * user types), or call a record's equals or hashCode. Read from the JVM's class-loading log of a
 * piped session in a JVM of its own.
 */
@Tag("slow")
class StartupWorkTest {
    @TempDir
    Path dir;

    /** The lambda classes of the builtin tables that a piped session with {@code input} loaded. */
    private List<String> builtinLambdas(String input) throws Exception {
        return loaded(input, ".*dev\\.adjoint\\.lang\\.(PyBuiltins|BuiltinTypes|CoreBuiltins|SiteBuiltins|Exceptions)\\$\\$Lambda.*");
    }

    /** The classes matching {@code pattern} that a piped session with {@code input} loaded. */
    private List<String> loaded(String input, String pattern) throws Exception {
        Path log = dir.resolve("classes.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile());
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out"))).isZero();
        return Files.readAllLines(log).stream().filter(l -> l.matches(pattern)).toList();
    }

    @Test
    void aSessionThatOnlyQuitsLinksNoBuiltin() throws Exception {
        assertThat(builtinLambdas(":quit\n")).isEmpty();
        assertThat(builtinLambdas("print(len([1]))\n:quit\n")).as("the first lookup makes them").isNotEmpty();
    }

    /**
     * A record's equals and hashCode are bootstrapped at their first call (java.lang.runtime.ObjectMethods),
     * spinning method-handle classes that the start-up archive does not hold: ~40 ms of CPU when
     * :graph's spec compared options so at every start, and 12% of the MNIST script's CPU when Python's
     * constants pool keyed its map by a record. The lecture's inputs, literals and a backward pass use none.
     */
    @Test
    void theLecturesInputsCallNoRecordsEqualsOrHashCode() throws Exception {
        String lecture = "x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\n:trace y\n:forward y wrt x1\n:reverse y\n:grad y\n:graph y\n"
                + "a = 257\nb = 2.5 + 1\ns = 'two words'\nt = tensor([1.0, 2.0], requires_grad=True)\n(t * t).sum().backward()\n:quit\n";
        assertThat(loaded(lecture, ".*java\\.lang\\.runtime\\.ObjectMethods.*")).isEmpty();
        assertThat(loaded("print(slice(1, 2) == slice(1, 2))\n:quit\n", ".*java\\.lang\\.runtime\\.ObjectMethods.*"))
                .as("a probe that does use one (a slice compares as a record), so that the test can fail").isNotEmpty();
    }
}
