package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.LangError;
import dev.adjoint.render.ErrorFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * "The same errors" for programs that do not parse: each program of
 * src/test/resources/syntax/cpython_syntax_errors.txt gets CPython 3.11's SyntaxError (or
 * IndentationError, TabError): its message, its line, and the column and width of its caret as
 * {@code python3 PROGRAM.py} shows them (recorded by scripts/fixtures/syntax_errors.py). Where
 * CPython shows no caret (an unexpected indent), the message and the line are compared.
 */
class CpythonSyntaxErrorsTest extends SessionHarness {
    private static final Path CASES = Path.of("src/test/resources/syntax/cpython_syntax_errors.txt");
    private static final Pattern RECORDED = Pattern.compile("(\\d+):(\\d+|-) (\\^+|-) (.*)");
    private static final Pattern SHOWN = Pattern.compile("program\\.py:(\\d+):(\\d+): error: (.*)");

    @TestFactory
    Stream<DynamicTest> eachProgramFailsAsInCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        String text = Files.readString(CASES, StandardCharsets.UTF_8);
        for (String block : text.split("(?m)^=== ")) {
            if (block.startsWith("#")) continue;
            String name = block.substring(0, block.indexOf('\n'));
            String rest = block.substring(block.indexOf('\n') + 1);
            int arrow = rest.lastIndexOf("--> ");
            String source = rest.substring(0, arrow), recorded = rest.substring(arrow + 4).strip();
            tests.add(DynamicTest.dynamicTest(name, () -> check(source, recorded)));
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    private void check(String source, String recorded) {
        Matcher expected = RECORDED.matcher(recorded);
        assertThat(expected.matches()).as("recorded line " + recorded).isTrue();
        LangError e = error(source);
        assertThat(e).as("a SyntaxError for:\n" + source).isNotNull();
        String shown = ErrorFormat.format(e.getMessage(), e.span(), source, "program.py", 1, false);
        String[] lines = shown.split("\n");
        Matcher place = SHOWN.matcher(lines[0]);
        assertThat(place.matches()).as(shown).isTrue();
        String caret = lines.length > 2 ? lines[2].substring(2) : "";
        String actual = place.group(1) + ":" + (expected.group(2).equals("-") ? "-" : place.group(2)) + " "
                + (expected.group(3).equals("-") ? "-" : caret.strip()) + " " + place.group(3);
        assertThat(actual).as("adjoint showed:\n" + shown + "for:\n" + source).isEqualTo(recorded);
    }
}
