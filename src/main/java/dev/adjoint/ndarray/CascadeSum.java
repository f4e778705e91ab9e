package dev.adjoint.ndarray;

/**
 * A float64 sum added up in the order PyTorch 1.13 adds it on the CPU, so that a sum PyTorch
 * rounds to exactly 1.0 is 1.0 here too (makemore's normalised rows). That order is ATen's
 * {@code cascade_sum} (SumKernel.cpp) as it runs on one thread with AVX2's four-lane vectors:
 *
 * <ol>
 *   <li>TensorIterator orders the dimensions (the reduced ones first, then by growing stride)
 *       and merges neighbours that are linear in each other;</li>
 *   <li>each 2-d slice of the first two dimensions is summed by one of four loops, depending on
 *       which of them is unit-stride: along a contiguous reduced row in 4-lane vectors, across
 *       contiguous output columns 4 or 16 at a time, or one element at a time;</li>
 *   <li>every loop adds in {@link #multiRowSum}'s cascade: runs of 16 or more items are summed,
 *       then the runs' sums in runs, over up to four levels, four interleaved partial sums a
 *       row ({@link #rowSum});</li>
 *   <li>each output starts at 0 and the slices' partial sums are added onto it in turn.</li>
 * </ol>
 *
 * Machines with AVX-512 (8 lanes) and sums of more than 32768 items on several threads add in
 * other orders in PyTorch itself; the conformance fixtures are recorded on one AVX2 thread.
 * NumPy's sums are pairwise and have their own home (numpy's ArrayFunctions).
 */
public final class CascadeSum {
    private static final int LANES = 4; // doubles in an AVX2 vector
    private static final int ILP = 4; // row_sum's interleaved partial sums
    private static final int LEVELS = 4; // multi_row_sum's cascade depth

    private final double[] data;
    private final double[] out;
    /**
     * multi_row_sum's levels, level j at {@code j * n} (n at most {@value #ILP} rows of
     * {@value #LANES} lanes), and then its result at the start: one array for the whole sum. A
     * sum along short rows (a softmax's 10 classes) calls it once a row, and five arrays a call
     * were a tenth of an MNIST epoch's garbage and a slow runtime call apiece in compiled code.
     */
    private final double[] acc = new double[LEVELS * ILP * LANES];

    private CascadeSum(double[] data, double[] out) {
        this.data = data;
        this.out = out;
    }

    /** The sum of every element. */
    public static double all(NDArray a) {
        return of(a, null, false).data[0];
    }

    /** The sum over {@code axes} (null: all), as {@link NDArray#sum} shapes it. */
    public static NDArray of(NDArray a, int[] axes, boolean keepdims) {
        int[] ax = Shapes.axes(axes, a.shape.length);
        int[] outShape = Shapes.reduced(a.shape, ax, keepdims);
        double[] out = NDArray.allocate(outShape);
        if (a.size() == 0) return NDArray.wrap(out, outShape);
        for (int s : a.strides)
            if (s < 0) a = a.compact(); // PyTorch has no negative strides: read it as its compact copy
        ReductionDims dims = ReductionDims.of(a, ax);
        new CascadeSum(a.data, out).run(dims, a.offset);
        return NDArray.wrap(out, outShape);
    }

    /** The 2-d loop over dimensions 0 and 1 for each index of the outer ones (dimension 2 fastest). */
    private void run(ReductionDims d, int offset) {
        int[] index = new int[d.n];
        int ip = offset, op = 0;
        while (true) {
            slice(ip, op, d.in[0], d.in[1], d.out[0], d.out[1], d.size[0], d.size[1]);
            int k = 2;
            for (; k < d.n; k++) {
                ip += d.in[k];
                op += d.out[k];
                if (++index[k] < d.size[k]) break;
                ip -= d.in[k] * d.size[k];
                op -= d.out[k] * d.size[k];
                index[k] = 0;
            }
            if (k >= d.n) return;
        }
    }

    private void slice(int ip, int op, int s0, int s1, int o0, int o1, int size0, int size1) {
        if (o0 != 0 && o1 == 0) { // the reduced dimension goes first
            slice(ip, op, s1, s0, o1, o0, size1, size0);
            return;
        }
        if (o0 != 0) { // nothing reduced here: each output adds its one input
            for (int j = 0; j < size1; j++)
                for (int i = 0; i < size0; i++) out[op + j * o1 + i * o0] += data[ip + j * s1 + i * s0];
            return;
        }
        if (s0 == 1 && size0 >= LANES) innerVectors(ip, op, s1, o1, size0, size1);
        else if (s1 == 1 && size1 >= LANES) outerVectors(ip, op, s0, o1, size0, size1);
        else if (s0 < s1)
            for (int j = 0; j < size1; j++) out[op + j * o1] += rowSum(ip + j * s1, s0, size0, 1)[0];
        else scalarOuter(ip, op, s0, s1, o1, size0, size1);
    }

