package dev.adjoint.autograd;

import dev.adjoint.autograd.op.Take;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.undo.UndoLog;
import java.util.function.Supplier;

/**
 * The data of a PyTorch view ({@code x[0]}, {@code x.view(...)}, {@code x.t()}, ...): the entries
 * of its base's data at fixed flat positions, so a change of either is seen by the other, as
 * two tensors over one storage are in PyTorch. The arrays stay immutable: reading gathers the
 * entries again when the base's data is a new array, writing scatters into a new base array.
 * The positions are found only when first needed (most views are only read, and the base rarely
 * changes).
 */
final class ViewCell extends DataCell {
    /**
     * The tensor whose data this is (PyTorch's {@code _base}), never itself a view. Its own data
     * may be laid out over the storage anew (after {@code x.t_()}: see {@link #positionsInBase}).
     */
    final Tensor base;
    /** Made with grad mode on: the view's node follows its base's in-place changes. */
    final boolean gradMode;
    private final DataCell root;
    private final Supplier<int[]> positionsMaker;
    private int[] positions;
    private Boolean overlapping;
    private final int[] shape;
    // the last gathered value and the base array (and its change count) it came from. Derived data,
    // but its identity is observable (a tensor's value() is compared by identity, e.g. for
    // rollback): a failed input that re-gathered it puts back the old triple, so that after the
    // base's cell is restored the view again returns the very array it returned before the input
    private NDArray seen, view;
    private long seenChanges;

    ViewCell(Tensor base, DataCell root, Supplier<int[]> positions, NDArray initial, boolean gradMode) {
        super(null);
        this.base = base;
        this.root = root;
        this.positionsMaker = positions;
        this.gradMode = gradMode;
        this.shape = initial.shape();
        this.seen = root.peek();
        this.seenChanges = root.changes();
        this.view = initial;
    }

    DataCell root() {
        return root;
    }

    /**
     * Set on the cells of .data and detach() of a view, and of a tensor whose own data an in-place
     * view op laid out anew: they share its entries, but PyTorch does not count them as views
     * (no {@code _base}, detach_ is allowed, an in-place change is the tensor's own).
     */
    boolean aliasOnly;

    /** The same entries for an alias ({@code .data}, {@code detach()}) that never joins the graph. */
    ViewCell untracked() {
        ViewCell c = new ViewCell(base, root, this::positions, get(), false);
        c.aliasOnly = true;
        return c;
    }

    /** Flat row-major positions in the base's data, one per entry of the view in row-major order. */
    int[] positions() {
        if (positions == null) positions = positionsMaker.get();
        return positions;
    }

    /**
     * The positions in the base's own row-major layout, as CopySlices and AsStrided index the
     * base's value: the positions themselves when the base's data is the storage as it lies, else
     * mapped through the base's own layout (a base that was transposed in place).
     */
    int[] positionsInBase() {
        ViewCell laidOut = base.viewCell();
        int[] p = positions();
        if (laidOut == null) return p;
        int[] layout = laidOut.positions(), inverse = new int[root.peek().size()], out = new int[p.length];
        java.util.Arrays.fill(inverse, -1);
        for (int i = 0; i < layout.length; i++) inverse[layout[i]] = i;
        for (int i = 0; i < p.length; i++) {
            out[i] = inverse[p[i]];
            if (out[i] < 0) throw new IllegalStateException("a view's entry lies outside its base's layout");
        }
        return out;
    }

    @Override
    NDArray get() {
        NDArray r = root.peek(); // the view hands out its own gathered entries, never the root's array
        if (r != seen || root.changes() != seenChanges) {
            UndoLog.touch(this);
            view = Take.entries(r, positions(), shape);
            seen = r;
            seenChanges = root.changes();
        }
        return view;
    }

    /** Drops the entries it was made with (they may share the root's array, which is to stay the root's own): the next get() gathers. */
    void forgetInitial() {
        seen = null;
        view = null;
    }

    /** Never the owner: writes go to the root's cell. */
    @Override
    boolean owned() {
        return false;
    }

    @Override
    void regain() {
        throw new IllegalStateException("a view's data is its root's");
    }

    @Override
    NDArray peek() {
        return get();
    }

    @Override
    int[] shape() {
        return shape.clone();
    }

    @Override
    double entry(int p) {
        return root.entry(positions()[p]);
    }

    @Override
    void set(NDArray a) {
        checkWritable();
        root.setAt(positions(), a.broadcastTo(shape));
    }

    @Override
    void setAt(int[] at, NDArray values) {
        checkWritable();
        int[] p = positions(), inRoot = new int[at.length];
        for (int i = 0; i < at.length; i++) inRoot[i] = p[at[i]];
        root.setAt(inRoot, values);
    }

    /** PyTorch refuses to write a view in which two entries are one element of the base (expand's). */
    void checkWritable() {
        if (overlapping == null) overlapping = repeats(positions()); // found once: the positions never change
        if (overlapping)
            throw new AutogradException("unsupported operation: more than one element of the written-to tensor refers to a single memory location. "
                    + "Please clone() the tensor before performing the operation.");
    }

    /** Found in what the view holds (a sorted copy), not in the root's size: a column of a big matrix costs the column. */
    private static boolean repeats(int[] positions) {
        int[] sorted = positions.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) if (sorted[i] == sorted[i - 1]) return true;
        return false;
    }

    /** Whether the entries are consecutive in the base (PyTorch's is_contiguous). */
    boolean contiguous() {
        int[] p = positions();
        for (int i = 1; i < p.length; i++) if (p[i] != p[0] + i) return false;
        return true;
    }

    /** The gathered cache only: set() and setAt() change the base's cell, which keeps its own undo record. */
    @Override
    public Runnable snapshot() {
        NDArray s = seen, v = view;
        long c = seenChanges;
        return () -> {
            seen = s;
            view = v;
            seenChanges = c;
        };
    }
}
