package dev.adjoint.ndarray;

/**
 * batch_norm's arithmetic as PyTorch 1.13's CPU kernel does it (batch_norm_kernel.cpp, one
 * thread), so that a BatchNorm layer's output and running statistics have PyTorch's last digits
 * (makemore part 3, d2l's BatchNorm chapter). Found by comparing candidates with torch 1.13's
 * results element by element:
 *
 * <ul>
 *   <li>per channel, the sum of its N·H·W values one at a time, the mean as that sum over the
 *       count, then Σ(x − mean)²; an input with one value per channel and sample, (N, C), takes
 *       the channels-last loop, whose {@code y + (x − mean)·(x − mean)} is one multiply-add;</li>
 *   <li>the output as {@code x·alpha + beta}, one multiply-add, with alpha = invstd·weight and
 *       beta = bias − mean·alpha (also one).</li>
 * </ul>
 *
 * An input that is not compact is read as its compact copy (PyTorch takes another path there).
 */
public final class BatchNormKernel {
    private BatchNormKernel() {}

    /** The batch's statistics of x (N, C, ...): {mean[C], Σ(x − mean)²[C]}. */
    public static double[][] collect(NDArray x) {
        x = x.compact();
        int n = x.shape[0], c = x.shape[1], image = x.size() / Math.max(1, n * c);
        double[] data = x.data, mean = new double[c], varSum = new double[c];
        int count = n * image;
        for (int ch = 0; ch < c; ch++) {
            double sum = 0;
            for (int s = 0; s < n; s++)
                for (int i = 0, at = (s * c + ch) * image; i < image; i++) sum += data[at + i];
            double m = sum / count, v = 0;
            for (int s = 0; s < n; s++)
                for (int i = 0, at = (s * c + ch) * image; i < image; i++) {
                    double d = data[at + i] - m;
                    v = image == 1 ? Math.fma(d, d, v) : v + d * d;
                }
            mean[ch] = m;
            varSum[ch] = v;
        }
        return new double[][] {mean, varSum};
    }

    /**
     * The gradients of batch_norm (x, weight, bias) given dy, as 1.13's backward kernel computes
     * them: per channel Σdy and Σ(x − mean)·dy (a multiply-add a step), in four lanes along each
     * image for an input with images, one value at a time down the batch for (N, C); then in
     * training {@code dx = (dy − Σdy/N − (x − mean)·k)·invstd·w} with k = Σ(x − mean)dy·invstd²/N,
     * the product with k fused into the subtraction except in the (N, C) loop's last C mod 4
     * channels (its scalar tail, compiled apart); with fixed statistics dx = dy·invstd·w. The
     * weight's gradient is Σ(x − mean)dy·invstd, the bias's Σdy.
     */
    public static NormGradients backward(NDArray x, NDArray dy, double[] mean, double[] invStd, double[] weight, boolean training) {
        double[] data = x.compactData(), g = dy.compactData(), dxOut = new double[data.length];
        int n = x.shape[0], c = x.shape[1], image = x.size() / Math.max(1, n * c);
        long count = (long) n * image;
        double[] sum = new double[c], dot = new double[c];
        for (int ch = 0; ch < c; ch++) {
            double s = 0, d = 0;
            double[] centered = image == 1 ? null : new double[image];
            for (int b = 0; b < n; b++) {
                int at = (b * c + ch) * image;
                if (image == 1) {
                    s += g[at];
                    d = Math.fma(data[at] - mean[ch], g[at], d);
                } else {
                    for (int i = 0; i < image; i++) centered[i] = data[at + i] - mean[ch];
                    s += LayerNormKernel.sumLanes(g, at, image);
                    d += LayerNormKernel.dotLanes(g, centered, null, at, image, 0);
                }
            }
            sum[ch] = 0.0 + s;
            dot[ch] = 0.0 + d;
        }
        int vectorChannels = c - c % 4;
        for (int ch = 0; ch < c; ch++) {
            double inv = invStd[ch], w = weight[ch], k = dot[ch] * inv * inv / count, gradMean = sum[ch] / count;
            boolean fused = image > 1 || ch < vectorChannels;
            for (int b = 0; b < n; b++)
                for (int i = 0, at = (b * c + ch) * image; i < image; i++, at++) {
                    if (!training) dxOut[at] = g[at] * inv * w;
                    else if (fused) dxOut[at] = Math.fma(-(data[at] - mean[ch]), k, g[at] - gradMean) * inv * w;
                    else dxOut[at] = (g[at] - gradMean - (data[at] - mean[ch]) * k) * inv * w;
                }
        }
        double[] dw = new double[c];
        for (int ch = 0; ch < c; ch++) dw[ch] = dot[ch] * invStd[ch];
        return new NormGradients(NDArray.wrap(dxOut, x.shape.clone()), dw, sum);
    }

    /** PyTorch's InvStd: 1/√(var + eps), and 0 for a zero variance with a zero eps. */
    public static double invStd(double var, double eps) {
        return var == 0 && eps == 0 ? 0 : 1 / Math.sqrt(var + eps);
    }

    /** x·alpha + beta per channel, alpha = invstd·weight, beta = bias − mean·alpha. */
    public static NDArray normalize(NDArray x, double[] mean, double[] invStd, double[] weight, double[] bias) {
        x = x.compact();
        int n = x.shape[0], c = x.shape[1], image = x.size() / Math.max(1, n * c);
        double[] data = x.data, out = new double[data.length];
        for (int ch = 0; ch < c; ch++) {
            double alpha = invStd[ch] * weight[ch], beta = Math.fma(-mean[ch], alpha, bias[ch]);
            for (int s = 0; s < n; s++)
                for (int i = 0, at = (s * c + ch) * image; i < image; i++) out[at + i] = Math.fma(data[at + i], alpha, beta);
        }
        return NDArray.wrap(out, x.shape.clone());
    }
}
