package dev.adjoint.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * The fuzzing loop shared by the test suite ({@link FuzzTest}) and the on-demand campaign
 * ({@link FuzzCampaign}): a seeded mix of generated programs, near-valid variants of them and
 * random bytes, run through a {@link FuzzHarness}.
 */
final class Fuzzer {
    /** What a run did. */
    record Report(long seed, long inputs, long failures, long slow, long skipped, List<FuzzHarness.Finding> findings, long millis) {
        String summary() {
            return String.format("seed %d: %,d inputs (%,d failed with a proper error, %,d interrupted as too slow, %,d skipped), "
                    + "%d finding(s), %.1f s", seed, inputs, failures, slow, skipped, findings.size(), millis / 1000.0);
        }
    }

    /** Elements per tensor while fuzzing: small, so a generated program can never take much memory. */
    static final long MAX_ELEMENTS = 100_000;

    private Fuzzer() {}

    /** Runs inputs from {@code seed} until {@code stop} says so (checked every input); at most {@code maxFindings} kept. */
    static Report run(long seed, BooleanSupplier stop, int maxFindings, long deadlineMillis) {
        SplittableRandom rnd = new SplittableRandom(seed);
        ProgramGen gen = new ProgramGen(rnd);
        Mutator mut = new Mutator(rnd);
        List<FuzzHarness.Finding> findings = new ArrayList<>();
        long t0 = System.nanoTime();
        try (FuzzHarness h = new FuzzHarness(MAX_ELEMENTS, 200, deadlineMillis)) {
            while (!stop.getAsBoolean()) {
                String input = next(rnd, gen, mut);
                FuzzHarness.Finding f = h.check(input);
                if (f != null) {
                    findings.add(f);
                    if (findings.size() >= maxFindings) break;
                    h.newSession();
                }
            }
            return new Report(seed, h.inputs(), h.failures(), h.slow(), h.skipped(), findings, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** The mix: 45% generated, 30% near-valid, 25% random (bytes, characters, token soup). */
    static String next(SplittableRandom rnd, ProgramGen gen, Mutator mut) {
        int r = rnd.nextInt(100);
        if (r < 45) return gen.input();
        if (r < 75) {
            String s = mut.nearValid(gen.input());
            return rnd.nextInt(8) == 0 ? mut.nearValid(s) : s;
        }
        if (r < 83) return mut.randomBytes();
        if (r < 91) return mut.randomChars();
        return mut.tokenSoup();
    }
}
