package dev.adjoint.session.report;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Forward mode along one seed direction: the tangent v̇i of every node of a trace. */
public final class ForwardReport {
    private final Trace trace;
    private final Map<TraceNode, Double> seed; // input → seed value (broadcast over its shape)
    private final Map<Tensor, Tensor> tangents;

    private ForwardReport(Trace trace, Map<TraceNode, Double> seed, Map<Tensor, Tensor> tangents) {
        this.trace = trace;
        this.seed = seed;
        this.tangents = tangents;
    }

    /** Seeds each named input with its value (inputs not named get 0) and runs one forward pass. */
    public static ForwardReport run(Trace trace, Map<TraceNode, Double> seed) {
        Map<Tensor, Tensor> seeds = new IdentityHashMap<>();
        for (Map.Entry<TraceNode, Double> e : seed.entrySet()) {
            Tensor x = e.getKey().tensor();
            seeds.put(x, Tensor.constant(NDArray.full(e.getValue(), x.shape())));
        }
        return new ForwardReport(trace, new LinkedHashMap<>(seed), Autograd.tangents(trace.output(), seeds));
    }

    public Trace trace() {
        return trace;
    }

    public Map<TraceNode, Double> seed() {
        return seed;
    }

    /** The tangent of a node (zeros of its shape where nothing flows). */
    public NDArray tangent(TraceNode node) {
        Tensor t = tangents.get(node.tensor());
        return t != null ? t.value() : NDArray.zeros(node.tensor().shape());
    }

    public NDArray outputTangent() {
        return tangent(trace.outputNode());
    }
}
