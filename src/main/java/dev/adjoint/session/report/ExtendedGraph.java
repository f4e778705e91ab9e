package dev.adjoint.session.report;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import java.util.Map;

/**
 * Reverse AD by extending the graph: the adjoint of every node of a trace as reverse mode computes
 * it with create_graph, each a Tensor whose own graph is the gradient computation (needle's view,
 * and what {@code grad(y, x)} records).
 */
public record ExtendedGraph(Trace trace, Map<Tensor, Tensor> adjoints) {
    public static ExtendedGraph run(Trace trace) {
        return new ExtendedGraph(trace, Autograd.adjoints(trace.output(), null, true, true, null));
    }

    /** The gradient tensor that is v̄ of a node of the trace, or null. */
    public Tensor adjointOf(Tensor node) {
        return adjoints.get(node);
    }

    /** The seed v̄y = 1 the pass started from. */
    public Tensor seed() {
        return adjoints.get(trace.output());
    }
}
