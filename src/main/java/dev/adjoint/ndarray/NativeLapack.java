package dev.adjoint.ndarray;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The system's LAPACK ({@code liblapack.so.3}; on Debian OpenBLAS's, the library both NumPy's
 * np.linalg and Debian's PyTorch call) through dev.ludovic.netlib's JNI binding, loaded at the
 * first decomposition that asks for it; null where it cannot be loaded (no liblapack.so.3,
 * another OS or architecture).
 */
public final class NativeLapack {
    private NativeLapack() {}

    /** The binding, or null. */
    public static dev.ludovic.netlib.lapack.LAPACK get() {
        return Holder.LAPACK;
    }

    /** Class initialisation is lazy and thread-safe. */
    private static final class Holder {
        /** Kept strongly: a logger's level is lost when the logger is collected. */
        private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib");
        static final dev.ludovic.netlib.lapack.LAPACK LAPACK = load();

        private static dev.ludovic.netlib.lapack.LAPACK load() {
            NETLIB_LOG.setLevel(Level.OFF); // netlib logs its failed attempts as warnings on stderr
            try {
                return dev.ludovic.netlib.lapack.NativeLAPACK.getInstance();
            } catch (Throwable t) {
                return null;
            }
        }
    }
}
