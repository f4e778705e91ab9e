package dev.adjoint.random;

/**
 * The float32 log and sincos of PyTorch's AVX2 normal kernel ({@code normal_fill_16_AVX2}, which
 * calls {@code log256_ps} and {@code sincos256_ps} of ATen's avx_mathfun.h): Cephes' logf and
 * sinf/cosf polynomials (Stephen Moshier's coefficients, vectorised by Julien Pommier and
 * Giovanni Garberoglio), a few ulps from the true values, and those few ulps are in every
 * {@code torch.randn} of 16 or more elements. Each step is rounded to float32 as the vector
 * instructions round it.
 *
 * <p>Debian's PyTorch is built by GCC with {@code -mfma}, and GCC contracts an intrinsic multiply
 * followed by an add into one fused multiply-add; which pairs it fused was settled against
 * 81920 recorded draws (20 seeds × 4096: all equal with the fusions below, 783 differ without
 * any). {@link Math#fma} is exact on every JVM, so the result does not depend on this CPU.
 */
final class CephesFloat {
    private CephesFloat() {}

    private static final float SQRT_HALF = 0.707106781186547524f;
    /** log(1 + x) ≈ x − x²/2 + x³·P(x) for x in [√½ − 1, √2 − 1]. */
    private static final float[] LOG_P = {7.0376836292E-2f, -1.1514610310E-1f, 1.1676998740E-1f, -1.2420140846E-1f,
        1.4249322787E-1f, -1.6668057665E-1f, 2.0000714765E-1f, -2.4999993993E-1f, 3.3333331174E-1f};
    /** ln 2 split in two so that e·ln2 keeps its precision: LN2_HI + LN2_LO. */
    private static final float LN2_HI = 0.693359375f, LN2_LO = -2.12194440e-4f;

    /** log256_ps for one lane: NaN for x ≤ 0 (also for 0, where libm says -inf), subnormals as the smallest normal. */
    static float log(float x) {
        if (!(x > 0)) return Float.NaN;
        int bits = Float.floatToRawIntBits(Math.max(x, Float.MIN_NORMAL));
        float e = (bits >>> 23) - 0x7f + 1f;
        float m = Float.intBitsToFloat(bits & ~0x7f800000 | 0x3f000000); // mantissa in [0.5, 1)
        if (m < SQRT_HALF) {
            e -= 1f;
            m = m - 1f + m;
        } else {
            m -= 1f;
        }
        float z = m * m;
        float y = LOG_P[0];
        for (int i = 1; i < LOG_P.length; i++) y = Math.fma(y, m, LOG_P[i]);
        y *= m;
        y = Math.fma(y, z, e * LN2_LO);
        y = Math.fma(-z, 0.5f, y);
        return Math.fma(e, LN2_HI, m + y);
    }

    private static final float FOUR_OVER_PI = 1.27323954473516f;
    /** π/4 in three parts (the first two exact in few bits) for Cody–Waite reduction. */
    private static final float DP1 = -0.78515625f, DP2 = -2.4187564849853515625e-4f, DP3 = -3.77489497744594108e-8f;
    private static final float[] SIN_P = {-1.9515295891E-4f, 8.3321608736E-3f, -1.6666654611E-1f};
    private static final float[] COS_P = {2.443315711809948E-005f, -1.388731625493765E-003f, 4.166664568298827E-002f};

    /**
     * sincos256_ps for one lane: {sin x, cos x}. The argument is reduced by the nearest even
     * multiple j of π/4 (exact enough for |x| below 8192, the kernel's 2π·u), then one of two
     * polynomials on [-π/4, π/4] gives each result, the octant choosing which and its sign.
     */
    static float[] sincos(float x) {
        int sinSign = Float.floatToRawIntBits(x) & 0x80000000;
        x = Math.abs(x);
        int j = ((int) (x * FOUR_OVER_PI) + 1) & ~1;
        float y = j;
        x = Math.fma(y, DP1, x);
        x = Math.fma(y, DP2, x);
        x = Math.fma(y, DP3, x);
        sinSign ^= (j & 4) << 29;
        int cosSign = (~(j - 2) & 4) << 29;
        boolean sinPolyForSin = (j & 2) == 0;

        float z = x * x;
        float c = Math.fma(Math.fma(COS_P[0], z, COS_P[1]), z, COS_P[2]) * z;
        c = Math.fma(c, z, -(z * 0.5f)) + 1f;
        float s = Math.fma(Math.fma(SIN_P[0], z, SIN_P[1]), z, SIN_P[2]) * z;
        s = Math.fma(s, x, x);

        float sin = sinPolyForSin ? s : c, cos = sinPolyForSin ? c : s;
        return new float[] {withSign(sin, sinSign), withSign(cos, cosSign)};
    }

    private static float withSign(float v, int signBit) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(v) ^ signBit);
    }
}
