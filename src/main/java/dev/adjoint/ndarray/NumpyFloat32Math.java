package dev.adjoint.ndarray;

/**
 * np.exp and np.log of float32 as NumPy 1.24 computes them on an x86-64 CPU with AVX2 or AVX-512
 * (its simd_exp_FLOAT and simd_log_FLOAT loops, which every float32 np.exp and np.log take there,
 * arrays and scalars alike). exp: x·log2(e)
 * rounded to an integer k by the 1.5·2^23 trick, r = x − k·ln2 by a two-part Cody-Waite reduction in
 * fused multiply-adds, e^r as a ratio of a degree-5 and a degree-2 minimax polynomial (Horner, fused),
 * then scaled by 2^k; at or above 88.72283935546875 it is inf, at or below −103.97208 0. Within 2.52
 * ulp of e^x, so the correctly rounded float32 (e^x in float64, rounded) differs from it on ~39% of
 * inputs, which shows in hw0's printed float32 softmax weights. log: x = m·2^e with m in
 * [√½, √2) (frexp, m doubled below √½), log(1 + (m − 1)) as a ratio of two degree-5 minimax
 * polynomials, plus e·ln2 in one fused multiply-add; within 3.83 ulp (~15% of inputs differ from the
 * rounded log). Both checked on 20,000 values against NumPy (program 134). {@link Math#fma} on floats
 * rounds once, as the vector instruction does.
 */
public final class NumpyFloat32Math {
    private NumpyFloat32Math() {}

    private static final float MAX = 88.72283935546875f, MIN = -103.97208404541015625f;
    private static final float LOG2E = 1.442695040888963407359924681001892137f, MAGIC = 0x1.8p23f;
    private static final float LN2_HIGH = -6.93145752e-1f, LN2_LOW = -1.42860677e-6f;
    private static final float P0 = 9.999999999980870924916e-01f, P1 = 7.257664613233124478488e-01f, P2 = 2.473615434895520810817e-01f,
            P3 = 5.114512081637298353406e-02f, P4 = 6.757896990527504603057e-03f, P5 = 5.082762527590693718096e-04f;
    private static final float Q0 = 1.0f, Q1 = -2.742335390411667452936e-01f, Q2 = 2.159509375685829852307e-02f;

    public static float exp(float x) {
        if (x != x) return Float.NaN;
        if (x >= MAX) return Float.POSITIVE_INFINITY;
        if (x <= MIN) return 0f;
        float k = x * LOG2E;
        k = k + MAGIC;
        k = k - MAGIC;
        float r = Math.fma(k, LN2_HIGH, x);
        r = Math.fma(k, LN2_LOW, r);
        r = Math.fma(k, 0f, r); // the loop's third, empty, reduction step
        float num = Math.fma(P5, r, P4);
        num = Math.fma(num, r, P3);
        num = Math.fma(num, r, P2);
        num = Math.fma(num, r, P1);
        num = Math.fma(num, r, P0);
        float den = Math.fma(Q2, r, Q1);
        den = Math.fma(den, r, Q0);
        return Math.scalb(num / den, (int) k);
    }

    private static final float[] LOG_P = {0.0f, 9.999999999999998702752e-01f, 2.112677543073053063722e+00f, 1.480000633576506585156e+00f,
        3.808837741388407920751e-01f, 2.589979117907922693523e-02f};
    private static final float[] LOG_Q = {1.0f, 2.612677543073109236779e+00f, 2.453006071784736363091e+00f, 9.864942958519418960339e-01f,
        1.546476374983906719538e-01f, 5.875095403124574342950e-03f};
    private static final float LN2 = 0.693147180559945309417232121458176568f, SQRT_HALF = 0.707106781186547524400844362104849039f;

    public static float log(float x) {
        if (x != x || x < 0) return Float.NaN;
        if (x == 0) return Float.NEGATIVE_INFINITY;
        if (x == Float.POSITIVE_INFINITY) return x;
        float scaled = x < Float.MIN_NORMAL ? x * 0x1p32f : x; // a subnormal's exponent, exactly
        int e = Math.getExponent(scaled) + 1;
        float m = Math.scalb(scaled, -e); // in [0.5, 1)
        if (x < Float.MIN_NORMAL) e -= 32;
        float exponent = e;
        if (m <= SQRT_HALF) {
            m = m + m;
            exponent = exponent - 1f;
        }
        m = m - 1f;
        float num = LOG_P[5], den = LOG_Q[5];
        for (int i = 4; i >= 0; i--) {
            num = Math.fma(num, m, LOG_P[i]);
            den = Math.fma(den, m, LOG_Q[i]);
        }
        return Math.fma(exponent, LN2, num / den);
    }
}
