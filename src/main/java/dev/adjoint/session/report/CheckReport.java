package dev.adjoint.session.report;

import java.util.List;
import java.util.Set;

/** :check's answer: every input's gradient from reverse mode against central finite differences. */
public record CheckReport(Trace trace, List<FiniteDifferences.Result> results) {
    /** Elements checked per tensor: all of a small one, evenly spaced ones of a large one. */
    public static final int MAX_ELEMENTS = 32;
    /** Ops whose derivative jumps: central differences straddle the jump and disagree there. */
    private static final Set<String> KINKS = Set.of("relu", "abs", "max");

    /** Runs reverse mode once and checks each input of a one-element output. */
    public static CheckReport run(Trace trace) {
        return new CheckReport(trace, FiniteDifferences.inputs(ReverseReport.run(trace, null), MAX_ELEMENTS));
    }

    public String target() {
        return trace.target();
    }

    /** Elements that failed, over every input. */
    public int failures() {
        int f = 0;
        for (FiniteDifferences.Result r : results) f += r.failures();
        return f;
    }

    /** Elements checked, over every input. */
    public int checked() {
        int n = 0;
        for (FiniteDifferences.Result r : results) n += r.checked().size();
        return n;
    }

    public boolean ok() {
        return failures() == 0;
    }

    /** Whether the graph has an op with a kink (relu, abs, max), where central differences are unreliable. */
    public boolean hasKinks() {
        return trace.nodes().stream().anyMatch(n -> KINKS.contains(n.op()));
    }
}
