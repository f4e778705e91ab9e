package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/** cummax/cummin, fmax/fmin and nan_to_num: values by hand, gradients against central differences. */
class PickingOpsTest {
    @Test
    void cumulativeExtremesKeepTheLaterIndexOfEqualValuesAndLetNanWin() {
        Tensor x = Tensor.constant(NDArray.of(new double[] {2, 1, 2, 5, Double.NaN, 7}, 6));
        Tensor[] max = Ops.cumulativeExtreme(x, 0, false), min = Ops.cumulativeExtreme(x, 0, true);
        assertThat(max[1].value().toArray()).containsExactly(0, 0, 2, 3, 4, 4);
        assertThat(min[1].value().toArray()).containsExactly(0, 1, 1, 1, 4, 4);
        assertThat(max[0].value().toArray()).containsExactly(2, 2, 2, 5, Double.NaN, Double.NaN);
    }

    @Test
    void fmaxTakesTheNumberBesideNan() {
        Tensor a = Tensor.constant(NDArray.of(new double[] {1, Double.NaN, 3, Double.NaN}, 4));
        Tensor b = Tensor.constant(NDArray.of(new double[] {Double.NaN, 2, 4, Double.NaN}, 4));
        assertThat(Ops.fmax(a, b, false).value().toArray()).containsExactly(1, 2, 4, Double.NaN);
        assertThat(Ops.fmax(a, b, true).value().toArray()).containsExactly(1, 2, 3, Double.NaN);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        for (int i = 0; i < 6; i++) {
            Gen g = new Gen(47100 + i);
            checkWithSecondOrder(g, "cummax", t -> Ops.cumulativeExtreme(t[0], 1, false)[0], g.array(3, 4));
            checkWithSecondOrder(g, "cummin", t -> Ops.cumulativeExtreme(t[0], 0, true)[0], g.array(3, 4));
            checkWithSecondOrder(g, "fmax", t -> Ops.fmax(t[0], t[1], false), g.array(3, 4), g.array(4));
            checkWithSecondOrder(g, "fmin", t -> Ops.fmax(t[0], t[1], true), g.array(3, 1), g.array(3, 4));
            checkWithSecondOrder(g, "nan_to_num", t -> Ops.nanToNum(t[0], 0, 1, -1, false), g.array(3, 4));
        }
    }
}
