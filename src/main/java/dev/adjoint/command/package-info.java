/**
 * The {@code :commands}, shared by every front-end: each is one class with one declarative
 * {@link dev.adjoint.command.CommandSpec} (from which its usage, parsing and validation, Tab
 * completion and {@code :help} come) and a run that is parse → one session call → a {@link
 * dev.adjoint.command.Reply} holding a report, which the front-end renders. Never imports
 * {@code autograd} or {@code ndarray}, never computes a derivative, never formats a report.
 */
package dev.adjoint.command;
