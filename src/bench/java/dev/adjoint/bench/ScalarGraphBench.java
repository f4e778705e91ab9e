package dev.adjoint.bench;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The scalar-graph benchmark of shared/bench/scalar_graph.py, on this engine: about N scalar ops
 * (x = x·a + sin(x)·b, and x = exp(x·0.01) every 8th step), build then backward.
 *
 * <p>Usage: {@code ScalarGraphBench [N] [RUNS]} (defaults 1,000,000 and 5). The first run is the
 * JVM's first (cold: the engine's code still interpreted or being compiled, the heap at its initial
 * size) and is printed as {@code cold}; then RUNS measured runs, one line each, and a last line with
 * their medians (warm), in the format of the Python script so scripts/bench can compare them.
 *
 * <p>Time: the build and the backward pass run back to back, as a user's script runs them, so the
 * young-generation collections that the growing graph causes fall inside the timing.
 *
 * <p>Memory: bytes per node = (heap used after the backward pass, after a full GC, with the graph
 * still reachable) − (heap used after a full GC before building), divided by the op-node count. It
 * counts what the graph retains (nodes, values, input arrays, the 0.01 constants), not garbage
 * made while building. Both measurements come from {@link MemoryMXBean} after {@link System#gc()}
 * (a full, stop-the-world collection), outside the timings.
 *
 * <p>Time: with the JVM's default heap settings most of the build is young-generation GC copying
 * the ever-growing live graph (every node survives, against the generational hypothesis); with a
 * young generation large enough for the graph ({@code -Xmn1g}) or the parallel collector the
 * build of 10^6 nodes takes about 15 ms. scripts/bench passes {@code BENCH_JAVA_OPTS} through.
 */
public final class ScalarGraphBench {
    /** dy/da for N = 10^6, from the reference implementations (shared/bench/README.md). */
    static final double EXPECTED_GRAD_1M = 0.06736742473;

    record Result(double buildS, double backwardS, double cpuS, double gradA, long nodes, double bytesPerNode) {
        double totalS() { return buildS + backwardS; }
    }

    private ScalarGraphBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Locale.setDefault(Locale.ROOT);
        System.out.println(line("cold", n, run(n))); // the JVM's first: JIT compilation and heap sizing happen in it
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Result r = run(n);
            results.add(r);
            System.out.println(line("run" + (i + 1), n, r));
        }
        Result med = new Result(median(results, Result::buildS), median(results, Result::backwardS), median(results, Result::cpuS), results.get(0).gradA(),
                results.get(0).nodes(), median(results, Result::bytesPerNode));
        System.out.println(line("java", n, med) + String.format(" total_median_s=%.3f", median(results, Result::totalS)));
        if (n == 1_000_000) {
            boolean ok = String.format("%.10g", med.gradA()).equals(String.format("%.10g", EXPECTED_GRAD_1M));
            System.out.println("dy/da " + String.format("%.10g", med.gradA()) + (ok ? " matches " : " DOES NOT MATCH ")
                    + String.format("%.10g", EXPECTED_GRAD_1M));
            if (!ok) System.exit(1);
        }
    }

    static String line(String kind, int n, Result r) {
        return String.format("%s N=%d nodes=%d build_s=%.3f backward_s=%.3f total_s=%.3f cpu_s=%.3f grad=%.10g bytes_per_node=%.1f",
                kind, n, r.nodes(), r.buildS(), r.backwardS(), r.totalS(), r.cpuS(), r.gradA(), r.bytesPerNode());
    }

    static Result run(int n) {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(mem);
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        Tensor x0 = Tensor.leaf(NDArray.scalar(0.5), true);
        Tensor a = Tensor.leaf(NDArray.scalar(0.9), true);
        Tensor b = Tensor.leaf(NDArray.scalar(0.1), true);
        Tensor x = x0;
        long nodes = 0;
        for (int i = 0; i < n / 4; i++) {
            x = Ops.add(Ops.mul(x, a), Ops.mul(Ops.sin(x), b));
            nodes += 4;
            if (i % 8 == 7) {
                x = Ops.exp(Ops.mul(x, Tensor.constant(0.01)));
                nodes += 2;
            }
        }
        long t1 = System.nanoTime();
        x.backward();
        long t2 = System.nanoTime();
        long c2 = processCpuNanos();
        double g = a.grad().item();
        long after = usedAfterGc(mem);
        if (x.item() != x.item()) throw new AssertionError("NaN"); // keeps the graph reachable until here
        return new Result((t1 - t0) / 1e9, (t2 - t1) / 1e9, (c2 - c0) / 1e9, g, nodes, (after - before) / (double) nodes);
    }

    /**
     * CPU time of the whole process (every thread: this one, the collector's, the JIT's), which a
     * loaded machine moves far less than the wall clock; the measuring full GCs are outside it.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 3; i++) System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }

    private interface Field {
        double of(Result r);
    }

    private static double median(List<Result> rs, Field f) {
        List<Double> v = new ArrayList<>();
        for (Result r : rs) v.add(f.of(r));
        Collections.sort(v);
        int m = v.size() / 2;
        return v.size() % 2 == 1 ? v.get(m) : (v.get(m - 1) + v.get(m)) / 2;
    }
}
