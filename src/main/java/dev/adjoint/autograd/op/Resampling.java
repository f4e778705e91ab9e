package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * Ops that move pixels: pixel_shuffle / pixel_unshuffle (one gather), and interpolate's nearest
 * (one gather), (bi)linear and bicubic modes (per spatial axis, two or four gathers weighted by
 * PyTorch's coefficients, the last axis first, as PyTorch's CPU kernel nests them), under PyTorch's
 * node names. Inputs are
 * (N, C, spatial...); the checks of the arguments are the library's.
 */
public final class Resampling {
    private Resampling() {}

    /**
     * pixel_shuffle(x, r): (*, C·r², H, W) to (*, C, H·r, W·r), out[c, h·r + i, w·r + j] =
     * in[c·r² + i·r + j, h, w]; {@code unshuffle} the inverse (pixel_unshuffle with factor r).
     */
    public static Tensor pixelShuffle(Tensor x, int r, boolean unshuffle) {
        int[] in = x.shape();
        int d = in.length, batch = 1;
        for (int i = 0; i < d - 3; i++) batch *= in[i];
        int[] out = in.clone();
        int c = unshuffle ? in[d - 3] : in[d - 3] / (r * r), h = unshuffle ? in[d - 2] / r : in[d - 2], w = unshuffle ? in[d - 1] / r : in[d - 1];
        out[d - 3] = unshuffle ? c * r * r : c;
        out[d - 2] = unshuffle ? h : h * r;
        out[d - 1] = unshuffle ? w : w * r;
        int[] positions = new int[batch * c * r * r * h * w];
        int k = 0;
        for (int b = 0; b < batch; b++)
            for (int ch = 0; ch < out[d - 3]; ch++)
                for (int y = 0; y < out[d - 2]; y++)
                    for (int z = 0; z < out[d - 1]; z++) {
                        // the shuffled layout (c, h·r + i, w·r + j) against the stacked one (c·r² + i·r + j, h, w)
                        int cs, hs, ws, cw, hw, ww;
                        if (unshuffle) { // out is stacked: ch = c·r² + i·r + j, y = h, z = w
                            cs = ch / (r * r); hs = y * r + (ch % (r * r)) / r; ws = z * r + ch % r;
                            positions[k++] = ((b * in[d - 3] + cs) * in[d - 2] + hs) * in[d - 1] + ws;
                        } else { // out is shuffled: ch = c, y = h·r + i, z = w·r + j
                            cw = ch * r * r + (y % r) * r + z % r; hw = y / r; ww = z / r;
                            positions[k++] = ((b * in[d - 3] + cw) * in[d - 2] + hw) * in[d - 1] + ww;
                        }
                    }
        return Ops.take(x, positions, out, unshuffle ? "PixelUnshuffleBackward0" : "PixelShuffleBackward0");
    }

    /**
     * interpolate(mode='nearest'): out[..., o] = in[..., ⌊o·scale⌋] on each spatial axis, scale in
     * float32 as PyTorch's kernel computes it (1/scale_factor when one is given, else in/out), with
     * its shortcuts for equal and doubled sizes.
     */
    public static Tensor nearest(Tensor x, int[] sizes, Double[] scaleFactors) {
        return nearest(x, sizes, scaleFactors, false);
    }

