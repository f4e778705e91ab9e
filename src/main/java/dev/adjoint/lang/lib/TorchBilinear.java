package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.nn.Parameter;
import dev.adjoint.random.TorchRandom;

/**
 * nn.Bilinear(in1_features, in2_features, out_features, bias=True) and F.bilinear: y = x₁ᵀ·A·x₂ + b
 * for each of A's out_features slices, weight (out, in1, in2) and bias drawn uniform in
 * ±1/√in1 as PyTorch's reset_parameters; computed with the engine's ops (the bias added last,
 * AddBackward0, as PyTorch's composite ends; 1-d inputs reshaped back, ReshapeAliasBackward0).
 */
final class TorchBilinear {
    private TorchBilinear() {}

    static void addLayers(PyModule m) {
        m.add("Bilinear", TorchNn.layer("Bilinear", a -> {
            a.expect(0, 6, "in1_features", "in2_features", "out_features", "bias", "device", "dtype");
            TorchNn.requireArguments(a, "Bilinear", "in1_features", "in2_features", "out_features");
            PyInstance self = TorchNn.instance(a);
            int in1 = a.intValue(a.option(0, "in1_features", null), "in1_features"), in2 = a.intValue(a.option(1, "in2_features", null), "in2_features");
            int out = a.intValue(a.option(2, "out_features", null), "out_features");
            self.setOwn("in1_features", (long) in1);
            self.setOwn("in2_features", (long) in2);
            self.setOwn("out_features", (long) out);
            TorchRandom r = Torch.rng(a);
            boolean dbl = a.has("dtype") ? Torch.drawsDoubles(a) : r.defaultDouble();
            double bound = 1 / Math.sqrt(in1);
            self.setOwn("weight", Parameter.of(r.uniform(new int[] {out, in1, in2}, -bound, bound, dbl)).asksFloat64(Torch.asksFloat64(a)));
            self.setOwn("bias", a.bool(3, "bias", true) ? Parameter.of(r.uniform(new int[] {out}, -bound, bound, dbl)).asksFloat64(Torch.asksFloat64(a)) : null);
            return null;
        }, a -> {
            a.expect(2, 2, "input1", "input2");
            PyInstance self = TorchNn.instance(a);
            Object bias = self.own("bias");
            return bilinear(TorchArgs.tensor(a, a.get(0)), TorchArgs.tensor(a, a.get(1)), Values.node(self.own("weight")), bias == null ? null : Values.node(bias));
        }, a -> {
            PyInstance self = TorchNn.instance(a);
            return "in1_features=" + self.own("in1_features") + ", in2_features=" + self.own("in2_features") + ", out_features=" + self.own("out_features")
                    + ", bias=" + (self.own("bias") != null ? "True" : "False");
        }));
    }

    static void addFunctions(PyModule m) {
        m.add(Builtin.of("bilinear", a -> {
            a.expect(3, 4, "input1", "input2", "weight", "bias");
            Object bias = a.option(3, "bias", null);
            return bilinear(TorchArgs.tensor(a, a.get(0)), TorchArgs.tensor(a, a.get(1)), TorchArgs.tensor(a, a.get(2)), bias == null ? null : TorchArgs.tensor(a, bias));
        }));
    }

    /** PyTorch's checks in its order, then Σᵢⱼ x₁ᵢ·A[o]ᵢⱼ·x₂ⱼ over the batch (all leading dimensions), plus the bias. */
    private static Tensor bilinear(Tensor x1, Tensor x2, Tensor weight, Tensor bias) {
        int[] s1 = x1.shape(), s2 = x2.shape(), w = weight.shape();
        if (x1.ndim() != x2.ndim())
            throw new PyError("RuntimeError", "bilinear(): input dimensions do not match: got " + x1.ndim() + " and " + x2.ndim());
        for (int i = 0; i < x1.ndim() - 1; i++)
            if (s1[i] != s2[i]) throw new PyError("RuntimeError", "bilinear(): input batch dimensions do not match at dim " + i + ": got " + s1[i] + " and " + s2[i]);
        if (w.length != 3) throw new PyError("RuntimeError", "bilinear(): weight must be three-dimensional, but got " + w.length + " dimensions");
        if (s1[s1.length - 1] != w[1])
            throw new PyError("RuntimeError", "bilinear(): input1 size does not match weight size: got " + s1[s1.length - 1] + " but expected " + w[1]);
        if (s2[s2.length - 1] != w[2])
            throw new PyError("RuntimeError", "bilinear(): input2 size does not match weight size: got " + s2[s2.length - 1] + " but expected " + w[2]);
        if (bias != null && (bias.ndim() != 1 || bias.shape()[0] != w[0]))
            throw new PyError("RuntimeError", "bilinear(): bias size does not match weight size: got " + (bias.ndim() == 0 ? 1 : bias.shape()[0]) + " but expected " + w[0]);
        int batch = x1.value().size() / w[1];
        Tensor a = Ops.reshape(x1, batch, w[1]), b = Ops.reshape(x2, batch, w[2]);
        // (batch, in1) @ (in1, out·in2) → (batch, out, in2), times x₂ and summed over in2
        Tensor mixed = Ops.reshape(Ops.matmul(a, Ops.reshape(Ops.permute(weight, 1, 0, 2), w[1], w[0] * w[2])), batch, w[0], w[2]);
        Tensor y = Ops.sum(Ops.mul(mixed, Ops.unsqueeze(b, 1)), new int[] {2}, false);
        if (bias != null) y = Ops.add(y, bias);
        if (x1.ndim() == 2) return y;
        int[] shape = java.util.Arrays.copyOf(s1, s1.length);
        shape[shape.length - 1] = w[0];
        return Ops.reshape(y, shape);
    }
}
