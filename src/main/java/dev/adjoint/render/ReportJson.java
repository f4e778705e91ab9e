package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.render.graph.GraphModel;
import dev.adjoint.session.report.BackwardReport;
import dev.adjoint.session.report.ChangedSince;
import dev.adjoint.session.report.CheckReport;
import dev.adjoint.session.report.Edge;
import dev.adjoint.session.report.FiniteDifferences;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.JacobianReport;
import dev.adjoint.session.report.ReplayReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import dev.adjoint.session.report.VarsReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The JSON of SPEC section 3: the stable interface for scripts and graders. One line per report. */
public final class ReportJson {
    private ReportJson() {}

    private static Map<String, Object> head(Trace t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", t.target());
        m.put("order", t.order() == Trace.Order.DEPTH ? "depth" : "creation");
        m.put("output", t.outputNode().id());
        changed(m, t.changedSince());
        return m;
    }

    /** After x.data = ...: the inputs that changed since the report's target was computed (the nodes say which values are from before). */
    private static void changed(Map<String, Object> m, ChangedSince c) {
        if (c.any()) m.put("changed_since_computed", c.changedLabels());
    }

    private static List<Object> nodes(Trace t, String extraKey, Function<TraceNode, NDArray> extra) {
        List<Object> list = new ArrayList<>();
        for (TraceNode n : t.nodes()) {
            dev.adjoint.ndarray.ComputationInterrupted.pollEvery(list.size());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id());
            m.put("op", n.op());
            if (n.name() != null) m.put("name", n.name());
            if (n.rebound()) m.put("rebound", true); // the variable holds another value now
            if (t.changedSince().stale().contains(n)) m.put("recorded_before_change", true);
            m.put("inputs", n.inputIds());
            m.put("shape", n.tensor().shape());
            m.put("value", n.tensor().value());
            if (extraKey != null) m.put(extraKey, extra.apply(n));
            list.add(m);
        }
        return list;
    }

    public static String trace(Trace t) {
        Map<String, Object> m = head(t);
        m.put("nodes", nodes(t, null, null));
        return Json.write(m);
    }

    public static String forward(ForwardReport r) {
        Map<String, Object> m = head(r.trace());
        Map<String, Object> wrt = new LinkedHashMap<>();
        r.seed().forEach((n, v) -> wrt.put(n.name() != null ? n.name() : n.id(), v));
        m.put("wrt", wrt);
        m.put("nodes", nodes(r.trace(), "tangent", r::tangent));
        m.put("output_tangent", r.outputTangent());
        return Json.write(m);
    }

    public static String reverse(ReverseReport r) {
        Map<String, Object> m = head(r.trace());
        m.put("nodes", nodes(r.trace(), "adjoint", r::adjoint));
        List<Object> edges = new ArrayList<>();
        for (Edge e : r.edges()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("from", e.from().id());
            em.put("to", e.to().id());
            em.put("partial_adjoint", e.partialAdjoint().value());
            if (e.broadcastAxes().length > 0) em.put("summed_axes", e.broadcastAxes());
            edges.add(em);
        }
        m.put("edges", edges);
        return Json.write(m);
    }

    public static String grad(GradReport g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", g.target());
        m.put("value", g.output().value());
        Map<String, Object> grads = new LinkedHashMap<>();
        for (GradReport.Entry e : g.entries()) grads.put(e.label(), e.grad());
        m.put("grad", grads);
        changed(m, g.changed());
        return Json.write(m);
    }

    /**
     * :graph as data: every node (constants too) with its id, op, variable name, kind (input, constant,
     * op, output, gradient), layer (longest distance from the inputs, the drawing's rows), inputs,
     * shape and value, its adjoint when y is a scalar with inputs, and for a gradient node of
     * --adjoints the adjoints it is; every edge, with its partial adjoint when there is one.
     */
    public static String graph(GraphModel g) {
        Map<String, Object> m = head(g.trace());
        Map<GraphModel.Node, List<GraphModel.Node>> inputs = g.operands();
        List<Object> nodes = new ArrayList<>();
        for (GraphModel.Node n : g.nodes()) {
            dev.adjoint.ndarray.ComputationInterrupted.pollEvery(nodes.size());
            Map<String, Object> nm = new LinkedHashMap<>();
            nm.put("id", n.id());
            nm.put("op", g.isSeed(n) ? "seed" : Trace.opName(n.tensor()));
            if (n.traced() != null && n.traced().name() != null) nm.put("name", n.traced().name());
            nm.put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
            nm.put("layer", n.layer());
            nm.put("inputs", inputs.getOrDefault(n, List.of()).stream().map(GraphModel.Node::id).toList());
            nm.put("shape", n.tensor().shape());
            nm.put("value", n.tensor().value());
            if (n.adjoint() != null) nm.put("adjoint", n.adjoint());
            if (!n.adjointOf().isEmpty()) nm.put("adjoint_of", n.adjointOf());
            nodes.add(nm);
        }
        m.put("nodes", nodes);
        List<Object> edges = new ArrayList<>();
        for (GraphModel.Edge e : g.edges()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("from", e.from().id());
            em.put("to", e.to().id());
            if (e.partialAdjoint() != null) em.put("partial_adjoint", e.partialAdjoint());
            if (e.gradient()) em.put("gradient", true);
            edges.add(em);
        }
        m.put("edges", edges);
        return Json.write(m);
    }

    public static String backward(BackwardReport r) {
        Map<String, Object> grads = new LinkedHashMap<>();
        for (BackwardReport.Entry e : r.entries()) grads.put(e.label(), e.grad());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", r.target());
        m.put("grad", grads);
        changed(m, r.changed());
        return Json.write(m);
    }

    public static String check(CheckReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", r.target());
        List<Object> list = new ArrayList<>();
        for (FiniteDifferences.Result c : r.results()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("input", c.node().label());
            e.put("id", c.node().id());
            e.put("elements", c.size());
            e.put("checked", c.checked().size());
            FiniteDifferences.Element w = c.worst();
            e.put("max_rel_error", w == null ? null : w.relError());
            e.put("failures", c.failures());
            e.put("ok", c.ok());
            if (w != null) {
                Map<String, Object> wm = new LinkedHashMap<>();
                wm.put("index", w.index());
                wm.put("ad", w.ad());
                wm.put("fd", w.fd());
                e.put("worst", wm);
            }
            list.add(e);
        }
        m.put("inputs", list);
        m.put("ok", r.results().stream().allMatch(FiniteDifferences.Result::ok));
        m.put("atol", FiniteDifferences.ATOL);
        m.put("rtol", FiniteDifferences.RTOL);
        return Json.write(m);
    }

    public static String jacobian(JacobianReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", r.trace().target());
        m.put("wrt", r.wrt().stream().map(TraceNode::label).toList());
        m.put("mode", JacobianText.name(r.mode()));
        m.put("shape", new int[] {r.rows().size(), r.columns().size()});
        m.put("output_shape", r.trace().output().shape());
        m.put("rows", r.rows());
        m.put("columns", r.columns());
        List<Object> rows = new ArrayList<>();
        for (double[] row : r.jacobian()) {
            List<Object> cells = new ArrayList<>();
            for (double v : row) cells.add(v);
            rows.add(cells);
        }
        m.put("jacobian", rows);
        m.put("passes", r.passes().size());
        m.put("rules", r.rules());
        m.put("primal_ops", r.primalOps());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("mode", JacobianText.name(r.other().mode()));
        o.put("passes", r.other().passes());
        o.put("rules", r.other().rules());
        o.put("estimated", r.other().estimated());
        m.put("other", o);
        return Json.write(m);
    }

    public static String replay(ReplayReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", r.target());
        Map<String, Object> in = new LinkedHashMap<>();
        r.given().forEach((n, v) -> in.put(n.label(), v));
        m.put("inputs", in);
        List<Object> nodes = new ArrayList<>();
        for (TraceNode n : r.trace().nodes()) {
            Map<String, Object> nm = new LinkedHashMap<>();
            nm.put("id", n.id());
            nm.put("recorded", n.tensor().value());
            nm.put("replayed", r.replayed(n));
            nodes.add(nm);
        }
        m.put("nodes", nodes);
        m.put("value", r.output());
        m.put("recorded_value", r.trace().output().value());
        m.put("evaluations", r.evaluations());
        m.put("define_by_run_would_run", r.statements());
        return Json.write(m);
    }

    /** Non-tensor values are shown as the REPL shows them (their JSON would depend on the language's types). */
    public static String vars(VarsReport r, ValueFormat values) {
        List<Object> list = new ArrayList<>();
        for (VarsReport.Var v : r.vars()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", v.name());
            m.put("kind", v.kind());
            if (v.isTensor()) {
                m.put("shape", v.array().shape());
                m.put("requires_grad", v.requiresGrad());
                m.put("nodes", v.nodes());
                m.put("value", v.array());
            } else m.put("value", values.format(v.value()));
            list.add(m);
        }
        return Json.write(Map.of("vars", list));
    }
}
