/**
 * NumPy's legacy random generator (MT19937 and its Gaussian, with a port of glibc's log), so
 * seeded draws match NumPy bit for bit. Never shared between sessions.
 */
package dev.adjoint.random;
