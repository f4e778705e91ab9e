/**
 * The Jupyter front-end: the kernel protocol (messages in), the session through its facade, and
 * MIME bundles out through {@code dev.adjoint.render}. Never imports {@code autograd} or
 * {@code ndarray}, never computes.
 */
package dev.adjoint.kernel;
