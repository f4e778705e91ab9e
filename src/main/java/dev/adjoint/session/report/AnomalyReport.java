package dev.adjoint.session.report;

import dev.adjoint.autograd.Anomaly;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.Source;
import dev.adjoint.lang.Stmt;
import dev.adjoint.lang.Values;
import java.util.Map;

/**
 * What {@code :set anomaly on} found: the first NaN or infinity ({@code fault}), the trace that
 * numbers its node as :trace does ({@code trace} of {@code target}; target null when the node is in
 * no variable's graph, trace null for a constant result), and the statement that created the node:
 * its first line as written, and its line in the input being run (0 when it came from an earlier
 * input; statement null when it was created before anomaly detection was on).
 */
public record AnomalyReport(Anomaly.Fault fault, Trace trace, String target, String statement, int line) {
    /**
     * @param variables the session's variables, to find the name of the graph the node is in
     * @param lastAssigned the variable assigned last (its graph numbers a forward fault), or null
     * @param running the input being run (null for a :command)
     */
    public static AnomalyReport of(Anomaly.Fault f, Map<String, Object> variables, String lastAssigned, Source running) {
        Tensor node = f.node();
        String target = null;
        Trace trace = null;
        if (node.op() != null) { // a node of a graph (a constant result has no row in any trace)
            Tensor root = f.root();
            if (root == null && lastAssigned != null) root = Values.node(variables.get(lastAssigned));
            if (root != null) {
                target = nameOf(root, variables);
                trace = Trace.of(target == null ? "y" : target, root, Trace.Order.DEPTH);
                if (trace.node(node) == null) trace = null;
            }
            if (trace == null) {
                target = null;
                trace = Trace.of("y", node, Trace.Order.DEPTH);
            }
        }
        if (!(f.origin() instanceof Interpreter.Where w)) return new AnomalyReport(f, trace, target, null, 0);
        Stmt s = w.statement(); // quoted as typed, also from an earlier input (a function defined there)
        return new AnomalyReport(f, trace, target, w.source().firstLineOf(s), w.source() == running ? s.span().line() : 0);
    }

    /** The node's row in the trace, or null. */
    public TraceNode node(Tensor t) {
        return trace == null ? null : trace.node(t);
    }

    private static String nameOf(Tensor t, Map<String, Object> variables) {
        for (Map.Entry<String, Object> e : variables.entrySet()) if (Values.node(e.getValue()) == t) return e.getKey();
        return null;
    }
}
