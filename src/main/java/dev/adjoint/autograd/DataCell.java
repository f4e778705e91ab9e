package dev.adjoint.autograd;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;

/**
 * The data a tensor shares with its aliases ({@code x.data}, {@code x.detach()}): the arrays stay
 * immutable, so sharing means sharing this cell, and an in-place change installs a new array in
 * it, which every alias then sees.
 */
class DataCell implements Undoable {
    private NDArray array;

    DataCell(NDArray array) {
        this.array = array;
    }

    NDArray get() {
        return array;
    }

    void set(NDArray a) {
        UndoLog.touch(this);
        DataChanges.happen();
        array = a;
    }

    @Override
    public Runnable snapshot() {
        NDArray a = array;
        return () -> {
            DataChanges.happen();
            array = a;
        };
    }
}
