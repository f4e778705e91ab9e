package dev.adjoint.ndarray;

/**
 * A convolution and its two gradients by im2col and one matrix product per sample, as PyTorch's CPU
 * float64 convolution (slow_conv2d, ConvolutionMM2d.cpp) computes them: the windows of one sample
 * laid out as columns (K × L: K = channels·slots, L output positions) in a buffer reused for every
 * sample, so that it stays in the cache (the whole batch's columns were 10 MB for a LeNet's first
 * layer), then
 * <ul>
 * <li>forward: y[n] = bias + W·cols[n], the output filled with the bias first (beta 1, as PyTorch; the
 * Java kernel adds it after, as adjoint always did);
 * <li>input gradient: cols = Wᵀ·G[n], added back into the images' planes slot by slot (col2im);
 * <li>weight gradient: gW += G[n]·cols[n]ᵀ, sample after sample into the one gradient (beta 1): PyTorch
 * accumulates so, rather than summing per-sample products afterwards.
 * </ul>
 * With a native BLAS each product is the dgemm call PyTorch makes (the same Fortran arguments, so the
 * same library sums it the same way: PyTorch's bits). Without one, the products run the Java kernel
 * ({@link MatMulKernel#multiply}, which sums in OpenBLAS's Haswell order), on a transposed column
 * buffer for the weight gradient, since that kernel reads B by rows. With groups each group is its
 * own block of channels and filters (PyTorch convolves each group alone).
 *
 * <p>The windows are a {@link Windows} table: a 1-d convolution's planes are one row high, a 3-d one's
 * volumes planes of D·H rows.
 */
public final class ConvolutionKernel {
    private ConvolutionKernel() {}

    /** Whether the products go to the native BLAS by default: when the system has one (ConvolutionKernelTest passes false too, for the Java kernel). */
    public static boolean nativeProducts() {
        return NativeBlas.available();
    }

    /**
     * y (N, O, L) from x (N, C, plane) and w (O, C/groups, slots), plus the bias (O) when not null;
     * {@code outShape} the output's shape (N, O, spatial…).
     */
    public static NDArray forward(NDArray x, NDArray w, NDArray bias, Windows win, int groups, int[] outShape, boolean nativeBlas) {
        int n = x.shape()[0], o = w.shape()[0], og = o / groups, cg = x.shape()[1] / groups, k = cg * win.slots(), l = win.positions();
        Limits.checkShape(outShape); // before anything is allocated
        Limits.checkShape(k, l);
        double[] xs = x.compactData(), ws = w.compactData(), y = new double[n * o * l], cols = new double[k * l];
        double[] b = bias == null ? null : bias.compactData();
        if (k == 0 || l == 0 || og == 0) { // no products (BLAS refuses an empty operand's leading dimension): the bias alone
            if (b != null) for (int i = 0; i < y.length; i++) y[i] = b[i / l % o];
            return NDArray.adopt(y, outShape);
        }
        for (int s = 0; s < n; s++)
            for (int gi = 0; gi < groups; gi++) {
                unfold(xs, (s * groups + gi) * cg * win.plane(), cg, win, cols, false);
                int yOff = (s * o + gi * og) * l;
                if (nativeBlas) { // column-major: Yᵀ (L × O) = colsᵀ·Wᵀ + Yᵀ, PyTorch's gemm(N, N, L, O, K), beta 1 on the bias
                    if (b != null) for (int c = 0; c < og; c++) java.util.Arrays.fill(y, yOff + c * l, yOff + (c + 1) * l, b[gi * og + c]);
                    NativeBlas.dgemm("N", "N", l, og, k, cols, 0, l, ws, gi * og * k, k, b == null ? 0 : 1, y, yOff, l);
                } else { // the product, then the bias: the Java kernel adds each product to C, so a bias first would round differently
                    MatMulKernel.multiply(ws, gi * og * k, cols, 0, y, yOff, og, k, l);
                    if (b != null) for (int i = 0; i < og * l; i++) y[yOff + i] += b[gi * og + i / l];
                }
            }
        return NDArray.adopt(y, outShape);
    }

    /** The input's gradient (N, C, plane) from the output's g (N, O, L) and w (O, C/groups, slots), shaped {@code inShape}. */
    public static NDArray gradInput(NDArray g, NDArray w, Windows win, int groups, int[] inShape, boolean nativeBlas) {
        int n = inShape[0], o = w.shape()[0], og = o / groups, cg = inShape[1] / groups, k = cg * win.slots(), l = win.positions();
        Limits.checkShape(k, l);
        double[] gs = g.compactData(), ws = w.compactData(), dx = new double[n * inShape[1] * win.plane()], cols = new double[k * l];
        if (k == 0 || l == 0 || og == 0) return NDArray.adopt(dx, inShape); // no products: zeros
        double[] wt = nativeBlas ? null : transposedBlocks(ws, groups, og, k);
        for (int s = 0; s < n; s++)
            for (int gi = 0; gi < groups; gi++) {
                int gOff = (s * o + gi * og) * l;
                if (nativeBlas) { // column-major: colsᵀ (L × K) = Gᵀ·W, PyTorch's gemm(N, T, L, K, O) into a zeroed buffer (beta 0)
                    NativeBlas.dgemm("N", "T", l, k, og, gs, gOff, l, ws, gi * og * k, k, 0, cols, 0, l);
                } else {
                    java.util.Arrays.fill(cols, 0);
                    MatMulKernel.multiply(wt, gi * k * og, gs, gOff, cols, 0, k, og, l);
                }
                fold(cols, cg, win, dx, (s * groups + gi) * cg * win.plane());
            }
        return NDArray.adopt(dx, inShape);
    }

