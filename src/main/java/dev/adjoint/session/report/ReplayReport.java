package dev.adjoint.session.report;

import dev.adjoint.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * :replay's answer: the recorded graph evaluated again with new values for some inputs (the
 * static-graph view), every node's recorded and replayed value, how many ops ran again, and the
 * statements define-by-run would run instead (the inputs that created the graph's nodes).
 */
public final class ReplayReport {
    private final Trace trace;
    private final Map<TraceNode, NDArray> given;
    private final Replay replay;
    private final NDArray[] values;
    private final List<String> statements;
    private final boolean controlFlow;

    /** Replays {@code trace} with the given inputs' values; statements are those that built it, controlFlow whether they branch or loop. */
    public ReplayReport(Trace trace, Map<TraceNode, NDArray> given, List<String> statements, boolean controlFlow) {
        this.trace = trace;
        this.given = new LinkedHashMap<>(given);
        this.replay = new Replay(trace);
        this.values = replay.run(given);
        this.statements = List.copyOf(statements);
        this.controlFlow = controlFlow;
    }

    public Trace trace() {
        return trace;
    }

    public String target() {
        return trace.target();
    }

    /** The inputs given new values, in the order they were given. */
    public Map<TraceNode, NDArray> given() {
        return given;
    }

    /** A node's value in the replay (the recorded one where nothing it depends on changed). */
    public NDArray replayed(TraceNode n) {
        return values[replay.indexOf(n)];
    }

    /** Whether the replay gave this node a new value (it was given one, or recomputed from one). */
    public boolean changed(TraceNode n) {
        return replay.changed(n);
    }

    public NDArray output() {
        return replayed(trace.outputNode());
    }

    /** How many ops were evaluated again. */
    public long evaluations() {
        return replay.evaluations();
    }

    public List<String> statements() {
        return statements;
    }

    /** Whether those statements branch or loop, so that define-by-run could record another graph. */
    public boolean controlFlow() {
        return controlFlow;
    }
}
