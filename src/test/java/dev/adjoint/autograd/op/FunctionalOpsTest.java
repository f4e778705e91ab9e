package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.check;
import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * torch.nn.functional's composites and the ops under them (xlogy, constant and indexed padding):
 * values against their definitions, gradients against central differences.
 */
class FunctionalOpsTest {
    private static final int CASES = 6;

    @Test
    void xlogyIsZeroWhereXIsAndItsGradientsAreTheDifferences() {
        Tensor y = Ops.xlogy(Tensor.constant(NDArray.of(new double[] {0, 0, 2, 3}, 4)), Tensor.constant(NDArray.of(new double[] {0, 5, Double.NaN, 4}, 4)));
        double[] v = y.value().toArray();
        assertThat(v[0]).isEqualTo(0);
        assertThat(v[1]).isEqualTo(0);
        assertThat(v[2]).isNaN();
        assertThat(v[3]).isEqualTo(3 * Math.log(4));
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(9600 + i);
            int[][] s = g.broadcastPair(2, 3);
            checkWithSecondOrder(g, "xlogy", t -> Ops.xlogy(t[0], t[1]), g.array(s[0]), g.arrayIn(0.5, 2, s[1]));
        }
    }

    @Test
    void constantPaddingPlacesTheInputAndCrops() {
        NDArray x = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor padded = Functional.constantPad(Tensor.constant(x), new int[] {1, -1, 0, 1}, 9);
        assertThat(padded.shape()).containsExactly(3, 3);
        assertThat(padded.value().toArray()).containsExactly(9, 1, 2, 9, 4, 5, 9, 9, 9);
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(9700 + i);
            int[] pad = {g.intIn(-1, 2), g.intIn(-1, 2), g.intIn(0, 2), g.intIn(-1, 1)};
            check(g, "constant pad", t -> Functional.constantPad(t[0], pad, 0.5), g.array(2, 3, 3));
        }
    }

    @Test
    void reflectReplicateAndCircularReadTheMirroredEdgeOrWrappedEntries() {
        Tensor x = Tensor.constant(NDArray.of(new double[] {0, 1, 2}, 1, 1, 3));
        assertThat(Functional.modePad(x, new int[] {2, 1}, "reflect").value().toArray()).containsExactly(2, 1, 0, 1, 2, 1);
        assertThat(Functional.modePad(x, new int[] {2, 1}, "replicate").value().toArray()).containsExactly(0, 0, 0, 1, 2, 2);
        assertThat(Functional.modePad(x, new int[] {2, 1}, "circular").value().toArray()).containsExactly(1, 2, 0, 1, 2, 0);
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(9800 + i);
            int[] pad = {g.intIn(0, 2), g.intIn(0, 2), g.intIn(0, 1), g.intIn(0, 1)};
            for (String mode : new String[] {"reflect", "replicate", "circular"})
                checkWithSecondOrder(g, mode + " pad", t -> Functional.modePad(t[0], pad, mode), g.array(1, 2, 3, 3));
        }
    }

    @Test
    void cosineSimilarityNormalizeAndKlDivAreTheirDefinitions() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(9900 + i);
            NDArray a = g.array(3, 4), b = g.array(3, 4);
            double[] cos = Functional.cosineSimilarity(Tensor.constant(a), Tensor.constant(b), 1, 1e-8).value().toArray();
            for (int r = 0; r < 3; r++) {
                double dot = 0, na = 0, nb = 0;
                for (int c = 0; c < 4; c++) {
                    dot += a.get(r, c) * b.get(r, c);
                    na += a.get(r, c) * a.get(r, c);
                    nb += b.get(r, c) * b.get(r, c);
                }
                assertThat(cos[r]).isCloseTo(dot / Math.sqrt(na * nb), within(1e-12));
            }
            checkWithSecondOrder(g, "cosine_similarity", t -> Functional.cosineSimilarity(t[0], t[1], 1, 1e-8), a, b);
            checkWithSecondOrder(g, "normalize", t -> Functional.normalize(t[0], 2, 0, 1e-12), a);
            NDArray p = g.arrayIn(0.1, 1, 3, 4);
            double kl = Functional.klDiv(Tensor.constant(a), Tensor.constant(p), "batchmean", false).item(), want = 0;
            for (int k = 0; k < 12; k++) want += p.toArray()[k] * (Math.log(p.toArray()[k]) - a.toArray()[k]);
            assertThat(kl).isCloseTo(want / 3, within(1e-12));
            for (String reduction : new String[] {"none", "sum", "mean", "batchmean"}) {
                checkWithSecondOrder(g, "kl_div " + reduction, t -> Functional.klDiv(t[0], t[1], reduction, false), a, p);
                checkWithSecondOrder(g, "kl_div log_target " + reduction, t -> Functional.klDiv(t[0], t[1], reduction, true), a, b);
            }
        }
    }
}
