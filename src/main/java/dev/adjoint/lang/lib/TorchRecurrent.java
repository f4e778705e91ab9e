package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.autograd.op.Recurrent;
import dev.adjoint.autograd.op.Recurrent.Kind;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.BuiltinMethod;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Parameter;
import dev.adjoint.random.TorchRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * torch.nn's recurrent layers RNN, LSTM and GRU and their cells RNNCell, LSTMCell and GRUCell, as
 * PyTorch 1.13's rnn.py defines them: the arguments, the parameters (weight_ih_l0, ..., _reverse)
 * registered and drawn in its order, the checks of input and states in its words, unbatched input,
 * reprs; the engine's {@link Recurrent} computes.
 */
final class TorchRecurrent {
    private TorchRecurrent() {}

    static void addLayers(PyModule m) {
        m.add("RNN", layer("RNN"));
        m.add("LSTM", layer("LSTM"));
        m.add("GRU", layer("GRU"));
        m.add("RNNCell", cell("RNNCell", 1));
        m.add("LSTMCell", cell("LSTMCell", 4));
        m.add("GRUCell", cell("GRUCell", 3));
    }

    // ---- RNN, LSTM, GRU ----

    private static PyClass layer(String name) {
        boolean lstm = name.equals("LSTM");
        PyClass c = TorchNn.layer(name, a -> {
            List<String> keywords = new ArrayList<>(List.of("input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional",
                    "proj_size", "device", "dtype"));
            if (name.equals("RNN")) keywords.add("nonlinearity");
            a.expect(0, 10, keywords.toArray(new String[0]));
            if (!lstm && a.has("proj_size")) throw PyError.value("proj_size argument is only supported for LSTM, not RNN or GRU");
            String mode = lstm ? "LSTM" : name.equals("GRU") ? "GRU" : null;
            Object nonlinearity = a.option(-1, "nonlinearity", "tanh");
            if (mode == null) {
                if ("tanh".equals(nonlinearity)) mode = "RNN_TANH";
                else if ("relu".equals(nonlinearity)) mode = "RNN_RELU";
                else throw PyError.value("Unknown nonlinearity '" + Repr.str(nonlinearity) + "'");
            }
            TorchNn.requireArguments(a, "RNNBase", "input_size", "hidden_size");
            PyInstance m = TorchNn.instance(a);
            if (mode.startsWith("RNN")) m.setOwn("nonlinearity", nonlinearity);
            int input = a.intValue(a.option(0, "input_size", null), "input_size"), hidden = a.intValue(a.option(1, "hidden_size", null), "hidden_size");
            int layers = a.intValue(a.option(2, "num_layers", 1L), "num_layers");
            Object bias = Values.plain(a.option(3, "bias", true)), batchFirst = Values.plain(a.option(4, "batch_first", false));
            Object dropout = Values.plain(a.option(5, "dropout", 0.0)), bidirectional = Values.plain(a.option(6, "bidirectional", false));
            int proj = a.intValue(a.option(7, "proj_size", 0L), "proj_size");
            m.setOwn("mode", mode);
            m.setOwn("input_size", (long) input);
            m.setOwn("hidden_size", (long) hidden);
            m.setOwn("num_layers", (long) layers);
            m.setOwn("bias", bias);
            m.setOwn("batch_first", batchFirst);
            if (!(dropout instanceof Long || dropout instanceof Double) || PyNumbers.approx(dropout) < 0 || PyNumbers.approx(dropout) > 1)
                throw PyError.value("dropout should be a number in range [0, 1] representing the probability of an element being zeroed");
            m.setOwn("dropout", PyNumbers.approx(dropout));
            m.setOwn("bidirectional", bidirectional);
            m.setOwn("proj_size", (long) proj);
            if (PyNumbers.approx(dropout) > 0 && layers == 1)
                a.interpreter().warn("UserWarning", "dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers "
                        + "greater than 1, but got dropout=" + Repr.repr(dropout) + " and num_layers=" + layers, "torch.nn.modules.rnn");
            if (proj < 0) throw PyError.value("proj_size should be a positive integer or zero to disable projections");
            if (proj >= hidden) throw PyError.value("proj_size has to be smaller than hidden_size");
            if (proj > 0) throw new PyError("NotImplementedError", "LSTM(proj_size=" + proj + ") is not supported by adjoint");
            int gates = Kind.valueOf(mode).gates * hidden, directions = Values.truthy(bidirectional) ? 2 : 1;
            PyList names = new PyList(), all = new PyList();
            List<int[]> shapes = new ArrayList<>();
            for (int l = 0; l < layers; l++)
                for (int d = 0; d < directions; d++) {
                    String suffix = l + (d == 1 ? "_reverse" : "");
                    int in = l == 0 ? input : hidden * directions;
                    PyList group = new PyList();
                    addName(names, group, shapes, "weight_ih_l" + suffix, new int[] {gates, in});
                    addName(names, group, shapes, "weight_hh_l" + suffix, new int[] {gates, hidden});
                    if (Values.truthy(bias)) {
                        addName(names, group, shapes, "bias_ih_l" + suffix, new int[] {gates});
                        addName(names, group, shapes, "bias_hh_l" + suffix, new int[] {gates});
                    }
                    all.add(group);
                }
            m.setOwn("_flat_weights_names", names);
            m.setOwn("_all_weights", all);
            drawParameters(a, m, names, shapes, hidden);
            return null;
        }, a -> forward(a, name), a -> {
            PyInstance m = TorchNn.instance(a);
            StringBuilder s = new StringBuilder(m.own("input_size") + ", " + m.own("hidden_size"));
            if (!m.own("num_layers").equals(1L)) s.append(", num_layers=").append(m.own("num_layers"));
            if (!Boolean.TRUE.equals(m.own("bias"))) s.append(", bias=").append(Repr.str(m.own("bias")));
            if (!Boolean.FALSE.equals(m.own("batch_first"))) s.append(", batch_first=").append(Repr.str(m.own("batch_first")));
            if (PyNumbers.approx(m.own("dropout")) != 0) s.append(", dropout=").append(Repr.str(m.own("dropout")));
            if (!Boolean.FALSE.equals(m.own("bidirectional"))) s.append(", bidirectional=").append(Repr.str(m.own("bidirectional")));
            return s.toString();
        });
        c.define("all_weights", new dev.adjoint.lang.Descriptors.Property(new BuiltinMethod("all_weights", a -> {
            PyInstance m = TorchNn.instance(a);
            PyList out = new PyList();
            for (Object group : Values.items(m.own("_all_weights"))) {
                PyList weights = new PyList();
                for (Object n : Values.items(group)) weights.add(m.own(Repr.str(n)));
                out.add(weights);
            }
            return out;
        }), null, null));
        return c;
    }

