package dev.adjoint.lang.lib;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.MarginLosses;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.scope.Scope;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ranking, embedding and likelihood losses: MarginRankingLoss, HingeEmbeddingLoss,
 * CosineEmbeddingLoss, TripletMarginLoss, PoissonNLLLoss, GaussianNLLLoss, SoftMarginLoss,
 * MultiLabelSoftMarginLoss, MultiMarginLoss and MultiLabelMarginLoss, as layers and
 * torch.nn.functional functions. Each but SoftMarginLoss and the last two (one node each, as
 * PyTorch's kernels; see MarginLosses) is PyTorch 1.13's composite formula written with the engine's ops (so
 * its grad_fn is the formula's last op, as PyTorch's, and its gradient follows), with PyTorch's
 * arguments, defaults and checks.
 */
final class TorchMarginLosses {
    private TorchMarginLosses() {}

    @FunctionalInterface
    private interface Formula {
        Tensor apply(Tensor[] in, Map<String, Object> o, String reduction);
    }

    /**
     * One loss: the tensors it is called with, the function's other parameters and the layer's
     * (each with its default; size_average/reduce/reduction read as PyTorch reads them), and the
     * formula; {@code checkedReduction} false for those written in Python, whose error for a bad
     * reduction comes last and says "X is not valid".
     */
    private record Loss(String layer, String function, String[] inputs, Object[] functionParams, Object[] layerParams, boolean checkedReduction, Formula formula) {}

    private static final Object[] REDUCTION = {"size_average", null, "reduce", null, "reduction", "mean"};

    private static Object[] with(Object... leading) {
        Object[] out = Arrays.copyOf(leading, leading.length + REDUCTION.length);
        System.arraycopy(REDUCTION, 0, out, leading.length, REDUCTION.length);
        return out;
    }

    private static final Loss[] ALL = {
        new Loss("MarginRankingLoss", "margin_ranking_loss", new String[] {"input1", "input2", "target"}, with("margin", 0L), with("margin", 0.0), true,
                TorchMarginLosses::marginRanking),
        new Loss("HingeEmbeddingLoss", "hinge_embedding_loss", new String[] {"input", "target"}, with("margin", 1.0), with("margin", 1.0), true,
                TorchMarginLosses::hingeEmbedding),
        new Loss("CosineEmbeddingLoss", "cosine_embedding_loss", new String[] {"input1", "input2", "target"}, with("margin", 0L), with("margin", 0.0), true,
                TorchMarginLosses::cosineEmbedding),
        new Loss("TripletMarginLoss", "triplet_margin_loss", new String[] {"anchor", "positive", "negative"},
                with("margin", 1.0, "p", 2L, "eps", 1e-6, "swap", false), with("margin", 1.0, "p", 2.0, "eps", 1e-6, "swap", false), true,
                TorchMarginLosses::tripletMargin),
        new Loss("PoissonNLLLoss", "poisson_nll_loss", new String[] {"input", "target"},
                new Object[] {"log_input", true, "full", false, "size_average", null, "eps", 1e-8, "reduce", null, "reduction", "mean"},
                new Object[] {"log_input", true, "full", false, "size_average", null, "eps", 1e-8, "reduce", null, "reduction", "mean"}, true,
                TorchMarginLosses::poissonNll),
        new Loss("GaussianNLLLoss", "gaussian_nll_loss", new String[] {"input", "target", "var"},
                new Object[] {"full", false, "eps", 1e-6, "reduction", "mean"}, new Object[] {"full", false, "eps", 1e-6, "reduction", "mean"}, false,
                TorchMarginLosses::gaussianNll),
        new Loss("SoftMarginLoss", "soft_margin_loss", new String[] {"input", "target"}, with(), with(), true,
                (in, o, reduction) -> Ops.softMarginLoss(in[0], in[1], reduction)),
        new Loss("MultiLabelSoftMarginLoss", "multilabel_soft_margin_loss", new String[] {"input", "target"}, with("weight", null), with("weight", null), false,
                TorchMarginLosses::multilabelSoftMargin),
        new Loss("MultiMarginLoss", "multi_margin_loss", new String[] {"input", "target"}, with("p", 1L, "margin", 1.0, "weight", null),
                with("p", 1L, "margin", 1.0, "weight", null), true, TorchMarginLosses::multiMargin),
        new Loss("MultiLabelMarginLoss", "multilabel_margin_loss", new String[] {"input", "target"}, with(), with(), true,
                (in, o, reduction) -> MarginLosses.multilabelMargin(in[0], in[1], reduction)),
    };

