package dev.adjoint.autograd.op;

import dev.adjoint.ndarray.Windows;
import java.util.Arrays;

/**
 * Where the windows of a 2-d convolution or pooling read an image plane of {@code height × width}:
 * for each of the {@code outHeight × outWidth} output positions l (row-major) and each of the
 * {@code slots} kernel positions k (row-major over the kernel), the flat position in the plane, or
 * −1 where the window lies in the padding (or past the plane). Convolution's im2col, the pools and
 * their gradients all read this one table.
 */
public record Patches(int height, int width, int outHeight, int outWidth, int slots, int[] sources) {
    public static final int PADDING = -1;

    /** Output positions per plane. */
    public int positions() {
        return outHeight * outWidth;
    }

    /** This table as the ndarray kernels read it. */
    public Windows windows() {
        return new Windows(sources, slots, positions(), height * width);
    }

    /** The plane position read by window slot k at output position l, or {@link #PADDING}. */
    public int source(int k, int l) {
        return sources[k * positions() + l];
    }

    /**
     * A sliding window: kernel {@code kh × kw}, strides, zero padding before the first row and column
     * ({@code padTop}, {@code padLeft}), dilations; the output size is given (it depends on the padding
     * after the plane and on ceil_mode, which only the caller knows).
     */
    public static Patches sliding(int height, int width, int kh, int kw, int strideH, int strideW, int padTop, int padLeft,
            int dilationH, int dilationW, int outHeight, int outWidth) {
        int positions = outHeight * outWidth;
        int[] sources = new int[kh * kw * positions];
        for (int ky = 0; ky < kh; ky++)
            for (int kx = 0; kx < kw; kx++) {
                int k = ky * kw + kx;
                for (int oy = 0; oy < outHeight; oy++) {
                    int y = oy * strideH - padTop + ky * dilationH;
                    for (int ox = 0; ox < outWidth; ox++) {
                        int x = ox * strideW - padLeft + kx * dilationW;
                        boolean inside = y >= 0 && y < height && x >= 0 && x < width;
                        sources[k * positions + oy * outWidth + ox] = inside ? y * width + x : PADDING;
                    }
                }
            }
        return new Patches(height, width, outHeight, outWidth, kh * kw, sources);
    }

    /**
     * A 3-d sliding window over a {@code depth × height × width} volume, kept as a plane of
     * (depth·height) rows so im2col and col2im read it as they read an image: kernel, strides,
     * padding before each axis and dilations per axis (depth, height, width), the output sizes given.
     */
    public static Patches volume(int[] size, int[] kernel, int[] stride, int[] padBefore, int[] dilation, int[] out) {
        int positions = out[0] * out[1] * out[2], slots = kernel[0] * kernel[1] * kernel[2];
        int[] sources = new int[slots * positions];
        for (int k = 0; k < slots; k++) {
            int kz = k / (kernel[1] * kernel[2]), ky = k / kernel[2] % kernel[1], kx = k % kernel[2];
            for (int l = 0; l < positions; l++) {
                int z = l / (out[1] * out[2]) * stride[0] - padBefore[0] + kz * dilation[0];
                int y = l / out[2] % out[1] * stride[1] - padBefore[1] + ky * dilation[1];
                int x = l % out[2] * stride[2] - padBefore[2] + kx * dilation[2];
                boolean inside = z >= 0 && z < size[0] && y >= 0 && y < size[1] && x >= 0 && x < size[2];
                sources[k * positions + l] = inside ? (z * size[1] + y) * size[2] + x : PADDING;
            }
        }
        return new Patches(size[0] * size[1], size[2], out[0] * out[1], out[2], slots, sources);
    }

    /**
     * PyTorch's adaptive pooling windows: output row i reads rows floor(i·H/oh) to ceil((i+1)·H/oh),
     * and columns likewise; windows of different sizes share one slot count (the largest), the rest PADDING.
     */
    public static Patches adaptive(int height, int width, int outHeight, int outWidth) {
        int kh = largestWindow(height, outHeight), kw = largestWindow(width, outWidth), positions = outHeight * outWidth;
        int[] sources = new int[kh * kw * positions];
        Arrays.fill(sources, PADDING);
        for (int oy = 0; oy < outHeight; oy++) {
            int y0 = start(oy, height, outHeight), y1 = end(oy, height, outHeight);
            for (int ox = 0; ox < outWidth; ox++) {
                int x0 = start(ox, width, outWidth), x1 = end(ox, width, outWidth);
                for (int y = y0; y < y1; y++)
                    for (int x = x0; x < x1; x++) sources[((y - y0) * kw + (x - x0)) * positions + oy * outWidth + ox] = y * width + x;
            }
        }
        return new Patches(height, width, outHeight, outWidth, kh * kw, sources);
    }

    /**
     * {@link #adaptive}'s windows over a {@code depth × height × width} volume, kept as a plane of
     * (depth·height) rows as {@link #volume} keeps it; the slots run over the largest window, z first.
     */
    public static Patches adaptiveVolume(int[] size, int[] out) {
        int[] kernel = new int[3];
        for (int a = 0; a < 3; a++) kernel[a] = largestWindow(size[a], out[a]);
        int positions = out[0] * out[1] * out[2];
        int[] sources = new int[kernel[0] * kernel[1] * kernel[2] * positions];
        Arrays.fill(sources, PADDING);
        for (int l = 0; l < positions; l++) {
            int[] o = {l / (out[1] * out[2]), l / out[2] % out[1], l % out[2]}, from = new int[3], to = new int[3];
            for (int a = 0; a < 3; a++) {
                from[a] = start(o[a], size[a], out[a]);
                to[a] = end(o[a], size[a], out[a]);
            }
            for (int z = from[0]; z < to[0]; z++)
                for (int y = from[1]; y < to[1]; y++)
                    for (int x = from[2]; x < to[2]; x++) {
                        int k = ((z - from[0]) * kernel[1] + (y - from[1])) * kernel[2] + (x - from[2]);
                        sources[k * positions + l] = (z * size[1] + y) * size[2] + x;
                    }
        }
        return new Patches(size[0] * size[1], size[2], out[0] * out[1], out[2], kernel[0] * kernel[1] * kernel[2], sources);
    }

    private static int start(int i, int size, int out) {
        return (int) Math.floorDiv((long) i * size, out);
    }

    private static int end(int i, int size, int out) {
        return (int) -Math.floorDiv(-(long) (i + 1) * size, out);
    }

    /** At least one slot, so that an output of size 0 still has a (then empty) slot axis to sum. */
    private static int largestWindow(int size, int out) {
        int most = 1;
        for (int i = 0; i < out; i++) most = Math.max(most, end(i, size, out) - start(i, size, out));
        return most;
    }

    /**
     * A pooling output size, as PyTorch's pooling_output_shape computes it: floor (or with ceil_mode
     * ceil) of the padded span over the stride, plus one; with ceil_mode the last window must start
     * inside the image or its left padding.
     */
    public static int poolOutput(int size, int kernel, int pad, int stride, int dilation, boolean ceilMode) {
        long span = (long) size + 2L * pad - (long) dilation * (kernel - 1) - 1 + (ceilMode ? stride - 1 : 0);
        int out = (int) (Math.floorDiv(span, stride) + 1);
        if (ceilMode && (long) (out - 1) * stride >= (long) size + pad) out--;
        return out;
    }
}
