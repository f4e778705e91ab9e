package dev.adjoint.autograd.op;

import dev.adjoint.autograd.LocalRule;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.Arrays;

/**
 * a @ b of matrices and vectors (dot, mv, mm; a vector times a matrix) and torch.bmm's batches
 * of matrices. torch.matmul with an operand of more dims is PyTorch's chain of nodes around mm, mv
 * or bmm ({@link BatchedMatmul}); needle's matmul is this one node for any dims (NumPy's rules, its
 * batches multiplied as bmm's).
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
        if (a.ndim() == 3 && b.ndim() == 3 && a.shape()[0] == b.shape()[0]) // bmm's: grad.bmm(mat2ᵀ), selfᵀ.bmm(grad)
            return new Tensor[] {a.requiresGrad() ? Ops.bmm(g, Ops.transpose(b)) : null, b.requiresGrad() ? Ops.bmm(Ops.transpose(a), g) : null};
        // a vector times a vector or a matrix, or needle's batches (one node): promoted to matrices broadcast to
        // one batch, the products' gradients summed back over the broadcast and the added axes removed
        Tensor a2 = a.ndim() == 1 ? Ops.reshape(a, 1, a.shape()[0]) : a;
        Tensor b2 = b.ndim() == 1 ? Ops.reshape(b, b.shape()[0], 1) : b;
        int[] outShape = promotedShape(a2.shape(), b2.shape());
        Tensor g2 = Ops.reshape(g, outShape);
        if (outShape.length > 2) {
            a2 = Ops.broadcastTo(a2, withMatrix(outShape, a2.shape()));
            b2 = Ops.broadcastTo(b2, withMatrix(outShape, b2.shape()));
        }
        Tensor ga = a.requiresGrad() ? Ops.sumToShape(Ops.matmulNode(g2, Ops.transpose(b2)), a.ndim() == 1 ? new int[] {1, a.shape()[0]} : a.shape()) : null;
        Tensor gb = b.requiresGrad() ? Ops.sumToShape(Ops.matmulNode(Ops.transpose(a2), g2), b.ndim() == 1 ? new int[] {b.shape()[0], 1} : b.shape()) : null;
        return new Tensor[] {
            ga == null ? null : Ops.reshape(ga, a.shape()),
            gb == null ? null : Ops.reshape(gb, b.shape())};
    }

    /** The shape of a2 @ b2 (both at least 2-d): the broadcast batch, then m × n. */
    private static int[] promotedShape(int[] a, int[] b) {
        int[] batch = Shapes.broadcast(Arrays.copyOf(a, a.length - 2), Arrays.copyOf(b, b.length - 2));
        int[] s = Arrays.copyOf(batch, batch.length + 2);
        s[batch.length] = a[a.length - 2];
        s[batch.length + 1] = b[b.length - 1];
        return s;
    }

    /** The batch of {@code product} followed by a matrix's last two sizes. */
    private static int[] withMatrix(int[] product, int[] matrix) {
        int[] s = product.clone();
        s[s.length - 2] = matrix[matrix.length - 2];
        s[s.length - 1] = matrix[matrix.length - 1];
        return s;
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