    static void addFunctions(PyModule m) {
        for (Loss loss : ALL)
            m.add(Builtin.of(loss.function(), a -> {
                Map<String, Object> o = options(a, loss.inputs(), loss.functionParams());
                return compute(a, loss, inputs(a, loss), o);
            }));
    }

    static void addLayers(PyModule m) {
        for (Loss loss : ALL) {
            Object[] params = loss.layerParams();
            m.add(loss.layer(), TorchNn.layer(loss.layer(), a -> {
                Map<String, Object> o = options(a, new String[0], params);
                PyInstance self = TorchNn.instance(a);
                for (Map.Entry<String, Object> e : o.entrySet()) {
                    if (e.getKey().equals("size_average") || e.getKey().equals("reduce")) continue;
                    if (e.getKey().equals("weight")) TorchNn.registerBuffer(self, "weight", e.getValue() == null ? null : TorchArgs.tensor(a, e.getValue()));
                    else self.setOwn(e.getKey(), e.getKey().equals("reduction") ? reductionOf(o) : e.getValue());
                }
                return null;
            }, a -> {
                a.expect(loss.inputs().length, loss.inputs().length, loss.inputs());
                PyInstance self = TorchNn.instance(a);
                Map<String, Object> o = new LinkedHashMap<>();
                for (int i = 0; i < params.length; i += 2) o.put((String) params[i], self.own((String) params[i]));
                o.put("size_average", null);
                o.put("reduce", null);
                return compute(a, loss, inputs(a, loss), o);
            }, null));
        }
    }

