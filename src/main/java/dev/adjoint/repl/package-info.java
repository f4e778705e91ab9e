/**
 * The terminal front-end: the command line ({@code Main}), the jline prompt with its parser,
 * completer and highlighter, the plain loop for pipes and scripts, and the {@link
 * dev.adjoint.repl.Shell} that runs an input (a statement through the session, a :command through
 * {@code dev.adjoint.command}) and prints what {@code dev.adjoint.render} makes of the reply.
 * Never imports {@code autograd} or {@code ndarray}, never computes, never formats a report itself.
 */
package dev.adjoint.repl;
