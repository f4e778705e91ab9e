package dev.adjoint.lang.lib.numpy;

import dev.adjoint.random.NumpyRandom;
import dev.adjoint.random.NumpyZiggurat;
import dev.adjoint.random.Pcg64;
import dev.adjoint.random.UniformSource;

/**
 * The draws NumPy's compound distributions are made of (standard_t, f, wald, weibull, ...): its
 * two generators run the same formulas over different ones, the legacy generator's (MT19937
 * res53 uniforms, polar-method normals, -log(1 - U) exponentials) or a Generator's (PCG64 and
 * the ziggurat's normals and exponentials).
 */
interface BaseDraws extends UniformSource {
    double normal();

    double exponential();

    double standardGamma(double shape);

    /** The legacy generator's (np.random.seed, RandomState). */
    static BaseDraws legacy(NumpyRandom r) {
        return new BaseDraws() {
            public double nextDouble() {
                return r.nextDouble();
            }

            public double normal() {
                return r.nextGaussian();
            }

            public double exponential() {
                return LegacyContinuous.standardExponential(r);
            }

            public double standardGamma(double shape) {
                return LegacyContinuous.standardGamma(r, shape);
            }
        };
    }

    /** A Generator's (np.random.default_rng). */
    static BaseDraws generator(Pcg64 r) {
        return new BaseDraws() {
            public double nextDouble() {
                return r.nextDouble();
            }

            public double normal() {
                return NumpyZiggurat.standardNormal(r);
            }

            public double exponential() {
                return NumpyZiggurat.standardExponential(r);
            }

            public double standardGamma(double shape) {
                return GeneratorDistributions.standardGamma(r, shape);
            }
        };
    }
}
