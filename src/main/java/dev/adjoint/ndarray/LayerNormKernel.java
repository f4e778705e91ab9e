package dev.adjoint.ndarray;

/**
 * layer_norm's arithmetic as PyTorch 1.13's CPU kernel does it in float64 (layer_norm_kernel.cpp
 * and moments_utils.h, one thread, AVX2's vectors of four), so that a LayerNorm's output and
 * gradients have PyTorch's last digits. Found by comparing candidates with torch 1.13's results
 * element by element (scripts/fixtures/norm_kernel_candidates.py; fixture 601_norm_kernel_gradients):
 *
 * <ul>
 *   <li>each row's mean and biased variance by RowwiseMoments: Welford's update in four lanes over
 *       chunks of 16 vectors, the chunks merged in a binary cascade, the last N mod 4 values by a
 *       scalar Welford, then the four lanes merged into it; no step fused;</li>
 *   <li>rstd = 1/√(var + eps), the output {@code (x·rstd + (−rstd·mean))·γ + β} as two
 *       multiply-adds;</li>
 *   <li>the gradients: Σdy·x·γ and Σdy·γ in four lanes, each step a multiply-add, then
 *       {@code b = (db·mean − ds)·rstd³/N} and {@code c = −b·mean − db·rstd/N} with one multiply-add
 *       each, dx = {@code b·x + rstd·dy·γ} (a multiply-add) {@code + c}; dγ and dβ added row by row,
 *       dγ's step {@code dγ + dy·(rstd·x − rstd·mean)} as two multiply-adds.</li>
 * </ul>
 */
public final class LayerNormKernel {
    private static final int LANES = 4, CHUNK = 16;

    private LayerNormKernel() {}

    /** {mean[M], rstd[M]} of the rows of x (each of n values). */
    public static double[][] statistics(NDArray x, int n, double eps) {
        double[] data = x.compactData();
        int rows = n == 0 ? 0 : data.length / n;
        double[] mean = new double[rows], rstd = new double[rows];
        for (int i = 0; i < rows; i++) {
            double[] mv = rowMoments(data, i * n, n);
            mean[i] = mv[0];
            rstd[i] = 1 / Math.sqrt(mv[1] + eps);
        }
        return new double[][] {mean, rstd};
    }

    /** The output, γ and β of n values each (γ = 1, β = 0 for none). */
    public static NDArray forward(NDArray x, int n, double[] gamma, double[] beta, double eps) {
        double[] data = x.compactData(), out = new double[data.length];
        double[][] s = statistics(x, n, eps);
        for (int i = 0; i < s[0].length; i++) {
            double scale = s[1][i], bias = -scale * s[0][i];
            for (int j = 0, at = i * n; j < n; j++) out[at + j] = Math.fma(Math.fma(data[at + j], scale, bias), gamma[j], beta[j]);
        }
        return NDArray.wrap(out, x.shape().clone());
    }

    /** The gradients given dy; {@code gamma} null for a layer_norm without weight (its sums then take another form). */
    public static NormGradients backward(NDArray dy, NDArray x, int n, double[] gamma, double eps) {
        double[] g = dy.compactData(), data = x.compactData(), dx = new double[data.length];
        double[] dgamma = new double[n], dbeta = new double[n];
        double[][] s = statistics(x, n, eps);
        double scale = 1.0 / n;
        for (int i = 0; i < s[0].length; i++) {
            int at = i * n;
            double mean = s[0][i], a = s[1][i], shift = -a * mean;
            for (int j = 0; j < n; j++) {
                dgamma[j] = Math.fma(g[at + j], Math.fma(a, data[at + j], shift), dgamma[j]);
                dbeta[j] += g[at + j];
            }
            double ds = dotLanes(g, data, gamma, at, n, at);
            double db = gamma == null ? sumLanes(g, at, n) : dotLanes(g, gamma, null, at, n, 0);
            double b = Math.fma(db, mean, -ds) * a * a * a * scale;
            double c = Math.fma(-b, mean, -(db * a * scale));
            for (int j = 0; j < n; j++) {
                double ady = a * g[at + j] * (gamma == null ? 1 : gamma[j]);
                dx[at + j] = Math.fma(b, data[at + j], ady) + c;
            }
        }
        for (int j = 0; j < n; j++) {
            dgamma[j] = 0.0 + dgamma[j]; // the second pass adds the one thread's buffer onto 0
            dbeta[j] = 0.0 + dbeta[j];
        }
        return new NormGradients(NDArray.wrap(dx, x.shape().clone()), dgamma, dbeta);
    }

