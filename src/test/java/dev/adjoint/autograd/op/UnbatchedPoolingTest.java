package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Pooling an unbatched input (C, H, W) as PyTorch 1.13 does: the pool's own node straight on the
 * input (no unsqueeze/squeeze pair; the 1-d pools one squeeze of the row axis), the values those of
 * the batch of one, gradients against central differences (second order too).
 */
class UnbatchedPoolingTest {
    /** The node names from the output down to the input's, first inputs first (PyTorch fixture 871 records them). */
    private static String chain(Tensor y) {
        StringBuilder s = new StringBuilder();
        for (Tensor t = y; t.op() != null; t = t.input(0)) s.append(s.length() > 0 ? " " : "").append(t.op().torchName(t));
        return s.toString();
    }

    private static void check(String what, Function<Tensor, Tensor> pool, String nodes, int... shape) {
        Gen g = new Gen(87100 + what.hashCode() % 1000);
        NDArray v = g.distinct(0.01, shape); // no ties: max pooling's differences are smooth
        Tensor y = pool.apply(Tensor.leaf(v, true));
        assertThat(chain(y)).as(what).isEqualTo(nodes);
        int[] batched = new int[shape.length + 1];
        batched[0] = 1;
        System.arraycopy(shape, 0, batched, 1, shape.length);
        Tensor one = pool.apply(Tensor.constant(v.reshape(batched)));
        assertThat(y.value().toArray()).as(what).containsExactly(one.value().toArray());
        checkWithSecondOrder(g, what, t -> pool.apply(t[0]), v);
    }

    @Test
    void twoDimensionalPoolsPutTheirOwnNodeOnAnUnbatchedImage() {
        int[] two = {2, 2}, one = {1, 1}, none = {0, 0};
        check("max_pool2d", x -> Convolution.maxPool2d(x, two, two, none, one, false)[0], "MaxPool2DWithIndicesBackward0", 2, 5, 4);
        check("avg_pool2d", x -> Convolution.avgPool2d(x, new int[] {3, 2}, two, new int[] {1, 0}, true, false, null), "AvgPool2DBackward0", 2, 5, 4);
        check("adaptive_avg_pool2d", x -> Convolution.adaptiveAvgPool2d(x, new int[] {3, 2}), "AdaptiveAvgPool2DBackward0", 2, 5, 4);
        check("adaptive_avg_pool2d 1x1", x -> Convolution.adaptiveAvgPool2d(x, one), "MeanBackward1", 2, 5, 4);
        check("adaptive_max_pool2d", x -> AdaptiveMaxPool.of(x, new int[] {2, 3})[0], "AdaptiveMaxPool2DBackward0", 2, 5, 4);
    }

    @Test
    void oneDimensionalPoolsSqueezeTheRowTheyAdded() {
        check("max_pool1d", x -> Convolution.maxPool1d(x, 2, 2, 1, 1, false)[0], "SqueezeBackward1 MaxPool2DWithIndicesBackward0 UnsqueezeBackward0", 3, 7);
        check("avg_pool1d", x -> Convolution.avgPool1d(x, 3, 2, 1, true, true), "SqueezeBackward1 AvgPool2DBackward0 UnsqueezeBackward0", 3, 7);
        check("adaptive_avg_pool1d", x -> Convolution.adaptiveAvgPool1d(x, 3), "SqueezeBackward1 AdaptiveAvgPool2DBackward0 UnsqueezeBackward0", 3, 7);
        check("adaptive_avg_pool1d 1", x -> Convolution.adaptiveAvgPool1d(x, 1), "SqueezeBackward1 MeanBackward1 UnsqueezeBackward0", 3, 7);
        check("adaptive_max_pool1d", x -> Convolution.adaptiveMaxPool1d(x, 3)[0], "SqueezeBackward1 AdaptiveMaxPool2DBackward0 UnsqueezeBackward0", 3, 7);
    }

    @Test
    void threeDimensionalPoolsDoTheSameOnAnUnbatchedVolume() {
        int[] two = {2, 2, 2};
        check("avg_pool3d", x -> AvgPool3d.of(x, two, new int[] {1, 2, 1}, new int[] {1, 0, 0}, false, true, null), "AvgPool3DBackward0", 2, 3, 4, 3);
        check("adaptive_avg_pool3d", x -> AdaptiveAvgPool3d.of(x, new int[] {2, 3, 2}), "AdaptiveAvgPool3DBackward0", 2, 3, 4, 3);
        check("max_pool3d", x -> MaxPool3d.of(x, two, two, new int[3], new int[] {1, 1, 1}, false)[0], "MaxPool3DWithIndicesBackward0", 2, 3, 4, 3);
        check("adaptive_max_pool3d", x -> AdaptiveMaxPool.of(x, new int[] {2, 3, 2})[0], "AdaptiveMaxPool3DBackward0", 2, 3, 4, 3);
        check("adaptive_max_pool3d overlapping", x -> AdaptiveMaxPool.of(x, new int[] {4, 5, 5})[0], "AdaptiveMaxPool3DBackward0", 2, 3, 4, 3);
    }
}