    /** The weights' gradient (O, C/groups, slots…), shaped {@code wShape}, from the output's g (N, O, L) and x (N, C, plane). */
    public static NDArray gradWeight(NDArray g, NDArray x, Windows win, int groups, int[] wShape, boolean nativeBlas) {
        int n = x.shape()[0], o = wShape[0], og = o / groups, cg = x.shape()[1] / groups, k = cg * win.slots(), l = win.positions();
        Limits.checkShape(k, l);
        double[] gs = g.compactData(), xs = x.compactData(), dw = new double[o * k], cols = new double[k * l];
        if (k == 0 || l == 0 || og == 0) return NDArray.adopt(dw, wShape); // no products: zeros
        double[] product = nativeBlas ? null : new double[og * k];
        for (int s = 0; s < n; s++)
            for (int gi = 0; gi < groups; gi++) {
                int gOff = (s * o + gi * og) * l, dwOff = gi * og * k;
                unfold(xs, (s * groups + gi) * cg * win.plane(), cg, win, cols, !nativeBlas);
                if (nativeBlas) { // column-major: gWᵀ (K × O) = cols·G + gWᵀ, PyTorch's gemm(T, N, K, O, L) with beta 1
                    NativeBlas.dgemm("T", "N", k, og, l, cols, 0, l, gs, gOff, l, 1, dw, dwOff, k);
                } else { // each sample's product whole, then added, as dgemm adds its sum to C (not product by product)
                    java.util.Arrays.fill(product, 0);
                    MatMulKernel.multiply(gs, gOff, cols, 0, product, 0, og, l, k); // cols as L × K
                    for (int i = 0; i < product.length; i++) dw[dwOff + i] += product[i];
                }
            }
        return NDArray.adopt(dw, wShape);
    }

    /**
     * im2col of {@code channels} planes of x from {@code xOff}: cols[(c·slots + k)·L + l], or with
     * {@code transposed} cols[l·K + c·slots + k]; padding reads 0.
     */
    private static void unfold(double[] x, int xOff, int channels, Windows win, double[] cols, boolean transposed) {
        int[] src = win.sources();
        int slots = win.slots(), l = win.positions(), k = channels * slots;
        for (int c = 0; c < channels; c++) {
            int from = xOff + c * win.plane();
            for (int slot = 0; slot < slots; slot++) {
                int row = c * slots + slot, at = slot * l, to = row * l;
                if (transposed) for (int i = 0; i < l; i++) cols[i * k + row] = src[at + i] < 0 ? 0 : x[from + src[at + i]];
                else if (win.runs() == null) for (int i = 0; i < l; i++) cols[to + i] = src[at + i] < 0 ? 0 : x[from + src[at + i]];
                else {
                    int[] r = win.runs()[slot];
                    for (int t = 0; t < r.length; t += 3)
                        if (r[t + 2] < 0) java.util.Arrays.fill(cols, to + r[t], to + r[t] + r[t + 1], 0);
                        else System.arraycopy(x, from + r[t + 2], cols, to + r[t], r[t + 1]);
                }
            }
        }
    }

    /**
     * col2im: cols[(c·slots + k)·L + l] added into the plane entry slot k reads at l, slot after slot
     * (PyTorch's order; one slot reads each entry at most once), into the planes from {@code dxOff}.
     */
    private static void fold(double[] cols, int channels, Windows win, double[] dx, int dxOff) {
        int[] src = win.sources();
        int slots = win.slots(), l = win.positions();
        for (int c = 0; c < channels; c++) {
            int to = dxOff + c * win.plane();
            for (int slot = 0; slot < slots; slot++) {
                int from = (c * slots + slot) * l, at = slot * l;
                if (win.runs() == null) {
                    for (int i = 0; i < l; i++) if (src[at + i] >= 0) dx[to + src[at + i]] += cols[from + i];
                    continue;
                }
                int[] r = win.runs()[slot];
                for (int t = 0; t < r.length; t += 3) {
                    if (r[t + 2] < 0) continue;
                    int d = to + r[t + 2], e = from + r[t];
                    for (int u = 0; u < r[t + 1]; u++) dx[d + u] += cols[e + u];
                }
            }
        }
    }

    /** Each group's (O/groups × K) block of w transposed, K × O/groups, one after another: the Java kernel's A of Wᵀ·G. */
    private static double[] transposedBlocks(double[] w, int groups, int og, int k) {
        double[] t = new double[w.length];
        for (int gi = 0; gi < groups; gi++)
            for (int r = 0; r < og; r++)
                for (int c = 0; c < k; c++) t[gi * k * og + c * og + r] = w[gi * og * k + r * k + c];
        return t;
    }
}
