/**
 * needle-style modules: {@code Module}, {@code Parameter}, {@code Linear}, activations,
 * normalisation, {@code Sequential}, {@code Residual}, the softmax loss. Built from autograd ops
 * only. Never reaches into the interpreter.
 */
package dev.adjoint.nn;