    /** Contiguous reduced rows: whole vectors through the cascade, the tail one by one, then the lanes. */
    private void innerVectors(int ip, int op, int rowStride, int os, int size0, int size1) {
        int vectors = size0 / LANES;
        for (int j = 0; j < size1; j++) {
            int base = ip + j * rowStride;
            double[] lanes = rowSum(base, LANES, vectors, LANES);
            double total = 0;
            for (int k = vectors * LANES; k < size0; k++) total += data[base + k];
            for (int l = 0; l < LANES; l++) total += lanes[l];
            out[op + j * os] += total;
        }
    }

    /** Contiguous output columns: 16 at a time, then 4 at a time, then one by one. */
    private void outerVectors(int ip, int op, int s0, int os, int size0, int size1) {
        int j = 0;
        for (; j + ILP * LANES <= size1; j += ILP * LANES) {
            double[] sums = multiRowSum(ip + j, s0, LANES, size0, ILP, LANES);
            for (int k = 0; k < ILP * LANES; k++) out[op + (j + k) * os] += sums[k];
        }
        for (; j + LANES <= size1; j += LANES) {
            double[] sums = rowSum(ip + j, s0, size0, LANES);
            for (int l = 0; l < LANES; l++) out[op + (j + l) * os] += sums[l];
        }
        for (; j < size1; j++) out[op + j * os] += rowSum(ip + j, s0, size0, 1)[0];
    }

    private void scalarOuter(int ip, int op, int s0, int s1, int os, int size0, int size1) {
        int j = 0;
        for (; j + ILP <= size1; j += ILP) {
            double[] sums = multiRowSum(ip + j * s1, s0, s1, size0, ILP, 1);
            for (int k = 0; k < ILP; k++) out[op + (j + k) * os] += sums[k];
        }
        for (; j < size1; j++) out[op + j * os] += rowSum(ip + j * s1, s0, size0, 1)[0];
    }

    /**
     * row_sum: item i is the {@code width} values from {@code base + i * stride}; they are summed
     * as {@value #ILP} interleaved rows of the cascade, the left-over items go onto the first, and
     * the four are added up left to right.
     */
    private double[] rowSum(int base, int stride, int size, int width) {
        int rows = size / ILP;
        double[] partial = multiRowSum(base, ILP * stride, stride, rows, ILP, width);
        for (int i = rows * ILP; i < size; i++)
            for (int l = 0; l < width; l++) partial[l] += data[base + i * stride + l];
        for (int k = 1; k < ILP; k++)
            for (int l = 0; l < width; l++) partial[l] += partial[k * width + l];
        return partial;
    }

    /**
     * multi_row_sum: {@code rows} sums at once, row k's item i being the {@code width} values from
     * {@code base + i * rowStride + k * colStride}. Level 0 adds a run of 2^p items (p at least 4,
     * growing with the size so four levels suffice), then is added into level 1 and cleared; level
     * j passes on into j+1 only when the count of items is a multiple of 2^(p·j). The levels are
     * added up at the end, lowest first.
     */
    private double[] multiRowSum(int base, int rowStride, int colStride, int size, int rows, int width) {
        int power = Math.max(4, ceilLog2(size) / LEVELS);
        int step = 1 << power, mask = step - 1, n = rows * width;
        java.util.Arrays.fill(acc, 0, LEVELS * n, 0.0);
        int i = 0;
        while (i + step <= size) {
            for (int j = 0; j < step; j++, i++) addItem(base + i * rowStride, colStride, rows, width);
            for (int j = 1; j < LEVELS; j++) {
                for (int k = 0; k < n; k++) {
                    acc[j * n + k] += acc[(j - 1) * n + k];
                    acc[(j - 1) * n + k] = 0;
                }
                if ((i & (mask << (j * power))) != 0) break;
            }
        }
        for (; i < size; i++) addItem(base + i * rowStride, colStride, rows, width);
        for (int j = 1; j < LEVELS; j++)
            for (int k = 0; k < n; k++) acc[k] += acc[j * n + k];
        return acc;
    }

    /** Adds item {@code at} into level 0. */
    private void addItem(int at, int colStride, int rows, int width) {
        for (int k = 0; k < rows; k++)
            for (int l = 0; l < width; l++) acc[k * width + l] += data[at + k * colStride + l];
    }

    /** ⌈log2 n⌉, 0 for n ≤ 1 (ATen's CeilLog2). */
    private static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
