package dev.adjoint.lang;

import java.util.List;

/**
 * A library value that pickles as CPython pickles an object with a {@code __reduce_ex__}: a call
 * of a module's function on arguments, then (if any) a state given with BUILD. NumPy's arrays,
 * dtypes and scalars are written so, opcode for opcode as NumPy 1.24 reduces them, so that
 * CPython with NumPy reads adjoint's pickles.
 */
public interface Reducible {
    /** What pickling this value at {@code protocol} writes. */
    Reduction reduce(int protocol);

    /** {@code function(*args)}, then BUILD with {@code state} (null: none). The function and any class among the args are {@link #global}s. */
    record Reduction(Object function, List<Object> args, Object state) {}

    /** A module's global (numpy.core.multiarray._reconstruct, numpy.ndarray) as a reduction names it; the same object for the same name, so a pickle memoizes it once. */
    static Object global(String module, String name) {
        return TorchArchive.marker(module, name);
    }
}
