package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Functional;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import java.util.List;

/**
 * torch.nn.functional's cosine_similarity, normalize, kl_div and pad (every mode), with the
 * layers nn.CosineSimilarity, nn.KLDivLoss and the padding layers (ZeroPad2d, ConstantPad1d, ReflectionPad2d, ...), reading PyTorch 1.13's arguments; the engine's
 * {@link Functional} computes them as PyTorch does.
 */
final class TorchSimilarityAndPadding {
    private TorchSimilarityAndPadding() {}

    private static final String KL_MEAN_WARNING = "reduction: 'mean' divides the total loss by both the batch size and the support size."
            + "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
            + "'mean' will be changed to behave the same as 'batchmean' in the next major release.";

    static void addLayers(PyModule m) {
        addPaddingLayers(m);
        m.add("CosineSimilarity", TorchNn.layer("CosineSimilarity", a -> {
            a.expect(0, 2, "dim", "eps");
            PyInstance self = TorchNn.instance(a);
            self.setOwn("dim", (long) a.integer(0, "dim", 1));
            self.setOwn("eps", a.number(1, "eps", 1e-8));
            return null;
        }, a -> {
            PyInstance self = TorchNn.instance(a.expect(2, 2, "x1", "x2"));
            return Functional.cosineSimilarity(tensor(a, 0), tensor(a, 1), a.intValue(self.own("dim"), "dim"), a.number(self.own("eps"), "eps"));
        }, null));
        m.add("PairwiseDistance", TorchNn.layer("PairwiseDistance", a -> {
            a.expect(0, 3, "p", "eps", "keepdim");
            PyInstance self = TorchNn.instance(a);
            self.setOwn("norm", a.number(0, "p", 2));
            self.setOwn("eps", a.number(1, "eps", 1e-6));
            self.setOwn("keepdim", a.bool(2, "keepdim", false));
            return null;
        }, a -> {
            PyInstance self = TorchNn.instance(a.expect(2, 2, "x1", "x2"));
            return pairwiseDistance(tensor(a, 0), tensor(a, 1), a.number(self.own("norm"), "p"), a.number(self.own("eps"), "eps"), Values.truthy(self.own("keepdim")));
        }, null));
        m.add("KLDivLoss", TorchNn.layer("KLDivLoss", a -> {
            a.expect(0, 4, "size_average", "reduce", "reduction", "log_target");
            PyInstance self = TorchNn.instance(a);
            self.setOwn("reduction", Values.plain(a.option(2, "reduction", "mean")));
            self.setOwn("log_target", a.bool(3, "log_target", false));
            return null;
        }, a -> {
            PyInstance self = TorchNn.instance(a.expect(2, 2, "input", "target"));
            return klDiv(a, tensor(a, 0), tensor(a, 1), self.own("reduction"), Values.truthy(self.own("log_target")));
        }, null));
    }

    /** cosine_similarity, pairwise_distance and pdist: F's, and torch's under the same names. */
    static void addDistances(PyModule m) {
        m.add(Builtin.of("pdist", a -> {
            a.expect(1, 2, "input", "p");
            return Ops.pdist(tensor(a, 0), a.number(1, "p", 2));
        }));
        m.add(Builtin.of("cosine_similarity", a -> {
            a.expect(2, 4, "x1", "x2", "dim", "eps");
            return Functional.cosineSimilarity(tensor(a, 0), tensor(a, 1), a.integer(2, "dim", 1), a.number(3, "eps", 1e-8));
        }));
        m.add(Builtin.of("pairwise_distance", a -> {
            a.expect(2, 5, "x1", "x2", "p", "eps", "keepdim");
            return pairwiseDistance(tensor(a, 0), tensor(a, 1), a.number(2, "p", 2), a.number(3, "eps", 1e-6), a.bool(4, "keepdim", false));
        }));
    }

    static void addFunctions(PyModule m) {
        addDistances(m);
        m.add(Builtin.of("normalize", a -> {
            a.expect(1, 5, "input", "p", "dim", "eps", "out");
            if (a.option(4, "out", null) != null) throw new PyError("NotImplementedError", "normalize's out= is not supported by adjoint");
            return Functional.normalize(tensor(a, 0), a.number(1, "p", 2), a.integer(2, "dim", 1), a.number(3, "eps", 1e-12));
        }));
        m.add(Builtin.of("kl_div", a -> {
            a.expect(2, 6, "input", "target", "size_average", "reduce", "reduction", "log_target");
            return klDiv(a, tensor(a, 0), tensor(a, 1), Values.plain(a.option(4, "reduction", "mean")), a.bool(5, "log_target", false));
        }));
        m.add(Builtin.of("pad", a -> {
            a.expect(2, 4, "input", "pad", "mode", "value");
            return pad(a, tensor(a, 0), a.option(1, "pad", null), Values.plain(a.option(2, "mode", "constant")), a.option(3, "value", null));
        }));
    }

