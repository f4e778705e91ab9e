package dev.adjoint.autograd.op;

import static dev.adjoint.testing.GradCheck.check;
import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Recurrent.Kind;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import dev.adjoint.testing.GradCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recurrent layers: each step against the cells' equations written out as loops (PyTorch's
 * documentation of RNN, LSTM and GRU), the layer stack (layers, directions, batch_first) against
 * the cells unrolled, and gradients against central differences (second order too).
 */
class RecurrentOpsTest {
    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** Row r of W·v + b (b may be null). */
    private static double affine(NDArray w, NDArray b, int r, double[] v) {
        double s = b == null ? 0 : b.get(r);
        for (int k = 0; k < v.length; k++) s += w.get(r, k) * v[k];
        return s;
    }

    /** One step of one sequence by the documented equations: the new h (and c after it for an LSTM). */
    private static double[] reference(Kind kind, double[] x, double[] h, double[] c, NDArray wih, NDArray whh, NDArray bih, NDArray bhh) {
        int n = h.length;
        double[] out = new double[kind == Kind.LSTM ? 2 * n : n];
        for (int j = 0; j < n; j++) {
            switch (kind) {
                case RNN_TANH -> out[j] = Math.tanh(affine(wih, bih, j, x) + affine(whh, bhh, j, h));
                case RNN_RELU -> out[j] = Math.max(0, affine(wih, bih, j, x) + affine(whh, bhh, j, h));
                case LSTM -> {
                    double i = sigmoid(affine(wih, bih, j, x) + affine(whh, bhh, j, h)), f = sigmoid(affine(wih, bih, n + j, x) + affine(whh, bhh, n + j, h));
                    double g = Math.tanh(affine(wih, bih, 2 * n + j, x) + affine(whh, bhh, 2 * n + j, h));
                    double o = sigmoid(affine(wih, bih, 3 * n + j, x) + affine(whh, bhh, 3 * n + j, h));
                    double cell = f * c[j] + i * g;
                    out[n + j] = cell;
                    out[j] = o * Math.tanh(cell);
                }
                case GRU -> {
                    double r = sigmoid(affine(wih, bih, j, x) + affine(whh, bhh, j, h)), z = sigmoid(affine(wih, bih, n + j, x) + affine(whh, bhh, n + j, h));
                    double cand = Math.tanh(affine(wih, bih, 2 * n + j, x) + r * affine(whh, bhh, 2 * n + j, h));
                    out[j] = (1 - z) * cand + z * h[j];
                }
            }
        }
        return out;
    }

