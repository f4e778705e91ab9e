package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Functional;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import java.util.List;

/**
 * torch.nn.functional's cosine_similarity, normalize, kl_div and pad (every mode), with the
 * layers nn.CosineSimilarity and nn.KLDivLoss, reading PyTorch 1.13's arguments; the engine's
 * {@link Functional} computes them as PyTorch does.
 */
final class TorchSimilarityAndPadding {
    private TorchSimilarityAndPadding() {}

    private static final String KL_MEAN_WARNING = "reduction: 'mean' divides the total loss by both the batch size and the support size."
            + "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
            + "'mean' will be changed to behave the same as 'batchmean' in the next major release.";

    static void addLayers(PyModule m) {
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
            Tensor x = tensor(a, 0);
            int[] pad = a.ints(a.option(1, "pad", null), "pad");
            Object mode = Values.plain(a.option(2, "mode", "constant")), value = a.option(3, "value", null);
            if (List.of("reflect", "replicate").contains(mode) && pad.length % 2 == 0 && !Functional.padsItsAxes(x, pad))
                throw new PyError("NotImplementedError", "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
            if (List.of("reflect", "replicate", "circular").contains(mode)) return Functional.modePad(x, pad, (String) mode);
            if (!"constant".equals(mode)) throw new PyError("NotImplementedError", "Unrecognised padding mode " + Values.str(mode));
            return Functional.constantPad(x, pad, value == null ? 0 : a.number(value, "value"));
        }));
    }

    /** pairwise_distance: the p-norm of x1 − x2 + eps over the last dimension, as PyTorch's norm(x1 - x2 + eps, p, -1). */
    private static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
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
