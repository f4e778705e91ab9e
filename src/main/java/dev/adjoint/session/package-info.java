/**
 * The engine facade every front-end talks to. {@link dev.adjoint.session.Session} runs inputs
 * ({@code eval} returns a result value; printed output streams through {@link
 * dev.adjoint.session.Output}) and answers every question about a graph with one call that
 * returns a report as data (package {@code report}); {@link dev.adjoint.session.Failures} is the
 * one place a failure becomes the message a user reads. Owns the bindings, the random generator,
 * the grad and limit settings, the history of accepted inputs. Never touches a terminal, a file or
 * a socket, and never words a report: {@code dev.adjoint.render} does.
 */
package dev.adjoint.session;
