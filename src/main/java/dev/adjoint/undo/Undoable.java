package dev.adjoint.undo;

/**
 * A mutable value that a failed input must put back as it was (a tensor's data and grad, a list,
 * a dict, an object's attributes, an optimizer's state). Before its first change in an input it
 * calls {@link UndoLog#touch}, which asks it for a snapshot once.
 */
public interface Undoable {
    /** What puts this value back to its state now; called at most once per input, before the first change. */
    Runnable snapshot();

    /**
     * {@link UndoLog#birth()} when this value was made (or a {@link Clock} number taken then), for
     * the values an input makes by the million (dicts, lists, objects, tensors): a log does not
     * record a value made after it opened. 0, the default, means always recorded. It may grow
     * only right after a {@link UndoLog#touch} (a tensor changed in place takes a new number).
     */
    default long birth() {
        return 0;
    }
}
