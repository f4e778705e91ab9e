package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.Edge;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
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
        return m;
    }

    private static List<Object> nodes(Trace t, String extraKey, Function<TraceNode, NDArray> extra) {
        List<Object> list = new ArrayList<>();
        for (TraceNode n : t.nodes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id());
            m.put("op", n.op());
            if (n.name() != null) m.put("name", n.name());
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
        return Json.write(m);
    }
}
