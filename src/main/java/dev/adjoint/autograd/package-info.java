/**
 * The autograd engine: {@code Tensor} (a graph node: value, op, inputs, grad), {@code Op}, grad
 * mode, iterative graph walks, reverse mode (backward, grad, with per-edge partial adjoints to a
 * listener) and forward mode (tangents), anomaly detection. Never prints, never parses, and
 * never recurses over a graph (a million-node chain must work).
 */
package dev.adjoint.autograd;
