package dev.adjoint.lang.lib.numpy;

/**
 * The order np.nditer visits its broadcast shape in, worked out as NumPy 1.24's iterator does
 * (numpy/core/src/multiarray/nditer_constr.c and nditer_api.c): its "axis data" run from the
 * fastest-changing axis out. Order 'K' sorts the axes by the operands' memory strides (a stable
 * insertion sort, C order winning where operands disagree) and walks an axis backwards where no
 * operand's stride along it is positive (unless an output is allocated); 'C', 'F' and 'A' force
 * the order. Without a multi-index, neighbouring axes every operand steps through evenly are
 * coalesced into one, which is the iterator's shape and the length of its external loop.
 */
final class NdIterOrder {
    /** axes[i]: the C axis of the i-th fastest axis. */
    final int[] axes;
    /** flipped[i]: the i-th fastest axis is walked from its end. */
    final boolean[] flipped;
    /** The coalesced shape, fastest axis first (the whole shape when a multi-index is tracked). */
    final int[] loopShape;

    /**
     * @param shape the broadcast shape (C order)
     * @param strides per operand, per C axis: its memory stride (0 where broadcast, along an axis of
     *                length 1, or for an operand still to be allocated)
     * @param index per C axis the c_index's or f_index's stride, or null
     * @param order 'K', 'C', 'F' or 'A'
     * @param fortran whether every operand is Fortran-contiguous (order 'A')
     * @param allocating an operand is to be allocated (laid out in the iteration order, never walked backwards)
     */
    NdIterOrder(int[] shape, long[][] strides, long[] index, char order, boolean fortran, boolean allocating, boolean coalesce) {
        int nd = shape.length;
        axes = new int[nd];
        flipped = new boolean[nd];
        boolean forwards = order == 'F' || order == 'A' && fortran && nd > 1;
        for (int i = 0; i < nd; i++) axes[i] = forwards ? i : nd - 1 - i;
        if (order == 'K') {
            sortByStrides(strides);
            if (!allocating) for (int i = 0; i < nd; i++) flipped[i] = noneForwards(strides, axes[i]);
        }
        loopShape = coalesce && nd > 1 ? coalesced(shape, strides, index, allocating) : inIterationOrder(shape);
    }

    /** npyiter_find_best_axis_ordering: the smaller stride inside, ties and axes no operand steps along left in C order. */
    private void sortByStrides(long[][] strides) {
        for (int i0 = 1; i0 < axes.length; i0++) {
            int moving = axes[i0], insertAt = i0;
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                int other = axes[i1];
                boolean ambiguous = true, swap = false;
                for (long[] op : strides) {
                    if (op[moving] == 0 || op[other] == 0) continue;
                    if (Math.abs(op[other]) <= Math.abs(op[moving])) swap = false; // a conflict: C order wins
                    else if (ambiguous) swap = true;
                    ambiguous = false;
                }
                if (ambiguous) continue;
                if (!swap) break;
                insertAt = i1;
            }
            if (insertAt != i0) {
                System.arraycopy(axes, insertAt, axes, insertAt + 1, i0 - insertAt);
                axes[insertAt] = moving;
            }
        }
    }

    /** npyiter_flip_negative_strides: some operand steps backwards along the axis and none forwards. */
    private static boolean noneForwards(long[][] strides, int axis) {
        boolean negative = false;
        for (long[] op : strides) {
            if (op[axis] > 0) return false;
            if (op[axis] < 0) negative = true;
        }
        return negative;
    }

    private int[] inIterationOrder(int[] shape) {
        int[] s = new int[axes.length];
        for (int i = 0; i < s.length; i++) s[i] = shape[axes[i]];
        return s;
    }

    /** npyiter_coalesce_axes: an axis joins the one inside it where every stride (the index's too) continues it. */
    private int[] coalesced(int[] shape, long[][] strides, long[] index, boolean allocating) {
        int nd = axes.length, columns = strides.length + (index == null ? 0 : 1) + (allocating ? 1 : 0);
        long[][] st = new long[nd][columns]; // per axis in iteration order, per operand: the stride as walked
        long dense = 1;
        for (int i = 0; i < nd; i++) {
            int c = axes[i], k = 0;
            for (long[] op : strides) st[i][k++] = flipped[i] ? -op[c] : op[c];
            if (index != null) st[i][k++] = flipped[i] ? -index[c] : index[c];
            if (allocating) st[i][k] = shape[c] == 1 ? 0 : dense; // the allocated output is dense in this order
            dense *= shape[c];
        }
        int[] out = new int[nd];
        long[] inner = st[0].clone();
        out[0] = shape[axes[0]];
        int n = 1;
        for (int i = 1; i < nd; i++) {
            int s0 = out[n - 1], s1 = shape[axes[i]];
            boolean joins = true;
            for (int k = 0; k < columns && joins; k++)
                joins = s0 == 1 && inner[k] == 0 || s1 == 1 && st[i][k] == 0 || inner[k] * s0 == st[i][k];
            if (joins) {
                out[n - 1] = s0 * s1;
                for (int k = 0; k < columns; k++) if (inner[k] == 0) inner[k] = st[i][k];
            } else {
                inner = st[i].clone();
                out[n++] = s1;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
