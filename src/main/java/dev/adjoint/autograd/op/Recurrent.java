package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * PyTorch's recurrent layers (RNN with tanh or ReLU, LSTM, GRU) and their cells, built from the
 * engine's ops in the order PyTorch 1.13's CPU implementation (aten RNN.cpp) computes them, so the
 * numbers agree to the last digits and autograd gives the gradients: a layer's input projection
 * x·W_ihᵀ + b_ih for the whole sequence at once, then per step h·W_hhᵀ + b_hh plus that step's
 * projection, the gates, the new state; the steps stacked (StackBackward0), the directions joined.
 */
public final class Recurrent {
    private Recurrent() {}

    /** The kinds of cell: how many gate blocks of hidden_size rows their weights have. */
    public enum Kind {
        RNN_TANH(1), RNN_RELU(1), LSTM(4), GRU(3);

        public final int gates;

        Kind(int gates) {
            this.gates = gates;
        }
    }

    /** One direction of one layer: weight_ih (gates·H, in), weight_hh (gates·H, H), the biases or null. */
    public record Weights(Tensor ih, Tensor hh, Tensor biasIh, Tensor biasHh) {}

    /** A state: h, and for an LSTM the cell state c (null otherwise). */
    public record State(Tensor h, Tensor c) {}

    /**
     * A whole layer stack on a (T, B, in) sequence (batch_first: (B, T, in)) from the states
     * {@code h0} (and {@code c0}), (layers·directions, B, H), the weights in PyTorch's order (layer by
     * layer, forward then reverse). {@code dropout} (null for none) is applied to each layer's output
     * but the last, as PyTorch's training mode does. Returns the output (T, B, directions·H) and the
     * final states stacked as h0.
     */
    public static Tensor[] run(Kind kind, Tensor input, Tensor h0, Tensor c0, List<Weights> weights, int layers, boolean bidirectional,
            boolean batchFirst, UnaryOperator<Tensor> dropout) {
        Tensor[] r = layers(batchFirst ? Ops.transpose(input, 0, 1) : input, h0, c0, weights, layers, bidirectional, 2, dropout,
                (x, start, w, reverse, outputs) -> direction(kind, x, start, w, reverse, outputs));
        // PyTorch turns the output back in place (transpose_), hence its node's name
        if (batchFirst) r[0] = Tensor.apply(Ops.swapping(3, 0, 1, "TransposeBackward1"), r[0]);
        return r;
    }

    /**
     * The layer stack on a packed sequence: {@code data} (Σ batch sizes, in), the rows of each time
     * step in turn, {@code batchSizes} non-increasing (PyTorch's PackedSequence, sorted by length).
     * Sequences that have ended keep their last state, which is their final one. Returns the packed
     * output (Σ batch sizes, directions·H) and the final states as {@link #run}.
     */
    public static Tensor[] runPacked(Kind kind, Tensor data, int[] batchSizes, Tensor h0, Tensor c0, List<Weights> weights, int layers, boolean bidirectional,
            UnaryOperator<Tensor> dropout) {
        return layers(data, h0, c0, weights, layers, bidirectional, 1, dropout, (x, start, w, reverse, outputs) -> reverse
                ? packedReverse(kind, x, batchSizes, start, w, outputs) : packedForward(kind, x, batchSizes, start, w, outputs));
    }

    /** One direction of one layer over its input: adds its output to {@code outputs}, returns its final state. */
    private interface Direction {
        State run(Tensor input, State start, Weights w, boolean reverse, List<Tensor> outputs);
    }

