package dev.adjoint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Replays every input that once broke the fuzzing property (src/test/resources/fuzz/regressions). */
class RegressionsTest {
    @Test
    void everyRecordedInputNowHoldsTheProperty() throws IOException {
        List<Path> files;
        assertThat(Regressions.DIR).as("run from the project root").isDirectory();
        try (Stream<Path> s = Files.list(Regressions.DIR)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try (FuzzHarness h = new FuzzHarness(Fuzzer.MAX_ELEMENTS, Integer.MAX_VALUE, 10_000)) {
                for (String input : Regressions.read(file)) {
                    FuzzHarness.Finding f = h.check(input);
                    if (f != null) problems.add(file.getFileName() + ": " + f.what() + " <- " + Regressions.escape(input));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(files).isNotEmpty();
    }

    @Test
    void escapingRoundTrips() {
        String nasty = "a\nb\tc\\d\u0000\ud800\ud83d\ude00λ\r\"'";
        assertThat(Regressions.unescape(Regressions.escape(nasty))).isEqualTo(nasty);
        assertThat(Regressions.escape(nasty)).doesNotContain("\n");
    }
}
