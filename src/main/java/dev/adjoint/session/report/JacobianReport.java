package dev.adjoint.session.report;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jacobian ∂y/∂(x1, x2, ...) built the two ways AD can: column by column from forward passes
 * (one per input element, seeded with a unit tangent) or row by row from reverse passes (one per
 * output element, seeded with a unit adjoint), counting the passes and the local derivative rules
 * each applies: a forward pass applies one jvp term per edge whose source has a nonzero tangent,
 * a reverse pass one vjp term per edge that carries an adjoint. With n inputs and one output,
 * forward mode needs n passes and reverse mode one.
 */
public final class JacobianReport {
    public enum Mode { FORWARD, REVERSE }

    /** One pass: which element was seeded, and the number of local rules (edge terms) it applied. */
    public record Pass(String seed, long rules) {}

    /** What the other mode would cost: its passes and rules, run, or estimated from one pass when there are too many. */
    public record Cost(Mode mode, long passes, long rules, boolean estimated) {}

    /** The other mode is run for the comparison only up to this many passes (else estimated from one pass). */
    private static final int COMPARE_LIMIT = 2000;

    private final Trace trace;
    private final List<TraceNode> wrt;
    private final Mode mode;
    private final double[][] jacobian; // rows: elements of y; columns: the elements of wrt, one after another
    private final List<Pass> passes;
    private Cost other; // set by compare
    private boolean modeChosen;

    private JacobianReport(Trace trace, List<TraceNode> wrt, Mode mode, double[][] jacobian, List<Pass> passes) {
        this.trace = trace;
        this.wrt = wrt;
        this.mode = mode;
        this.jacobian = jacobian;
        this.passes = passes;
    }

    /**
     * The Jacobian by {@code mode} (reverse when null), with the cost of the other mode beside it:
     * both are run when the other needs at most {@value #COMPARE_LIMIT} passes.
     */
    public static JacobianReport compare(Trace trace, List<TraceNode> wrt, Mode mode) {
        JacobianReport r = run(trace, wrt, mode == null ? Mode.REVERSE : mode);
        r.modeChosen = mode != null;
        Mode otherMode = r.mode == Mode.FORWARD ? Mode.REVERSE : Mode.FORWARD;
        int passes = otherMode == Mode.FORWARD ? r.columns().size() : r.rows().size();
        if (passes <= COMPARE_LIMIT) {
            r.other = new Cost(otherMode, passes, run(trace, wrt, otherMode).rules(), false);
        } else { // one pass of it, times the number of passes
            JacobianReport one = run(trace, otherMode == Mode.FORWARD ? List.of(wrt.get(0)) : wrt, otherMode);
            r.other = new Cost(otherMode, passes, (one.passes.isEmpty() ? 0 : one.passes.get(0).rules()) * passes, true);
        }
        return r;
    }

    /** The other mode's cost (after {@link #compare}; null after {@link #run}). */
    public Cost other() {
        return other;
    }

    /** Whether the mode was asked for (then the passes are listed one by one). */
    public boolean modeChosen() {
        return modeChosen;
    }

    public static JacobianReport run(Trace trace, List<TraceNode> wrt, Mode mode) {
        Tensor y = trace.output();
        int rows = y.value().size();
        int cols = 0;
        for (TraceNode x : wrt) cols += x.tensor().value().size();
        Limits.check(Limits.elements(rows, cols), "(" + rows + ", " + cols + ")"); // before the first pass
        double[][] j = new double[rows][cols];
        List<Pass> passes = new ArrayList<>();
        if (mode == Mode.FORWARD) {
            int col = 0;
            for (TraceNode x : wrt) {
                Tensor xt = x.tensor();
                int n = xt.value().size();
                for (int e = 0; e < n; e++, col++) {
                    double[] unit = new double[n];
                    unit[e] = 1;
                    Map<Tensor, Tensor> seed = new IdentityHashMap<>();
                    seed.put(xt, Tensor.constant(NDArray.of(unit, xt.shape())));
                    Map<Tensor, Tensor> tan = Autograd.tangents(y, seed);
                    Tensor ty = tan.get(y);
                    if (ty != null) {
                        double[] v = ty.value().toArray();
                        for (int r = 0; r < rows; r++) j[r][col] = v[r];
                    }
                    passes.add(new Pass(label(x) + element(xt, e), forwardTerms(trace, tan)));
                }
            }
        } else {
            for (int r = 0; r < rows; r++) {
                double[] unit = new double[rows];
                unit[r] = 1;
                long[] edges = {0};
                Map<Tensor, Tensor> adj = y.requiresGrad()
                        ? Autograd.adjoints(y, Tensor.constant(NDArray.of(unit, y.shape())), false, true, (from, to, i, p) -> edges[0]++)
                        : Map.of();
                int col = 0;
                for (TraceNode x : wrt) {
                    Tensor g = adj.get(x.tensor());
                    int n = x.tensor().value().size();
                    if (g != null) {
                        double[] v = g.value().toArray();
                        for (int e = 0; e < n; e++) j[r][col + e] = v[e];
                    }
                    col += n;
                }
                passes.add(new Pass(trace.target() + element(y, r), edges[0]));
            }
        }
        return new JacobianReport(trace, List.copyOf(wrt), mode, j, List.copyOf(passes));
    }

    /** Edge terms of one forward pass: each edge whose source carries a tangent. */
    private static long forwardTerms(Trace trace, Map<Tensor, Tensor> tan) {
        long terms = 0;
        for (TraceNode n : trace.nodes())
            for (Tensor in : n.tensor().inputs()) if (tan.containsKey(in)) terms++;
        return terms;
    }

    static String label(TraceNode n) {
        return n.label();
    }

    /** "" for a one-element tensor, else "[i, j]". */
    public static String element(Tensor t, int flat) {
        if (t.value().size() == 1 && t.ndim() == 0) return "";
        int[] shape = t.shape();
        int[] idx = FiniteDifferences.unravel(flat, shape);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < idx.length; i++) sb.append(i > 0 ? ", " : "").append(idx[i]);
        return sb.append(']').toString();
    }

    public Trace trace() {
        return trace;
    }

    public List<TraceNode> wrt() {
        return wrt;
    }

    public Mode mode() {
        return mode;
    }

    /** rows × columns: one row per element of y, one column per element of the inputs. */
    public double[][] jacobian() {
        return jacobian;
    }

    public List<Pass> passes() {
        return passes;
    }

    public long rules() {
        long s = 0;
        for (Pass p : passes) s += p.rules();
        return s;
    }

    /** Primal evaluations: the ops of the trace, evaluated once before any pass. */
    public long primalOps() {
        long n = 0;
        for (TraceNode t : trace.nodes()) if (!t.tensor().isLeaf()) n++;
        return n;
    }

    /** Column labels: x1, or W[0, 1] for each element of a tensor input. */
    public List<String> columns() {
        List<String> c = new ArrayList<>();
        for (TraceNode x : wrt) for (int e = 0; e < x.tensor().value().size(); e++) c.add(label(x) + element(x.tensor(), e));
        return c;
    }

    public List<String> rows() {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < trace.output().value().size(); i++) r.add(trace.target() + element(trace.output(), i));
        return r;
    }
}