    private static double[] row(NDArray a, int... lead) {
        int n = a.dim(a.ndim() - 1);
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            int[] at = java.util.Arrays.copyOf(lead, lead.length + 1);
            at[lead.length] = k;
            v[k] = a.get(at);
        }
        return v;
    }

    @Test
    void eachCellIsItsEquationsAndHasTheDifferencesGradients() {
        for (Kind kind : Kind.values())
            for (int i = 0; i < 3; i++) {
                Gen g = new Gen(9100 + 10 * kind.ordinal() + i);
                int batch = g.intIn(1, 3), in = g.intIn(1, 3), hidden = g.intIn(1, 3), rows = kind.gates * hidden;
                NDArray x = g.array(batch, in), h = g.array(batch, hidden), c = g.array(batch, hidden);
                NDArray wih = g.array(rows, in), whh = g.array(rows, hidden), bih = g.array(rows), bhh = g.array(rows);
                boolean lstm = kind == Kind.LSTM, bias = g.coin();
                Recurrent.State out = Recurrent.cell(kind, Tensor.constant(x), new Recurrent.State(Tensor.constant(h), lstm ? Tensor.constant(c) : null),
                        new Recurrent.Weights(Tensor.constant(wih), Tensor.constant(whh), bias ? Tensor.constant(bih) : null, bias ? Tensor.constant(bhh) : null));
                for (int b = 0; b < batch; b++) {
                    double[] want = reference(kind, row(x, b), row(h, b), row(c, b), wih, whh, bias ? bih : null, bias ? bhh : null);
                    for (int j = 0; j < hidden; j++) {
                        assertThat(out.h().value().get(b, j)).as("%s seed %d", kind, g.seed()).isCloseTo(want[j], within(1e-12));
                        if (lstm) assertThat(out.c().value().get(b, j)).isCloseTo(want[hidden + j], within(1e-12));
                    }
                }
                String what = kind + " cell seed " + g.seed();
                if (lstm) // h and c together, through both states
                    checkWithSecondOrder(g, what, t -> {
                        Recurrent.State s = Recurrent.cell(kind, t[0], new Recurrent.State(t[1], t[2]), new Recurrent.Weights(t[3], t[4], t[5], t[6]));
                        return Ops.concat(List.of(s.h(), s.c()), 1);
                    }, x, h, c, wih, whh, bih, bhh);
                else if (kind == Kind.RNN_RELU)
                    check(g, what, t -> Recurrent.cell(kind, t[0], new Recurrent.State(t[1], null), new Recurrent.Weights(t[2], t[3], t[4], t[5])).h(), x, h, wih, whh, bih, bhh);
                else checkWithSecondOrder(g, what, t -> Recurrent.cell(kind, t[0], new Recurrent.State(t[1], null), new Recurrent.Weights(t[2], t[3], t[4], t[5])).h(),
                        x, h, wih, whh, bih, bhh);
            }
    }

    /** The weights of every layer and direction, drawn in PyTorch's order. */
    private static List<NDArray> weights(Gen g, Kind kind, int in, int hidden, int layers, int directions) {
        List<NDArray> out = new ArrayList<>();
        for (int l = 0; l < layers; l++)
            for (int d = 0; d < directions; d++) {
                int rows = kind.gates * hidden;
                out.add(g.array(rows, l == 0 ? in : hidden * directions));
                out.add(g.array(rows, hidden));
                out.add(g.array(rows));
                out.add(g.array(rows));
            }
        return out;
    }

    private static List<Recurrent.Weights> grouped(Tensor[] t, int from) {
        List<Recurrent.Weights> out = new ArrayList<>();
        for (int i = from; i < t.length; i += 4) out.add(new Recurrent.Weights(t[i], t[i + 1], t[i + 2], t[i + 3]));
        return out;
    }

    @Test
    void aLayerStackIsItsCellsUnrolledEachDirectionAndLayerInTurn() {
        for (Kind kind : Kind.values()) {
            Gen g = new Gen(9200 + kind.ordinal());
            int steps = 3, batch = 2, in = 2, hidden = 2, layers = 2, directions = 2;
            boolean lstm = kind == Kind.LSTM;
            NDArray x = g.array(steps, batch, in), h0 = g.array(layers * directions, batch, hidden), c0 = g.array(layers * directions, batch, hidden);
            List<NDArray> w = weights(g, kind, in, hidden, layers, directions);
            Tensor[] ws = w.stream().map(Tensor::constant).toArray(Tensor[]::new);
            Tensor[] r = Recurrent.run(kind, Tensor.constant(x), Tensor.constant(h0), lstm ? Tensor.constant(c0) : null, grouped(ws, 0), layers, true, false, null);
            assertThat(r[0].shape()).containsExactly(steps, batch, directions * hidden);
            // by hand: each layer's directions over the sequence, the reverse one from the end
            Tensor input = Tensor.constant(x);
            for (int l = 0; l < layers; l++) {
                List<Tensor> joined = new ArrayList<>();
                for (int d = 0; d < directions; d++) {
                    Recurrent.Weights wd = grouped(ws, 0).get(l * directions + d);
                    Recurrent.State s = new Recurrent.State(Tensor.constant(h0.slice(0, l * directions + d, l * directions + d + 1, 1).reshape(batch, hidden)),
                            lstm ? Tensor.constant(c0.slice(0, l * directions + d, l * directions + d + 1, 1).reshape(batch, hidden)) : null);
                    Tensor[] outs = new Tensor[steps];
                    for (int k = 0; k < steps; k++) {
                        int t = d == 0 ? k : steps - 1 - k;
                        s = Recurrent.cell(kind, Tensor.constant(input.value().slice(0, t, t + 1, 1).reshape(batch, input.shape()[2])), s, wd);
                        outs[t] = s.h();
                    }
                    joined.add(Ops.stack(List.of(outs), 0));
                    assertThat(r[1].value().slice(0, l * directions + d, l * directions + d + 1, 1).reshape(batch, hidden).allClose(s.h().value(), 1e-12, 1e-12)).isTrue();
                    if (lstm)
                        assertThat(r[2].value().slice(0, l * directions + d, l * directions + d + 1, 1).reshape(batch, hidden).allClose(s.c().value(), 1e-12, 1e-12)).isTrue();
                }
                input = Ops.concat(joined, 2);
            }
            assertThat(r[0].value().allClose(input.value(), 1e-12, 1e-12)).as("%s", kind).isTrue();
        }
    }

    @Test
    void aLayerStacksGradientsAreTheDifferences() {
        for (Kind kind : Kind.values()) {
            Gen g = new Gen(9300 + kind.ordinal());
            boolean lstm = kind == Kind.LSTM, batchFirst = g.coin();
            NDArray x = batchFirst ? g.array(2, 3, 2) : g.array(3, 2, 2), h0 = g.array(4, 2, 2), c0 = g.array(4, 2, 2);
            List<NDArray> w = weights(g, kind, 2, 2, 2, 2);
            List<NDArray> inputs = new ArrayList<>(List.of(x, h0));
            if (lstm) inputs.add(c0);
            inputs.addAll(w);
            int from = lstm ? 3 : 2;
            GradCheck.Fn f = t -> {
                Tensor[] r = Recurrent.run(kind, t[0], t[1], lstm ? t[2] : null, grouped(t, from), 2, true, batchFirst, null);
                List<Tensor> all = new ArrayList<>(List.of(Ops.reshape(r[0], -1), Ops.reshape(r[1], -1)));
                if (lstm) all.add(Ops.reshape(r[2], -1));
                return Ops.concat(all, 0);
            };
            check(g, kind + " layers, batch_first " + batchFirst, f, inputs.toArray(new NDArray[0]));
        }
    }

    @Test
    void aPackedBatchIsEachSequenceRunAloneAndHasTheDifferencesGradients() {
        for (Kind kind : Kind.values()) {
            Gen g = new Gen(9500 + kind.ordinal());
            boolean lstm = kind == Kind.LSTM;
            int[] sizes = {3, 2, 2, 1}; // lengths 4, 3, 1
            int[] lengths = {4, 3, 1};
            NDArray data = g.array(8, 2), h0 = g.array(2, 3, 2), c0 = g.array(2, 3, 2);
            List<NDArray> w = weights(g, kind, 2, 2, 1, 2);
            Tensor[] ws = w.stream().map(Tensor::constant).toArray(Tensor[]::new);
            Tensor[] r = Recurrent.runPacked(kind, Tensor.constant(data), sizes, Tensor.constant(h0), lstm ? Tensor.constant(c0) : null, grouped(ws, 0), 1, true, null);
            for (int b = 0; b < 3; b++) { // sequence b alone: its rows of each step, as a batch of one
                double[] rows = new double[lengths[b] * 2];
                for (int t = 0, offset = 0; t < lengths[b]; offset += sizes[t], t++)
                    for (int k = 0; k < 2; k++) rows[t * 2 + k] = data.get(offset + b, k);
                NDArray seq = NDArray.of(rows, lengths[b], 1, 2);
                Tensor[] alone = Recurrent.run(kind, Tensor.constant(seq), Tensor.constant(h0.slice(1, b, b + 1, 1)), lstm ? Tensor.constant(c0.slice(1, b, b + 1, 1)) : null,
                        grouped(ws, 0), 1, true, false, null);
                assertThat(alone[1].value().allClose(r[1].value().slice(1, b, b + 1, 1), 1e-12, 1e-12)).as("%s sequence %d", kind, b).isTrue();
                for (int t = 0, offset = 0; t < lengths[b]; offset += sizes[t], t++)
                    for (int k = 0; k < 4; k++) assertThat(r[0].value().get(offset + b, k)).isCloseTo(alone[0].value().get(t, 0, k), within(1e-12));
            }
            List<NDArray> inputs = new ArrayList<>(List.of(data, h0));
            if (lstm) inputs.add(c0);
            inputs.addAll(w);
            int from = lstm ? 3 : 2;
            GradCheck.Fn f = t -> {
                Tensor[] out = Recurrent.runPacked(kind, t[0], sizes, t[1], lstm ? t[2] : null, grouped(t, from), 1, true, null);
                return Ops.concat(List.of(Ops.reshape(out[0], -1), Ops.reshape(out[1], -1)), 0);
            };
            check(g, kind + " packed", f, inputs.toArray(new NDArray[0]));
        }
    }

    @Test
    void dropoutBetweenLayersIsAppliedToEveryLayerButTheLast() {
        Gen g = new Gen(9400);
        NDArray x = g.array(2, 1, 2), h0 = g.array(3, 1, 2);
        List<Tensor> w = weights(g, Kind.GRU, 2, 2, 3, 1).stream().map(Tensor::constant).toList();
        int[] calls = {0};
        Recurrent.run(Kind.GRU, Tensor.constant(x), Tensor.constant(h0), null, grouped(w.toArray(new Tensor[0]), 0), 3, false, false, t -> {
            calls[0]++;
            return t;
        });
        assertThat(calls[0]).isEqualTo(2);
    }
}
