package dev.adjoint.random;

/**
 * A stream of uniform doubles in [0, 1): what NumPy's distributions that need nothing else draw
 * from (poisson, binomial, laplace, ...). The legacy generator's are res53 doubles of MT19937
 * ({@link NumpyRandom}), the Generator's the top 53 bits of a PCG64 word ({@link Pcg64}); the same
 * algorithm over either gives that generator's numbers.
 */
public interface UniformSource {
    double nextDouble();
}
