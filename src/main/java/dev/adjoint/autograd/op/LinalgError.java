package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.LuDecomposition;

/**
 * The checks and LU factorisations torch.linalg's inv, det and solve share: a floating batch of
 * square matrices, each factored as LAPACK's getrf; a singular one is PyTorch's LinAlgError
 * ({@link Singular}).
 */
public final class LinalgError {
    private LinalgError() {}

    /** The Python type a singular matrix's error has in PyTorch (torch.linalg.LinAlgError). */
    public static final String PYTHON_TYPE = "torch._C._LinAlgError";

    /** A singular matrix: PyTorch's message, raised in Python as {@link #PYTHON_TYPE}. */
    public static final class Singular extends AutogradException {
        public Singular(String message) {
            super(message);
        }
    }

    static void checkSquare(Tensor a, String function) {
        if (a.ndim() < 2) throw new AutogradException(function + ": The input tensor A must have at least 2 dimensions.");
        int[] s = a.shape(); // PyTorch checks the shape before the type
        if (s[s.length - 1] != s[s.length - 2])
            throw new AutogradException(function + ": A must be batches of square matrices, but they are " + s[s.length - 2] + " by " + s[s.length - 1] + " matrices");
        if (!a.dtype().isFloating()) throw new AutogradException(function + ": Expected a floating point or complex tensor as input. Got " + a.dtype().scalarName());
    }

    /** The LU factors of every matrix of a batch (row-major values, n x n each). */
    static LuDecomposition[] factors(double[] values, int n) {
        LuDecomposition[] out = new LuDecomposition[n == 0 ? 0 : values.length / (n * n)];
        for (int b = 0; b < out.length; b++) out[b] = LuDecomposition.of(values, b * n * n, n);
        return out;
    }

    /** PyTorch's "(Batch element i): " before a message about one matrix of a batch. */
    static String batchPrefix(int ndim, int b) {
        return ndim > 2 ? "(Batch element " + b + "): " : "";
    }
}