    /** F.pad(x, pad, mode, value) (value null: 0). */
    private static Tensor pad(Args a, Tensor x, Object padding, Object mode, Object value) {
        int[] pad = a.ints(padding, "pad");
        if (List.of("reflect", "replicate", "circular").contains(mode)) { // PyTorch's _pad_enum checks the length first
            if (pad.length % 2 != 0) throw new PyError("RuntimeError", "Padding length must be divisible by 2");
            if (pad.length > 2 * x.ndim()) throw new PyError("RuntimeError", "Padding length too large");
        }
        if (List.of("reflect", "replicate").contains(mode) && pad.length % 2 == 0 && !Functional.padsItsAxes(x, pad))
            throw new PyError("NotImplementedError", "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
        if (List.of("reflect", "replicate", "circular").contains(mode)) return Functional.modePad(x, pad, (String) mode);
        if (!"constant".equals(mode)) throw new PyError("NotImplementedError", "Unrecognised padding mode " + Values.str(mode));
        return Functional.constantPad(x, pad, value == null ? 0 : a.number(value, "value"));
    }

    /**
     * The padding layers, e.g. ReflectionPad2d(padding): F.pad with the layer's mode; an int pads
     * each side of the last {@code dims} dimensions, a sequence is kept as given (a tuple). The
     * constant ones take a value (ZeroPad2d's is 0.0) and show it, but ZeroPad2d.
     */
    private static PyClass padLayer(String name, int dims, String mode) {
        boolean constant = mode.equals("constant"), zero = name.startsWith("Zero");
        return TorchNn.layer(name, a -> {
            String[] required = constant && !zero ? new String[] {"padding", "value"} : new String[] {"padding"};
            a.expect(0, required.length, required);
            TorchNn.requireArguments(a, name, required);
            PyInstance self = TorchNn.instance(a);
            Object given = Values.plain(a.option(0, "padding", null));
            List<Object> padding = new java.util.ArrayList<>();
            if (given instanceof List<?> l) padding.addAll(l);
            else for (int i = 0; i < 2 * dims; i++) padding.add(given);
            self.setOwn("padding", Values.tuple(padding));
            if (constant) self.setOwn("value", zero ? 0.0 : Values.plain(a.option(1, "value", null)));
            return null;
        }, a -> {
            PyInstance self = TorchNn.instance(a.expect(1, 1, "input"));
            return pad(a, tensor(a, 0), self.own("padding"), mode, constant ? self.own("value") : null);
        }, a -> {
            PyInstance self = TorchNn.instance(a);
            String padding = dev.adjoint.lang.Repr.repr(self.own("padding"));
            return constant && !zero ? "padding=" + padding + ", value=" + dev.adjoint.lang.Repr.repr(self.own("value")) : padding;
        });
    }

    private static void addPaddingLayers(PyModule m) {
        m.add("ZeroPad2d", padLayer("ZeroPad2d", 2, "constant"));
        for (int dims = 1; dims <= 3; dims++) {
            m.add("ConstantPad" + dims + "d", padLayer("ConstantPad" + dims + "d", dims, "constant"));
            m.add("ReflectionPad" + dims + "d", padLayer("ReflectionPad" + dims + "d", dims, "reflect"));
            m.add("ReplicationPad" + dims + "d", padLayer("ReplicationPad" + dims + "d", dims, "replicate"));
        }
    }

    /** pairwise_distance: the p-norm of x1 − x2 + eps over the last dimension, as PyTorch's norm(x1 - x2 + eps, p, -1). */
    static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        Tensor d = Ops.add(Ops.sub(x1, x2), Ops.scalar(eps));
        return Ops.norm(d, p, new int[] {Math.max(Math.max(x1.ndim(), x2.ndim()) - 1, 0)}, keepdim);
    }

    private static Tensor tensor(Args a, int i) {
        return TorchArgs.tensor(a, a.get(i));
    }

    private static Tensor klDiv(Args a, Tensor input, Tensor target, Object reduction, boolean logTarget) {
        if (!(reduction instanceof String r) || !List.of("none", "mean", "sum", "batchmean").contains(r))
            throw PyError.value(Values.str(reduction) + " is not a valid value for reduction");
        if (r.equals("mean")) a.interpreter().warn("UserWarning", KL_MEAN_WARNING, "torch.nn.functional"); // from inside functional.py, as PyTorch's
        return Functional.klDiv(input, target, r, logTarget);
    }
}
