package dev.adjoint.ndarray;

/**
 * Max pooling's choice: in each window, the entry PyTorch's CPU kernel picks, read from the input's
 * own array (the pool copied the whole input first, and read the table through a method per entry).
 */
public final class MaxPoolKernel {
    private MaxPoolKernel() {}

    /**
     * For each of the {@code planes} planes of x (compact, plane after plane) and each output position
     * l, the plane entry picked (planes × positions, plane by plane): the largest, the first of equal
     * ones; a NaN wins, the last NaN; a window of -inf alone (or all padding but one) its first entry.
     */
    public static int[] picks(NDArray x, int planes, Windows win) {
        double[] v = x.compactData();
        int[] src = win.sources();
        int l = win.positions(), plane = win.plane();
        int[] best = new int[planes * l];
        for (int c = 0; c < planes; c++)
            for (int i = 0, from = c * plane; i < l; i++) {
                int b = -1;
                double m = Double.NEGATIVE_INFINITY;
                for (int at = i; at < src.length; at += l) {
                    int s = src[at];
                    if (s < 0) continue;
                    double e = v[from + s];
                    if (b < 0) b = s; // PyTorch starts from the window's first entry, so an all -inf window picks it
                    if (e > m || Double.isNaN(e)) {
                        m = e;
                        b = s;
                    }
                }
                best[c * l + i] = b;
            }
        return best;
    }
}
