package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CascadeSum walks an array in PyTorch's order, which pytorch/360 checks bit for bit against
 * PyTorch. Here: that it visits every element once whatever the layout (small integers sum
 * exactly in any order, so the plain sum is the reference), and the edge shapes.
 */
class CascadeSumTest {
    @Test
    void everyLayoutAndAxisSetAddsEachElementOnce() {
        Gen gen = new Gen(360);
        for (int trial = 0; trial < 400; trial++) {
            int[] shape = gen.shape(0, 4, 40);
            NDArray a = integers(gen, shape);
            if (gen.coin() && a.ndim() >= 2) a = a.permute(gen.permutation(a.ndim())); // transposed views
            if (gen.coin() && a.ndim() >= 1 && a.shape()[0] > 2) a = a.select(List.of(new Index.Slice(1, null, 2))); // strided rows
            if (gen.coin() && a.ndim() >= 1) { // an expanded axis of stride 0
                int[] s = a.shape().clone();
                int at = gen.intIn(0, s.length - 1);
                s[at] = 1;
                a = integers(gen, s).broadcastTo(a.shape());
            }
            int[] axes = gen.coin() ? null : gen.axes(a.ndim());
            boolean keep = gen.coin();
            NDArray got = CascadeSum.of(a, axes, keep);
            NDArray want = a.sum(axes, keep);
            assertThat(got.shape()).as("shape of trial %d", trial).containsExactly(want.shape());
            assertThat(got.toArray()).as("trial %d: %s over %s", trial, Shapes.str(a.shape()), axes == null ? "all" : Shapes.str(axes))
                    .containsExactly(want.toArray());
        }
    }

    @Test
    void emptyZeroDimensionalAndNegativeZero() {
        assertThat(CascadeSum.of(NDArray.zeros(3, 0), new int[] {1}, false).toArray()).containsExactly(0, 0, 0);
        assertThat(CascadeSum.all(NDArray.zeros(0))).isEqualTo(0);
        assertThat(CascadeSum.all(NDArray.scalar(2.5))).isEqualTo(2.5);
        // each output starts at +0 before anything is added, as PyTorch's does: the sum of -0.0 is 0.0
        assertThat(Double.doubleToRawLongBits(CascadeSum.all(NDArray.vector(-0.0)))).isZero();
    }

    @Test
    void theOrderIsNotLeftToRight() {
        // 1e16 + 1 + 1 + ... from the left loses every 1; in PyTorch's four lanes only the three 1s
        // that share 1e16's lane are lost (1.13 gives 1e16 + 12)
        List<Double> v = new ArrayList<>(List.of(1e16));
        for (int i = 1; i < 16; i++) v.add(1.0);
        double[] values = v.stream().mapToDouble(Double::doubleValue).toArray();
        assertThat(NDArray.vector(values).sum(null, false).item()).isEqualTo(1e16);
        assertThat(CascadeSum.all(NDArray.vector(values))).isEqualTo(1e16 + 12);
    }

    private static NDArray integers(Gen gen, int[] shape) {
        double[] v = new double[Shapes.size(shape)];
        for (int i = 0; i < v.length; i++) v[i] = gen.intIn(-50, 50);
        return NDArray.of(v, shape);
    }
}
