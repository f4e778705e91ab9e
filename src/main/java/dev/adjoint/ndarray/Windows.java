package dev.adjoint.ndarray;

/**
 * Where the windows of a convolution or pooling read an input plane (the table of
 * {@code dev.adjoint.autograd.op.Patches}): {@code sources[k·positions + l]} is the plane entry that slot k
 * of the window at output position l reads, or −1 (any negative) in the padding; {@code slots} per
 * window, {@code plane} entries per input plane; {@code runs} the same table as stretches, or null
 * where they would not pay. The kernels' view of it ({@link ConvolutionKernel}, {@link MaxPoolKernel}).
 */
public record Windows(int[] sources, int slots, int positions, int plane, int[][] runs) {
    public Windows(int[] sources, int slots, int positions, int plane) {
        this(sources, slots, positions, plane, runs(sources, slots, positions));
    }

    /**
     * Per slot, the table's stretches as triples (first position l, length, first plane entry, or −1
     * for padding), each reading consecutive entries: a stride-1 window's row is one, copied by
     * System.arraycopy rather than read entry by entry (a quarter of a LeNet step's time went into
     * that gather). Made once per call of the kernel, a pass over the table (the columns it builds
     * are that large per sample); null when the stretches average under four entries (strided
     * windows), where the gather is as fast.
     */
    private static int[][] runs(int[] sources, int slots, int positions) {
        int[][] runs = new int[slots][];
        int count = 0;
        int[] buffer = new int[3 * positions];
        for (int k = 0; k < slots; k++) {
            int n = 0, at = k * positions;
            for (int i = 0; i < positions;) {
                int first = sources[at + i], j = i + 1;
                if (first < 0) while (j < positions && sources[at + j] < 0) j++;
                else while (j < positions && sources[at + j] == first + (j - i)) j++;
                buffer[n++] = i;
                buffer[n++] = j - i;
                buffer[n++] = first < 0 ? -1 : first;
                i = j;
            }
            runs[k] = java.util.Arrays.copyOf(buffer, n);
            count += n / 3;
        }
        return 4L * count > (long) slots * positions ? null : runs;
    }
}
