package dev.adjoint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's fuzzing in the test suite: 100,000 seeded inputs per run (generated programs and
 * commands, near-valid variants, random bytes), split over two threads with a session each. A
 * failure message carries the seed and the inputs of the session that led to it; turn it into a
 * file under src/test/resources/fuzz/regressions/ (see {@link RegressionsTest}) when fixing it.
 */
class FuzzTest {
    static final int INPUTS = 100_000;
    static final long[] SEEDS = {20240607L, 7L};

    @Test
    void aHundredThousandInputsEvaluateOrFailWithTheProjectsOwnError() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SEEDS.length, r -> new Thread(null, r, "fuzz", 512L << 20));
        try {
            List<Future<Fuzzer.Report>> runs = new ArrayList<>();
            for (long seed : SEEDS) {
                long[] count = {0};
                runs.add(pool.submit(() -> Fuzzer.run(seed, () -> count[0]++ >= INPUTS / SEEDS.length, 5, 2000)));
            }
            long total = 0;
            List<String> problems = new ArrayList<>();
            for (Future<Fuzzer.Report> f : runs) {
                Fuzzer.Report r = f.get();
                total += r.inputs() + r.skipped();
                System.err.println("fuzz: " + r.summary());
                for (FuzzHarness.Finding finding : r.findings())
                    problems.add("seed " + r.seed() + ": " + finding.what() + "\n  input: " + Regressions.escape(finding.input())
                            + "\n  session: " + Regressions.escape(String.join("\n\u241e", finding.history())));
            }
            assertThat(problems).isEmpty();
            assertThat(total).isGreaterThanOrEqualTo(INPUTS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Issue 15's classes: huge and endless inputs, devices and FIFOs as paths, torn and huge history files, deep nested values. */
    static final int HOSTILE_CASES = 40;

    @Test
    void hostileEnvironmentsEndAndFailOnlyWithTheProjectsOwnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        HostileFuzz fuzz = new HostileFuzz(SEEDS[0], dir);
        for (int i = 0; i < HOSTILE_CASES; i++) fuzz.next();
        System.err.println("fuzz: " + fuzz.cases() + " hostile cases, " + fuzz.findings().size() + " finding(s)");
        assertThat(fuzz.findings()).isEmpty();
    }
}
