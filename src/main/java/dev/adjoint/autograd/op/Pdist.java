package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * torch.pdist(x, p) (F.pdist): the p-norm distance between every pair of rows i &lt; j of x
 * (N, M), in the order (0, 1), (0, 2), …, (1, 2), …, as PyTorch's one node PdistBackward0. Like
 * {@link Cdist}, the distances are {@link Norm}'s of the pairwise differences, so forward,
 * gradient (0 where two rows coincide) and tangent are the norm's; for p = 0 the gradient is zeros.
 */
public final class Pdist implements Op {
    private final double p;
    private final int[] first, second; // the rows of each pair
    private final int columns;

    Pdist(double p, int rows, int columns) {
        this.p = p;
        this.columns = columns;
        int pairs = rows * (rows - 1) / 2;
        first = new int[pairs];
        second = new int[pairs];
        for (int i = 0, k = 0; i < rows; i++) for (int j = i + 1; j < rows; j++, k++) {
            first[k] = i;
            second[k] = j;
        }
    }

    public String name() { return "pdist"; }

    private Norm norm() {
        return new Norm(p, new int[] {1}, false, 2);
    }

    /** Flat positions of the pairs' rows ({@code rows} of first or second), shaped (pairs, M). */
    private int[] positions(int[] rows) {
        int[] pos = new int[rows.length * columns];
        for (int k = 0; k < rows.length; k++) for (int c = 0; c < columns; c++) pos[k * columns + c] = rows[k] * columns + c;
        return pos;
    }

    private int[] diffShape() {
        return new int[] {first.length, columns};
    }

    public NDArray compute(NDArray[] in) {
        NDArray diff = in[0].gather(positions(first), diffShape()).sub(in[0].gather(positions(second), diffShape()));
        return norm().compute(new NDArray[] {diff});
    }

    /** The pairwise differences as Tensor ops (a graph when the gradient is built with create_graph). */
    private Tensor differences(Tensor x) {
        return Ops.sub(Ops.take(x, positions(first), diffShape()), Ops.take(x, positions(second), diffShape()));
    }

    /** The row index of each entry of the (pairs, M) differences, for scatter_add. */
    private Tensor rowIndex(int[] rows) {
        double[] v = new double[rows.length * columns];
        for (int k = 0; k < rows.length; k++) java.util.Arrays.fill(v, k * columns, (k + 1) * columns, rows[k]);
        return Tensor.constant(NDArray.of(v, diffShape()), DType.INT64);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor x = out.input(0);
        Tensor zeros = Tensor.constant(NDArray.zeros(x.shape()));
        if (p == 0) return new Tensor[] {zeros};
        Tensor gd = norm().gradient(g, differences(x), out);
        return new Tensor[] {Ops.sub(Ops.scatterAdd(zeros, 0, rowIndex(first), gd, false), Ops.scatterAdd(zeros, 0, rowIndex(second), gd, false))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        return norm().tangent(differences(t[0]), differences(out.input(0)), out);
    }

    public String torchName(Tensor out) { return "PdistBackward0"; }

    public int saved(Tensor out) { return 1 | OUTPUT; }

    public String notation(String... a) { return "pdist(" + a[0] + ", p=" + p + ")"; }
}
