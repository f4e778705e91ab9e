package dev.adjoint.session.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lecture's example (CMU 10-414 Lecture 4; Baydin et al. 2018, Tables 2 and 3) through the reports. */
class LectureReportsTest {
    private static Trace lecture() {
        Tensor x1 = Tensor.leaf(NDArray.scalar(2), true);
        x1.setName("x1");
        Tensor x2 = Tensor.leaf(NDArray.scalar(5), true);
        x2.setName("x2");
        Tensor y = Ops.sub(Ops.add(Ops.log(x1), Ops.mul(x1, x2)), Ops.sin(x2));
        return Trace.of("y", y, Trace.Order.DEPTH);
    }

    @Test
    void traceIsInDepthOrder() {
        Trace t = lecture();
        assertThat(t.nodes()).extracting(TraceNode::id).containsExactly("v1", "v2", "v3", "v4", "v5", "v6", "v7");
        assertThat(t.nodes()).extracting(TraceNode::op).containsExactly("input", "input", "ln", "mul", "sin", "add", "sub");
        assertThat(t.nodes().get(5).inputIds()).containsExactly("v3", "v4");
        assertThat(t.nodes().get(6).inputIds()).containsExactly("v6", "v5");
        assertThat(t.outputNode().id()).isEqualTo("v7");
    }

    @Test
    void forwardTangentsWrtX1() {
        Trace t = lecture();
        Map<TraceNode, Double> seed = new LinkedHashMap<>();
        seed.put(t.inputs().get(0), 1.0);
        seed.put(t.inputs().get(1), 0.0);
        ForwardReport r = ForwardReport.run(t, seed);
        double[] want = {1, 0, 0.5, 5, 0, 5.5, 5.5};
        for (int i = 0; i < 7; i++) assertThat(r.tangent(t.nodes().get(i)).item()).isCloseTo(want[i], within(1e-12));
    }

    @Test
    void reverseAdjointsAndPartialAdjoints() {
        Trace t = lecture();
        ReverseReport r = ReverseReport.run(t, null);
        double[] want = {5.5, 1.7163378145367738, 1, 1, -1, 1, 1};
        for (int i = 0; i < 7; i++) assertThat(r.adjoint(t.nodes().get(i)).item()).isCloseTo(want[i], within(1e-12));
        List<Edge> fromV1 = r.edgesFrom(t.nodes().get(0));
        assertThat(fromV1).extracting(e -> e.to().id()).containsExactly("v3", "v4");
        assertThat(fromV1.get(0).partialAdjoint().item()).isEqualTo(0.5);
        assertThat(fromV1.get(1).partialAdjoint().item()).isEqualTo(5.0);
        List<Edge> fromV2 = r.edgesFrom(t.nodes().get(1));
        assertThat(fromV2.get(0).partialAdjoint().item()).isEqualTo(2.0);
        assertThat(fromV2.get(1).partialAdjoint().item()).isCloseTo(-Math.cos(5), within(1e-15));
    }

    @Test
    void gradReportLeavesGradAlone() {
        Trace t = lecture();
        List<Tensor> xs = List.of(t.inputs().get(0).tensor(), t.inputs().get(1).tensor());
        GradReport g = GradReport.run("y", t.output(), List.of("x1", "x2"), xs);
        assertThat(g.entries().get(0).grad().item()).isEqualTo(5.5);
        assertThat(g.entries().get(1).grad().item()).isCloseTo(1.7163378145367738, within(1e-15));
        assertThat(xs.get(0).grad()).isNull();
    }
}
