/**
 * The generators that give the reference libraries' numbers: NumPy's legacy generator (MT19937
 * and its Gaussian, with a port of glibc's log) and PyTorch's CPU generator (MT19937 with ATen's
 * transforms), so seeded draws match NumPy and PyTorch. Never shared between sessions.
 */
package dev.adjoint.random;
