package dev.adjoint.ndarray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The system's optimised BLAS through dev.ludovic.netlib (Spark's binding: JNI to the
 * {@code libblas.so.3} the system provides), used for large 2-d products.
 *
 * <p>Loaded on the first large product, not at start-up. Used only when the library behind
 * {@code libblas.so.3} is an optimised one (OpenBLAS, BLIS, MKL): Debian's reference BLAS is slower
 * than the Java kernel, so with it the Java kernel stays. The system property
 * {@code adjoint.blas} overrides: {@code java} never loads a native library, {@code native} uses
 * whatever BLAS the system has. The native BLAS runs its own threads (OpenBLAS: one per core, or
 * {@code OPENBLAS_NUM_THREADS}); when it runs one, {@link MatMulKernel} splits large products over two.
 */
final class NativeBlas {
    private NativeBlas() {}

    static boolean available() {
        return Holder.BLAS != null;
    }

    /** What computes large products: e.g. "native openblas (libopenblasp-r0.3.21.so) via netlib JNI" or "java". */
    static String describe() {
        return Holder.BLAS != null ? "native " + Holder.NAME + " via netlib JNI" : "java, " + MatMulKernel.describe() + " (" + Holder.WHY + ")";
    }

    /** C[m×n] (compact row-major from cOff) += A·B with A and B given by offset and strides, each {@link #readable}. */
    static void gemm(double[] a, int aOff, int aRs, int aCs, double[] b, int bOff, int bRs, int bCs, double[] c, int cOff, int m, int k, int n) {
        // row-major C = A·B is column-major Cᵀ (n×m, ld n) = Bᵀ·Aᵀ: a row-major operand is its own transpose in column-major terms
        int[] lb = layout(bRs, bCs, k, n), la = layout(aRs, aCs, m, k);
        Holder.BLAS.dgemm(lb[0] == 0 ? "N" : "T", la[0] == 0 ? "N" : "T", n, m, k, 1.0, b, bOff, lb[1], a, aOff, la[1], 1.0, c, cOff, n);
    }

    /**
     * The Fortran dgemm call itself, column-major: C (m×n, ld ldc) = A·B + beta·C with A, B as
     * {@code transA}, {@code transB} say ("N" or "T"). For callers that repeat another program's exact call
     * (PyTorch's convolution, {@link ConvolutionKernel}), whose summation order then comes out the same.
     */
    static void dgemm(String transA, String transB, int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double beta,
            double[] c, int cOff, int ldc) {
        Holder.BLAS.dgemm(transA, transB, m, n, k, 1.0, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    /** Whether BLAS can read a rows×cols operand with these strides (row- or column-major); else the caller falls back. */
    static boolean readable(int rs, int cs, int rows, int cols) {
        return layout(rs, cs, rows, cols) != null;
    }

    /**
     * Whether netlib's bounds check lets this readable operand through: it asks for a whole leading
     * dimension after the last row (column) even though only part of it is read, so a row slice
     * at the end of its buffer, or a block of rows of a transposed view, fails it; such an operand is
     * copied compact by the caller.
     */
    static boolean withinBounds(int length, int off, int rs, int cs, int rows, int cols) {
        int[] l = layout(rs, cs, rows, cols);
        return (long) off + (long) (l[0] == 0 ? rows : cols) * l[1] <= length;
    }

    /**
     * Whether the native BLAS runs one thread per call, so that splitting a large product over
     * two threads is left to us: {@code OPENBLAS_NUM_THREADS=1}, which the launcher sets unless
     * the user did. OpenBLAS's own threads busy-wait (sched_yield) for each other, which on a busy
     * machine cost more CPU than the small products of a training loop take to compute.
     */
    static boolean singleThreaded() {
        return "1".equals(System.getenv("OPENBLAS_NUM_THREADS"));
    }

    /** {0, ld} for a row-major operand, {1, ld} for a column-major one, null for anything else. */
    private static int[] layout(int rs, int cs, int rows, int cols) {
        if ((cols <= 1 || cs == 1) && (rows <= 1 || rs >= Math.max(1, cols))) return new int[] {0, rows <= 1 ? Math.max(1, cols) : rs};
        if ((rows <= 1 || rs == 1) && (cols <= 1 || cs >= Math.max(1, rows))) return new int[] {1, cols <= 1 ? Math.max(1, rows) : cs};
        return null;
    }

    /** Loaded when first asked (class initialisation is lazy and thread-safe). */
    private static final class Holder {
        static String NAME = "", WHY = "";
        /** Optimised BLAS libraries, by a part of their file name (before BLAS: load() reads it). */
        private static final String[] OPTIMISED = {"openblas", "blis", "mkl", "atlas"};
        static final dev.ludovic.netlib.blas.BLAS BLAS = load();

        private static dev.ludovic.netlib.blas.BLAS load() {
            String mode = System.getProperty("adjoint.blas", "auto").toLowerCase(Locale.ROOT);
            if (mode.equals("java")) {
                WHY = "-Dadjoint.blas=java";
                return null;
            }
            dev.ludovic.netlib.blas.BLAS blas;
            try {
                blas = jniBlas();
            } catch (Throwable t) { // no binding on the class path, no libblas.so.3, another OS
                WHY = "no native BLAS";
                return null;
            }
            String lib = loadedBlas();
            NAME = lib;
            boolean fast = !lib.startsWith("reference");
            if (!fast && !mode.equals("native")) {
                WHY = "the system BLAS is " + lib + ", slower than the Java kernel";
                return null;
            }
            return blas;
        }

        /**
         * netlib's JNI binding itself. Its public door, {@code NativeBLAS.getInstance()}, first builds
         * netlib's pure-Java fallbacks (F2j, and a Vector API attempt that fails without the
         * incubator module) and starts java.util.logging to report them: ~30 ms of the first large
         * product that a script waits for, for objects never used. The binding's class is
         * package-private, its {@code getInstance()} public: reached by reflection (the jar is on the
         * class path, an unnamed module, so nothing stops it).
         */
        private static dev.ludovic.netlib.blas.BLAS jniBlas() throws ReflectiveOperationException {
            java.lang.reflect.Method instance = Class.forName("dev.ludovic.netlib.blas.JNIBLAS").getMethod("getInstance");
            instance.setAccessible(true);
            return (dev.ludovic.netlib.blas.BLAS) instance.invoke(null);
        }

        /**
         * The optimised BLAS mapped into this process (its file name, from /proc/self/maps), or
         * "reference BLAS" when only a plain libblas is there.
         */
        private static String loadedBlas() {
            // a plain scan, on the first large product a script waits for: streams and a regex
            // matched line by line over the JVM's ~1,000 mappings took 5-11 ms of it
            try {
                for (String line : Files.readString(Path.of("/proc/self/maps")).split("\n")) {
                    String file = line.substring(line.lastIndexOf('/') + 1), name = file.toLowerCase(Locale.ROOT);
                    if (!file.contains(".so") || file.contains("netlibblasjni")) continue;
                    for (String optimised : OPTIMISED)
                        if (name.contains(optimised)) return file;
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: taken as the reference BLAS, which the Java kernel replaces
            }
            return "reference BLAS";
        }

    }
}