    private static void addName(PyList names, PyList group, List<int[]> shapes, String name, int[] shape) {
        names.add(name);
        group.add(name);
        shapes.add(shape);
    }

    /** reset_parameters: every parameter uniform in ±1/sqrt(hidden_size), in registration order, as PyTorch draws them. */
    private static void drawParameters(Args a, PyInstance m, List<Object> names, List<int[]> shapes, int hidden) {
        TorchRandom r = Torch.rng(a);
        boolean dbl = a.has("dtype") ? Torch.drawsDoubles(a) : r.defaultDouble();
        double bound = hidden > 0 ? 1.0 / Math.sqrt(hidden) : 0;
        for (int i = 0; i < names.size(); i++)
            m.setOwn(Repr.str(names.get(i)), Parameter.of(r.uniform(shapes.get(i), -bound, bound, dbl)).asksFloat64(Torch.asksFloat64(a)));
    }

    /** RNN/LSTM/GRU.forward(input, hx=None) as PyTorch 1.13's: unbatched input, the states' checks in its order and words. */
    private static Object forward(Args a, String name) {
        a.expect(1, 2, "input", "hx");
        PyInstance m = TorchNn.instance(a);
        if (a.option(0, "input", null) instanceof TorchRnnUtils.PackedSequence packed) return forwardPacked(a, m, name, packed, a.option(1, "hx", null));
        boolean lstm = name.equals("LSTM"), batchFirst = Values.truthy(m.own("batch_first")), bidirectional = Values.truthy(m.own("bidirectional"));
        Tensor x = TorchArgs.tensor(a, a.option(0, "input", null));
        Object hx = a.option(1, "hx", null);
        int batchDim = batchFirst ? 0 : 1;
        boolean batched = x.ndim() == 3;
        if (!batched) x = Ops.unsqueeze(x, batchDim);
        Tensor h0 = null, c0 = null;
        if (hx != null && lstm) {
            Tensor[] pair = statePair(a, hx);
            h0 = pair[0];
            c0 = pair[1];
            if (batched && (h0.ndim() != 3 || c0.ndim() != 3))
                throw new PyError("RuntimeError", "For batched 3-D input, hx and cx should also be 3-D but got (" + h0.ndim() + "-D, " + c0.ndim() + "-D) tensors");
            if (!batched && (h0.ndim() != 2 || c0.ndim() != 2))
                throw new PyError("RuntimeError", "For unbatched 2-D input, hx and cx should also be 2-D but got (" + h0.ndim() + "-D, " + c0.ndim() + "-D) tensors");
            if (!batched) {
                h0 = Ops.unsqueeze(h0, 1);
                c0 = Ops.unsqueeze(c0, 1);
            }
        } else if (hx != null) {
            h0 = TorchArgs.tensor(a, hx);
            if (!batched && h0.ndim() != 2)
                throw new PyError("RuntimeError", "For unbatched 2-D input, hx should also be 2-D but got " + h0.ndim() + "-D tensor");
            if (batched && h0.ndim() != 3)
                throw new PyError("RuntimeError", "For batched 3-D input, hx should also be 3-D but got " + h0.ndim() + "-D tensor");
            if (!batched) h0 = Ops.unsqueeze(h0, 1);
        }
        int layers = Values.toInt(m.own("num_layers"), "num_layers"), hidden = Values.toInt(m.own("hidden_size"), "hidden_size");
        int directions = bidirectional ? 2 : 1, batch = x.ndim() > batchDim ? x.shape()[batchDim] : 1;
        int[] stateShape = {layers * directions, batch, hidden};
        if (h0 == null) {
            h0 = zeros(stateShape, x);
            if (lstm) c0 = zeros(stateShape, x);
        }
        // check_forward_args
        if (x.ndim() != 3) throw new PyError("RuntimeError", "input must have 3 dimensions, got " + x.ndim());
        if (x.shape()[2] != Values.toInt(m.own("input_size"), "input_size"))
            throw new PyError("RuntimeError", "input.size(-1) must be equal to input_size. Expected " + m.own("input_size") + ", got " + x.shape()[2]);
        checkState(h0, stateShape, lstm ? "Expected hidden[0] size " : "Expected hidden size ");
        if (lstm) checkState(c0, stateShape, "Expected hidden[1] size ");
        double p = PyNumbers.approx(m.own("dropout"));
        boolean training = Values.truthy(m.own("training"));
        Tensor[] r = Recurrent.run(Kind.valueOf(Repr.str(m.own("mode"))), x, h0, c0, weights(m), layers, bidirectional, batchFirst,
                p != 0 && training ? t -> TorchNn.dropout(t, p, true, a) : null);
        Tensor output = r[0], hn = r[1], cn = lstm ? r[2] : null;
        if (!batched) {
            output = Ops.squeeze(output, batchDim);
            hn = Ops.squeeze(hn, 1);
            if (lstm) cn = Ops.squeeze(cn, 1);
        }
        return Values.tuple(output, lstm ? Values.tuple(hn, cn) : hn);
    }

