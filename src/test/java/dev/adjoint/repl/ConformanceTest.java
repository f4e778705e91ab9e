package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's promise: a program that is valid Python and uses only what adjoint offers prints what
 * CPython prints, byte for byte. Every src/test/resources/conformance/*.py is run by CPython
 * ({@code python3}, all programs in one process: src/test/python/conformance.py) and by adjoint
 * (in process, as {@code adjoint PROGRAM.py}), and the two stdouts must be equal; adjoint must also
 * end with exit code 0 and write to stderr what CPython wrote there (nothing, or its warnings). A program that ends with an uncaught exception must
 * end so in adjoint too: exit code 1 and, on stderr, "FILE:LINE:COL: error: " and the last line of
 * CPython's traceback (after the errors chained before it, if any) ("NameError: name 'x' is not defined"), with
 * CPython's traceback's frames and chained errors ({@link #outline}); one that calls exit(status) must end
 * with that exit status.
 */
class ConformanceTest {
    private static final Path PROGRAMS = Path.of("src/test/resources/conformance");

    @TempDir
    static Path cpythonOut;

    @TestFactory
    Stream<DynamicTest> adjointPrintsWhatCPythonPrints() throws Exception {
        List<Path> programs;
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThanOrEqualTo(150);
        runCPython(programs);
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void runCPython(List<Path> programs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "src/test/python/conformance.py", cpythonOut.toString()));
        for (Path p : programs) command.add(p.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PYTHONHASHSEED", "0");
        Process python = pb.start();
        String said = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).as("python3 finished").isTrue();
        assertThat(python.exitValue()).as("python3 ran the programs (is python3 installed?): " + said).isZero();
    }

    private static void check(Path program) throws IOException {
        String name = program.getFileName().toString().replaceFirst("\\.py$", "");
        String expected = Files.readString(cpythonOut.resolve(name + ".out"), StandardCharsets.UTF_8);
        Matcher missing = MISSING.matcher(expected);
        assumeFalse(missing.find(), () -> name + " needs CPython's " + missing.group(1) + ", not installed here (.ci/run installs it)");
        Matcher end = ENDING.matcher(expected);
        String uncaught = null;
        int status = 0;
        if (end.find()) {
            expected = expected.substring(0, end.start());
            if (end.group(1) != null) {
                uncaught = end.group(1);
                status = 1;
            } else {
                status = Integer.parseInt(end.group(2));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--no-color", program.toString()}, new ByteArrayInputStream(new byte[0]), out, err, false);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(out.toString(StandardCharsets.UTF_8)).as(name + " (stderr: " + errors + ")").isEqualTo(expected);
        if (uncaught != null) {
            // the last error shown (a chained one is shown after its cause, as in CPython's traceback)
            String last = errors.lines().filter(l -> l.matches("^(\\S+:\\d+:\\d+: )?error: .*")).reduce((a, b) -> b).orElse("");
            assertThat(last.replaceFirst("^\\S+:\\d+:\\d+: error: ", "")).as(name + " stderr: " + errors).isEqualTo(uncaught);
            assertThat(last).as(name + " places the error").matches("^\\S+\\.py:\\d+:\\d+: error: .*");
            String traceback = Files.readString(cpythonOut.resolve(name + ".err"), StandardCharsets.UTF_8);
            assertThat(outline(errors, false)).as(name + ": the errors and frames of CPython's traceback; stderr: " + errors)
                    .isEqualTo(outline(traceback, true));
        } else if (status == 0) { // what CPython wrote to stderr (warnings), or nothing
            assertThat(errors).as(name + " stderr").isEqualTo(Files.readString(cpythonOut.resolve(name + ".err"), StandardCharsets.UTF_8));
        }
        assertThat(code).as(name + " exit code").isEqualTo(status);
    }

    /**
     * What adjoint's shown errors and CPython's traceback (after the warnings before it) must have
     * alike, a line each: the warnings, each error's "Type: message" (adjoint's without its place)
     * and notes, CPython's sentences between chained errors, and the "File ..., line N, in f" lines
     * of the program's own files (not CPython's library). Not the source lines and carets under them,
     * and not the File line of an error of the program's top level alone: adjoint shows such an error
     * by its place and a caret instead (SPEC section 4), nor adjoint's own "hint: ..." after a message.
     */
    private static String outline(String stderr, boolean cpython) {
        List<String> out = new ArrayList<>(), frames = new ArrayList<>();
        String programs = PROGRAMS.toAbsolutePath() + "/";
        for (String line : stderr.split("\n")) {
            if (line.startsWith("  File \"")) {
                if (!cpython || line.startsWith("  File \"" + programs) || line.startsWith("  File \"<string>\"") && line.contains(", in ")) frames.add(line); // exec()'s and eval()'s code
            } else if (!line.isEmpty() && !line.startsWith(" ") && !line.equals("Traceback (most recent call last):") && !line.startsWith("hint: ")) {
                boolean topLevelAlone = frames.size() == 1 && frames.get(0).endsWith(", in <module>");
                boolean syntaxError = frames.size() == 1 && !frames.get(0).contains(", in ");
                if (!cpython || !topLevelAlone && !syntaxError) out.addAll(frames);
                frames.clear();
                out.add(cpython ? line : line.replaceFirst("^(\\S+:(\\d+:\\d+:)? )?error: ", "")); // a cause never raised has no line
            }
        }
        return String.join("\n", out);
    }

    /** How CPython's side ended a program other than by running to its end (src/test/python/conformance.py). */
    /** A program importing a third-party module (tqdm) that this machine's CPython lacks (src/test/python/conformance.py). */
    private static final Pattern MISSING = Pattern.compile("<missing: (\\w+)>\n\\z");

    private static final Pattern ENDING = Pattern.compile("(?:<uncaught: (.*)>|<exit: (\\d+)>)\n\\z");
}
