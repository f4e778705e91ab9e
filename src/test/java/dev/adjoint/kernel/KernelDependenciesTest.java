package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kernel is a front-end beside the prompt, not on top of it: it reaches the engine through the
 * session facade and the command table, and shows through the renderers. The terminal's classes
 * (repl) hand it what it needs at start (InputRules), so the two packages form no cycle.
 */
class KernelDependenciesTest {
    /** A use of a class of a package of ours, imported or written out (string literals are taken out first). */
    private static final Pattern USE = Pattern.compile("\\bdev\\.adjoint\\.([a-z]+)\\.");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final List<String> ALLOWED = List.of("kernel", "session", "command", "render", "lang");

    @Test
    void theKernelImportsOnlyTheFacadeAndTheRenderers() throws IOException {
        Path dir = Path.of("src/main/java/dev/adjoint/kernel");
        int files = 0;
        try (Stream<Path> sources = Files.list(dir)) {
            for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                Matcher m = USE.matcher(STRING.matcher(Files.readString(p)).replaceAll("\"\""));
                while (m.find()) assertThat(m.group(1)).as(p.getFileName() + " uses dev.adjoint." + m.group(1)).isIn(ALLOWED);
            }
        }
        assertThat(files).isGreaterThan(10);
    }
}
