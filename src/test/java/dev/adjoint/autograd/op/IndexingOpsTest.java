package dev.adjoint.autograd.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.ShapeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexingOpsTest {
    private static Tensor input(double[] v, int... shape) {
        return Tensor.leaf(NDArray.of(v, shape), true);
    }

    private static final double[] SIX = {1, 2, 3, 4, 5, 6};

    @Test
    void slicesAndIntegersSelectLikeNumpy() {
        Tensor x = input(SIX, 2, 3);
        // x[:, 1:3] = [[2, 3], [5, 6]]
        Tensor s = Ops.getItem(x, List.of(Index.Slice.ALL, new Index.Slice(1, 3, null)));
        assertThat(s.value()).isEqualTo(NDArray.of(new double[] {2, 3, 5, 6}, 2, 2));
        // x[-1] = [4, 5, 6]; x[0, ::-1] = [3, 2, 1]
        assertThat(Ops.getItem(x, List.of(new Index.At(-1))).value()).isEqualTo(NDArray.vector(4, 5, 6));
        assertThat(Ops.getItem(x, List.of(new Index.At(0), new Index.Slice(null, null, -1))).value()).isEqualTo(NDArray.vector(3, 2, 1));
        assertThat(Ops.getItem(x, List.of(new Index.At(1), new Index.At(2))).item()).isEqualTo(6);
    }

    @Test
    void gradientOfASelectionIsScatteredBackIntoZeros() {
        Tensor x = input(SIX, 2, 3);
        Tensor y = Ops.sum(Ops.mul(Ops.getItem(x, List.of(Index.Slice.ALL, new Index.Slice(1, 3, null))), Ops.scalar(3)));
        Tensor g = Autograd.grad(y, List.of(x), null, false).get(0);
        assertThat(g.value()).isEqualTo(NDArray.of(new double[] {0, 3, 3, 0, 3, 3}, 2, 3));
        // repeated selection of one entry accumulates
        Tensor z = Ops.add(Ops.getItem(x, List.of(new Index.At(0), new Index.At(0))), Ops.getItem(x, List.of(new Index.At(-2), new Index.At(-3))));
        assertThat(Autograd.grad(z, List.of(x), null, false).get(0).value().get(0, 0)).isEqualTo(2);
    }

    @Test
    void forwardModeThroughSelectionMatchesReverse() {
        Tensor x = input(SIX, 2, 3);
        Tensor y = Ops.sum(Ops.mul(Ops.getItem(x, List.of(new Index.At(1))), Ops.getItem(x, List.of(new Index.At(0)))));
        NDArray u = NDArray.of(new double[] {0.5, -1, 2, 1, 0.25, 3}, 2, 3);
        double jvp = Autograd.tangents(y, Map.of(x, Tensor.constant(u))).get(y).item();
        NDArray g = Autograd.grad(y, List.of(x), null, false).get(0).value();
        assertThat(jvp).isEqualTo(g.mul(u).sumAll());
    }

    @Test
    void badIndicesNameTheShape() {
        Tensor x = input(SIX, 2, 3);
        assertThatThrownBy(() -> Ops.getItem(x, List.of(new Index.At(2)))).isInstanceOf(ShapeException.class).hasMessageContaining("out of bounds for axis 0 with size 2");
        assertThatThrownBy(() -> Ops.getItem(x, List.of(new Index.At(0), new Index.At(0), new Index.At(0)))).hasMessageContaining("too many indices");
    }

    @Test
    void stackAndConcatRouteGradientsToTheirParts() {
        Tensor a = input(new double[] {1, 2}, 2), b = input(new double[] {3, 4}, 2);
        Tensor s = Ops.stack(List.of(a, b), 0);
        assertThat(s.value()).isEqualTo(NDArray.of(new double[] {1, 2, 3, 4}, 2, 2));
        Tensor c = Ops.concat(List.of(a, b, a), 0);
        assertThat(c.value()).isEqualTo(NDArray.vector(1, 2, 3, 4, 1, 2));
        Tensor w = Tensor.constant(NDArray.vector(1, 2, 3, 4, 5, 6));
        List<Tensor> g = Autograd.grad(Ops.sum(Ops.mul(c, w)), List.of(a, b), null, false);
        assertThat(g.get(0).value()).isEqualTo(NDArray.vector(6, 8));
        assertThat(g.get(1).value()).isEqualTo(NDArray.vector(3, 4));
        assertThat(Ops.stack(List.of(a, b), 1).value()).isEqualTo(NDArray.of(new double[] {1, 3, 2, 4}, 2, 2));
    }
}
