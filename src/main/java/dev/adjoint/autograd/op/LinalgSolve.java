package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.LuDecomposition;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * torch.linalg.solve(A, B): X with A·X = B for a batch of square A, by LU with partial pivoting
 * (LinalgSolveExBackward0). B is a batch of matrices, or of vectors when it has one axis fewer
 * than A (PyTorch's rule). Gradients: G_B = solve(Aᵀ, g), G_A = −G_B·Xᵀ; tangent
 * solve(A, dB − dA·X); all with ops.
 */
public final class LinalgSolve implements Op {
    private final boolean vector;

    private LinalgSolve(boolean vector) {
        this.vector = vector;
    }

    /** The op for these operands, after PyTorch's checks of their shapes (equal batch dimensions here). */
    static LinalgSolve of(Tensor a, Tensor b) {
        LinalgError.checkSquare(a, "linalg.solve");
        int[] s = a.shape(), t = b.shape();
        int n = s[s.length - 1];
        boolean vector = t.length == 1 || t.length == s.length - 1 && Arrays.equals(t, Arrays.copyOf(s, s.length - 1));
        int rows = vector ? t[t.length - 1] : t.length >= 2 ? t[t.length - 2] : -1;
        if (rows != n)
            throw new AutogradException("linalg.solve: Incompatible shapes of A and B for the equation AX = B (" + n + "x" + n + " and "
                    + (vector ? t[t.length - 1] + "x1" : t.length >= 2 ? t[t.length - 2] + "x" + t[t.length - 1] : "?") + ")");
        int[] batchA = Arrays.copyOf(s, s.length - 2), batchB = Arrays.copyOf(t, t.length - (vector ? 1 : 2));
        if (!Arrays.equals(batchA, batchB) && batchB.length > 0)
            throw new AutogradException("linalg.solve: adjoint solves batches of equal batch dimensions only, not " + Tensor.torchShape(batchA) + " and "
                    + Tensor.torchShape(batchB));
        return new LinalgSolve(vector);
    }

    public String name() { return "solve"; }

    public NDArray compute(NDArray[] in) {
        int[] s = in[0].shape(), t = in[1].shape();
        int n = s[s.length - 1], columns = vector ? 1 : t[t.length - 1];
        LuDecomposition[] lu = LinalgError.factors(in[0].toArray(), n);
        int batches = Math.max(lu.length, 1);
        double[] b = in[1].toArray(), x = new double[lu.length * n * columns];
        boolean shared = t.length == (vector ? 1 : 2); // one right-hand side for every matrix
        for (int k = 0; k < lu.length; k++) {
            if (lu[k].firstZeroPivot() != 0)
                throw new LinalgError.Singular("torch.linalg.solve: " + LinalgError.batchPrefix(s.length, k) + "The solver failed because the input matrix is singular.");
            double[] rhs = Arrays.copyOfRange(b, shared ? 0 : k * n * columns, (shared ? 0 : k * n * columns) + n * columns);
            System.arraycopy(lu[k].solve(rhs, columns), 0, x, k * n * columns, n * columns);
        }
        int[] out = Arrays.copyOf(s, s.length - (vector ? 1 : 0));
        if (!vector) out[out.length - 1] = columns;
        return batches == 0 ? NDArray.zeros(out) : NDArray.of(x, out);
    }

    /** B or a gradient of X as a matrix (a vector gets a column axis). */
    private Tensor asMatrix(Tensor v) { return vector ? Ops.unsqueeze(v, -1) : v; }

    /** G_B = solve(Aᵀ, g) (Aᵀ factored anew, as PyTorch's rounding shows), G_A = −G_B·Xᵀ. */
    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor gb = Tensor.apply(this, Ops.transpose(a, -2, -1), g);
        Tensor ga = a.requiresGrad() ? Ops.neg(Ops.matmul(asMatrix(gb), Ops.transpose(asMatrix(out), -2, -1))) : null;
        return new Tensor[] {ga, b.requiresGrad() ? Ops.sumToShape(gb, b.shape()) : null};
    }

    /** dX = solve(A, dB − dA·X). */
    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor rhs = t[1];
        if (t[0] != null) {
            Tensor dax = Ops.matmul(t[0], asMatrix(out));
            dax = vector ? Ops.squeeze(dax, -1) : dax;
            rhs = rhs == null ? Ops.neg(dax) : Ops.sub(rhs, dax);
        }
        return Tensor.apply(this, out.input(0), rhs);
    }

    public String torchName(Tensor out) { return "LinalgSolveExBackward0"; }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    public String savedName(Tensor out, int i) { return i == -1 ? "result" : i == 0 ? "A" : null; }

    public String notation(String... a) { return "solve(" + a[0] + ", " + a[1] + ")"; }
}