    /** forward of a PackedSequence: the states permuted into the sequences' sorted order and back, the output packed as the input. */
    private static Object forwardPacked(Args a, PyInstance m, String name, TorchRnnUtils.PackedSequence packed, Object hx) {
        boolean lstm = name.equals("LSTM"), bidirectional = Values.truthy(m.own("bidirectional"));
        int[] sizes = packed.sizes(), sorted = indices(packed.sortedIndices), unsorted = indices(packed.unsortedIndices);
        int layers = Values.toInt(m.own("num_layers"), "num_layers"), hidden = Values.toInt(m.own("hidden_size"), "hidden_size");
        int[] stateShape = {layers * (bidirectional ? 2 : 1), sizes[0], hidden};
        Tensor x = packed.data, h0, c0 = null;
        if (hx == null) {
            h0 = zeros(stateShape, x);
            if (lstm) c0 = zeros(stateShape, x);
        } else if (lstm) {
            Tensor[] pair = statePair(a, hx);
            h0 = inOrder(pair[0], sorted);
            c0 = inOrder(pair[1], sorted);
        } else h0 = inOrder(TorchArgs.tensor(a, hx), sorted);
        if (x.ndim() != 2) throw new PyError("RuntimeError", "input must have 2 dimensions, got " + x.ndim());
        if (x.shape()[1] != Values.toInt(m.own("input_size"), "input_size"))
            throw new PyError("RuntimeError", "input.size(-1) must be equal to input_size. Expected " + m.own("input_size") + ", got " + x.shape()[1]);
        checkState(h0, stateShape, lstm ? "Expected hidden[0] size " : "Expected hidden size ");
        if (lstm) checkState(c0, stateShape, "Expected hidden[1] size ");
        double p = PyNumbers.approx(m.own("dropout"));
        Tensor[] r = Recurrent.runPacked(Kind.valueOf(Repr.str(m.own("mode"))), x, sizes, h0, c0, weights(m), layers, bidirectional,
                p != 0 && Values.truthy(m.own("training")) ? t -> TorchNn.dropout(t, p, true, a) : null);
        TorchRnnUtils.PackedSequence output = new TorchRnnUtils.PackedSequence(r[0], packed.batchSizes, packed.sortedIndices, packed.unsortedIndices);
        Tensor hn = inOrder(r[1], unsorted);
        return Values.tuple(output, lstm ? Values.tuple(hn, inOrder(r[2], unsorted)) : hn);
    }

