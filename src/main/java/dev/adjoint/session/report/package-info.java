/**
 * The reports as data: a trace numbered as the lecture numbers it, forward and reverse passes
 * with partial adjoints, gradients, finite-difference checks, Jacobians with their costs, replays
 * of a recorded graph, the extended gradient graph, the variables, anomalies. Each is computed
 * here, once, from the autograd engine; none formats a number or a sentence.
 */
package dev.adjoint.session.report;
