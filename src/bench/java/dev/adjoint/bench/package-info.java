/**
 * Benchmarks run by scripts/bench (MNIST training, a long scalar graph). Never part of a test and
 * never used by the application.
 */
package dev.adjoint.bench;
