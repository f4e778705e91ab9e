package dev.adjoint.session;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Graph;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.session.report.BackwardReport;
import dev.adjoint.session.report.ChangedSince;
import dev.adjoint.session.report.CheckReport;
import dev.adjoint.session.report.ExtendedGraph;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.JacobianReport;
import dev.adjoint.session.report.ReplayReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import dev.adjoint.session.report.VarsReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions of {@link Session} about a graph: each checks that it can be answered (saying
 * precisely why not, at the word it is about), then builds its report.
 */
final class Inspector {
    private final Session session;

    Inspector(Session session) {
        this.session = session;
    }

    ForwardReport forward(Trace trace, Map<String, Double> direction, Arg at) {
        Map<TraceNode, Double> seed = new LinkedHashMap<>();
        for (TraceNode in : trace.inputs()) seed.put(in, 0.0);
        direction.forEach((name, value) -> seed.put(Targets.input(trace, name, at, " (a leaf that requires grad), so it cannot be seeded"), value));
        return session.answer(() -> ForwardReport.run(trace, seed));
    }

    /** :reverse --check replays the whole graph once per node; beyond this, that is hours. */
    static final int MAX_CHECKED_NODES = 5_000;

    ReverseReport reverse(Trace trace, boolean check) {
        if (check) requireScalar(trace.output(), "--check needs a y with one element that depends on an input (check a scalar of it, e.g. s = sum(" + trace.target() + "))");
        if (check && trace.nodes().size() > MAX_CHECKED_NODES) // a replay of the whole graph per node: quadratic
            throw new Refusal(String.format(java.util.Locale.ROOT, "--check replays the graph once per node; %s has %,d nodes, "
                    + "%,d replays of %,d nodes each, too many (up to %,d nodes are checked; :check %s checks the inputs only)",
                    trace.target(), trace.nodes().size(), trace.nodes().size(), trace.nodes().size(), MAX_CHECKED_NODES, trace.target()));
        if (check) refuseIfChanged(trace, ":reverse " + trace.target() + " --check");
        return session.answer(() -> {
            ReverseReport r = ReverseReport.run(trace, null);
            return check ? r.checked() : r;
        });
    }

    GradReport grad(Target target, List<Arg> wrt) {
        List<String> labels = new ArrayList<>();
        List<Tensor> inputs = new ArrayList<>();
        if (!wrt.isEmpty()) {
            for (Arg name : wrt) {
                Target x = session.target(name);
                if (!x.tensor().requiresGrad())
                    throw new LangError("'" + x.name() + "' does not require grad, so it has no gradient (make it an input: " + x.name() + " = tensor(" + x.name() + "))", name.span());
                labels.add(x.name());
                inputs.add(x.tensor());
            }
        }
        Trace trace = session.answer(() -> session.traceOf(target.name(), target.tensor(), Trace.Order.DEPTH, Trace.Numbering.CMU));
        for (int i = 0; i < wrt.size(); i++) requireInGraph(trace, wrt.get(i), inputs.get(i));
        if (wrt.isEmpty()) {
            for (TraceNode n : trace.inputs()) {
                labels.add(n.label());
                inputs.add(n.tensor());
            }
        }
        Tensor y = target.tensor();
        if (!y.requiresGrad())
            throw new Refusal("'" + target.name() + "' does not depend on any input that requires grad, so it has no gradient"
                    + " (or it was computed with :set grad off or inside no_grad())");
        if (y.value().size() != 1)
            throw new Refusal("'" + target.name() + "' has shape " + target.shape()
                    + "; :grad needs a one-element target (try :jacobian " + target.name() + ", or :backward " + target.name() + " v)");
        ChangedSince changed = session.answer(trace::changedSince);
        return session.answer(() -> GradReport.run(target.name(), y, labels, inputs, changed));
    }

    /** A 'wrt' input that y's graph does not contain is an error, as :jacobian's, rather than a silent 0. */
    private void requireInGraph(Trace trace, Arg name, Tensor input) {
        boolean rebound = false; // then the label "x1 (old)" in the hint says why
        for (TraceNode n : trace.nodes()) {
            if (n.tensor() == input) return;
            rebound |= name.text().equals(n.name());
        }
        String why = !rebound && session.lookup(name.text()) instanceof dev.adjoint.lang.TrackedNumber
                ? "; beside a tensor an input number enters as its value, a constant, as a Python number does in PyTorch" : "";
        throw new LangError(trace.target() + " does not depend on '" + name.text() + "'" + Targets.inputsHint(trace.inputs()) + why, name.span());
    }

    BackwardReport backward(Target target, Arg seedExpression) {
        Tensor seed = null;
        if (seedExpression != null) {
            Object v;
            try {
                v = session.valueOf(seedExpression.text());
            } catch (LangError e) {
                throw new LangError("in the seed: " + e.getMessage(), seedExpression.span());
            }
            seed = v instanceof String ? null : Values.asTensor(v); // a list literal is a seed too, as an array-like
            if (seed == null) throw new LangError("the seed must be a tensor, got " + Targets.describe(v), seedExpression.span());
        }
        Tensor y = target.tensor(), v = seed;
        session.answer(() -> {
            try {
                Autograd.backward(y, v, false);
            } catch (AutogradException e) {
                String hint = v == null && y.value().size() != 1
                        ? "; give the seed v of a vector-Jacobian product, e.g. :backward " + target.name() + " " + ones(y.shape()) : "";
                throw new Refusal(e.getMessage() + hint);
            }
            return null;
        });
        Trace trace = session.answer(() -> session.traceOf(target.name(), y, Trace.Order.DEPTH, Trace.Numbering.CMU));
        List<BackwardReport.Entry> entries = new ArrayList<>();
        for (TraceNode n : trace.inputs()) {
            Tensor g = n.tensor().grad();
            entries.add(new BackwardReport.Entry(n.label(), g == null ? null : g.value()));
        }
        return new BackwardReport(target.name(), List.copyOf(entries), session.answer(trace::changedSince));
    }

