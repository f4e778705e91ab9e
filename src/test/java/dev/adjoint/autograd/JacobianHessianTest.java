package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import org.junit.jupiter.api.Test;

class JacobianHessianTest {
    @Test
    void jacobianOfElementwiseSquareIsDiagonal() {
        Tensor x = Tensor.leaf(NDArray.vector(1, 2, 3), true);
        Tensor j = Autograd.jacobian(Ops.mul(x, x), x, false);
        assertThat(j.shape()).containsExactly(3, 3);
        assertThat(j.value()).isEqualTo(NDArray.of(new double[] {2, 0, 0, 0, 4, 0, 0, 0, 6}, 3, 3));
    }

    @Test
    void jacobianOfMatVecIsTheMatrix() {
        NDArray a = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor x = Tensor.leaf(NDArray.vector(0.5, -1, 2), true);
        Tensor j = Autograd.jacobian(Ops.matmul(Tensor.constant(a), x), x, false);
        assertThat(j.value()).isEqualTo(a);
    }

    @Test
    void hessianOfTheLectureFunction() {
        // y = ln(x1) + x1*x2 - sin(x2) as a function of x = (x1, x2): H = [[-1/x1², 1], [1, sin(x2)]]
        Tensor x = Tensor.leaf(NDArray.vector(2, 5), true);
        Tensor x1 = Ops.getItem(x, java.util.List.of(new dev.adjoint.ndarray.Index.At(0)));
        Tensor x2 = Ops.getItem(x, java.util.List.of(new dev.adjoint.ndarray.Index.At(1)));
        Tensor y = Ops.sub(Ops.add(Ops.log(x1), Ops.mul(x1, x2)), Ops.sin(x2));
        NDArray h = Autograd.hessian(y, x).value();
        assertThat(h.get(0, 0)).isCloseTo(-0.25, within(1e-15));
        assertThat(h.get(0, 1)).isEqualTo(1);
        assertThat(h.get(1, 0)).isEqualTo(1);
        assertThat(h.get(1, 1)).isCloseTo(Math.sin(5), within(1e-15));
    }

    @Test
    void jvpAndVjpAgreeWithTheJacobian() {
        Tensor x = Tensor.leaf(NDArray.vector(0.3, -0.7, 1.1), true);
        Tensor y = Ops.mul(Ops.sin(x), Ops.sum(Ops.mul(x, x)));
        NDArray j = Autograd.jacobian(y, x, false).value();
        NDArray u = NDArray.vector(1, 2, -1), v = NDArray.vector(-0.5, 0.25, 3);
        NDArray ju = Autograd.jvp(y, x, Tensor.constant(u)).value();
        NDArray vj = Autograd.vjp(y, x, Tensor.constant(v)).value();
        assertThat(ju.allClose(j.matmul(u), 1e-14, 1e-14)).isTrue();
        assertThat(vj.allClose(v.matmul(j), 1e-14, 1e-14)).isTrue();
    }
}
