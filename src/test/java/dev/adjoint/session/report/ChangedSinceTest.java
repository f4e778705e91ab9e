package dev.adjoint.session.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** Which recorded values are from before a data change, found without computing a graph built since again. */
class ChangedSinceTest {
    /** Squares its operand and counts how often it is computed. */
    private static final class CountedSquare implements Op {
        int computed;

        @Override
        public String name() {
            return "square";
        }

        @Override
        public NDArray compute(NDArray[] inputs) {
            computed++;
            return inputs[0].map(v -> v * v);
        }

        @Override
        public Tensor[] vjp(Tensor grad, Tensor out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Tensor jvp(Tensor[] tangents, Tensor out) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aGraphBuiltAfterTheLastChangeIsNotComputedAgain() {
        Tensor x = Tensor.leaf(NDArray.of(new double[] {1, 2}, 2), true);
        x.setName("x");
        x.setData(NDArray.of(new double[] {3, 4}, 2)); // a change before the graph is built
        CountedSquare square = new CountedSquare();
        Tensor y = Ops.sum(Tensor.apply(square, x));
        assertThat(square.computed).isEqualTo(1);

        ChangedSince c = Trace.of("y", y, Trace.Order.DEPTH).changedSince();
        assertThat(c.any()).isFalse();
        assertThat(square.computed).as("no op computed again").isEqualTo(1);
    }

    @Test
    void aChangeAfterTheGraphMarksTheRowsFromThereOn() {
        Tensor x = Tensor.leaf(NDArray.of(new double[] {1, 2}, 2), true);
        x.setName("x");
        Tensor c = Tensor.leaf(NDArray.of(new double[] {5, 5}, 2), false);
        CountedSquare square = new CountedSquare();
        Tensor s = Tensor.apply(square, x);
        Tensor y = Ops.sum(Ops.add(s, c));
        Trace before = Trace.of("y", y, Trace.Order.DEPTH);
        assertThat(before.changedSince().any()).isFalse();
        assertThat(square.computed).isEqualTo(1);

        x.setData(NDArray.of(new double[] {3, 4}, 2));
        Trace t = Trace.of("y", y, Trace.Order.DEPTH);
        ChangedSince changed = t.changedSince();
        assertThat(square.computed).as("computed once more, from x as it is now").isEqualTo(2);
        assertThat(changed.stale()).extracting(TraceNode::op).containsExactly("square", "add", "sum");
        assertThat(changed.changed()).extracting(TraceNode::label).containsExactly("x");
        assertThat(changed.whatChanged("y")).isEqualTo("x changed after y was computed (x.data = ..., or an in-place change under no_grad)");
    }
}
