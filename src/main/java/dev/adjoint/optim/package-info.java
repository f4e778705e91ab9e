/**
 * Optimizers (SGD with momentum and weight decay, Adam) that update parameters by replacing their
 * data, never by changing an array a live graph still holds. Never reaches into the interpreter.
 */
package dev.adjoint.optim;
