package dev.adjoint.autograd.op;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.LuDecomposition;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * torch.linalg.det (and torch.det) of a batch of square matrices: the product of U's diagonal,
 * negated for each row swap, as PyTorch computes it from the LU factors (LinalgDetBackward0): for
 * up to {@link TransposedLu#LARGEST} rows those PyTorch takes of Aᵀ with OpenBLAS's arithmetic, so the
 * last bits are its.
 * Gradient g·det·A⁻ᵀ and tangent det·trace(A⁻¹·dA), with ops, so they differentiate again.
 */
public final class LinalgDet implements Op {
    static final LinalgDet INSTANCE = new LinalgDet();

    public String name() { return "det"; }

    public NDArray compute(NDArray[] in) {
        int[] shape = in[0].shape();
        int n = shape[shape.length - 1];
        double[] values = in[0].toArray();
        if (n > 0 && n <= TransposedLu.LARGEST) {
            double[] det = new double[values.length / (n * n)];
            for (int b = 0; b < det.length; b++) det[b] = new TransposedLu(values, b * n * n, n).det();
            return NDArray.of(det, Arrays.copyOf(shape, shape.length - 2));
        }
        LuDecomposition[] lu = LinalgError.factors(values, n);
        double[] det = new double[lu.length];
        for (int b = 0; b < lu.length; b++) {
            double d = lu[b].swaps() % 2 == 0 ? 1 : -1;
            for (int i = 0; i < lu[b].size(); i++) d *= lu[b].pivot(i);
            det[b] = d;
        }
        return NDArray.of(det, Arrays.copyOf(shape, shape.length - 2));
    }

    /**
     * s·A⁻ᵀ for the scale s (g·det, or det for the tangent) of each matrix, as PyTorch 1.13's
     * backward computes it: under create_graph solve(Aᵀ, s·I) (LinalgSolveExBackward0), otherwise
     * from the inverse (its rounding: exact zeros where PyTorch's are). A singular matrix of the
     * batch (det 0) is taken as the identity instead, so its share is 0, as PyTorch 1.13's; without
     * create_graph its zeros are signed as PyTorch's ({@link TransposedLu}).
     */
    private static Tensor scaledInverseTranspose(Tensor a, Tensor scale) {
        int[] shape = a.shape();
        int n = shape[shape.length - 1];
        double[] values = a.value().toArray();
        LuDecomposition[] lu = LinalgError.factors(values, n);
        TransposedLu[] torchSingular = new TransposedLu[lu.length]; // singular as PyTorch's factors of Aᵀ find it
        double[] singular = new double[a.value().size()], identity = new double[singular.length];
        for (int b = 0; b < lu.length; b++) {
            TransposedLu factors = new TransposedLu(values, b * n * n, n);
            torchSingular[b] = factors.singular() ? factors : null;
            for (int i = 0; i < n * n; i++) {
                singular[b * n * n + i] = lu[b].firstZeroPivot() != 0 || torchSingular[b] != null ? 1 : 0;
                identity[b * n * n + i] = i % (n + 1) == 0 ? 1 : 0;
            }
        }
        Tensor eye = Tensor.constant(NDArray.of(identity, shape));
        Tensor invertibleT = Ops.transpose(Ops.where(Tensor.constant(NDArray.of(singular, shape)), eye, a), -2, -1);
        int[] expanded = Arrays.copyOf(scale.shape(), scale.ndim() + 2);
        expanded[scale.ndim()] = expanded[scale.ndim() + 1] = 1;
        Tensor s = Ops.reshape(scale, expanded);
        if (GradMode.isEnabled()) return Ops.solve(invertibleT, Ops.mul(eye, s));
        Tensor shares = Ops.mul(Tensor.apply(LinalgInv.INSTANCE, invertibleT), s);
        double[] scales = scale.value().toArray(), out = null;
        for (int b = 0; b < lu.length; b++) { // a constant: no create_graph here
            if (torchSingular[b] == null) continue;
            if (out == null) out = shares.value().toArray().clone();
            torchSingular[b].solveSingularInto(scales[b], out, b * n * n);
        }
        return out == null ? shares : Tensor.constant(NDArray.of(out, shape));
    }

    public Tensor[] vjp(Tensor g, Tensor out) { return new Tensor[] {scaledInverseTranspose(out.input(0), Ops.mul(g, out))}; }

    public Tensor jvp(Tensor[] t, Tensor out) { // det·trace(A⁻¹ dA) = Σ (det·A⁻ᵀ) ∘ dA
        return Ops.sum(Ops.mul(scaledInverseTranspose(out.input(0), out), t[0]), new int[] {-2, -1}, false);
    }

    public String torchName(Tensor out) { return "LinalgDetBackward0"; }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }

    public String savedName(Tensor out, int i) { return i == -1 ? "result" : i == 0 ? "A" : null; }

    public String notation(String... a) { return "det(" + a[0] + ")"; }
}
