/**
 * Weight initialisers (Xavier and Kaiming, uniform and normal) drawing from a given generator.
 * Never keeps a generator of its own.
 */
package dev.adjoint.nn.init;
