package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The command lines read without picocli are read exactly as picocli reads them; the rest are left to picocli. */
class PlainArgumentsTest {
    /** Words that make picocli do something else than plain reading, beside plain ones. */
    private static final List<String> WORDS = List.of("-e", "-e", ":quit", "x = 1", "lecture.adj", "a b", "--", "-",
            "-x", "--no-color", "--precision", "3", "17", "18", "07", "-ex", "-e=1", "@args", "x@y", "", "--help", "-h", "FILE", "-c", "-c", "-i", "-i", "-ic");

    private static Main fresh() {
        return new Main(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream(), false);
    }

    /** What the command line set, as one comparable text. */
    private static String fields(Main m) {
        return "file=" + m.file + " args=" + m.scriptArguments + " e=" + m.statements + " noColor=" + m.noColor
                + " precision=" + m.precision + " format=" + m.format + " ascii=" + m.ascii + " max=" + m.maxElements
                + " timeout=" + m.timeout + " kernel=" + m.kernel + " install=" + m.installKernel + " c=" + m.command + " i=" + m.inspect;
    }

    @Test
    void everyLineReadWithoutPicocliIsReadAsPicocliReadsIt() {
        Random random = new Random(16);
        int plain = 0;
        for (int n = 0; n < 3000; n++) {
            List<String> words = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) words.add(WORDS.get(random.nextInt(WORDS.size())));
            String[] args = words.toArray(String[]::new);
            Main fast = fresh();
            if (!PlainArguments.read(args, fast)) {
                assertThat(fields(fast)).as("a refused line sets nothing: %s", words).isEqualTo(fields(fresh()));
                continue;
            }
            plain++;
            Main parsed = fresh();
            Integer answered = CommandLineOptions.parse(args, parsed, new ByteArrayOutputStream(), new ByteArrayOutputStream());
            assertThat(answered).as("picocli runs %s", words).isNull();
            assertThat(fields(fast)).as("%s", words).isEqualTo(fields(parsed));
        }
        assertThat(plain).as("lines read without picocli").isGreaterThan(300);
    }

    @Test
    void theCommonLinesNeedNoPicocli() {
        for (String[] args : new String[][] {{"lecture.adj"}, {"-e", ":quit"}, {"-e", "x = 2", "-e", ":grad y", "run.py", "--x", "-e"},
                {"-c", "print(1)", "a", "-e", "--x"}, {"-i", "train.py"}, {"-i", "-e", "x = 1", "-c", "print(x)"},
                {"--no-color", "lecture.adj"}, {"--precision", "6", "mnist_epoch.adj"}, {"-e", "x = 1", "--precision", "17", "--no-color", "-e", "x"}})
            assertThat(PlainArguments.read(args, fresh())).as(String.join(" ", args)).isTrue();
        for (String[] args : new String[][] {{"-e"}, {"-e", "-1"}, {"-e", "@file"}, {"--help"}, {"--no-color", "--no-color", "f.adj"},
                {"--precision", "18", "f.adj"}, {"--precision", "x", "f.adj"}, {"--precision", "3", "--precision", "4"}, {"--precision", "+3"}})
            assertThat(PlainArguments.read(args, fresh())).as(String.join(" ", args)).isFalse();
    }
}
