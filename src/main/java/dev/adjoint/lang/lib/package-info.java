/**
 * The library as the language sees it: the nn, optim, init and data namespaces, and the values
 * that wrap modules, optimizers, loaders and progress displays. Never holds math of its own: it
 * calls {@code nn}, {@code optim} and {@code data}.
 */
package dev.adjoint.lang.lib;
