package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/** index_add / scatter_add (AddAt) and index_copy / index_fill (IndexPut by positions): values by hand, gradients against central differences. */
class IndexWriteOpsTest {
    @Test
    void addAtAccumulatesRepeatedPositionsScaledByAlpha() {
        Tensor x = Tensor.constant(NDArray.of(new double[] {1, 2, 3, 4}, 4));
        Tensor v = Tensor.constant(NDArray.of(new double[] {10, 20, 30}, 3));
        double[] out = Ops.addAt(x, new int[] {1, 1, 3}, v, 0.5, "IndexAddBackward0", false).value().toArray();
        assertThat(out).containsExactly(1, 17, 3, 19);
    }

    @Test
    void scatterAddSumsIntoTheIndexedEntries() {
        Tensor x = Tensor.constant(NDArray.zeros(2, 3));
        Tensor index = Tensor.constant(NDArray.of(new double[] {0, 2, 2, 1}, 2, 2), DType.INT64);
        Tensor src = Tensor.constant(NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
        assertThat(Ops.scatterAdd(x, 1, index, src, false).value().toArray()).containsExactly(1, 0, 2, 0, 5, 4);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        for (int i = 0; i < 6; i++) {
            Gen g = new Gen(47000 + i);
            int[] positions = {4, 0, 4, 7, 2, 11};
            checkWithSecondOrder(g, "index_add", t -> Ops.addAt(t[0], positions, t[1], -1.5, "IndexAddBackward0", false), g.array(3, 4), g.array(2, 3));
            checkWithSecondOrder(g, "index_copy", t -> Ops.writeAt(t[0], new int[] {1, 5, 9}, new int[] {3, 1}, t[1], "IndexCopyBackward0", false),
                    g.array(3, 4), g.array(3, 1));
            checkWithSecondOrder(g, "index_fill", t -> Ops.writeAt(t[0], new int[] {0, 3}, new int[] {2}, t[1], "IndexFillBackward1", false),
                    g.array(2, 2), g.array());
            Tensor index = Tensor.constant(NDArray.of(new double[] {0, 2, 2, 1, 1, 1}, 2, 3), DType.INT64);
            checkWithSecondOrder(g, "scatter_add", t -> Ops.scatterAdd(t[0], 1, index, t[1], false), g.array(2, 3), g.array(2, 3));
        }
    }
}
