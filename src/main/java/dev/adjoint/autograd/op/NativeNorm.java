package dev.adjoint.autograd.op;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.BatchNormKernel;
import dev.adjoint.ndarray.LayerNormKernel;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.NormGradients;

/**
 * layer_norm and batch_norm as PyTorch's one node (NativeLayerNormBackward0,
 * NativeBatchNormBackward0) of (input, weight, bias), so next_functions are those three:
 * y = (x − mean)·rstd·weight + bias with rstd = 1/√(var + eps), the statistics over {@code axes}
 * (biased variance), or fixed ones (batch_norm in eval mode). An absent weight or bias is a
 * constant 1 or 0 of the parameter's shape (None in next_functions, as PyTorch's). batch_norm and
 * layer_norm compute as PyTorch's CPU kernels ({@link BatchNormKernel}, {@link LayerNormKernel}),
 * their gradients too when no graph is being made of them; with create_graph the gradients are
 * written with ops, so they differentiate again.
 */
public final class NativeNorm implements Op {
    private final int[] axes;       // the axes the statistics run over
    private final int[] paramShape; // weight and bias reshaped to broadcast against x
    private final double eps;
    private final NDArray fixedMean, fixedVar; // null: the statistics of the input
    private final String torchName;
    private final boolean weightGiven; // layer_norm's kernel adds up its input gradient otherwise without one

    NativeNorm(int[] axes, int[] paramShape, double eps, NDArray fixedMean, NDArray fixedVar, String torchName) {
        this(axes, paramShape, eps, fixedMean, fixedVar, torchName, true);
    }

    NativeNorm(int[] axes, int[] paramShape, double eps, NDArray fixedMean, NDArray fixedVar, String torchName, boolean weightGiven) {
        this(axes, paramShape, eps, fixedMean, fixedVar, torchName, weightGiven, null);
    }

    /** batch_norm's running statistics as given (null: none) and its mode: what PyTorch's node saves beside its input. */
    record Running(Tensor mean, Tensor var, boolean training) {}

    private final Running running; // batch_norm's; null for the other norms

    NativeNorm(int[] axes, int[] paramShape, double eps, NDArray fixedMean, NDArray fixedVar, String torchName, boolean weightGiven, Running running) {
        this.running = running;
        this.axes = axes;
        this.paramShape = paramShape;
        this.eps = eps;
        this.fixedMean = fixedMean;
        this.fixedVar = fixedVar;
        this.torchName = torchName;
        this.weightGiven = weightGiven;
    }

    private boolean batch() { return torchName.equals("NativeBatchNormBackward0"); }

    private boolean layer() { return torchName.equals("NativeLayerNormBackward0"); }

    public String name() { return torchName.equals("NativeLayerNormBackward0") ? "layer_norm" : "batch_norm"; }

    public NDArray compute(NDArray[] in) {
        if (batch()) return batchNorm(in[0], in[1].toArray(), in[2].toArray());
        if (layer()) return LayerNormKernel.forward(in[0], in[1].size(), in[1].toArray(), in[2].toArray(), eps);
        NDArray x = in[0], mean = fixedMean, var = fixedVar;
        if (mean == null) {
            double count = x.size() / (double) x.sum(axes, true).size();
            mean = x.sum(axes, true).map(v -> v / count);
            NDArray centered = x.sub(mean);
            var = centered.mul(centered).sum(axes, true).map(v -> v / count);
        }
        NDArray rstd = var.map(v -> 1 / Math.sqrt(v + eps));
        return x.sub(mean).mul(rstd).mul(in[1].reshape(paramShape)).add(in[2].reshape(paramShape));
    }

    /** batch_norm's output in PyTorch's arithmetic (see {@link BatchNormKernel}). */
    private NDArray batchNorm(NDArray x, double[] weight, double[] bias) {
        double[][] s = batchStatistics(x, weight.length);
        return BatchNormKernel.normalize(x, s[0], s[1], weight, bias);
    }

    /** {mean, invstd} per channel: the batch's, or the fixed ones. */
    private double[][] batchStatistics(NDArray x, int c) {
        double[] mean, invStd = new double[c];
        if (fixedMean == null) {
            double[][] stats = BatchNormKernel.collect(x);
            mean = stats[0];
            double count = x.size() / (double) c;
            for (int i = 0; i < c; i++) invStd[i] = BatchNormKernel.invStd(stats[1][i] / count, eps);
        } else {
            mean = fixedMean.toArray();
            double[] var = fixedVar.toArray();
            for (int i = 0; i < c; i++) invStd[i] = 1 / Math.sqrt(var[i] + eps);
        }
        return new double[][] {mean, invStd};
    }

