package dev.adjoint.ndarray;

/**
 * e^x of a float32 as NumPy 1.24 computes it on an x86-64 CPU with AVX2 or AVX-512 (its
 * simd_exp_FLOAT loop, which every float32 np.exp takes there, arrays and scalars alike): x·log2(e)
 * rounded to an integer k by the 1.5·2^23 trick, r = x − k·ln2 by a two-part Cody-Waite reduction in
 * fused multiply-adds, e^r as a ratio of a degree-5 and a degree-2 minimax polynomial (Horner, fused),
 * then scaled by 2^k; at or above 88.72283935546875 it is inf, at or below −103.97208 0. Within 2.52
 * ulp of e^x, so the correctly rounded float32 (e^x in float64, rounded) differs from it on ~39% of
 * inputs, which shows in hw0's printed float32 softmax weights. {@link Math#fma} on floats rounds
 * once, as the vector instruction does.
 */
public final class NumpyFloat32Exp {
    private NumpyFloat32Exp() {}

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
}
