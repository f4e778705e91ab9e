package dev.adjoint.autograd;

import java.util.Arrays;

/**
 * PyTorch's check that an in-place write does not read what it writes (at::get_overlap_status):
 * {@code f[1:3] = f[0:2]} would read entries it has already overwritten, so PyTorch refuses it,
 * while a source that covers exactly the written entries, or none of them, is fine. Only tensors
 * whose entries fill a range of their storage one to one ("non-overlapping and dense") are
 * compared; for the others (a column, an expanded view) PyTorch gives up and allows the write.
 */
public final class MemoryOverlap {
    public enum Status { NO, FULL, PARTIAL, TOO_HARD }

    public static final String MESSAGE = "unsupported operation: some elements of the input tensor and the written-to tensor refer to a"
            + " single memory location. Please clone() the tensor before performing the operation.";

    private MemoryOverlap() {}

    /**
     * How the entries {@code at} of x (flat row-major positions in x; null for all of x) lie
     * against the source's entries in the storage they may share.
     */
    public static Status of(Tensor x, int[] at, Tensor source) {
        if (storage(x) != storage(source)) return Status.NO;
        int[] written = positions(x), read = positions(source);
        if (at != null) {
            int[] chosen = new int[at.length];
            for (int i = 0; i < at.length; i++) chosen[i] = written[at[i]];
            written = chosen;
        }
        if (written.length == 0 || read.length == 0) return Status.NO;
        long[] w = denseRange(written), r = denseRange(read);
        if (w == null || r == null) return Status.TOO_HARD;
        if (w[0] == r[0] && w[1] == r[1]) return Arrays.equals(written, read) ? Status.FULL : Status.PARTIAL;
        return w[0] <= r[1] && r[0] <= w[1] ? Status.PARTIAL : Status.NO;
    }

    /** What stands for the storage a tensor's entries live in: a view's root, the cell it shares, or the tensor itself when it shares none. */
    private static Object storage(Tensor t) {
        ViewCell v = t.viewCell();
        if (v != null) return v.root();
        DataCell shared = t.sharedCell();
        return shared != null ? shared : t;
    }

    private static int[] positions(Tensor t) {
        ViewCell v = t.viewCell();
        if (v != null) return v.positions();
        int[] all = new int[dev.adjoint.ndarray.Shapes.size(t.shape())];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return all;
    }

    /** {min, max} of positions that are distinct and fill that range, else null. */
    private static long[] denseRange(int[] positions) {
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int p : positions) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        if ((long) max - min + 1 != positions.length) return null;
        boolean[] seen = new boolean[positions.length];
        for (int p : positions) {
            if (seen[p - min]) return null;
            seen[p - min] = true;
        }
        return new long[] {min, max};
    }
}
