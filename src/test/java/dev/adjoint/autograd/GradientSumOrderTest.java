package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value's gradients from several uses are added newest use first, as PyTorch's engine runs its
 * nodes, whichever order the depth-first walk found them in: x·0.1, x·0.2, x·0.3 summed as
 * (x·0.3 + x·0.1) + x·0.2 give x.grad (0.3 + 0.2) + 0.1 = 0.6, where the walk's order gives
 * (0.2 + 0.1) + 0.3 = 0.6000000000000001. Both paths of the ordering: creation numbers close
 * together (counted) and far apart (sorted).
 */
class GradientSumOrderTest {
    private static double gradient(boolean farApart, boolean asDoubles) {
        Tensor x = Tensor.leaf(asDoubles ? NDArray.scalar(1) : NDArray.ones(2), true);
        Tensor a = Ops.mul(x, Tensor.constant(0.1));
        List<Tensor> between = new ArrayList<>();
        if (farApart) for (int i = 0; i < 20_000; i++) between.add(Tensor.constant(i)); // creation numbers the graph skips
        Tensor b = Ops.mul(x, Tensor.constant(0.2)), c = Ops.mul(x, Tensor.constant(0.3));
        Tensor y = Ops.add(Ops.add(c, a), b);
        Autograd.backward(List.of(asDoubles ? y : Ops.sum(y)), null, false, false, null);
        return x.grad().value().toArray()[0];
    }

    @Test
    void usesAreAddedNewestFirst() {
        for (boolean far : new boolean[] {false, true})
            for (boolean doubles : new boolean[] {false, true}) assertThat(gradient(far, doubles)).as("far %s, doubles %s", far, doubles).isEqualTo(0.6);
        assertThat((0.2 + 0.1) + 0.3).isEqualTo(0.6000000000000001); // the depth-first order's sum
    }
}
