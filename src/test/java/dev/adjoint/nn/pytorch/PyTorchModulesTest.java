package dev.adjoint.nn.pytorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Parameter;
import dev.adjoint.nn.Sequential;
import dev.adjoint.nn.ReLU;
import dev.adjoint.random.NumpyRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** torch.nn's modules in PyTorch's layout and words (expected values from PyTorch 1.13, float64). */
class PyTorchModulesTest {
    @Test
    void linearStoresTheWeightAsOutByInAndComputesXWtPlusB() {
        Linear l = new Linear(3, 2, true, new NumpyRandom(0));
        assertThat(l.weight().shape()).containsExactly(2, 3);
        assertThat(l.bias().shape()).containsExactly(2);
        assertThat(Parameter.isParameter(l.weight())).isTrue();
        for (double w : l.weight().value().toArray()) assertThat(Math.abs(w)).isLessThanOrEqualTo(1 / Math.sqrt(3));
        l.weight().setData(NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
        l.bias().setData(NDArray.vector(0.5, -1));
        Tensor y = l.call(Tensor.constant(NDArray.of(new double[] {1, 0, -1, 2, 1, 0}, 2, 3)));
        assertThat(y.value().toArray()).containsExactly(-1.5, -3, 4.5, 12);
        assertThat(y.op().torchName(y)).isEqualTo("AddmmBackward0");
        assertThat(l.toString()).isEqualTo("Linear(in_features=3, out_features=2, bias=True)");
        assertThatThrownBy(() -> l.call(Tensor.constant(NDArray.ones(2, 4)))).hasMessage("mat1 and mat2 shapes cannot be multiplied (2x4 and 3x2)");
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

    @Test
    void printedAsPyTorchPrintsThem() {
        Sequential s = new Sequential(List.of(new Linear(2, 3, true, new NumpyRandom(0)), new ReLU(), Functional.softmax(1), Functional.flatten(1, -1)));
        assertThat(s.toString()).isEqualTo("Sequential(\n  (0): Linear(in_features=2, out_features=3, bias=True)\n  (1): ReLU()\n"
                + "  (2): Softmax(dim=1)\n  (3): Flatten(start_dim=1, end_dim=-1)\n)");
        assertThat(Ops.sum(s.call(Tensor.constant(NDArray.ones(4, 2)))).item()).isCloseTo(4, org.assertj.core.api.Assertions.within(1e-12));
    }
}