    /** Each layer's directions in turn (their outputs joined along {@code featureAxis}), dropout between layers; the output and the final states stacked. */
    private static Tensor[] layers(Tensor input, Tensor h0, Tensor c0, List<Weights> weights, int layers, boolean bidirectional, int featureAxis,
            UnaryOperator<Tensor> dropout, Direction direction) {
        int directions = bidirectional ? 2 : 1;
        Tensor layerInput = input;
        List<Tensor> finalH = new ArrayList<>(), finalC = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            List<Tensor> outputs = new ArrayList<>();
            for (int d = 0; d < directions; d++) {
                int at = l * directions + d;
                State start = new State(select(h0, at), c0 == null ? null : select(c0, at));
                State end = direction.run(layerInput, start, weights.get(at), d == 1, outputs);
                finalH.add(end.h());
                if (end.c() != null) finalC.add(end.c());
            }
            layerInput = outputs.size() == 1 ? outputs.get(0) : Ops.concat(outputs, featureAxis);
            if (dropout != null && l < layers - 1) layerInput = dropout.apply(layerInput);
        }
        Tensor hn = Ops.stack(finalH, 0);
        return c0 == null ? new Tensor[] {layerInput, hn} : new Tensor[] {layerInput, hn, Ops.stack(finalC, 0)};
    }

    /** A state (layers·directions, B, H) with its batch entries in {@code order}: PyTorch's index_select of permute_hidden. */
    public static Tensor batchInOrder(Tensor state, int[] order) {
        int[] s = state.shape();
        int[] positions = new int[s[0] * order.length * s[2]];
        for (int l = 0, k = 0; l < s[0]; l++)
            for (int b : order)
                for (int j = 0; j < s[2]; j++) positions[k++] = (l * s[1] + b) * s[2] + j;
        return Ops.take(state, positions, new int[] {s[0], order.length, s[2]}, "IndexSelectBackward0");
    }

    /** PyTorch's PackedLayer: as the batch shrinks, the states of the sequences that ended are set aside; they and the last ones are the final state. */
    private static State packedForward(Kind kind, Tensor data, int[] batchSizes, State state, Weights w, List<Tensor> outputs) {
        Tensor projected = Ops.linear(data, w.ih(), w.biasIh());
        List<State> ended = new ArrayList<>();
        List<Tensor> steps = new ArrayList<>();
        int offset = 0, last = batchSizes[0];
        for (int size : batchSizes) {
            if (size < last) {
                ended.add(rows(state, size, last));
                state = rows(state, 0, size);
            }
            last = size;
            state = step(kind, rows(projected, offset, offset + size), state, w);
            offset += size;
            steps.add(state.h());
        }
        ended.add(state);
        Collections.reverse(ended);
        outputs.add(Ops.concat(steps, 0));
        return joined(ended);
    }

    /** PyTorch's ReversedPackedLayer: from the last step back, the batch growing with the initial states of the sequences that start to count. */
    private static State packedReverse(Kind kind, Tensor data, int[] batchSizes, State initial, Weights w, List<Tensor> outputs) {
        Tensor projected = Ops.linear(data, w.ih(), w.biasIh());
        List<Tensor> steps = new ArrayList<>();
        int offset = data.shape()[0], last = batchSizes[batchSizes.length - 1];
        State state = rows(initial, 0, last);
        for (int i = batchSizes.length - 1; i >= 0; i--) {
            int size = batchSizes[i];
            if (size > last) state = joined(List.of(state, rows(initial, last, size)));
            state = step(kind, rows(projected, offset - size, offset), state, w);
            offset -= size;
            last = size;
            steps.add(state.h());
        }
        Collections.reverse(steps);
        outputs.add(Ops.concat(steps, 0));
        return state;
    }

    private static State rows(State s, int from, int to) {
        return new State(rows(s.h(), from, to), s.c() == null ? null : rows(s.c(), from, to));
    }

    private static Tensor rows(Tensor t, int from, int to) {
        return Ops.getItem(t, List.of(new Index.Slice(from, to, 1)));
    }

    private static State joined(List<State> parts) {
        if (parts.size() == 1) return parts.get(0);
        List<Tensor> h = new ArrayList<>(), c = new ArrayList<>();
        for (State s : parts) {
            h.add(s.h());
            if (s.c() != null) c.add(s.c());
        }
        return new State(Ops.concat(h, 0), c.isEmpty() ? null : Ops.concat(c, 0));
    }

    /** One direction of one layer over the sequence; its outputs (T, B, H) stacked in time order go to {@code outputs}. */
    private static State direction(Kind kind, Tensor input, State state, Weights w, boolean reverse, List<Tensor> outputs) {
        int steps = input.shape()[0];
        if (steps == 0) throw new AutogradException("Expected sequence length to be larger than 0 in RNN");
        Tensor projected = Ops.linear(input, w.ih(), w.biasIh()); // every step's x·W_ihᵀ + b_ih in one product, as PyTorch's CPU path
        List<Tensor> hs = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            int t = reverse ? steps - 1 - i : i;
            state = step(kind, select(projected, t), state, w);
            hs.add(state.h());
        }
        if (reverse) Collections.reverse(hs);
        outputs.add(Ops.stack(hs, 0));
        return state;
    }

    /**
     * One step of a cell from {@code projectedInput} (x·W_ihᵀ + b_ih, (B, gates·H)), as PyTorch's
     * SimpleCell, LSTMCell and GRUCell compute it: the hidden projection first, then the input's added.
     */
    private static State step(Kind kind, Tensor projectedInput, State state, Weights w) {
        Tensor hidden = Ops.linear(state.h(), w.hh(), w.biasHh());
        switch (kind) {
            case RNN_TANH -> {
                return new State(Ops.tanh(Ops.add(hidden, projectedInput)), null);
            }
            case RNN_RELU -> {
                return new State(Ops.relu(Ops.add(hidden, projectedInput)), null);
            }
            case LSTM -> {
                Tensor gates = Ops.add(hidden, projectedInput);
                Tensor in = Ops.sigmoid(gate(gates, 0, 4)), forget = Ops.sigmoid(gate(gates, 1, 4));
                Tensor cell = Ops.tanh(gate(gates, 2, 4)), out = Ops.sigmoid(gate(gates, 3, 4));
                Tensor c = Ops.add(Ops.mul(forget, state.c()), Ops.mul(in, cell));
                return new State(Ops.mul(out, Ops.tanh(c)), c);
            }
            case GRU -> {
                Tensor reset = Ops.sigmoid(Ops.add(gate(hidden, 0, 3), gate(projectedInput, 0, 3)));
                Tensor update = Ops.sigmoid(Ops.add(gate(hidden, 1, 3), gate(projectedInput, 1, 3)));
                Tensor candidate = Ops.tanh(Ops.add(gate(projectedInput, 2, 3), Ops.mul(gate(hidden, 2, 3), reset)));
                // (h - n)·z + n, PyTorch's arrangement of (1 - z)·n + z·h
                return new State(Ops.add(Ops.mul(Ops.sub(state.h(), candidate), update), candidate), null);
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /**
     * One step of a cell on its own (RNNCell, LSTMCell, GRUCell: x (B, in), h and c (B, H)),
     * after PyTorch's checks of the sizes, in its words.
     */
    public static State cell(Kind kind, Tensor x, State state, Weights w) {
        int inputSize = w.ih().shape()[1], hiddenSize = w.hh().shape()[1];
        if (x.shape()[1] != inputSize)
            throw new AutogradException("input has inconsistent input_size: got " + x.shape()[1] + " expected " + inputSize);
        checkCellHidden(x, state.h(), hiddenSize);
        if (state.c() != null) checkCellHidden(x, state.c(), hiddenSize); // PyTorch's lstm_cell calls c "hidden0" too
        return step(kind, Ops.linear(x, w.ih(), w.biasIh()), state, w);
    }

    private static void checkCellHidden(Tensor x, Tensor h, int hiddenSize) {
        int batch = h.ndim() == 0 ? 1 : h.shape()[0];
        if (x.shape()[0] != batch) throw new AutogradException("Input batch size " + x.shape()[0] + " doesn't match hidden0 batch size " + batch);
        if (h.ndim() < 2 || h.shape()[1] != hiddenSize)
            throw new AutogradException("hidden0 has inconsistent hidden_size: got " + (h.ndim() < 2 ? 1 : h.shape()[1]) + ", expected " + hiddenSize);
    }

    /** Block {@code i} of {@code of} equal blocks along the last axis: a gate's rows of the stacked gate weights (PyTorch's chunk). */
    private static Tensor gate(Tensor gates, int i, int of) {
        int size = gates.shape()[1] / of;
        return Ops.getItem(gates, List.of(Index.Slice.ALL, new Index.Slice(i * size, (i + 1) * size, 1)));
    }

    private static Tensor select(Tensor t, int i) {
        return Ops.getItem(t, List.of(new Index.At(i)));
    }
}