    /** The three gradients from PyTorch's backward kernel (no graph of them is made). */
    private Tensor[] kernelGradients(Tensor g, Tensor x, Tensor w, Tensor b) {
        NDArray xv = x.value(), gv = g.value().broadcastTo(xv.shape());
        double[] weight = w.value().toArray();
        NormGradients r;
        if (batch()) {
            double[][] s = batchStatistics(xv, weight.length);
            r = BatchNormKernel.backward(xv, gv, s[0], s[1], weight, fixedMean == null);
        } else {
            r = LayerNormKernel.backward(gv, xv, weight.length, weightGiven ? weight : null, eps);
        }
        return new Tensor[] {
            x.requiresGrad() ? Tensor.constant(r.dx(), x.dtype()) : null,
            w.requiresGrad() ? Tensor.constant(NDArray.of(r.dweight(), w.shape()), w.dtype()) : null,
            b.requiresGrad() ? Tensor.constant(NDArray.of(r.dbias(), b.shape()), b.dtype()) : null};
    }

    /** The normalised input x̂ and rstd, as ops of x (constants for fixed statistics). */
    private Tensor[] normalized(Tensor x) {
        if (fixedMean != null) {
            Tensor rstd = Tensor.constant(fixedVar.map(v -> 1 / Math.sqrt(v + eps)));
            return new Tensor[] {Ops.mul(Ops.sub(x, Tensor.constant(fixedMean)), rstd), rstd};
        }
        Tensor centered = Ops.sub(x, Ops.mean(x, axes, true));
        Tensor rstd = Ops.rsqrt(Ops.add(Ops.mean(Ops.square(centered), axes, true), Ops.scalar(eps)));
        return new Tensor[] {Ops.mul(centered, rstd), rstd};
    }

    /**
     * The input's share of {@code d} (the adjoint or tangent of x̂): rstd·(d − mean(d) − x̂·mean(d·x̂))
     * over the statistics' axes, or rstd·d for fixed statistics; the last product is {@code node}.
     */
    private Tensor throughStatistics(Tensor d, Tensor xhat, Tensor rstd, String node) {
        if (fixedMean == null) {
            Tensor meanD = Ops.mean(d, axes, true), meanDx = Ops.mean(Ops.mul(d, xhat), axes, true);
            d = Ops.sub(Ops.sub(d, meanD), Ops.mul(xhat, meanDx));
        }
        return Ops.named(node, Mul.INSTANCE, rstd, d);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0), w = out.input(1), b = out.input(2);
        if (!GradMode.isEnabled() && (batch() || layer())) return kernelGradients(g, x, w, b);
        Tensor[] n = normalized(x);
        return new Tensor[] {
            x.requiresGrad() ? inputGradient(g, w, n) : null,
            w.requiresGrad() ? Ops.reshape(Ops.sumToShape(Ops.mul(g, n[0]), paramShape), w.shape()) : null,
            b.requiresGrad() ? Ops.reshape(Ops.sumToShape(g, paramShape), b.shape()) : null};
    }

    /** The input's gradient, under PyTorch's name for the backward of this node (NativeLayerNormBackwardBackward0). */
    private Tensor inputGradient(Tensor g, Tensor w, Tensor[] n) {
        return throughStatistics(Ops.mul(g, Ops.reshape(w, paramShape)), n[0], n[1], torchName.replace("Backward0", "BackwardBackward0"));
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor x = out.input(0), w = out.input(1);
        Tensor[] n = normalized(x);
        Tensor dx = t[0] == null ? null : Ops.mul(throughStatistics(t[0], n[0], n[1], "MulBackward0"), Ops.reshape(w, paramShape));
        Tensor dw = t[1] == null ? null : Ops.mul(n[0], Ops.reshape(t[1], paramShape));
        Tensor db = t[2] == null ? null : Ops.reshape(t[2], paramShape);
        return Ops.broadcastTo(Ops.addOrFirst(Ops.addOrFirst(dx, dw), db), out.shape());
    }

    public String torchName(Tensor out) { return torchName; }

    public int saved(Tensor out) { return 0b111; }

    /** The input, as PyTorch's node names it; its weight, bias and statistics are not shown (a missing weight is a stand-in here). */
    public String savedName(Tensor out, int i) { return i == 0 ? "input" : null; }

    /**
     * NativeBatchNormBackward0's: eps, the mode, the weight (None when not given), the running
     * statistics as given, and the batch's mean and inverse std per channel (result1, result2;
     * empty in eval mode, as PyTorch's CPU kernel leaves them).
     */
    public void savedValues(Tensor out, SavedValues into) {
        if (running == null) return;
        Tensor x = out.input(0);
        int c = x.shape()[1];
        double[][] s = running.training() ? batchStatistics(x.value(), c) : new double[][] {new double[0], new double[0]};
        into.real("eps", eps).tensor("result1", Tensor.constant(NDArray.of(s[0], s[0].length))).tensor("result2", Tensor.constant(NDArray.of(s[1], s[1].length)))
                .tensor("running_mean", running.mean()).tensor("running_var", running.var()).flag("training", running.training())
                .tensor("weight", weightGiven ? out.input(1) : null);
    }

    public String notation(String... a) { return name() + "(" + String.join(", ", a) + ")"; }
}
