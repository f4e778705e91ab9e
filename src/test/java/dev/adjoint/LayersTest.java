package dev.adjoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of README's design section, read from the sources: data flows one way (text → AST →
 * graph → report → rendering → a front-end), so a package uses only packages below it, the
 * front-ends reach the engine only through the session facade, and only the terminal prints.
 * A use is an import or a name written out in code (comments and string literals are taken out).
 */
class LayersTest {
    /** Each top-level package's height; a package may use only lower ones (and itself). */
    private static final Map<String, Integer> HEIGHT = Map.ofEntries(
            Map.entry("scope", 0), Map.entry("undo", 0), Map.entry("files", 0),
            Map.entry("ndarray", 1),
            Map.entry("random", 2),
            Map.entry("autograd", 3),
            Map.entry("nn", 4), Map.entry("optim", 4), Map.entry("data", 4),
            Map.entry("lang", 5),
            Map.entry("session", 6),
            Map.entry("render", 7),
            Map.entry("command", 8),
            Map.entry("repl", 9), Map.entry("kernel", 9));

    /** What lies under the session facade: no front-end and no command touches it. */
    private static final Set<String> ENGINE = Set.of("undo", "ndarray", "random", "autograd", "nn", "optim", "data");
    private static final Set<String> FRONT_ENDS = Set.of("command", "repl", "kernel");

    private static final Pattern USE = Pattern.compile("\\bdev\\.adjoint\\.([a-z]+)\\.");
    private static final Path MAIN = Path.of("src/main/java/dev/adjoint");

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String from = topPackage(file);
            assertThat(HEIGHT).as("the layer of package " + from + " (add it to LayersTest and README's design table)").containsKey(from);
            Matcher m = USE.matcher(code(file));
            while (m.find()) {
                String to = m.group(1);
                if (to.equals(from)) continue;
                if (!HEIGHT.containsKey(to) || HEIGHT.get(to) > HEIGHT.get(from))
                    wrong.add(MAIN.relativize(file) + " uses dev.adjoint." + to + " (above it)");
                if (FRONT_ENDS.contains(from) && ENGINE.contains(to))
                    wrong.add(MAIN.relativize(file) + " uses dev.adjoint." + to + " (a front-end goes through the session)");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyTheFrontEndsTouchATerminalOrTheProcessStreams() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String from = topPackage(file);
            if (from.equals("repl") || from.equals("kernel")) continue;
            String code = code(file);
            if (code.contains("System.out") || code.contains("System.err") || code.contains("org.jline"))
                wrong.add(MAIN.relativize(file) + " prints or uses the terminal");
        }
        assertThat(wrong).isEmpty();
    }

    /** The test reads what it means to read: a written-out use is found, a commented or quoted one is not. */
    @Test
    void aUseIsFoundInCodeButNotInCommentsOrStrings() {
        String code = "import dev.adjoint.ndarray.NDArray;\n// dev.adjoint.autograd.Tensor\n/** see dev.adjoint.render.X */\n"
                + "String s = \"dev.adjoint.nn.Linear\"; char c = '\"'; dev.adjoint.optim.SGD o;";
        List<String> found = new ArrayList<>();
        Matcher m = USE.matcher(withoutCommentsAndLiterals(code));
        while (m.find()) found.add(m.group(1));
        assertThat(found).containsExactly("ndarray", "optim");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".java") && !p.getParent().equals(MAIN)).toList();
            assertThat(files).hasSizeGreaterThan(100);
            return files;
        }
    }

    private static String topPackage(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    private static String code(Path file) throws IOException {
        return withoutCommentsAndLiterals(Files.readString(file));
    }

    /** Java source with comments, string and char literals (text blocks too) blanked out. */
    static String withoutCommentsAndLiterals(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0, n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            int end;
            if (src.startsWith("//", i)) end = src.indexOf('\n', i) < 0 ? n : src.indexOf('\n', i);
            else if (src.startsWith("/*", i)) end = src.indexOf("*/", i + 2) < 0 ? n : src.indexOf("*/", i + 2) + 2;
            else if (src.startsWith("\"\"\"", i)) end = src.indexOf("\"\"\"", i + 3) < 0 ? n : src.indexOf("\"\"\"", i + 3) + 3;
            else if (c == '"' || c == '\'') end = literalEnd(src, i, c);
            else {
                out.append(c);
                i++;
                continue;
            }
            out.append(' ');
            i = end;
        }
        return out.toString();
    }

    private static int literalEnd(String src, int open, char quote) {
        int i = open + 1;
        while (i < src.length() && src.charAt(i) != quote && src.charAt(i) != '\n') i += src.charAt(i) == '\\' ? 2 : 1;
        return Math.min(i + 1, src.length());
    }
}
