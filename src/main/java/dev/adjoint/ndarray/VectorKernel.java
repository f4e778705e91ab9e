package dev.adjoint.ndarray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Java matmul kernel on the Vector API (jdk.incubator.vector, JDK 17's incubator): used by
 * {@link MatMulKernel} only when the JVM was started with {@code --add-modules jdk.incubator.vector};
 * otherwise this class is never loaded and the scalar kernel runs.
 *
 * <p>A 4×(2·lanes) block of C (4 rows, 16 columns with 512-bit vectors) stays in registers for the
 * whole k loop: per p, two vectors of a B row and four broadcast A scalars give eight
 * multiply-adds with no load or store of C. Each C element still gets a·b added for p = 0, 1, …
 * in order, with separate multiply and add (no FMA), so results equal the naive loop's bit for bit.
 * The columns past the last whole vector use scalars in the same order.
 */
final class VectorKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private VectorKernel() {}

    static String describe() {
        return "Vector API, " + S.vectorBitSize() + "-bit";
    }

    /** Rows i0 ≤ i < i1 of C += A·B; same arguments as the scalar kernel. */
    static void rows(double[] a, int aOff, int sa, int sp, double[] b, int bOff, int ldb, double[] c, int cOff, int i0, int i1, int k, int n,
            boolean poll) {
        int lanes = S.length(), nv = n - n % lanes;
        int i = i0;
        for (; i + 4 <= i1; i += 4) {
            if (poll) ComputationInterrupted.poll();
            int c0 = cOff + i * n, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n;
            int a0 = aOff + i * sa, a1 = a0 + sa, a2 = a1 + sa, a3 = a2 + sa;
            int j = 0;
            for (; j + 2 * lanes <= nv; j += 2 * lanes) {
                int jl = j + lanes;
                DoubleVector r00 = DoubleVector.fromArray(S, c, c0 + j), r01 = DoubleVector.fromArray(S, c, c0 + jl);
                DoubleVector r10 = DoubleVector.fromArray(S, c, c1 + j), r11 = DoubleVector.fromArray(S, c, c1 + jl);
                DoubleVector r20 = DoubleVector.fromArray(S, c, c2 + j), r21 = DoubleVector.fromArray(S, c, c2 + jl);
                DoubleVector r30 = DoubleVector.fromArray(S, c, c3 + j), r31 = DoubleVector.fromArray(S, c, c3 + jl);
                for (int p = 0, bp = bOff + j, q = 0; p < k; p++, bp += ldb, q += sp) {
                    DoubleVector y0 = DoubleVector.fromArray(S, b, bp), y1 = DoubleVector.fromArray(S, b, bp + lanes);
                    double x0 = a[a0 + q], x1 = a[a1 + q], x2 = a[a2 + q], x3 = a[a3 + q];
                    r00 = r00.add(y0.mul(x0));
                    r01 = r01.add(y1.mul(x0));
                    r10 = r10.add(y0.mul(x1));
                    r11 = r11.add(y1.mul(x1));
                    r20 = r20.add(y0.mul(x2));
                    r21 = r21.add(y1.mul(x2));
                    r30 = r30.add(y0.mul(x3));
                    r31 = r31.add(y1.mul(x3));
                }
                r00.intoArray(c, c0 + j);
                r01.intoArray(c, c0 + jl);
                r10.intoArray(c, c1 + j);
                r11.intoArray(c, c1 + jl);
                r20.intoArray(c, c2 + j);
                r21.intoArray(c, c2 + jl);
                r30.intoArray(c, c3 + j);
                r31.intoArray(c, c3 + jl);
            }
            for (; j < nv; j += lanes) {
                DoubleVector r0 = DoubleVector.fromArray(S, c, c0 + j), r1 = DoubleVector.fromArray(S, c, c1 + j);
                DoubleVector r2 = DoubleVector.fromArray(S, c, c2 + j), r3 = DoubleVector.fromArray(S, c, c3 + j);
                for (int p = 0, bp = bOff + j, q = 0; p < k; p++, bp += ldb, q += sp) {
                    DoubleVector y = DoubleVector.fromArray(S, b, bp);
                    r0 = r0.add(y.mul(a[a0 + q]));
                    r1 = r1.add(y.mul(a[a1 + q]));
                    r2 = r2.add(y.mul(a[a2 + q]));
                    r3 = r3.add(y.mul(a[a3 + q]));
                }
                r0.intoArray(c, c0 + j);
                r1.intoArray(c, c1 + j);
                r2.intoArray(c, c2 + j);
                r3.intoArray(c, c3 + j);
            }
            for (; j < n; j++) {
                double s0 = c[c0 + j], s1 = c[c1 + j], s2 = c[c2 + j], s3 = c[c3 + j];
                for (int p = 0, bp = bOff + j, q = 0; p < k; p++, bp += ldb, q += sp) {
                    double y = b[bp];
                    s0 += a[a0 + q] * y;
                    s1 += a[a1 + q] * y;
                    s2 += a[a2 + q] * y;
                    s3 += a[a3 + q] * y;
                }
                c[c0 + j] = s0;
                c[c1 + j] = s1;
                c[c2 + j] = s2;
                c[c3 + j] = s3;
            }
        }
        for (; i < i1; i++) {
            if (poll) ComputationInterrupted.poll();
            int c0 = cOff + i * n, a0 = aOff + i * sa;
            int j = 0;
            for (; j < nv; j += lanes) {
                DoubleVector r = DoubleVector.fromArray(S, c, c0 + j);
                for (int p = 0, bp = bOff + j, q = 0; p < k; p++, bp += ldb, q += sp) r = r.add(DoubleVector.fromArray(S, b, bp).mul(a[a0 + q]));
                r.intoArray(c, c0 + j);
            }
            for (; j < n; j++) {
                double s = c[c0 + j];
                for (int p = 0, bp = bOff + j, q = 0; p < k; p++, bp += ldb, q += sp) s += a[a0 + q] * b[bp];
                c[c0 + j] = s;
            }
        }
    }
}