    /**
     * interpolate(mode='nearest-exact') ({@code exact}): the entry nearest the output's centre,
     * in[..., ⌊(o + ½)·scale⌋], floored in float32 as PyTorch's kernel floors it (floorf), no shortcuts.
     */
    public static Tensor nearest(Tensor x, int[] sizes, Double[] scaleFactors, boolean exact) {
        int[] in = x.shape();
        int spatial = sizes.length, lead = in.length - spatial;
        int[][] source = new int[spatial][];
        for (int a = 0; a < spatial; a++) {
            int n = in[lead + a], m = sizes[a];
            float scale = scaleFactors != null && scaleFactors[a] != null && scaleFactors[a] > 0 ? (float) (1.0 / scaleFactors[a]) : (float) n / m;
            source[a] = new int[m];
            for (int o = 0; o < m; o++)
                source[a][o] = exact ? Math.min((int) Math.floor((float) ((o + 0.5) * scale)), n - 1)
                        : m == n ? o : m == 2 * n ? o >> 1 : Math.min((int) Math.floor(o * scale), n - 1);
        }
        int[] out = in.clone();
        System.arraycopy(sizes, 0, out, lead, spatial);
        int total = 1;
        for (int s : out) total *= s;
        int[] positions = new int[total], index = new int[out.length];
        for (int k = 0; k < total; k++) {
            int p = 0;
            for (int a = 0; a < out.length; a++) p = p * in[a] + (a < lead ? index[a] : source[a - lead][index[a]]);
            positions[k] = p;
            for (int a = out.length - 1; a >= 0 && ++index[a] == out[a]; a--) index[a] = 0;
        }
        return Ops.take(x, positions, out, "UpsampleNearest" + (exact ? "Exact" : "") + spatial + "DBackward1"); // F.interpolate calls the overloads of a size or scales: Backward1
    }

    /**
     * interpolate(mode='linear'/'bilinear'): along each spatial axis, the two neighbours of the
     * source point weighted λ₀ = 1 − λ₁ and λ₁, PyTorch's area_pixel_compute_source_index: with
     * align_corners the source is o·(n − 1)/(m − 1), else max((o + ½)·scale − ½, 0).
     */
    public static Tensor linear(Tensor x, int[] sizes, boolean alignCorners, Double[] scaleFactors) {
        int spatial = sizes.length, lead = x.ndim() - spatial;
        String name = (spatial == 1 ? "UpsampleLinear1D" : spatial == 2 ? "UpsampleBilinear2D" : "UpsampleTrilinear3D") + "Backward1";
        Tensor y = x;
        for (int a = spatial - 1; a >= 0; a--) y = linearAlongAxis(y, lead + a, sizes[a], alignCorners, scaleFactors == null ? null : scaleFactors[a], a == 0 ? name : null);
        return y;
    }

    /** One axis of {@link #linear}: the two neighbours of each source point, weighted λ₀ and λ₁. */
    private static Tensor linearAlongAxis(Tensor x, int axis, int m, boolean alignCorners, Double scaleFactor, String torchName) {
        int n = x.shape()[axis];
        double scale = sourceScale(n, m, alignCorners, scaleFactor);
        int[][] taps = new int[2][m];
        double[][] weights = new double[2][m];
        for (int o = 0; o < m; o++) {
            double src = alignCorners ? scale * o : Math.max(scale * (o + 0.5) - 0.5, 0);
            taps[0][o] = Math.min((int) Math.floor(src), n - 1);
            weights[1][o] = Math.min(Math.max(src - taps[0][o], 0), 1);
            taps[1][o] = taps[0][o] + (taps[0][o] < n - 1 ? 1 : 0);
            weights[0][o] = 1 - weights[1][o];
        }
        return weightedAlongAxis(x, axis, taps, weights, torchName);
    }

    /**
     * interpolate(mode='bicubic'): along each spatial axis (the last first, as PyTorch's separable
     * kernel nests them), the four neighbours ⌊src⌋ − 1 … ⌊src⌋ + 2 of the source point, each index
     * clamped into the input, weighted by Keys' cubic convolution with A = −0.75 at t = src − ⌊src⌋.
     * The source point is PyTorch's area_pixel_compute_source_index for cubic, so it is not clamped at 0.
     */
    public static Tensor cubic(Tensor x, int[] sizes, boolean alignCorners, Double[] scaleFactors) {
        int spatial = sizes.length, lead = x.ndim() - spatial;
        Tensor y = x;
        for (int a = spatial - 1; a >= 0; a--)
            y = cubicAlongAxis(y, lead + a, sizes[a], alignCorners, scaleFactors == null ? null : scaleFactors[a], a == 0 ? "UpsampleBicubic2DBackward1" : null);
        return y;
    }