    /** A seed of ones written as a literal, for the hint: [1, 1] or [[1, 1], [1, 1]]. */
    private static String ones(int[] shape) {
        StringBuilder sb = new StringBuilder("1");
        for (int a = shape.length - 1; a >= 0; a--) {
            if (shape[a] > 4) return "v (a tensor of shape " + Shapes.str(shape) + ")";
            String item = sb.toString();
            sb.setLength(0);
            sb.append('[').append(String.join(", ", Collections.nCopies(shape[a], item))).append(']');
        }
        return sb.toString();
    }

    CheckReport check(Trace trace) {
        Tensor y = trace.output();
        if (!y.requiresGrad())
            throw new Refusal("'" + trace.target() + "' does not depend on any input that requires grad, so it has no gradient to check");
        if (y.value().size() != 1)
            throw new Refusal(":check needs a y with one element; " + trace.target() + " has shape " + Shapes.str(y.shape())
                    + " (check a scalar of it, e.g. s = sum(" + trace.target() + "), or see :jacobian)");
        refuseIfChanged(trace, ":check " + trace.target());
        return session.answer(() -> CheckReport.run(trace));
    }

    /**
     * Finite differences replay the graph from the inputs as they are now; after x.data = ... the
     * recorded values (which reverse mode uses) are from before, so the two would describe
     * different functions and their "agreement" would mean nothing.
     */
    private void refuseIfChanged(Trace trace, String again) {
        ChangedSince c = session.answer(trace::changedSince);
        if (!c.any()) return;
        throw new Refusal(c.whatChanged(trace.target()) + ":"
                + " " + trace.target() + "'s recorded values are from before, finite differences would start from the values now, so they cannot be compared;"
                + " run " + trace.target() + "'s assignment again, then " + again);
    }

    JacobianReport jacobian(Trace trace, List<Arg> wrt, JacobianReport.Mode mode) {
        List<TraceNode> inputs = new ArrayList<>();
        for (Arg name : wrt) {
            TraceNode in = Targets.input(trace, name.text(), name, " (a leaf that requires grad)");
            if (!inputs.contains(in)) inputs.add(in);
        }
        List<TraceNode> of = wrt.isEmpty() ? trace.inputs() : inputs;
        if (of.isEmpty())
            throw new Refusal("'" + trace.target() + "' depends on no input that requires grad, so its Jacobian is empty");
        return session.answer(() -> JacobianReport.compare(trace, of, mode));
    }

    ReplayReport replay(Trace trace, Map<Arg, Arg> values) {
        Map<TraceNode, NDArray> given = new LinkedHashMap<>();
        for (Map.Entry<Arg, Arg> e : values.entrySet()) {
            Arg name = e.getKey(), expr = e.getValue();
            TraceNode in = Targets.input(trace, name.text(), name, " (only leaves that require grad can be given)");
            NDArray v = arrayOf(expr);
            NDArray recorded = in.tensor().value();
            if (v.size() == 1 && recorded.size() == 1 && !v.sameShape(recorded)) v = v.reshape(in.tensor().shape());
            if (!v.sameShape(recorded))
                throw new LangError("the recorded graph has " + name.text() + " with shape " + Shapes.str(in.tensor().shape())
                        + ", got shape " + Shapes.str(v.shape()) + " (a static graph fixes every shape)", name.span());
            given.put(in, v);
        }
        List<String> statements = session.statementsBehind(trace);
        boolean control = statements.stream().anyMatch(History::hasControlFlow);
        return session.answer(() -> new ReplayReport(trace, given, statements, control));
    }

    /** A number or a tensor written in a request, as an array. */
    private NDArray arrayOf(Arg expr) {
        Object v;
        try {
            v = session.valueOf(expr.text());
        } catch (LangError e) {
            throw new LangError("in the value '" + expr.text() + "': " + e.getMessage(), expr.span());
        }
        Tensor t = v instanceof String ? null : Values.asTensor(v); // a number, a tracked number, a tensor or a list of numbers
        if (t != null) return t.value();
        throw new LangError("the value must be a number or a tensor, got " + Targets.describe(v), expr.span());
    }

    ExtendedGraph extendedGraph(Trace trace) {
        requireScalar(trace.output(), "the extended graph needs a y with one element that depends on an input");
        return session.answer(() -> ExtendedGraph.run(trace));
    }

    static VarsReport vars(Map<String, Object> bindings) {
        List<VarsReport.Var> vars = new ArrayList<>();
        for (Map.Entry<String, Object> e : bindings.entrySet()) {
            if (isDunder(e.getKey())) continue; // Python's own (a script's __file__), not what the user defined
            Object v = e.getValue();
            Tensor t = Targets.tensorOf(v);
            if (t == null) vars.add(new VarsReport.Var(e.getKey(), Targets.describe(v).replaceFirst("^an? ", ""), v, null, false, 0));
            else vars.add(new VarsReport.Var(e.getKey(), t.isLeaf() ? (t.requiresGrad() ? "input" : "const") : t.op().name(), v, t.value(),
                    t.requiresGrad(), Graph.topologicalOrder(t).size()));
        }
        return new VarsReport(List.copyOf(vars));
    }

    /** A name of Python's own, {@code __file__}, {@code __doc__}: two underscores on each side. */
    private static boolean isDunder(String name) {
        return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
    }

    private static void requireScalar(Tensor y, String message) {
        if (!y.requiresGrad() || y.value().size() != 1) throw new Refusal(message);
    }
}
