package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/**
 * Tensors given the same name one after another share one name-only side object (a loop's
 * {@code x = ...} names a node on every pass); a change to one tensor's name, gradient or inputs
 * is its own, never the others'.
 */
class SharedNameTest {
    @Test
    void aChangeToOneOfTheTensorsSharingANameIsItsOwn() {
        Tensor a = Tensor.leaf(NDArray.scalar(2), true);
        Tensor x1 = Ops.mul(a, a), x2 = Ops.sin(a), x3 = Ops.exp(a);
        x1.setName("x");
        x2.setName("x");
        x3.setName("x");
        x2.setName("y");
        x3.retainGrad();
        x3.setGrad(Tensor.constant(5));
        assertThat(x1.name()).isEqualTo("x");
        assertThat(x2.name()).isEqualTo("y");
        assertThat(x3.name()).isEqualTo("x");
        assertThat(x1.grad()).isNull();
        assertThat(x3.grad().item()).isEqualTo(5);

        Tensor x4 = Ops.add(a, a);
        x4.setName("x");
        assertThat(x4.name()).isEqualTo("x");
        assertThat(x4.grad()).isNull(); // x3's gradient went to a copy of its own
    }

    @Test
    void anUndoneChangeLeavesTheSharedNameAlone() {
        Tensor a = Tensor.leaf(NDArray.scalar(2), true);
        Tensor x1 = Ops.mul(a, a), x2 = Ops.sin(a);
        x1.setName("x");
        x2.setName("x");
        Runnable undo = x1.snapshot();
        x1.setGrad(Tensor.constant(1));
        undo.run();
        x1.setGrad(Tensor.constant(3));
        assertThat(x1.grad().item()).isEqualTo(3);
        assertThat(x2.grad()).isNull();
        assertThat(x2.name()).isEqualTo("x");
    }
}
