package dev.adjoint.random;

import dev.adjoint.ndarray.LibmExp;
import dev.adjoint.ndarray.LibmLog1p;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The normal and exponential draws of NumPy 1.24's Generator: the ziggurat method of its
 * distributions.c (random_standard_normal, random_standard_exponential) over NumPy's own tables
 * of 256 layers. The tables are recorded from NumPy by scripts/fixtures/numpy_ziggurat.py (they
 * cannot be rebuilt: NumPy's come from a run whose libm rounded exp differently from glibc's, and
 * the recurrence carries that into 37 of the normal's layers). Each layer has its bound k (a draw
 * whose integer part is below it is the answer at once, 99% of draws), its width w and the
 * density f at its edge; libm calls are glibc's, as NumPy's compiled C makes them here.
 */
public final class NumpyZiggurat {
    private static final double NORMAL_R = 3.6541528853610087963519472518, NORMAL_INV_R = 0.27366123732975827203338247596;
    private static final double EXPONENTIAL_R = 7.6971174701310497140446280481;
    private static final long[] NORMAL_K = new long[256], EXPONENTIAL_K = new long[256];
    private static final double[] NORMAL_W = new double[256], NORMAL_F = new double[256], EXPONENTIAL_W = new double[256], EXPONENTIAL_F = new double[256];

    static {
        try (InputStream in = NumpyZiggurat.class.getResourceAsStream("numpy_ziggurat.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line; (line = lines.readLine()) != null;) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t");
                boolean normal = f[0].equals("normal");
                int i = Integer.parseInt(f[1]);
                (normal ? NORMAL_K : EXPONENTIAL_K)[i] = Long.parseLong(f[2], 16);
                (normal ? NORMAL_W : EXPONENTIAL_W)[i] = Double.parseDouble(f[3]);
                (normal ? NORMAL_F : EXPONENTIAL_F)[i] = Double.parseDouble(f[4]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NumpyZiggurat() {}

    /** random_standard_normal: a layer and a sign from the word's low 9 bits, 52 bits of position. */
    public static double standardNormal(Pcg64 r) {
        while (true) {
            long word = r.next64();
            int layer = (int) (word & 0xff);
            word >>>= 8;
            boolean negative = (word & 1) != 0;
            long position = (word >>> 1) & 0x000fffffffffffffL;
            double x = position * NORMAL_W[layer];
            if (negative) x = -x;
            if (position < NORMAL_K[layer]) return x;
            if (layer == 0) { // the tail beyond r, by Marsaglia's method
                while (true) {
                    double xx = -NORMAL_INV_R * LibmLog1p.log1p(-r.nextDouble()); // 1 - U: never log(0)
                    double yy = -LibmLog1p.log1p(-r.nextDouble());
                    if (yy + yy > xx * xx) return ((position >>> 8) & 1) != 0 ? -(NORMAL_R + xx) : NORMAL_R + xx;
                }
            }
            if ((NORMAL_F[layer - 1] - NORMAL_F[layer]) * r.nextDouble() + NORMAL_F[layer] < LibmExp.exp(-0.5 * x * x)) return x;
        }
    }

    /** random_standard_exponential: the word's bits 3-10 pick the layer, its top 53 the position. */
    public static double standardExponential(Pcg64 r) {
        while (true) {
            long word = r.next64() >>> 3;
            int layer = (int) (word & 0xff);
            word >>>= 8;
            double x = word * EXPONENTIAL_W[layer];
            if (word < EXPONENTIAL_K[layer]) return x;
            if (layer == 0) return EXPONENTIAL_R - LibmLog1p.log1p(-r.nextDouble());
            if ((EXPONENTIAL_F[layer - 1] - EXPONENTIAL_F[layer]) * r.nextDouble() + EXPONENTIAL_F[layer] < LibmExp.exp(-x)) return x;
        }
    }
}
