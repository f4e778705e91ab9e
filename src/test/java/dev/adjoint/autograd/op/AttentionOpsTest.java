package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * Multi-head attention: each head's softmax(q·kᵀ/√d)·v written out as loops, the masks, and the
 * gradients of every input and weight against central differences.
 */
class AttentionOpsTest {
    /** Row r of W·x + b for the first {@code n} columns of x from {@code offset} rows of W. */
    private static double project(NDArray w, NDArray b, int row, NDArray x, int l, int n) {
        double s = b.get(row);
        for (int k = 0; k < x.dim(2); k++) s += w.get(row, k) * x.get(l, n, k);
        return s;
    }

    @Test
    void eachHeadAttendsByTheSoftmaxOfItsScaledScores() {
        Gen g = new Gen(9800);
        int tgt = 3, src = 4, batch = 2, embed = 4, heads = 2, d = embed / heads;
        NDArray q = g.array(tgt, batch, embed), kv = g.array(src, batch, embed), w = g.array(3 * embed, embed), b = g.array(3 * embed);
        NDArray ow = g.array(embed, embed), ob = g.array(embed);
        NDArray mask = g.array(tgt, src);
        Attention.Weights weights = new Attention.Weights(Tensor.constant(w), null, null, null, Tensor.constant(b), Tensor.constant(ow), Tensor.constant(ob));
        Tensor key = Tensor.constant(kv);
        Tensor[] r = Attention.multiHead(Tensor.constant(q), key, key, heads, weights, null, Tensor.constant(mask), true, false, null);
        assertThat(r[1].shape()).containsExactly(batch, heads, tgt, src);
        for (int n = 0; n < batch; n++)
            for (int h = 0; h < heads; h++)
                for (int i = 0; i < tgt; i++) {
                    double[] scores = new double[src];
                    double total = 0;
                    for (int j = 0; j < src; j++) {
                        double dot = 0;
                        for (int e = 0; e < d; e++) dot += project(w, b, h * d + e, q, i, n) * project(w, b, embed + h * d + e, kv, j, n);
                        scores[j] = Math.exp(dot / Math.sqrt(d) + mask.get(i, j));
                        total += scores[j];
                    }
                    for (int j = 0; j < src; j++) assertThat(r[1].value().get(n, h, i, j)).isCloseTo(scores[j] / total, within(1e-12));
                }
        // the output: the heads' weighted values joined, then out_proj
        for (int n = 0; n < batch; n++)
            for (int i = 0; i < tgt; i++) {
                double[] joined = new double[embed];
                for (int h = 0; h < heads; h++)
                    for (int e = 0; e < d; e++)
                        for (int j = 0; j < src; j++) joined[h * d + e] += r[1].value().get(n, h, i, j) * project(w, b, 2 * embed + h * d + e, kv, j, n);
                for (int o = 0; o < embed; o++) {
                    double s = ob.get(o);
                    for (int e = 0; e < embed; e++) s += ow.get(o, e) * joined[e];
                    assertThat(r[0].value().get(i, n, o)).isCloseTo(s, within(1e-12));
                }
            }
    }

    @Test
    void aBoolMaskAndPaddedKeysAreNotAttended() {
        Gen g = new Gen(9810);
        NDArray x = g.array(3, 2, 4);
        Attention.Weights w = new Attention.Weights(Tensor.constant(g.array(12, 4)), null, null, null, null, Tensor.constant(g.array(4, 4)), null);
        Tensor causal = Tensor.constant(NDArray.adopt(new double[] {0, 1, 1, 0, 0, 1, 0, 0, 0}, 3, 3), DType.BOOL);
        Tensor padded = Tensor.constant(NDArray.adopt(new double[] {0, 0, 1, 0, 0, 0}, 2, 3), DType.BOOL);
        Tensor in = Tensor.constant(x);
        Tensor weights = Attention.multiHead(in, in, in, 2, w, padded, causal, true, true, null)[1];
        assertThat(weights.value().get(0, 0, 1)).isZero();
        assertThat(weights.value().get(0, 1, 2)).isZero(); // masked by both
        assertThat(weights.value().get(0, 2, 2)).isZero(); // batch 0's third key is padding
        assertThat(weights.value().get(1, 2, 2)).isPositive();
        assertThat(weights.value().get(0, 2, 0) + weights.value().get(0, 2, 1)).isCloseTo(1, within(1e-12));
    }

    @Test
    void itsGradientsAreTheDifferences() {
        Gen g = new Gen(9820);
        NDArray q = g.array(2, 2, 4), k = g.array(3, 2, 3), v = g.array(3, 2, 5), mask = g.array(2, 3);
        NDArray wq = g.array(4, 4), wk = g.array(4, 3), wv = g.array(4, 5), b = g.array(12), ow = g.array(4, 4), ob = g.array(4);
        check(g, "separate projections", t -> {
            Tensor[] r = Attention.multiHead(t[0], t[1], t[2], 2, new Attention.Weights(null, t[3], t[4], t[5], t[6], t[7], t[8]), null, t[9], true, true, null);
            return Ops.concat(java.util.List.of(Ops.reshape(r[0], -1), Ops.reshape(r[1], -1)), 0);
        }, q, k, v, wq, wk, wv, b, ow, ob, mask);
        NDArray x = g.array(3, 2, 4), w = g.array(12, 4);
        check(g, "self-attention", t -> Attention.multiHead(t[0], t[0], t[0], 1, new Attention.Weights(t[1], null, null, null, null, t[2], null), null, null, false, true,
                null)[0], x, w, ow);
    }
}
