package dev.adjoint.autograd;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.Arrays;

/**
 * PyTorch's version counter, shared by a tensor, its {@code detach()} aliases and the graph nodes
 * it was before in-place changes. Each change also records the creation number current at that
 * moment, so a graph node (which knows its own creation number) can tell whether a tensor it
 * saved was changed after it was made, and which version it saw, without storing a version per
 * node.
 */
final class VersionCounter implements Undoable {
    private int version;
    private long[] changes = new long[2]; // creation number at each change, increasing

    int version() {
        return version;
    }

    void bump(long seq) {
        UndoLog.touch(this);
        DataChanges.happen(); // a new version is new data
        if (version == changes.length) changes = Arrays.copyOf(changes, version * 2);
        changes[version++] = seq;
    }

    /** Whether a change happened after the node with creation number {@code seq} was made. */
    boolean changedAfter(long seq) {
        return version > 0 && changes[version - 1] > seq;
    }

    /** The version a node with creation number {@code seq} saw: the changes made before it. */
    int versionAt(long seq) {
        int lo = 0, hi = version;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (changes[mid] < seq) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    @Override
    public Runnable snapshot() {
        int v = version;
        return () -> version = v; // entries past v are overwritten by the next change
    }
}