    private static int[] indices(Tensor t) {
        if (t == null) return null;
        double[] v = t.value().toArray();
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (int) v[i];
        return out;
    }

    private static Tensor inOrder(Tensor state, int[] order) {
        return order == null ? state : Recurrent.batchInOrder(state, order);
    }

    /** The weights of each layer and direction, in PyTorch's order. */
    private static List<Recurrent.Weights> weights(PyInstance m) {
        List<Recurrent.Weights> weights = new ArrayList<>();
        boolean bias = Values.truthy(m.own("bias"));
        for (Object group : Values.items(m.own("_all_weights"))) {
            List<Object> n = Values.items(group);
            weights.add(new Recurrent.Weights(parameter(m, n.get(0)), parameter(m, n.get(1)), bias ? parameter(m, n.get(2)) : null, bias ? parameter(m, n.get(3)) : null));
        }
        return weights;
    }

    private static void checkState(Tensor h, int[] expected, String message) {
        if (!Arrays.equals(h.shape(), expected))
            throw new PyError("RuntimeError", message + "(" + expected[0] + ", " + expected[1] + ", " + expected[2] + "), got " + Arrays.toString(h.shape()));
    }

    /** LSTM's hx: a pair (h0, c0); PyTorch reads hx[0] and hx[1], so a tensor gives its first two entries. */
    private static Tensor[] statePair(Args a, Object hx) {
        Tensor t = Values.node(hx);
        if (t != null) return new Tensor[] {Ops.getItem(t, List.of(new Index.At(0))), Ops.getItem(t, List.of(new Index.At(1)))};
        List<Object> items = Values.items(hx);
        if (items.size() < 2) throw PyError.index("tuple index out of range");
        return new Tensor[] {TorchArgs.tensor(a, items.get(0)), TorchArgs.tensor(a, items.get(1))};
    }

    private static Tensor zeros(int[] shape, Tensor like) {
        return Tensor.constant(NDArray.zeros(shape), like.dtype());
    }

    private static Tensor parameter(PyInstance m, Object name) {
        return Values.node(m.own(Repr.str(name)));
    }

    // ---- the cells ----