    /**
     * Σ p[at+e]·q[qAt+e] (·r[e] when r is given) for e below n, as map_reduce_all adds it: four
     * lanes, each step one multiply-add of the term's last factor, then lane by lane.
     */
    static double dotLanes(double[] p, double[] q, double[] r, int at, int n, int qAt) {
        if (n < LANES) {
            double sum = term(p, q, r, at, qAt, 0);
            for (int e = 1; e < n; e++) sum += term(p, q, r, at, qAt, e);
            return sum;
        }
        double[] acc = new double[LANES];
        for (int l = 0; l < LANES; l++) acc[l] = term(p, q, r, at, qAt, l);
        for (int k = LANES; k < n; k += LANES)
            for (int l = 0; l < LANES && k + l < n; l++) {
                int e = k + l;
                acc[l] = r == null ? Math.fma(p[at + e], q[qAt + e], acc[l]) : Math.fma(p[at + e] * q[qAt + e], r[e], acc[l]);
            }
        return ((acc[0] + acc[1]) + acc[2]) + acc[3];
    }

    private static double term(double[] p, double[] q, double[] r, int at, int qAt, int e) {
        double v = p[at + e] * q[qAt + e];
        return r == null ? v : v * r[e];
    }

    /** Σ p[at, at+n) as reduce_all: four lanes, then lane by lane. */
    static double sumLanes(double[] p, int at, int n) {
        if (n < LANES) {
            double sum = p[at];
            for (int l = 1; l < n; l++) sum += p[at + l];
            return sum;
        }
        double[] acc = new double[LANES];
        System.arraycopy(p, at, acc, 0, LANES);
        for (int k = LANES; k < n; k += LANES)
            for (int l = 0; l < LANES && k + l < n; l++) acc[l] += p[at + k + l];
        return ((acc[0] + acc[1]) + acc[2]) + acc[3];
    }

    /** {mean, biased variance} of x[from, from+len) as RowwiseMoments computes them. */
    static double[] rowMoments(double[] x, int from, int len) {
        int n = len / LANES, m = (n + CHUNK - 1) / CHUNK, depth = m <= 2 ? 1 : 64 - Long.numberOfLeadingZeros(m - 1);
        long[] m0s = new long[depth];
        double[][] m1s = new double[depth][LANES], m2s = new double[depth][LANES];
        for (int i = 0; i < m; i++) {
            int base = from + i * CHUNK * LANES, count = Math.min(CHUNK, n - i * CHUNK);
            double[] m1 = new double[LANES], m2 = new double[LANES];
            for (int j = 0; j < count; j++) {
                double c = 1.0 / (j + 1);
                for (int l = 0; l < LANES; l++) {
                    double v = x[base + j * LANES + l], delta = v - m1[l];
                    m1[l] += delta * c;
                    m2[l] += delta * (v - m1[l]);
                }
            }
            m0s[0] = merge(count, m1, m2, m0s[0], m1s[0], m2s[0]);
            long mask = i + 1;
            for (int j = 1; j < depth && (mask & 1) == 0; j++) {
                m0s[j] = merge(m0s[j - 1], m1s[j - 1], m2s[j - 1], m0s[j], m1s[j], m2s[j]);
                m0s[j - 1] = 0;
                m1s[j - 1] = new double[LANES];
                m2s[j - 1] = new double[LANES];
                mask >>= 1;
            }
        }
        for (int i = 1; i < depth; i++) m0s[0] = merge(m0s[i], m1s[i], m2s[i], m0s[0], m1s[0], m2s[0]);
        long m0 = 0;
        double m1 = 0, m2 = 0;
        for (int i = from + n * LANES; i < from + len; i++) {
            double delta = x[i] - m1;
            m0++;
            m1 += delta / m0;
            m2 += delta * (x[i] - m1);
        }
        for (int l = 0; l < LANES; l++) {
            long total = m0 + n;
            double c = total == 0 ? 0 : (double) n / total, delta = m1s[0][l] - m1;
            m1 += c * delta;
            m2 += m2s[0][l] + delta * delta * c * m0;
            m0 = total;
        }
        return new double[] {m1, m2 / len};
    }

    /** AddMomentsVec: lanes (add0, add1, add2) merged into (m1, m2) of count m0, in place; the new count. */
    private static long merge(long add0, double[] add1, double[] add2, long m0, double[] m1, double[] m2) {
        long total = m0 + add0;
        double c = total == 0 ? 0 : (double) add0 / total;
        for (int l = 0; l < LANES; l++) {
            double delta = add1[l] - m1[l];
            m1[l] += c * delta;
            m2[l] += add2[l] + delta * delta * c * m0;
        }
        return total;
    }
}
