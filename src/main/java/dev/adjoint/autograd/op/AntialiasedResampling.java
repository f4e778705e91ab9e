package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * interpolate(mode='bilinear' or 'bicubic', antialias=True) on (N, C, H, W), as PyTorch 1.13's CPU
 * kernels compute it (Pillow's resampling): separable, along W first and then along H, each output
 * the weighted sum of a window of inputs. An axis of n inputs and m outputs has the step s
 * (area_pixel_compute_scale: (n − 1)/(m − 1) with align_corners, else 1/scale_factor or n/m); output
 * i is centred on s·(i + ½) and reads the inputs within the filter's support of it (1 for the
 * triangle filter, 2 for Keys' cubic with A = −0.5), the support widened by s when downsampling
 * (s ≥ 1), the filter then evaluated at distances divided by s; the window's weights are divided by
 * their sum. One UpsampleBilinear2DAaBackward1 / UpsampleBicubic2DAaBackward1 node; the gradient is
 * one node of its own (…AaBackwardBackward1), whose gradient is this op again (both are linear).
 *
 * <p>PyTorch's kernel is compiled with fused multiply-adds, which round once: the cubic filter's
 * polynomials are evaluated with them, and so is the last term of a window's sum when the window has
 * an even number of entries (the compiler pairs the terms after the first and fuses the one left
 * over); the backward pass adds each weight product times the gradient with one. Doing the same
 * gives PyTorch's values to the last bit.
 */
public final class AntialiasedResampling implements Op {
    private final Axis height, width;
    private final int[] inputShape;
    private final boolean cubic;

    private AntialiasedResampling(Axis height, Axis width, int[] inputShape, boolean cubic) {
        this.height = height;
        this.width = width;
        this.inputShape = inputShape;
        this.cubic = cubic;
    }

    /**
     * interpolate(x, size, mode, align_corners, antialias=True) for a 4-d x; {@code scaleFactors} the
     * scale factors PyTorch's kernel is given (null when a size was given or recompute_scale_factor).
     */
    public static Tensor of(Tensor x, int[] sizes, boolean alignCorners, Double[] scaleFactors, boolean cubic) {
        int[] s = x.shape();
        Axis h = Axis.of(s[2], sizes[0], alignCorners, scaleFactors == null ? null : scaleFactors[0], cubic);
        Axis w = Axis.of(s[3], sizes[1], alignCorners, scaleFactors == null ? null : scaleFactors[1], cubic);
        return Tensor.apply(new AntialiasedResampling(h, w, s.clone(), cubic), x);
    }

    /**
     * One axis's windows: output i reads inputs first[i] … first[i] + weights[i].length − 1 (at least
     * one entry; PyTorch's zero-filled slot when its window is empty), weighted by weights[i].
     */
    record Axis(int in, int[] first, double[][] weights) {
        int out() {
            return first.length;
        }

        static Axis of(int n, int m, boolean alignCorners, Double scaleFactor, boolean cubic) {
            double scale = Resampling.sourceScale(n, m, alignCorners, scaleFactor);
            double reach = cubic ? 2 : 1; // half the filter's interp_size: 4 taps for cubic, 2 for the triangle
            double support = scale >= 1.0 ? reach * scale : reach, invScale = scale >= 1.0 ? 1.0 / scale : 1.0;
            int[] first = new int[m];
            double[][] weights = new double[m][];
            for (int i = 0; i < m; i++) {
                double center = scale * (i + 0.5);
                long lo = Math.max((long) (center - support + 0.5), 0), size = Math.min((long) (center + support + 0.5), n) - lo;
                double[] w = new double[(int) Math.max(size, 1)];
                double total = 0;
                for (int j = 0; j < size; j++) {
                    double d = ((j + lo) - center + 0.5) * invScale;
                    w[j] = cubic ? cubicFilter(d) : triangleFilter(d);
                    total += w[j];
                }
                if (total != 0.0) for (int j = 0; j < size; j++) w[j] /= total;
                first[i] = (int) lo;
                weights[i] = w;
            }
            return new Axis(n, first, weights);
        }
    }

    /** Pillow's bilinear filter, the triangle 1 − |d| on |d| < 1. */
    private static double triangleFilter(double d) {
        double x = Math.abs(d);
        return x < 1.0 ? 1.0 - x : 0.0;
    }

    /** Keys' cubic convolution with A = −0.5 (Pillow's bicubic), its polynomials with fused multiply-adds as PyTorch's build evaluates them. */
    private static double cubicFilter(double d) {
        double a = -0.5, x = Math.abs(d);
        if (x < 1.0) return Math.fma(Math.fma(a + 2.0, x, -(a + 3.0)) * x, x, 1.0);
        if (x < 2.0) return Math.fma(Math.fma(x - 5, x, 8), x, -4) * a;
        return 0.0;
    }

    /** Σⱼ v[at + j·stride]·w[j] from j = 0, in order; with an even count the last term fused (see the class comment). */
    private static double window(double[] v, int at, int stride, double[] w) {
        double sum = v[at] * w[0];
        int k = w.length;
        for (int j = 1; j < k; j++) {
            double t = v[at + j * stride];
            sum = j == k - 1 && k % 2 == 0 ? Math.fma(t, w[j], sum) : sum + t * w[j];
        }
        return sum;
    }

    public String name() {
        return "interpolate_aa";
    }

    public NDArray compute(NDArray[] inputs) {
        int[] s = inputs[0].shape();
        int planes = s[0] * s[1], h = s[2], w = s[3], oh = height.out(), ow = width.out();
        double[] x = inputs[0].toArray(), rows = new double[planes * h * ow], out = new double[planes * oh * ow];
        for (int p = 0; p < planes * h; p++) // along W: every input row
            for (int o = 0; o < ow; o++) rows[p * ow + o] = window(x, p * w + width.first()[o], 1, width.weights()[o]);
        for (int c = 0; c < planes; c++) // then along H: every column of the rows
            for (int o = 0; o < oh; o++)
                for (int q = 0; q < ow; q++) out[(c * oh + o) * ow + q] = window(rows, (c * h + height.first()[o]) * ow + q, ow, height.weights()[o]);
        return NDArray.adopt(out, s[0], s[1], oh, ow);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Tensor.apply(new Backward(), g)};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return Tensor.apply(this, t[0]);
    }

    public boolean isLinear() {
        return true;
    }

    public String torchName(Tensor out) {
        return (cubic ? "UpsampleBicubic2DAa" : "UpsampleBilinear2DAa") + "Backward1";
    }

    public String notation(String... a) {
        return "interpolate_aa(" + a[0] + ")";
    }

    /**
     * The gradient as PyTorch's backward kernel spreads it: for each output position (row-major), each
     * input of its window gets wₓ·w_y times the output's gradient, with one fused multiply-add.
     */
    private final class Backward implements Op {
        public String name() {
            return "interpolate_aa_backward";
        }

        public NDArray compute(NDArray[] inputs) {
            int planes = inputShape[0] * inputShape[1], h = inputShape[2], w = inputShape[3], oh = height.out(), ow = width.out();
            double[] g = inputs[0].toArray(), out = new double[planes * h * w];
            for (int c = 0; c < planes; c++)
                for (int o = 0; o < oh; o++) {
                    double[] wy = height.weights()[o];
                    int y0 = height.first()[o];
                    for (int q = 0; q < ow; q++) {
                        double[] wx = width.weights()[q];
                        int x0 = width.first()[q];
                        double grad = g[(c * oh + o) * ow + q];
                        for (int y = 0; y < wy.length; y++)
                            for (int x = 0; x < wx.length; x++) {
                                int at = (c * h + y0 + y) * w + x0 + x;
                                out[at] = Math.fma(wx[x] * wy[y], grad, out[at]);
                            }
                    }
                }
            return NDArray.adopt(out, inputShape.clone());
        }

        public Tensor[] vjp(Tensor g, Tensor out) {
            return new Tensor[] {Tensor.apply(AntialiasedResampling.this, g)};
        }

        public Tensor jvp(Tensor[] t, Tensor out) {
            return Tensor.apply(this, t[0]);
        }

        public boolean isLinear() {
            return true;
        }

        public String torchName(Tensor out) {
            return (cubic ? "UpsampleBicubic2DAa" : "UpsampleBilinear2DAa") + "BackwardBackward1";
        }

        public String notation(String... a) {
            return "interpolate_aa_backward(" + a[0] + ")";
        }
    }
}