    private static Tensor cubicAlongAxis(Tensor x, int axis, int m, boolean alignCorners, Double scaleFactor, String torchName) {
        int n = x.shape()[axis];
        double scale = sourceScale(n, m, alignCorners, scaleFactor);
        int[][] taps = new int[4][m];
        double[][] weights = new double[4][m];
        for (int o = 0; o < m; o++) {
            double src = alignCorners ? scale * o : scale * (o + 0.5) - 0.5;
            int floor = (int) Math.floor(src);
            double t = src - floor;
            double[] w = cubicCoefficients(t);
            for (int k = 0; k < 4; k++) {
                taps[k][o] = Math.max(Math.min(floor - 1 + k, n - 1), 0);
                weights[k][o] = w[k];
            }
        }
        return weightedAlongAxis(x, axis, taps, weights, torchName);
    }

    /** PyTorch's get_cubic_upsample_coefficients: the kernel at distances t + 1, t, 1 − t and 2 − t. */
    static double[] cubicCoefficients(double t) {
        double a = -0.75;
        return new double[] {farCubic(t + 1, a), nearCubic(t, a), nearCubic(1 - t, a), farCubic(1 - t + 1, a)};
    }

    /** The cubic convolution kernel for |d| ≤ 1. */
    private static double nearCubic(double d, double a) {
        return ((a + 2) * d - (a + 3)) * d * d + 1;
    }

    /** The cubic convolution kernel for 1 < |d| < 2. */
    private static double farCubic(double d, double a) {
        return ((a * d - 5 * a) * d + 8 * a) * d - 4 * a;
    }

    /** PyTorch's area_pixel_compute_scale: input steps per output step. */
    static double sourceScale(int n, int m, boolean alignCorners, Double scaleFactor) {
        if (alignCorners) return m > 1 ? (double) (n - 1) / (m - 1) : 0;
        return scaleFactor != null && scaleFactor > 0 ? 1.0 / scaleFactor : (double) n / m;
    }

    /**
     * Σₖ weights[k][o] · x[..., taps[k][o], ...] along {@code axis}, summed in k's order; the last sum
     * is shown as {@code torchName} when it is the last step (null: an AddBackward0 inside).
     */
    private static Tensor weightedAlongAxis(Tensor x, int axis, int[][] taps, double[][] weights, String torchName) {
        int[] in = x.shape();
        int m = taps[0].length;
        int[] out = in.clone();
        out[axis] = m;
        int[] weightShape = new int[in.length];
        java.util.Arrays.fill(weightShape, 1);
        weightShape[axis] = m;
        Tensor sum = null;
        for (int k = 0; k < taps.length; k++) {
            Tensor term = Ops.mul(Ops.take(x, picked(in, axis, taps[k]), out), Tensor.constant(dev.adjoint.ndarray.NDArray.of(weights[k], weightShape)));
            boolean last = k == taps.length - 1;
            sum = sum == null ? term : last && torchName != null ? Ops.named(torchName, Add.INSTANCE, sum, term) : Ops.add(sum, term);
        }
        return sum;
    }

    /** Flat positions into x (shape {@code in}) of the entries with index {@code source[o]} on {@code axis} for each o. */
    private static int[] picked(int[] in, int axis, int[] source) {
        int outer = 1, inner = 1;
        for (int a = 0; a < axis; a++) outer *= in[a];
        for (int a = axis + 1; a < in.length; a++) inner *= in[a];
        int m = source.length;
        int[] positions = new int[outer * m * inner];
        int k = 0;
        for (int p = 0; p < outer; p++)
            for (int o = 0; o < m; o++)
                for (int q = 0; q < inner; q++) positions[k++] = (p * in[axis] + source[o]) * inner + q;
        return positions;
    }
}
