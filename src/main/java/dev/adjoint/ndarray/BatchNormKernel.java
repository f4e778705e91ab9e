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
