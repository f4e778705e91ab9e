package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.Completeness;
import dev.adjoint.repl.InputAssembler.Chunk;
import dev.adjoint.session.BlankLinesInBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the lines of a long block are grouped in time linear in its length, and exactly as
 * before, when every line asked {@link Completeness#isComplete} about the whole block so far.
 * The reference here is that old way, written out; the texts are seeded random mixtures of what
 * changes the grouping (nested blocks, dedents, comments, blank lines, brackets and triple-quoted
 * strings over lines, backslashes, tabs, wrong dedents, commands).
 */
class BlockGroupingTest {
    static final Predicate<String> REAL = Completeness::isComplete;

    @Test
    void aLongBlockIsCheckedWholeOnlyAtItsStartNotAtEveryLine() {
        StringBuilder text = new StringBuilder("def f():\n    t = 0\n");
        for (int i = 0; i < 1000; i++) {
            text.append("    if t > ").append(i).append(":\n        t = t - 1  # down\n");
            if (i % 7 == 0) text.append("        for j in range(2):\n            t = t + j\n");
            text.append("    t = t + ").append(i).append('\n');
        }
        text.append("    return t\n\nprint(f())\n");
        AtomicLong read = new AtomicLong();
        List<Chunk> chunks = InputAssembler.split(text.toString(), s -> {
            read.addAndGet(s.length());
            return REAL.test(s);
        });
        assertThat(chunks).hasSize(2);
        assertThat(read.get()).as("characters read for a text of %d", text.length()).isLessThan(2L * text.length());
    }

    @Test
    void groupingIsTheSameAsReadingTheWholeBlockAtEveryLine() {
        SplittableRandom rnd = new SplittableRandom(15);
        for (int round = 0; round < 3000; round++) {
            List<String> lines = randomLines(rnd);
            for (InputAssembler.Mode mode : InputAssembler.Mode.values()) {
                InputAssembler a = new InputAssembler(REAL, mode);
                List<Chunk> got = new ArrayList<>();
                for (String line : lines) got.addAll(a.feed(line));
                got.addAll(a.finish());
                assertThat(got).as("%s: %s", mode, lines).isEqualTo(reference(lines, mode));
            }
        }
    }

    @Test
    void blankLinesInBlocksAreKeptAsBeforeWithOneScan() {
        SplittableRandom rnd = new SplittableRandom(16);
        for (int round = 0; round < 3000; round++) {
            String text = String.join("\n", randomLines(rnd));
            assertThat(BlankLinesInBlocks.keepBlocksTogether(text)).as(text).isEqualTo(keepBlocksTogetherAsBefore(text));
        }
    }

    private static final String[] PIECES = {
        "x = 1", "if x:", "for i in range(3):", "def f(a):", "class C:", "while x < 3: x = x + 1", "else:", "return a",
        "# a comment", "", "   ", "y = (1,", "2)", "z = [", "]", "s = '''", "text'''", "t = \"\"\"doc", "\"\"\"", "w = 1 + \\",
        "2", ":vars", "@dec", "pass", "print('a')", "u = 'open", "x\t= 2", "v = {1: (2,", "3)}", "f(x); g(y)", "if x: y = 1",
    };
    private static final String[] INDENTS = {"", "", "    ", "    ", "        ", "            ", "  ", "\t", "    \t", "      "};

    private static List<String> randomLines(SplittableRandom rnd) {
        List<String> lines = new ArrayList<>();
        int n = 1 + rnd.nextInt(14);
        for (int i = 0; i < n; i++) lines.add(INDENTS[rnd.nextInt(INDENTS.length)] + PIECES[rnd.nextInt(PIECES.length)]);
        return lines;
    }

    /** InputAssembler.feed written the slow way: the whole pending text asked at every line. */
    private static List<Chunk> reference(List<String> lines, InputAssembler.Mode mode) {
        List<Chunk> done = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        int first = 0, number = 0;
        for (String line : lines) {
            number++;
            boolean over = buffer.length() > 0 && (mode == InputAssembler.Mode.TEXT
                    ? Completeness.insideStringOrBrackets(buffer.toString()) : Completeness.insideString(buffer.toString()));
            if (line.isBlank() && over) {
                buffer.append('\n').append(line);
                continue;
            }
            // a ':' line is a command unless it continues an open bracket or string (tester Y19)
            boolean command = line.stripLeading().startsWith(":") && (buffer.length() == 0 || !Completeness.insideStringOrBrackets(buffer.toString()));
            if (line.isBlank() || command) {
                if (buffer.length() > 0) done.add(new Chunk(buffer.append('\n').toString(), first));
                buffer.setLength(0);
                if (!line.isBlank()) done.add(new Chunk(line.strip(), number));
                continue;
            }
            // a new statement at the top level ends a block that waits only for its end (S8)
            if (buffer.length() > 0 && dev.adjoint.lang.PendingBlock.of(buffer.toString()) != null
                    && line.matches("[^\\s#].*") && !line.matches("(else|elif|except|finally)\\b.*")) {
                done.add(new Chunk(buffer.append('\n').toString(), first));
                buffer.setLength(0);
            }
            if (buffer.length() == 0) first = number;
            else buffer.append('\n');
            buffer.append(line);
            if (REAL.test(buffer.toString())) {
                done.add(new Chunk(buffer.toString(), first));
                buffer.setLength(0);
            }
        }
        if (buffer.length() > 0) done.add(new Chunk(buffer.append('\n').toString(), first));
        return done;
    }

    /** BlankLinesInBlocks's rule written the slow way: the text before each blank line scanned again. */
    private static String keepBlocksTogetherAsBefore(String cell) {
        String[] lines = cell.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            boolean indentedFollows = false;
            for (int j = i + 1; j < lines.length; j++) {
                if (lines[j].isBlank() || lines[j].stripLeading().startsWith("#")) continue; // skipped as Python's layout skips them
                indentedFollows = lines[j].charAt(0) == ' ' || lines[j].charAt(0) == '\t' || lines[j].matches("(else|elif|except|finally)\\b.*");
                break;
            }
            if (lines[i].isBlank() && out.length() > 0 && indentedFollows && !Completeness.insideString(out.toString())) out.append('#');
            else out.append(lines[i]);
        }
        return out.toString();
    }
}
