package dev.adjoint.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The longer campaign of issue 7, run by {@code scripts/fuzz [MINUTES] [SEED]}: the generator of
 * {@link FuzzTest} for as long as asked, one seed after another (SEED, SEED+1, ...), on as many
 * threads as there are cores. Every finding is shrunk (earlier inputs of its session dropped while
 * it still fails the same way) and written to src/test/resources/fuzz/regressions/, which
 * {@link RegressionsTest} replays in every build.
 */
public final class FuzzCampaign {
    private FuzzCampaign() {}

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis() % 1_000_000;
        Path out = args.length > 2 ? Path.of(args[2]) : Regressions.DIR;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        long end = System.currentTimeMillis() + (long) (minutes * 60_000);
        System.out.printf("fuzzing for %.1f min on %d thread(s) from seed %d; findings go to %s%n", minutes, threads, seed, out);
        List<Thread> workers = new ArrayList<>();
        long[] totals = new long[4];
        int[] found = {0};
        java.util.Set<String> kinds = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int w = 0; w < threads; w++) {
            int worker = w;
            Thread t = new Thread(null, () -> {
                for (long s = seed + worker; System.currentTimeMillis() < end; s += threads) {
                    long[] count = {0};
                    // one seed is 20,000 inputs (about as many as a CI run gives each thread), then the next
                    Fuzzer.Report r = Fuzzer.run(s, () -> count[0]++ >= 20_000 || System.currentTimeMillis() >= end, 3, 5000);
                    synchronized (totals) {
                        totals[0] += r.inputs();
                        totals[1] += r.failures();
                        totals[2] += r.slow();
                        totals[3] += r.skipped();
                    }
                    System.out.println(r.summary());
                    for (FuzzHarness.Finding f : r.findings()) {
                        if (!kinds.add(signature(f.what()))) continue; // one file per kind of finding
                        try {
                            List<String> inputs = shrink(f);
                            Path file;
                            synchronized (found) {
                                file = Regressions.write(out, "seed" + r.seed() + "-" + (++found[0]), f.what(), r.seed(), inputs);
                            }
                            System.out.println("FINDING: " + f.what().lines().findFirst().orElse("") + "\n  input: "
                                    + Regressions.escape(f.input()) + "\n  written to " + file + " (" + inputs.size() + " input(s))");
                        } catch (IOException e) {
                            System.out.println("FINDING (not written: " + e + "): " + f.what() + "\n  input: " + Regressions.escape(f.input()));
                        }
                    }
                }
            }, "fuzz-" + w, 512L << 20);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) t.join();
        found[0] += hostile(seed, Math.max(1, (long) (minutes * 60_000 / 10))); // a tenth of the time for issue 15's classes
        double mins = Math.max(minutes, 1e-9);
        System.out.printf("total: %,d inputs in %.1f min (%,.0f inputs/min), %,d failed properly, %,d interrupted as slow, %,d skipped, %d finding(s)%n",
                totals[0], minutes, totals[0] / mins, totals[1], totals[2], totals[3], found[0]);
        System.exit(found[0] == 0 ? 0 : 1);
    }

    /**
     * Issue 15's classes ({@link HostileFuzz}: huge and endless inputs, devices and FIFOs as paths,
     * torn and huge history files, deep nested values) for {@code millis}; prints each finding; returns how many.
     */
    static int hostile(long seed, long millis) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("adjoint-hostile");
        HostileFuzz fuzz = new HostileFuzz(seed, dir);
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) fuzz.next();
        for (HostileFuzz.Finding f : fuzz.findings())
            System.out.println("FINDING (" + f.kind() + "): " + f.what() + "\n  input: " + f.input());
        System.out.printf("hostile: %,d cases, %d finding(s) (seed %d; scratch files in %s)%n", fuzz.cases(), fuzz.findings().size(), seed, dir);
        return fuzz.findings().size();
    }

    /** The session's inputs after the prelude, with as many earlier ones dropped as still reproduce the finding. */
    static List<String> shrink(FuzzHarness.Finding f) {
        List<String> inputs = new ArrayList<>(f.history().subList(1, f.history().size())); // [0] is the prelude
        String kind = kind(f.what());
        if (!reproduces(inputs, kind)) return inputs; // depends on timing or luck: keep everything
        // drop chunks of the earlier inputs, halving the chunk size (a light delta debugging)
        for (int chunk = Math.max(1, (inputs.size() - 1) / 2); chunk >= 1; chunk /= 2) {
            for (int i = 0; i + chunk < inputs.size(); ) {
                List<String> fewer = new ArrayList<>(inputs.subList(0, i));
                fewer.addAll(inputs.subList(i + chunk, inputs.size()));
                if (reproduces(fewer, kind)) inputs = fewer;
                else i += chunk;
            }
        }
        return inputs;
    }

    /** A finding's kind, for deduplication: its message without numbers, names and quoted text. */
    static String signature(String what) {
        String s = what.replaceAll("'[^']*'", "Q").replaceAll("[0-9]+", "N").replaceAll("variables: \\S+ changed", "variables: X changed");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private static String kind(String what) {
        return what.length() > 40 ? what.substring(0, 40) : what;
    }

    private static boolean reproduces(List<String> inputs, String kind) {
        try (FuzzHarness h = new FuzzHarness(Fuzzer.MAX_ELEMENTS, Integer.MAX_VALUE, 5000)) {
            for (int i = 0; i < inputs.size(); i++) {
                FuzzHarness.Finding f = h.check(inputs.get(i));
                if (f != null) return i == inputs.size() - 1 && kind(f.what()).equals(kind);
            }
            return false;
        }
    }
}