    /** The parameters after the tensors named {@code inputs}, by position or keyword, else their defaults. */
    private static Map<String, Object> options(Args a, String[] inputs, Object[] params) {
        String[] all = Arrays.copyOf(inputs, inputs.length + params.length / 2);
        for (int i = 0; i < params.length / 2; i++) all[inputs.length + i] = (String) params[2 * i];
        a.expect(0, all.length, all);
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = inputs.length; i < all.length; i++) o.put(all[i], Values.plain(a.option(i, all[i], params[2 * (i - inputs.length) + 1])));
        return o;
    }

    private static Tensor[] inputs(Args a, Loss loss) {
        Tensor[] in = new Tensor[loss.inputs().length];
        for (int i = 0; i < in.length; i++) {
            Object v = a.option(i, loss.inputs()[i], null);
            if (v == null) throw PyError.type(a.function() + "() missing required argument '" + loss.inputs()[i] + "' (pos " + (i + 1) + ")");
            in[i] = TorchArgs.tensor(a, v);
        }
        return in;
    }

    private static Object reductionOf(Map<String, Object> o) {
        return TorchNn.reduction(o.get("size_average"), o.get("reduce"), o.get("reduction"));
    }

    private static Tensor compute(Args a, Loss loss, Tensor[] in, Map<String, Object> o) {
        Object r = reductionOf(o);
        String reduction = loss.checkedReduction() ? TorchNn.reduction(r) : Values.str(r);
        return loss.formula().apply(in, o, reduction);
    }

    /** PyTorch's apply_loss_reduction. */
    private static Tensor reduce(Tensor loss, String reduction) {
        return switch (reduction) {
            case "mean" -> Ops.mean(loss, null, false);
            case "sum" -> Ops.sum(loss);
            default -> loss;
        };
    }

    private static double number(Map<String, Object> o, String name) {
        Object v = o.get(name);
        if (!(v instanceof Number n)) throw PyError.type(name + " must be a number, not " + Values.typeName(v));
        return n.doubleValue();
    }

    /** (−y·(x₁ − x₂) + margin).clamp_min(0). */
    private static Tensor marginRanking(Tensor[] in, Map<String, Object> o, String reduction) {
        if (in[0].ndim() != in[1].ndim() || in[0].ndim() != in[2].ndim())
            throw new PyError("RuntimeError", "margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: torch.Size("
                    + Tensor.torchShape(in[0].shape()) + "), input2: torch.Size(" + Tensor.torchShape(in[1].shape()) + "), target: torch.Size("
                    + Tensor.torchShape(in[2].shape()) + ") ");
        Tensor out = Ops.add(Ops.mul(Ops.neg(in[2]), Ops.sub(in[0], in[1])), Ops.scalar(number(o, "margin")));
        return reduce(Ops.clampMin(out, 0), reduction);
    }

    /** where(y ≠ 1, (margin − x).clamp_min(0), 0) + where(y ≠ −1, x, 0). */
    private static Tensor hingeEmbedding(Tensor[] in, Map<String, Object> o, String reduction) {
        Tensor x = in[0], y = in[1], zeros = Tensor.constant(NDArray.zeros(x.shape()), x.dtype());
        double margin = number(o, "margin");
        // ATen fills a tensor of x's type with the margin first: an integer input computes in its type, the margin truncated
        Tensor marginTensor = x.dtype().isFloating() ? Ops.scalar(margin) : Tensor.constant(NDArray.scalar((double) (long) margin), x.dtype());
        Tensor marginClamp = Ops.clampMin(Ops.sub(marginTensor, x), 0);
        Tensor out = Ops.add(Ops.where(Ops.ne(y, Ops.scalar(1)), marginClamp, zeros), Ops.where(Ops.ne(y, Ops.scalar(-1)), x, zeros));
        return reduce(out, reduction);
    }

    /** cos = Σx₁x₂ / √((Σx₁² + 1e-12)(Σx₂² + 1e-12)) over the last axis; 1 − cos where y = 1, (cos − margin).clamp_min(0) where y = −1. */
    private static Tensor cosineEmbedding(Tensor[] in, Map<String, Object> o, String reduction) {
        Tensor x1 = in[0], x2 = in[1], y = in[2];
        int d = y.ndim();
        if (d != 0 && d != 1) throw new PyError("RuntimeError", "0D or 1D target tensor expected, multi-target not supported");
        if (x1.ndim() != d + 1 || x2.ndim() != d + 1)
            throw new PyError("RuntimeError", d + "D target tensor expects " + (d + 1) + "D input tensors, but found inputs with sizes "
                    + Arrays.toString(x1.shape()) + " and " + Arrays.toString(x2.shape()) + ".");
        int[] axis = {d};
        Tensor prod = Ops.sum(Ops.mul(x1, x2), axis, false);
        Tensor mag1 = Ops.add(Ops.sum(Ops.mul(x1, x1), axis, false), Ops.scalar(1e-12)), mag2 = Ops.add(Ops.sum(Ops.mul(x2, x2), axis, false), Ops.scalar(1e-12));
        Tensor cos = Ops.div(prod, Ops.sqrt(Ops.mul(mag1, mag2)));
        Tensor zeros = Tensor.constant(NDArray.zeros(cos.shape()));
        Tensor pos = Ops.sub(Ops.scalar(1), cos), neg = Ops.clampMin(Ops.sub(cos, Ops.scalar(number(o, "margin"))), 0);
        Tensor out = Ops.add(Ops.where(Ops.eq(y, Ops.scalar(1)), pos, zeros), Ops.where(Ops.eq(y, Ops.scalar(-1)), neg, zeros));
        return reduce(out, reduction);
    }

    /** clamp_min(margin + d(a, p) − d(a, n), 0), d the pairwise distance (the smaller of d(a, n) and d(p, n) with swap). */
    private static Tensor tripletMargin(Tensor[] in, Map<String, Object> o, String reduction) {
        int da = in[0].ndim(), dp = in[1].ndim(), dn = in[2].ndim();
        if (da != dp || dp != dn)
            throw new PyError("RuntimeError", "All inputs should have same dimension but got " + da + "D, " + dp + "D and " + dn + "D inputs.");
        double p = number(o, "p"), eps = number(o, "eps");
        Tensor pos = TorchSimilarityAndPadding.pairwiseDistance(in[0], in[1], p, eps, false);
        Tensor neg = TorchSimilarityAndPadding.pairwiseDistance(in[0], in[2], p, eps, false);
        if (Values.truthy(o.get("swap"))) neg = Ops.minimum(neg, TorchSimilarityAndPadding.pairwiseDistance(in[1], in[2], p, eps, false));
        return reduce(Ops.clampMin(Ops.sub(Ops.add(Ops.scalar(number(o, "margin")), pos), neg), 0), reduction);
    }

    /** eˣ − y·x (log_input) or x − y·log(x + eps); with full, Stirling's y·log y − y + ½·log(2πy) where y > 1. */
    private static Tensor poissonNll(Tensor[] in, Map<String, Object> o, String reduction) {
        Tensor x = in[0], y = in[1];
        Tensor loss = Values.truthy(o.get("log_input")) ? Ops.sub(Ops.exp(x), Ops.mul(y, x))
                : Ops.sub(x, Ops.mul(y, Ops.log(Ops.add(x, Ops.scalar(number(o, "eps"))))));
        if (Values.truthy(o.get("full"))) {
            Tensor stirling = Ops.add(Ops.sub(Ops.mul(y, Ops.log(y)), y), Ops.mul(Ops.scalar(0.5), Ops.log(Ops.mul(Ops.scalar(2 * Math.PI), y))));
            loss = Ops.add(loss, Ops.maskedFill(stirling, Ops.le(y, Ops.scalar(1)), Ops.scalar(0)));
        }
        return reduce(loss, reduction);
    }

    /**
     * ½·(log var + (x − y)² / var) (+ ½·log 2π with full), var one per entry or one per row (one
     * dimension short, or a last dimension of 1); var clamped to eps without the clamp recorded, as
     * PyTorch's clamp_ under no_grad.
     */
    private static Tensor gaussianNll(Tensor[] in, Map<String, Object> o, String reduction) {
        Tensor x = in[0], y = in[1], var = in[2];
        int[] xs = x.shape(), vs = var.shape();
        if (!Arrays.equals(xs, vs)) {
            int[] lead = Arrays.copyOf(xs, Math.max(xs.length - 1, 0));
            if (Arrays.equals(lead, vs)) var = Ops.unsqueeze(var, var.ndim());
            else if (!(vs.length > 0 && Arrays.equals(lead, Arrays.copyOf(vs, vs.length - 1)) && vs[vs.length - 1] == 1))
                throw PyError.value("var is of incorrect size");
        }
        if (!reduction.equals("none") && !reduction.equals("mean") && !reduction.equals("sum")) throw PyError.value(reduction + " is not valid");
        for (double v : var.value().toArray()) if (v < 0) throw PyError.value("var has negative entry/entries");
        double eps = number(o, "eps");
        if (!var.dtype().isFloating()) // PyTorch clamps var in place
            throw new PyError("RuntimeError", "result type Double can't be cast to the desired output type " + var.dtype().cName());
        var = Ops.clone(var);
        try (Scope ignored = GradMode.noGrad()) {
            InPlace.copy(var, Tensor.constant(var.value().map(v -> Math.max(v, eps))));
        }
        Tensor d = Ops.sub(x, y);
        Tensor loss = Ops.mul(Ops.scalar(0.5), Ops.add(Ops.log(var), Ops.div(Ops.pow(d, 2), var)));
        if (Values.truthy(o.get("full"))) loss = Ops.add(loss, Ops.scalar(0.5 * Math.log(2 * Math.PI)));
        return reduce(loss, reduction);
    }

    /** F.multi_margin_loss's own checks (p, the weight's rank), then the engine's kernel. */
    private static Tensor multiMargin(Tensor[] in, Map<String, Object> o, String reduction) {
        double p = number(o, "p");
        if (p != 1 && p != 2) throw PyError.value("only p == 1 and p == 2 supported");
        Tensor weight = o.get("weight") == null ? null : Values.node(o.get("weight"));
        if (weight != null && weight.ndim() != 1) throw PyError.value("weight must be one-dimensional");
        return MarginLosses.multiMargin(in[0], in[1], (int) p, number(o, "margin"), weight, reduction);
    }

    /** −(y·logσ(x) + (1 − y)·logσ(−x)) (times weight), averaged over the classes (the last axis), then the reduction. */
    private static Tensor multilabelSoftMargin(Tensor[] in, Map<String, Object> o, String reduction) {
        Tensor x = in[0], y = in[1];
        Tensor loss = Ops.neg(Ops.add(Ops.mul(y, Ops.logSigmoid(x)), Ops.mul(Ops.sub(Ops.scalar(1), y), Ops.logSigmoid(Ops.neg(x)))));
        Object weight = o.get("weight");
        if (weight != null) loss = Ops.mul(loss, Values.node(weight));
        int classDim = x.ndim() - 1;
        loss = Ops.div(Ops.sum(loss, new int[] {classDim}, false), Ops.scalar(x.shape()[classDim]));
        if (!reduction.equals("none") && !reduction.equals("mean") && !reduction.equals("sum")) throw PyError.value(reduction + " is not valid");
        return reduce(loss, reduction);
    }
}
