package dev.adjoint.ndarray;

/** Which kernel computes large matrix products, for benchmarks and {@code :env}-style reports. */
public final class MatMulBackend {
    private MatMulBackend() {}

    /**
     * A one-line description, e.g. "native libopenblasp-r0.3.21.so via netlib JNI" or
     * "java (no native BLAS)". Loads the native BLAS if it has not been tried yet.
     */
    public static String describe() {
        return NativeBlas.describe();
    }
}
