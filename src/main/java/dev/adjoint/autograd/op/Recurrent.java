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
        int directions = bidirectional ? 2 : 1;
        Tensor layerInput = batchFirst ? Ops.transpose(input, 0, 1) : input;
        List<Tensor> finalH = new ArrayList<>(), finalC = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            List<Tensor> outputs = new ArrayList<>();
            for (int d = 0; d < directions; d++) {
                int at = l * directions + d;
                State start = new State(select(h0, at), c0 == null ? null : select(c0, at));
                State end = direction(kind, layerInput, start, weights.get(at), d == 1, outputs);
                finalH.add(end.h());
                if (end.c() != null) finalC.add(end.c());
            }
            layerInput = outputs.size() == 1 ? outputs.get(0) : Ops.concat(outputs, 2);
            if (dropout != null && l < layers - 1) layerInput = dropout.apply(layerInput);
        }
        // PyTorch turns the output back in place (transpose_), hence its node's name
        Tensor output = batchFirst ? Tensor.apply(Ops.swapping(3, 0, 1, "TransposeBackward1"), layerInput) : layerInput;
        Tensor hn = Ops.stack(finalH, 0);
        return c0 == null ? new Tensor[] {output, hn} : new Tensor[] {output, hn, Ops.stack(finalC, 0)};
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
