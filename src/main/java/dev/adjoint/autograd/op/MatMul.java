package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.ndarray.MatmulOf;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.TorchMatmul;
import dev.adjoint.ndarray.Shapes;
import java.util.Arrays;

/**
 * a @ b with NumPy's rules: 1-d operands promoted, batch axes broadcast. With an operand of 3 or
 * more dims PyTorch either folds the larger operand's batch into one matrix product or multiplies
 * by bmm ({@link TorchMatmul}); {@code fold} says which (null: decided from the arrays' strides),
 * and the gradients take the same path, so their last bits are PyTorch's too.
 */
public final class MatMul implements Op {
    static final MatMul INSTANCE = new MatMul(null);

    private final Boolean fold;

    private MatMul(Boolean fold) {
        this.fold = fold;
    }

    /** torch.matmul of these tensors, its path decided by their PyTorch strides. */
    static MatMul of(Tensor a, Tensor b) {
        return a.ndim() <= 2 && b.ndim() <= 2 ? INSTANCE : new MatMul(foldsByStrides(a, b));
    }

    private static boolean foldsByStrides(Tensor a, Tensor b) {
        Tensor larger = a.ndim() >= b.ndim() ? a : b;
        return TorchMatmul.shouldFold(larger.shape(), Views.torchStrides(larger), Math.min(a.ndim(), b.ndim()));
    }

    public String name() { return "matmul"; }

    public NDArray compute(NDArray[] in) {
        return fold == null ? in[0].matmul(in[1]) : in[0].matmul(in[1], MatmulOf.PYTORCH, fold);
    }

    /** Whether PyTorch folds this product of a and b into one matrix product (else bmm; false for matrices and vectors alone). */
    boolean folds(Tensor a, Tensor b) {
        if (a.ndim() <= 2 && b.ndim() <= 2) return false;
        return fold != null ? fold : foldsByStrides(a, b);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor a = out.input(0), b = out.input(1);
        if (a.ndim() == 2 && b.ndim() == 2)
            return new Tensor[] {a.requiresGrad() ? MmGradients.ofMat1(g, a, b) : null, b.requiresGrad() ? MmGradients.ofMat2(g, a, b) : null};
        if (a.ndim() == 2 && b.ndim() == 1) return FoldedMatmulGradients.of(g, a, b); // mv's: grad.ger(vec), self.t().mv(grad)
        if (folds(a, b))
            return a.ndim() > b.ndim() ? FoldedMatmulGradients.of(g, a, b) : FoldedMatmulGradients.ofTransposed(g, a, b);
        // work with ≥2-d operands broadcast to one batch, as bmm's; then undo promotion and batch broadcasting
        Tensor a2 = a.ndim() == 1 ? Ops.reshape(a, 1, a.shape()[0]) : a;
        Tensor b2 = b.ndim() == 1 ? Ops.reshape(b, b.shape()[0], 1) : b;
        int[] outShape = promotedShape(a2, b2);
        Tensor g2 = Ops.reshape(g, outShape);
        if (outShape.length > 2) {
            int[] batch = Arrays.copyOf(outShape, outShape.length - 2);
            a2 = Ops.broadcastTo(a2, withMatrix(batch, a2.shape()));
            b2 = Ops.broadcastTo(b2, withMatrix(batch, b2.shape()));
        }
        Tensor ga = a.requiresGrad() ? Ops.sumToShape(Ops.matmul(g2, Ops.transpose(b2)), asLeftMatrix(a)) : null;
        Tensor gb = b.requiresGrad() ? Ops.sumToShape(Ops.matmul(Ops.transpose(a2), g2), asRightMatrix(b)) : null;
        return new Tensor[] {
            ga == null ? null : Ops.reshape(ga, a.shape()),
            gb == null ? null : Ops.reshape(gb, b.shape())};
    }

    /** The batch followed by a matrix's last two sizes. */
    private static int[] withMatrix(int[] batch, int[] matrix) {
        int[] s = Arrays.copyOf(batch, batch.length + 2);
        s[batch.length] = matrix[matrix.length - 2];
        s[batch.length + 1] = matrix[matrix.length - 1];
        return s;
    }

    /** The shape of a left operand as a matrix (a 1-d one as a row). */
    private static int[] asLeftMatrix(Tensor a) {
        return a.ndim() == 1 ? new int[] {1, a.shape()[0]} : a.shape();
    }

    /** The shape of a right operand as a matrix (a 1-d one as a column). */
    private static int[] asRightMatrix(Tensor b) {
        return b.ndim() == 1 ? new int[] {b.shape()[0], 1} : b.shape();
    }

    /** Shape of a2 @ b2 (both at least 2-d): broadcast batch axes, then m × n. */
    private static int[] promotedShape(Tensor a2, Tensor b2) {
        int[] a = a2.shape(), b = b2.shape();
        int[] batch = Shapes.broadcast(Arrays.copyOf(a, a.length - 2), Arrays.copyOf(b, b.length - 2));
        int[] s = Arrays.copyOf(batch, batch.length + 2);
        s[batch.length] = a[a.length - 2];
        s[batch.length + 1] = b[b.length - 1];
        return s;
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
        if (a == 2 && b == 2) return "MmBackward0";
        if (a == 1 && b == 2) return "SqueezeBackward3";
        if (a == 2 && folds(out.input(0), out.input(1))) { // (bᵀ folded @ aᵀ)ᵀ made contiguous: a copy, unless the transpose already is
            int[] s = out.shape();
            return s[s.length - 2] == 1 || s[s.length - 1] == 1 ? "TransposeBackward0" : "CloneBackward0";
        }
        return "UnsafeViewBackward0";
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
            case "MmBackward0" -> "mat2";
            default -> null;
        };
        return second == null ? null : i == 0 ? "self" : i == 1 ? second : null;
    }

    public String notation(String... a) { return a[0] + " @ " + a[1]; }

    public LocalRule localRule() { return LocalRule.of(new String[] {"$g @ $b", "$a @ $g"}, new String[] {"$g @ $b'", "$a' @ $g"}); }
}
