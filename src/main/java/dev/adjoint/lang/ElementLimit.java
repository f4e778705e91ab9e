package dev.adjoint.lang;

import dev.adjoint.ndarray.Limits;

/**
 * An array over --max-elements as the library that made it fails when memory runs out, so that the
 * reference's {@code except} catches it: NumPy raises a MemoryError ("Unable to allocate ... for an
 * array"), PyTorch a RuntimeError (its allocator's). The sentence stays adjoint's (the size, the limit,
 * the option that sets it).
 */
final class ElementLimit {
    private static final String NUMPY_PACKAGE = "dev.adjoint.lang.lib.numpy.";

    private ElementLimit() {}

    static LangError error(Limits.LimitException limit, Span span) {
        return madeForNumpy(limit)
                ? LangError.python("MemoryError", limit.naming("an array"), span)
                : LangError.python("RuntimeError", limit.getMessage(), span);
    }

    /**
     * Whether NumPy's code asked for the array: the engine that refuses it is shared by tensors and
     * NumPy's arrays, and NumPy's functions, methods and operators all run in one package, which the
     * stack names between the engine and the interpreter (a tensor's path never passes through it).
     */
    private static boolean madeForNumpy(Limits.LimitException limit) {
        for (StackTraceElement frame : limit.getStackTrace()) {
            String owner = frame.getClassName();
            if (owner.startsWith(NUMPY_PACKAGE)) return true;
            if (owner.startsWith("dev.adjoint.lang.Interpreter")) return false; // past the call that failed: the caller's frames
        }
        return false;
    }
}
