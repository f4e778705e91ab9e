package dev.adjoint.autograd.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** Matrix products take one dtype (PyTorch 1.13's messages; program 317 has every form). */
class MatmulTypesTest {
    private static Tensor ones(DType type, int... shape) {
        return Tensor.constant(NDArray.ones(shape), type);
    }

    @Test
    void aFloatTimesAnIntegerMatrixIsRefused() {
        // torch: torch.ones(2, 2) @ torch.ones(2, 2).long() -> RuntimeError: expected scalar type Double but found Long
        assertThatThrownBy(() -> Ops.matmul(ones(DType.FLOAT64, 2, 2), ones(DType.INT64, 2, 2)))
                .isInstanceOf(AutogradException.class).hasMessage("expected scalar type Double but found Long");
        assertThatThrownBy(() -> Ops.matmul(ones(DType.INT64, 2), ones(DType.FLOAT64, 2)))
                .hasMessage("dot : expected both vectors to have same dtype, but found Long and Double");
        assertThat(Ops.matmul(ones(DType.INT64, 2, 2), ones(DType.INT64, 2, 2)).dtype()).isEqualTo(DType.INT64);
    }

    @Test
    void anIntegerBatchIntoAFloatLayerIsRefusedByAddmm() {
        // torch: nn.Linear(2, 1)(torch.tensor([[1, 2]])) -> RuntimeError: mat1 and mat2 must have the same dtype
        assertThatThrownBy(() -> Ops.linear(ones(DType.INT64, 1, 2), ones(DType.FLOAT64, 1, 2), ones(DType.FLOAT64, 1)))
                .hasMessage("mat1 and mat2 must have the same dtype");
    }

    @Test
    void boolMatricesAreRefused() {
        // torch: torch.ones(2, 2).bool() @ torch.ones(2, 2).bool() -> RuntimeError: "addmm_impl_cpu_" not implemented for 'Bool'
        assertThatThrownBy(() -> Ops.matmul(ones(DType.BOOL, 2, 2), ones(DType.BOOL, 2, 2))).hasMessage("\"addmm_impl_cpu_\" not implemented for 'Bool'");
    }
}