    private static PyClass cell(String name, int chunks) {
        boolean simple = name.equals("RNNCell");
        return TorchNn.layer(name, a -> {
            if (simple) a.expect(0, 6, "input_size", "hidden_size", "bias", "nonlinearity", "device", "dtype");
            else a.expect(0, 5, "input_size", "hidden_size", "bias", "device", "dtype");
            TorchNn.requireArguments(a, name, "input_size", "hidden_size");
            PyInstance m = TorchNn.instance(a);
            int input = a.intValue(a.option(0, "input_size", null), "input_size"), hidden = a.intValue(a.option(1, "hidden_size", null), "hidden_size");
            Object bias = Values.plain(a.option(2, "bias", true));
            m.setOwn("input_size", (long) input);
            m.setOwn("hidden_size", (long) hidden);
            m.setOwn("bias", bias);
            List<Object> names = new ArrayList<>(List.of("weight_ih", "weight_hh"));
            List<int[]> shapes = new ArrayList<>(List.of(new int[] {chunks * hidden, input}, new int[] {chunks * hidden, hidden}));
            if (Values.truthy(bias)) {
                names.addAll(List.of("bias_ih", "bias_hh"));
                shapes.addAll(List.of(new int[] {chunks * hidden}, new int[] {chunks * hidden}));
            } else {
                m.setOwn("bias_ih", null);
                m.setOwn("bias_hh", null);
            }
            drawParameters(a, m, names, shapes, hidden);
            if (simple) m.setOwn("nonlinearity", a.option(3, "nonlinearity", "tanh"));
            return null;
        }, a -> cellForward(a, name), a -> {
            PyInstance m = TorchNn.instance(a);
            StringBuilder s = new StringBuilder(m.own("input_size") + ", " + m.own("hidden_size"));
            if (!Boolean.TRUE.equals(m.own("bias"))) s.append(", bias=").append(Repr.str(m.own("bias")));
            if (simple && !"tanh".equals(m.own("nonlinearity"))) s.append(", nonlinearity=").append(Repr.str(m.own("nonlinearity")));
            return s.toString();
        });
    }

    /** RNNCell/LSTMCell/GRUCell.forward(input, hx=None): a 1-d input is one unbatched step, as PyTorch 1.13. */
    private static Object cellForward(Args a, String name) {
        a.expect(1, 2, "input", "hx");
        PyInstance m = TorchNn.instance(a);
        Tensor x = TorchArgs.tensor(a, a.option(0, "input", null));
        Object hx = a.option(1, "hx", null);
        if (x.ndim() != 1 && x.ndim() != 2)
            throw new PyError("AssertionError", name + ": Expected input to be 1-D or 2-D but received " + x.ndim() + "-D tensor");
        boolean batched = x.ndim() == 2, lstm = name.equals("LSTMCell");
        if (!batched) x = Ops.unsqueeze(x, 0);
        int[] stateShape = {x.shape()[0], Values.toInt(m.own("hidden_size"), "hidden_size")};
        Recurrent.State state;
        if (lstm) {
            if (batched && hx != null && Values.node(hx) != null) // unbatched, PyTorch's forward has already made a tuple of hx[0] and hx[1]
                throw PyError.type("lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, not Tensor");
            Tensor[] pair = hx == null ? new Tensor[] {zeros(stateShape, x), zeros(stateShape, x)} : statePair(a, hx);
            state = batched || hx == null ? new Recurrent.State(pair[0], pair[1]) : new Recurrent.State(Ops.unsqueeze(pair[0], 0), Ops.unsqueeze(pair[1], 0));
        } else {
            Tensor h = hx == null ? zeros(stateShape, x) : TorchArgs.tensor(a, hx);
            state = new Recurrent.State(batched || hx == null ? h : Ops.unsqueeze(h, 0), null);
        }
        Kind kind = lstm ? Kind.LSTM : name.equals("GRUCell") ? Kind.GRU : null;
        if (kind == null) {
            Object nonlinearity = m.own("nonlinearity");
            if ("tanh".equals(nonlinearity)) kind = Kind.RNN_TANH;
            else if ("relu".equals(nonlinearity)) kind = Kind.RNN_RELU;
            else throw new PyError("RuntimeError", "Unknown nonlinearity: " + Repr.str(nonlinearity));
        }
        Recurrent.Weights w = new Recurrent.Weights(Values.node(m.own("weight_ih")), Values.node(m.own("weight_hh")), Values.node(m.own("bias_ih")),
                Values.node(m.own("bias_hh")));
        Recurrent.State out = Recurrent.cell(kind, x, state, w);
        if (!lstm) return batched ? out.h() : Ops.squeeze(out.h(), 0);
        return batched ? Values.tuple(out.h(), out.c()) : Values.tuple(Ops.squeeze(out.h(), 0), Ops.squeeze(out.c(), 0));
    }
}
