package dev.adjoint.autograd;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;

/**
 * The data a tensor shares with its aliases ({@code x.data}, {@code x.detach()}): the arrays stay
 * immutable, so sharing means sharing this cell, and an in-place change installs a new array in
 * it, which every alias then sees. Writing some entries ({@link #setAt}) is the exception: the
 * first such write copies the array into one the cell owns, and later ones change that copy in
 * place until the array is handed out ({@link #get}) or recorded for undo, after which the next
 * write copies again. So a loop filling an array entry by entry copies it once per input, not
 * once per entry.
 */
class DataCell implements Undoable {
    private NDArray array;
    /** The array is a private copy no one else has seen since: {@link #setAt} may change it in place. */
    private boolean owned;
    /** Counts the changes, so that a view's gathered entries know when they are out of date (an in-place write keeps the array's identity). */
    private long changes;

    DataCell(NDArray array) {
        this.array = array;
    }

    /** The array, handed out: it never changes from now on. */
    NDArray get() {
        owned = false;
        return array;
    }

    /** The array for a read that keeps no reference to it (its shape, one entry). */
    NDArray peek() {
        return array;
    }

    int[] shape() {
        return array.shape();
    }

    long changes() {
        return changes;
    }

    /** The entry at flat row-major position {@code p}. */
    double entry(int p) {
        return array.at(p);
    }

    void set(NDArray a) {
        UndoLog.touch(this);
        DataChanges.happen();
        array = a;
        owned = false;
        changes++;
    }

    /** Writes {@code values} at flat positions: in place when the cell owns its array, else into a copy it then owns. */
    void setAt(int[] positions, NDArray values) {
        UndoLog.touch(this); // the record keeps the array as it is now, so it is no longer ours to change
        DataChanges.happen();
        if (!owned) {
            array = array.privateCopy();
            owned = true;
        }
        array.overwrite(positions, values);
        changes++;
    }

    boolean owned() {
        return owned;
    }

    /** Gives the array back to the cell after a read that, it turned out, kept nothing (see {@link Views#of}). */
    void regain() {
        owned = true;
    }

    @Override
    public Runnable snapshot() {
        owned = false; // the record holds the array: a write now must not change it
        NDArray a = array;
        long c = changes;
        return () -> {
            DataChanges.happen();
            array = a;
            owned = false;
            changes = c;
        };
    }
}
