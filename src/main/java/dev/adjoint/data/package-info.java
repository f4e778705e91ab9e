/**
 * Datasets and loaders: the IDX reader for MNIST, array datasets, a shuffling {@code DataLoader}
 * with its own permutations. Never reaches into the interpreter.
 */
package dev.adjoint.data;
