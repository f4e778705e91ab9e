package dev.adjoint.session.report;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-evaluates a recorded graph at new values: the static-graph view of a define-by-run trace.
 * Nodes are recomputed with their op's {@code compute} in trace order, from new values for any
 * nodes (usually the inputs, but an inner node can be pinned too, as finite differences per node
 * do); nodes that depend on nothing changed keep their recorded values and cost nothing. The
 * graph itself is not touched, and no new graph is recorded.
 */
public final class Replay {
    private final Trace trace;
    private final Map<Tensor, Integer> index = new IdentityHashMap<>();
    private long evaluations;
    private boolean[] changed = new boolean[0]; // of the last run

    public Replay(Trace trace) {
        this.trace = trace;
        List<TraceNode> nodes = trace.nodes();
        for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i).tensor(), i);
    }

    public Trace trace() {
        return trace;
    }

    /**
     * Every node's value, in trace order, with the given nodes' values replaced; a replaced value
     * must have the node's shape (the recorded graph fixed every shape).
     */
    public NDArray[] run(Map<TraceNode, NDArray> replaced) {
        List<TraceNode> nodes = trace.nodes();
        NDArray[] values = new NDArray[nodes.size()];
        boolean[] changed = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            TraceNode n = nodes.get(i);
            Tensor t = n.tensor();
            NDArray given = replaced.get(n);
            if (given != null) {
                if (!given.sameShape(t.value()))
                    throw new IllegalArgumentException("a value of shape " + Shapes.str(given.shape()) + " for " + n.id()
                            + ", which has shape " + Shapes.str(t.shape()) + " in the recorded graph");
                values[i] = given;
                changed[i] = true;
                continue;
            }
            boolean dirty = false;
            NDArray[] ins = new NDArray[t.inputCount()];
            for (int k = 0; k < ins.length; k++) {
                int j = index.get(t.input(k));
                ins[k] = values[j];
                dirty |= changed[j];
            }
            if (dirty) {
                values[i] = t.op().compute(ins);
                evaluations++;
                changed[i] = true;
            } else {
                values[i] = t.value();
            }
        }
        this.changed = changed;
        return values;
    }

    /** Whether the last {@link #run} gave this node a new value (given, or recomputed from one). */
    public boolean changed(TraceNode n) {
        int i = indexOf(n);
        return i < changed.length && changed[i];
    }

    /** The output's value with the given nodes' values replaced. */
    public NDArray output(Map<TraceNode, NDArray> replaced) {
        NDArray[] all = run(replaced);
        return all[index.get(trace.output())];
    }

    /** The position of a node in the trace (and in the arrays {@link #run} returns). */
    public int indexOf(TraceNode n) {
        return index.get(n.tensor());
    }

    /** How many op evaluations the replays so far have cost. */
    public long evaluations() {
        return evaluations;
    }
}
