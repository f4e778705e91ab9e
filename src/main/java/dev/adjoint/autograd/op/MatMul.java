package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * a @ b of matrices and vectors (dot, mv, mm; a vector times a matrix) and torch.bmm's batches
 * of matrices. An operand of more dims is PyTorch's chain of nodes around mm, mv or bmm
 * ({@link BatchedMatmul}).
 */
public final class MatMul implements Op {
    static final MatMul INSTANCE = new MatMul();

    private MatMul() {}

    public String name() { return "matmul"; }

    public NDArray compute(NDArray[] in) { return in[0].matmul(in[1]); }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        if (a.ndim() == 2 && b.ndim() == 2)
            return new Tensor[] {a.requiresGrad() ? MmGradients.ofMat1(g, a, b) : null, b.requiresGrad() ? MmGradients.ofMat2(g, a, b) : null};
        if (a.ndim() == 2 && b.ndim() == 1) // mv's: grad.ger(vec), self.t().mv(grad)
            return new Tensor[] {a.requiresGrad() ? outer(g, b) : null, b.requiresGrad() ? Ops.matmul(Ops.transpose(a), g) : null};
        if (a.ndim() == 3 && b.ndim() == 3) // bmm's: grad.bmm(mat2ᵀ), selfᵀ.bmm(grad)
            return new Tensor[] {a.requiresGrad() ? Ops.bmm(g, Ops.transpose(b)) : null, b.requiresGrad() ? Ops.bmm(Ops.transpose(a), g) : null};
        // a vector times a vector or a matrix: as a row times a matrix, the added axis then removed
        Tensor a2 = a.ndim() == 1 ? Ops.reshape(a, 1, a.shape()[0]) : a;
        Tensor b2 = b.ndim() == 1 ? Ops.reshape(b, b.shape()[0], 1) : b;
        Tensor g2 = Ops.reshape(g, a2.shape()[0], b2.shape()[1]);
        Tensor ga = a.requiresGrad() ? Ops.matmul(g2, Ops.transpose(b2)) : null;
        Tensor gb = b.requiresGrad() ? Ops.matmul(Ops.transpose(a2), g2) : null;
        return new Tensor[] {
            ga == null ? null : Ops.reshape(ga, a.shape()),
            gb == null ? null : Ops.reshape(gb, b.shape())};
    }

    /** mv's gradient of its matrix, grad.ger(vec): each entry one product. */
    private static Tensor outer(Tensor column, Tensor row) {
        return Ops.mul(Ops.reshape(column, column.shape()[0], 1), Ops.reshape(row, 1, row.shape()[0]));
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        Tensor da = t[0] == null ? null : Ops.matmul(t[0], b);
        Tensor db = t[1] == null ? null : Ops.matmul(a, t[1]);
        return Ops.addOrFirst(da, db);
    }

    public String torchName(Tensor out) {
        int a = out.input(0).ndim(), b = out.input(1).ndim();
        if (a == 1 && b == 1) return "DotBackward0";
        if (a == 2 && b == 1) return "MvBackward0";
        if (a == 1 && b == 2) return "SqueezeBackward3";
        return a == 2 ? "MmBackward0" : "BmmBackward0";
    }

    /** a is saved when b needs its gradient, and b when a does. */
    public int saved(Tensor out) { return (out.input(1).requiresGrad() ? 1 : 0) | (out.input(0).requiresGrad() ? 2 : 0); }

    /** Both operands' attributes, None for one not saved (savedName shows them for Dot, Mv and Mm only). */
    public int savedAttributes(Tensor out) { return 0b11; }

    /** MmBackward0's operands' sizes and strides. */
    public void savedValues(Tensor out, SavedValues into) {
        if (!torchName(out).equals("MmBackward0")) return;
        into.layout("mat2", out.input(1)).layout("self", out.input(0));
    }

    /** DotBackward0's self and tensor, MvBackward0's self and vec, MmBackward0's self and mat2; the view nodes of the other shapes show none. */
    public String savedName(Tensor out, int i) {
        String second = switch (torchName(out)) {
            case "DotBackward0" -> "tensor";
            case "MvBackward0" -> "vec";
            case "MmBackward0", "BmmBackward0" -> "mat2";
            default -> null;
        };
        return second == null ? null : i == 0 ? "self" : i == 1 ? second : null;
    }

    public String notation(String... a) { return a[0] + " @ " + a[1]; }

    public LocalRule localRule() { return LocalRule.of(new String[] {"$g @ $b", "$a @ $g"}, new String[] {"$g @ $b'", "$a' @ $g"}); }
}
