/**
 * One small final class per primitive op: its {@code compute} on arrays, its {@code vjp} written
 * with Tensor ops (so a gradient is a graph and higher derivatives work) and its {@code jvp} side
 * by side, with what the lecture shows of it (notation, local rule templates, domain notes);
 * {@code Ops} is the facade of lowercase functions and the composites built from primitives.
 * Never writes a derivative twice.
 */
package dev.adjoint.autograd.op;
