package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * interpolate(antialias=True): each output the normalised filter-weighted mean of its window (so a
 * constant image stays constant and a 2× bilinear downsampling of even sizes averages 2 × 2 blocks
 * with weights ¼ ¾ ¾ ¼), gradients against central differences (second order too), node names.
 * PyTorch fixture 882 compares the values and gradients with PyTorch's to the last bit.
 */
class AntialiasedResamplingTest {
    @Test
    void aConstantStaysConstantAndHalvingAveragesItsNeighbours() {
        for (boolean cubic : new boolean[] {false, true})
            for (int[] size : new int[][] {{3, 2}, {9, 11}, {1, 1}, {4, 5}}) {
                Tensor y = AntialiasedResampling.of(Tensor.constant(NDArray.full(2.5, 1, 2, 6, 5)), size, false, null, cubic);
                for (double v : y.value().toArray()) assertThat(v).isCloseTo(2.5, within(1e-14));
            }
        NDArray row = NDArray.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 1, 1, 1, 8);
        double[] got = AntialiasedResampling.of(Tensor.constant(row), new int[] {1, 4}, false, null, false).value().toArray();
        // scale 2: output i is centred on 2i + 1, the triangle of half-width 2 gives inputs 2i - 1 … 2i + 2 the weights 1, 3, 3, 1 (÷ 8; at the edges renormalised)
        assertThat(got).containsExactly(new double[] {(1 * 3 + 2 * 3 + 3 * 1) / 7.0, (2 * 1 + 3 * 3 + 4 * 3 + 5 * 1) / 8.0, (4 * 1 + 5 * 3 + 6 * 3 + 7 * 1) / 8.0,
            (6 * 1 + 7 * 3 + 8 * 3) / 7.0}, within(1e-14));
    }

    @Test
    void gradientsAreTheDifferencesAndTheNodesArePyTorchs() {
        Gen g = new Gen(88200);
        for (boolean cubic : new boolean[] {false, true})
            for (boolean corners : new boolean[] {false, true})
                for (int[] size : new int[][] {{2, 3}, {7, 9}, {4, 4}}) {
                    NDArray x = g.array(1, 2, 4, 5);
                    String what = (cubic ? "bicubic" : "bilinear") + " " + corners + " " + size[0] + "x" + size[1];
                    checkWithSecondOrder(g, what, f -> AntialiasedResampling.of(f[0], size, corners, null, cubic), x);
                }
        Tensor x = Tensor.leaf(g.array(1, 1, 6, 6), true);
        Tensor y = AntialiasedResampling.of(x, new int[] {3, 2}, false, new Double[] {0.5, 0.4}, true);
        assertThat(y.op().torchName(y)).isEqualTo("UpsampleBicubic2DAaBackward1");
        assertThat(y.input(0)).isSameAs(x);
        Tensor back = y.op().vjp(Tensor.leaf(NDArray.full(1, 1, 1, 3, 2), true), y)[0];
        assertThat(back.op().torchName(back)).isEqualTo("UpsampleBicubic2DAaBackwardBackward1");
        assertThat(back.shape()).containsExactly(1, 1, 6, 6);
    }
}
