package dev.adjoint.session.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replay of a recorded graph, finite-difference checks over it, and the Jacobian's two ways with their costs. */
class ReplayAndChecksTest {
    private static Tensor input(String name, NDArray v) {
        Tensor t = Tensor.leaf(v, true);
        t.setName(name);
        return t;
    }

    private static Trace lecture() {
        Tensor x1 = input("x1", NDArray.scalar(2)), x2 = input("x2", NDArray.scalar(5));
        Tensor y = Ops.sub(Ops.add(Ops.log(x1), Ops.mul(x1, x2)), Ops.sin(x2));
        return Trace.of("y", y, Trace.Order.DEPTH);
    }

    private static double lectureAt(double x1, double x2) {
        return Math.log(x1) + x1 * x2 - Math.sin(x2);
    }

    @Test
    void replayRecomputesOnlyWhatDependsOnTheNewValues() {
        Trace t = lecture();
        Replay r = new Replay(t);
        TraceNode x1 = t.inputs().get(0), x2 = t.inputs().get(1);
        assertThat(r.output(Map.of(x1, NDArray.scalar(3), x2, NDArray.scalar(4))).item()).isEqualTo(lectureAt(3, 4));
        assertThat(r.evaluations()).isEqualTo(5);
        NDArray[] values = r.run(Map.of(x1, NDArray.scalar(3)));
        assertThat(values[r.indexOf(t.outputNode())].item()).isEqualTo(lectureAt(3, 5));
        assertThat(values[4].item()).isEqualTo(t.nodes().get(4).tensor().item()); // sin v2 kept its recorded value (not recomputed: see evaluations)
        assertThat(r.evaluations()).isEqualTo(5 + 4);
        assertThat(t.output().item()).isEqualTo(lectureAt(2, 5)); // the graph itself is untouched
        assertThatThrownBy(() -> r.run(Map.of(x1, NDArray.vector(1, 2)))).hasMessageContaining("shape (2,)");
    }

    @Test
    void finiteDifferencesAgreeWithReverseMode() {
        Trace t = lecture();
        List<FiniteDifferences.Result> results = FiniteDifferences.inputs(ReverseReport.run(t, null), 32);
        assertThat(results).hasSize(2).allMatch(FiniteDifferences.Result::ok);
        assertThat(results.get(0).worst().fd()).isCloseTo(5.5, within(1e-8));
        assertThat(results.get(1).worst().fd()).isCloseTo(2 - Math.cos(5), within(1e-8));
        assertThat(results.get(1).worst().relError()).isLessThan(1e-8);
    }

    /** A wrong adjoint is caught, and a node in the middle of the graph can be checked too. */
    @Test
    void aWrongAdjointIsAMismatch() {
        Trace t = lecture();
        Replay replay = new Replay(t);
        TraceNode v4 = t.nodes().get(3);
        assertThat(FiniteDifferences.node(replay, v4, NDArray.scalar(1), 8).ok()).isTrue();
        FiniteDifferences.Result wrong = FiniteDifferences.node(replay, v4, NDArray.scalar(1.01), 8);
        assertThat(wrong.ok()).isFalse();
        assertThat(wrong.failures()).isEqualTo(1);
        assertThat(wrong.worst().relError()).isCloseTo(0.01 / 1.01, within(1e-6));
    }

    @Test
    void largeTensorsAreSampled() {
        Tensor w = input("W", NDArray.arange(0, 100, 1).reshape(10, 10).mul(0.01));
        Trace t = Trace.of("s", Ops.sum(Ops.mul(Ops.sin(w), w)), Trace.Order.DEPTH);
        FiniteDifferences.Result r = FiniteDifferences.inputs(ReverseReport.run(t, null), 16).get(0);
        assertThat(r.size()).isEqualTo(100);
        assertThat(r.checked()).hasSize(16);
        assertThat(r.checked().get(0).index()).containsExactly(0, 0);
        assertThat(r.checked().get(15).index()).containsExactly(9, 9);
        assertThat(r.ok()).isTrue();
        assertThat(FiniteDifferences.sample(5, 16)).containsExactly(0, 1, 2, 3, 4);
    }

    /** Forward mode: one pass per input (column); reverse mode: one pass per output (row); the same Jacobian. */
    @Test
    void jacobianBothWaysWithTheirCosts() {
        Trace t = lecture();
        JacobianReport f = JacobianReport.run(t, t.inputs(), JacobianReport.Mode.FORWARD);
        JacobianReport r = JacobianReport.run(t, t.inputs(), JacobianReport.Mode.REVERSE);
        assertThat(f.passes()).hasSize(2);
        assertThat(r.passes()).hasSize(1);
        assertThat(f.jacobian()[0]).containsExactly(5.5, 2 - Math.cos(5));
        assertThat(r.jacobian()[0][0]).isCloseTo(5.5, within(1e-15));
        assertThat(r.jacobian()[0][1]).isCloseTo(2 - Math.cos(5), within(1e-15));
        // forward wrt x1 carries tangents along v1→3, v1→4, v3→6, v4→6, v6→7; wrt x2 along v2→4, v2→5, v4→6, v5→7, v6→7
        assertThat(f.passes()).extracting(JacobianReport.Pass::rules).containsExactly(5L, 5L);
        assertThat(r.rules()).isEqualTo(8); // every edge once
        assertThat(f.columns()).containsExactly("x1", "x2");
        assertThat(r.primalOps()).isEqualTo(5);
    }

    @Test
    void jacobianOfAVectorOutput() {
        Tensor w = input("W", NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2));
        Tensor x = input("x", NDArray.vector(0.5, -1));
        Trace t = Trace.of("z", Ops.matmul(w, x), Trace.Order.DEPTH);
        List<TraceNode> wrt = List.of(t.inputs().get(1));
        JacobianReport f = JacobianReport.run(t, wrt, JacobianReport.Mode.FORWARD);
        JacobianReport r = JacobianReport.run(t, wrt, JacobianReport.Mode.REVERSE);
        assertThat(f.passes()).hasSize(2);
        assertThat(r.passes()).hasSize(3);
        assertThat(f.rows()).containsExactly("z[0]", "z[1]", "z[2]");
        assertThat(f.columns()).containsExactly("x[0]", "x[1]");
        for (int i = 0; i < 3; i++) {
            assertThat(f.jacobian()[i]).containsExactly(2 * i + 1, 2 * i + 2);
            assertThat(r.jacobian()[i]).containsExactly(2 * i + 1, 2 * i + 2);
        }
    }

    /** Baydin's numbering: inputs v-1 and v0 even when an op was created between them. */
    @Test
    void baydinNumbering() {
        Tensor x1 = input("x1", NDArray.scalar(2));
        Tensor a = Ops.mul(x1, x1);
        Tensor x2 = input("x2", NDArray.scalar(5));
        Trace t = Trace.of("y", Ops.add(a, x2), Trace.Order.CREATION, Trace.Numbering.BAYDIN);
        assertThat(t.nodes()).extracting(TraceNode::id).containsExactly("v-1", "v1", "v0", "v2");
        Trace d = Trace.of("y", Ops.add(a, x2), Trace.Order.DEPTH, Trace.Numbering.BAYDIN);
        assertThat(d.nodes()).extracting(TraceNode::id).containsExactly("v-1", "v0", "v1", "v2");
    }
}
