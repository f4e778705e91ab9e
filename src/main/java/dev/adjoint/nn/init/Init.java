package dev.adjoint.nn.init;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;

/**
 * needle's {@code init} module: the same formulas and argument names, drawing from an explicit
 * NumPy-compatible generator (needle draws from NumPy's global one, so with the same seed the
 * values here equal needle's bit for bit). Each function returns a constant tensor; wrap it with
 * {@link dev.adjoint.nn.Parameter#of} to train it.
 *
 * <pre>
 * xavier_uniform(fan_in, fan_out, gain=1)   U(−a, a),  a   = gain·√(6 / (fan_in + fan_out))
 * xavier_normal(fan_in, fan_out, gain=1)    N(0, std²), std = gain·√(2 / (fan_in + fan_out))
 * kaiming_uniform(fan_in, fan_out, "relu")  U(−b, b),  b   = √2·√(3 / fan_in)
 * kaiming_normal(fan_in, fan_out, "relu")   N(0, std²), std = √2 / √fan_in
 * </pre>
 */
public final class Init {
    private Init() {}

    /** Uniform on [low, high): {@code rng.rand(shape) * (high − low) + low}, as needle's init.rand. */
    public static Tensor rand(NumpyRandom rng, double low, double high, int... shape) {
        double[] d = rng.rand(shape).toArray();
        for (int i = 0; i < d.length; i++) d[i] = d[i] * (high - low) + low;
        return Tensor.constant(NDArray.of(d, shape));
    }

    /** Normal: {@code rng.randn(shape) * std + mean}, as needle's init.randn. */
    public static Tensor randn(NumpyRandom rng, double mean, double std, int... shape) {
        double[] d = rng.randn(shape).toArray();
        for (int i = 0; i < d.length; i++) d[i] = d[i] * std + mean;
        return Tensor.constant(NDArray.of(d, shape));
    }

    /** Bernoulli 0/1 entries, 1 with probability p: needle's randb, {@code rand(shape) <= p}. */
    public static Tensor randb(NumpyRandom rng, double p, int... shape) {
        double[] d = rng.rand(shape).toArray();
        for (int i = 0; i < d.length; i++) d[i] = d[i] <= p ? 1 : 0;
        return Tensor.constant(NDArray.of(d, shape));
    }

    public static Tensor constant(double c, int... shape) {
        return Tensor.constant(NDArray.full(c, shape));
    }

    public static Tensor zeros(int... shape) {
        return constant(0, shape);
    }

    public static Tensor ones(int... shape) {
        return constant(1, shape);
    }

    public static Tensor xavierUniform(NumpyRandom rng, int fanIn, int fanOut, double gain) {
        checkFans(fanIn, fanOut);
        double a = gain * Math.sqrt(6.0 / (fanIn + fanOut));
        return rand(rng, -a, a, fanIn, fanOut);
    }

    public static Tensor xavierUniform(NumpyRandom rng, int fanIn, int fanOut) {
        return xavierUniform(rng, fanIn, fanOut, 1.0);
    }

    public static Tensor xavierNormal(NumpyRandom rng, int fanIn, int fanOut, double gain) {
        checkFans(fanIn, fanOut);
        double std = gain * Math.sqrt(2.0 / (fanIn + fanOut));
        return randn(rng, 0, std, fanIn, fanOut);
    }

    public static Tensor xavierNormal(NumpyRandom rng, int fanIn, int fanOut) {
        return xavierNormal(rng, fanIn, fanOut, 1.0);
    }

    public static Tensor kaimingUniform(NumpyRandom rng, int fanIn, int fanOut, String nonlinearity) {
        checkFans(fanIn, fanOut);
        double bound = gain(nonlinearity) * Math.sqrt(3.0 / fanIn);
        return rand(rng, -bound, bound, fanIn, fanOut);
    }

    public static Tensor kaimingUniform(NumpyRandom rng, int fanIn, int fanOut) {
        return kaimingUniform(rng, fanIn, fanOut, "relu");
    }

    public static Tensor kaimingNormal(NumpyRandom rng, int fanIn, int fanOut, String nonlinearity) {
        checkFans(fanIn, fanOut);
        double std = gain(nonlinearity) / Math.sqrt(fanIn);
        return randn(rng, 0, std, fanIn, fanOut);
    }

    public static Tensor kaimingNormal(NumpyRandom rng, int fanIn, int fanOut) {
        return kaimingNormal(rng, fanIn, fanOut, "relu");
    }

    /** needle supports only relu (gain √2), and so do we; the message says so. */
    private static double gain(String nonlinearity) {
        if (!"relu".equals(nonlinearity))
            throw new IllegalArgumentException("kaiming init supports only nonlinearity=\"relu\", got \"" + nonlinearity + "\"");
        return Math.sqrt(2.0);
    }

    private static void checkFans(int fanIn, int fanOut) {
        if (fanIn <= 0 || fanOut <= 0)
            throw new IllegalArgumentException("fan_in and fan_out must be positive, got fan_in=" + fanIn + ", fan_out=" + fanOut);
    }
}
