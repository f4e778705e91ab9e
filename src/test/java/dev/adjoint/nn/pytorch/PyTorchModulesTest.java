package dev.adjoint.nn.pytorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** torch.nn's linear map and losses in PyTorch's layout and words (expected values from PyTorch 1.13, float64). */
class PyTorchModulesTest {
    @Test
    void linearIsXWtPlusBShownAsAddmm() {
        Tensor w = Tensor.leaf(NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3), true), b = Tensor.leaf(NDArray.vector(0.5, -1), true);
        Tensor y = Ops.linear(Tensor.constant(NDArray.of(new double[] {1, 0, -1, 2, 1, 0}, 2, 3)), w, b);
        assertThat(y.value().toArray()).containsExactly(-1.5, -3, 4.5, 12);
        assertThat(y.op().torchName(y)).isEqualTo("AddmmBackward0");
        assertThatThrownBy(() -> Ops.linear(Tensor.constant(NDArray.ones(2, 4)), w, b)).hasMessage("mat1 and mat2 shapes cannot be multiplied (2x4 and 3x2)");
    }

    @Test
    void lossesAsModulesAndFunctions() {
        Tensor logits = Tensor.leaf(NDArray.of(new double[] {1, 2, 0.5, 0, -1, 3}, 2, 3), true);
        Tensor target = Tensor.constant(NDArray.vector(1, 2), DType.INT64);
        Tensor ce = new Loss(Loss.Kind.CROSS_ENTROPY, "mean").call(logits, target);
        assertThat(ce.item()).isCloseTo(0.265126343932687, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(ce.op().torchName(ce)).isEqualTo("NllLossBackward0");
        Tensor mse = Loss.apply(Loss.Kind.MSE, Tensor.constant(NDArray.vector(1, 2)), Tensor.constant(NDArray.vector(0, 4)), "sum");
        assertThat(mse.item()).isEqualTo(5);
        assertThat(new Loss(Loss.Kind.MSE, "mean").toString()).isEqualTo("MSELoss()");
        assertThatThrownBy(() -> new Loss(Loss.Kind.MSE, "avg")).hasMessage("avg is not a valid value for reduction");
    }
}
