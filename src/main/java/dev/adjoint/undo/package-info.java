/**
 * Undoing a failed input: values that can change in place ({@link dev.adjoint.undo.Undoable})
 * record a snapshot in the open {@link dev.adjoint.undo.UndoLog} before their first change. Owns
 * nothing but that mechanism; never knows what the values are.
 */
package dev.adjoint.undo;
