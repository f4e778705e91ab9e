package dev.adjoint.session.report;

import dev.adjoint.autograd.DataChanges;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which recorded values no longer follow from the inputs: after {@code x.data = ...}, or an
 * in-place change outside the graph ({@code with no_grad(): w -= lr * w.grad}), the inputs hold
 * their new values while the ops keep what they computed before. Each op is computed again once
 * from its inputs as they are now; one that disagrees with its recorded value, and every node
 * after it, was recorded before the change. {@code changed} are the inputs of the ops that
 * disagree (their constants only where they have none): among them is the one that changed.
 * Only ops made before the last data change ({@link DataChanges}) are computed again, so a graph
 * built since costs one pass over its edges.
 */
public record ChangedSince(Set<TraceNode> stale, List<TraceNode> changed) {
    /** Nothing changed (a report made without looking). */
    public static final ChangedSince NONE = new ChangedSince(Set.of(), List.of());

    /** Recomputation is in floating point on the same kernels; this only absorbs a different summation order. */
    private static final double TOLERANCE = 1e-9;

    public static ChangedSince of(Trace trace) {
        Set<TraceNode> stale = new LinkedHashSet<>();
        Set<TraceNode> changed = new LinkedHashSet<>();
        Map<Tensor, TraceNode> staleTensors = new IdentityHashMap<>();
        int i = 0;
        for (TraceNode n : trace.nodes()) {
            ComputationInterrupted.pollEvery(++i);
            Tensor t = n.tensor();
            if (t.isLeaf()) continue;
            boolean after = false;
            for (int k = 0; k < t.inputCount() && !after && !staleTensors.isEmpty(); k++) after = staleTensors.containsKey(t.input(k));
            // a node made after the last data change was computed from its inputs as they are now
            if (!after && DataChanges.after(t.seq()) && t.dtype().isFloating() && disagrees(t)) {
                after = true;
                boolean inputs = false; // an input (a leaf that requires grad) rather than a constant, when there is one
                for (int k = 0; k < t.inputCount(); k++) inputs |= t.input(k).isLeaf() && t.input(k).requiresGrad();
                for (int k = 0; k < t.inputCount(); k++)
                    if (t.input(k).isLeaf() && (t.input(k).requiresGrad() || !inputs)) changed.add(trace.node(t.input(k)));
            }
            if (after) {
                stale.add(n);
                staleTensors.put(t, n);
            }
        }
        return new ChangedSince(Collections.unmodifiableSet(stale), List.copyOf(new ArrayList<>(changed)));
    }

    public boolean any() {
        return !stale.isEmpty();
    }

    /** The labels of {@link #changed}, as the tables show them. */
    public List<String> changedLabels() {
        return changed.stream().map(TraceNode::label).toList();
    }

    /** What happened, for the note under a table and for the commands that refuse: "x changed after u was computed (...)". */
    public String whatChanged(String target) {
        List<String> names = changedLabels();
        String who = names.isEmpty() ? "an input" : names.size() == 1 ? names.get(0) : "one of " + String.join(", ", names);
        return who + " changed after " + target + " was computed (x.data = ..., or an in-place change under no_grad)";
    }

    private static boolean disagrees(Tensor t) {
        NDArray[] ins = new NDArray[t.inputCount()];
        for (int k = 0; k < ins.length; k++) ins[k] = t.input(k).value();
        NDArray now;
        try {
            now = t.op().compute(ins);
        } catch (UnsupportedOperationException e) {
            return false; // an op that cannot be computed again (none of ours): nothing can be said
        } catch (RuntimeException e) {
            return true; // the inputs no longer fit the op (a new shape): certainly changed
        }
        NDArray then = t.value();
        if (!now.sameShape(then)) return true;
        double[] a = now.toArray(), b = then.toArray();
        double scale = 1;
        for (double v : b) if (Double.isFinite(v)) scale = Math.max(scale, Math.abs(v));
        for (int j = 0; j < a.length; j++) {
            if (Double.compare(a[j], b[j]) == 0) continue;
            if (!(Math.abs(a[j] - b[j]) <= TOLERANCE * scale)) return true;
        }
        return false;
    }
}
