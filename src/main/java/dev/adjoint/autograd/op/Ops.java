package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.ShapeException;
import dev.adjoint.ndarray.Shapes;
import java.util.Arrays;

/**
 * The functions of the engine, by their lowercase names: primitives apply one op; composites
 * (mean, softmax, log_softmax, transpose, ...) are built from primitives and get their
 * derivatives for free.
 */
public final class Ops {
    private Ops() {}

    public static Tensor scalar(double v) {
        return Tensor.constant(v);
    }

    // ---- elementwise, broadcasting ----

    public static Tensor add(Tensor a, Tensor b) { return binary(Add.INSTANCE, a, b); }

    public static Tensor sub(Tensor a, Tensor b) { return binary(Sub.INSTANCE, a, b); }

    public static Tensor mul(Tensor a, Tensor b) { return binary(Mul.INSTANCE, a, b); }

    public static Tensor div(Tensor a, Tensor b) { return binary(Div.INSTANCE, a, b); }

    public static Tensor pow(Tensor a, Tensor b) { return binary(Pow.INSTANCE, a, b); }

    public static Tensor pow(Tensor a, double b) { return pow(a, scalar(b)); }

    /** Names the op in a broadcasting error, e.g. "add: shapes (2,) and (3,) cannot be broadcast together". */
    private static Tensor binary(dev.adjoint.autograd.Op op, Tensor a, Tensor b) {
        try {
            return Tensor.apply(op, a, b);
        } catch (ShapeException e) {
            throw new ShapeException(op.name() + ": " + e.getMessage());
        }
    }

    public static Tensor neg(Tensor a) { return Tensor.apply(Neg.INSTANCE, a); }

    public static Tensor exp(Tensor a) { return Tensor.apply(Exp.INSTANCE, a); }

    public static Tensor log(Tensor a) { return Tensor.apply(Log.INSTANCE, a); }

    public static Tensor sin(Tensor a) { return Tensor.apply(Sin.INSTANCE, a); }

    public static Tensor cos(Tensor a) { return Tensor.apply(Cos.INSTANCE, a); }

    public static Tensor tanh(Tensor a) { return Tensor.apply(Tanh.INSTANCE, a); }

    public static Tensor sigmoid(Tensor a) { return Tensor.apply(Sigmoid.INSTANCE, a); }

    public static Tensor relu(Tensor a) { return Tensor.apply(Relu.INSTANCE, a); }

    public static Tensor sqrt(Tensor a) { return Tensor.apply(Sqrt.INSTANCE, a); }

    public static Tensor abs(Tensor a) { return Tensor.apply(Abs.INSTANCE, a); }

    // ---- linear algebra and shapes ----

    public static Tensor matmul(Tensor a, Tensor b) { return Tensor.apply(MatMul.INSTANCE, a, b); }

    public static Tensor reshape(Tensor a, int... shape) {
        int[] target = Shapes.reshapeTarget(a.shape(), shape);
        if (Arrays.equals(target, a.shape())) return a;
        return Tensor.apply(new Reshape(target), a);
    }

    public static Tensor permute(Tensor a, int... axes) {
        if (axes.length != a.ndim())
            throw new ShapeException("permute needs " + a.ndim() + " axes for shape " + Shapes.str(a.shape()) + ", got " + axes.length);
        int[] norm = new int[axes.length];
        for (int i = 0; i < axes.length; i++) norm[i] = Shapes.axis(axes[i], a.ndim());
        return Tensor.apply(new Permute(norm), a);
    }

    /** needle's transpose: swaps the last two axes (a 1-d or 0-d tensor is returned as is). */
    public static Tensor transpose(Tensor a) {
        if (a.ndim() < 2) return a;
        return transpose(a, a.ndim() - 2, a.ndim() - 1);
    }

    /** Swaps two axes. */
    public static Tensor transpose(Tensor a, int axis1, int axis2) {
        int[] p = new int[a.ndim()];
        for (int i = 0; i < p.length; i++) p[i] = i;
        int x = Shapes.axis(axis1, a.ndim()), y = Shapes.axis(axis2, a.ndim());
        p[x] = y;
        p[y] = x;
        return permute(a, p);
    }

    public static Tensor broadcastTo(Tensor a, int... shape) {
        if (Arrays.equals(a.shape(), shape)) return a;
        a.value().broadcastTo(shape); // checks, with a message naming both shapes
        return Tensor.apply(new BroadcastTo(shape.clone()), a);
    }

    /**
     * Undoes broadcasting: sums g over the axes that broadcasting added or stretched so it gets
     * {@code shape}. Every binary op's gradient goes through here.
     */
    public static Tensor sumToShape(Tensor g, int[] shape) {
        int[] gs = g.shape();
        if (Arrays.equals(gs, shape)) return g;
        int lead = gs.length - shape.length;
        int[] axes = new int[gs.length];
        int n = 0;
        for (int i = 0; i < gs.length; i++)
            if (i < lead || (shape[i - lead] == 1 && gs[i] != 1)) axes[n++] = i;
        return reshape(sum(g, Arrays.copyOf(axes, n), false), shape);
    }

    /** x[items]: NumPy basic indexing with integers (negative from the end) and slices. */
    public static Tensor getItem(Tensor a, java.util.List<dev.adjoint.ndarray.Index> items) {
        a.value().select(items); // checks, with a message naming the shape
        return Tensor.apply(new GetItem(items), a);
    }

    /** Joins tensors along an existing axis. */
    public static Tensor concat(java.util.List<Tensor> parts, int axis) {
        if (parts.isEmpty()) throw new ShapeException("concat needs at least one tensor");
        int ax = Shapes.axis(axis, parts.get(0).ndim());
        return Tensor.apply(new Concat(ax), parts.toArray(new Tensor[0]));
    }

    /** Stacks equal-shaped tensors along a new axis. */
    public static Tensor stack(java.util.List<Tensor> parts, int axis) {
        if (parts.isEmpty()) throw new ShapeException("stack needs at least one tensor");
        int[] s = parts.get(0).shape();
        int ax = Shapes.axis(axis, s.length + 1);
        java.util.List<Tensor> expanded = new java.util.ArrayList<>();
        for (Tensor p : parts) {
            if (!Arrays.equals(p.shape(), s))
                throw new ShapeException("stack needs tensors of one shape, got " + Shapes.str(s) + " and " + Shapes.str(p.shape()));
            int[] t = new int[s.length + 1];
            for (int j = 0, m = 0; j < t.length; j++) t[j] = j == ax ? 1 : s[m++];
            expanded.add(reshape(p, t));
        }
        return concat(expanded, ax);
    }

    // ---- reductions ----

    /** Sum over axes (null: all). */
    public static Tensor sum(Tensor a, int[] axes, boolean keepdims) {
        return Tensor.apply(new Sum(Shapes.axes(axes, a.ndim()), keepdims, a.ndim()), a);
    }

    public static Tensor sum(Tensor a) {
        return sum(a, null, false);
    }

    public static Tensor mean(Tensor a, int[] axes, boolean keepdims) {
        int[] ax = Shapes.axes(axes, a.ndim());
        int count = 1;
        for (int x : ax) count *= a.shape()[x];
        return div(sum(a, ax, keepdims), scalar(count));
    }

    public static Tensor max(Tensor a, int[] axes, boolean keepdims) {
        return Tensor.apply(new Max(Shapes.axes(axes, a.ndim()), keepdims, a.ndim()), a);
    }

    public static Tensor logsumexp(Tensor a, int[] axes, boolean keepdims) {
        return Tensor.apply(new LogSumExp(Shapes.axes(axes, a.ndim()), keepdims, a.ndim()), a);
    }

    /** Softmax along one axis (default: the last), as exp(a − logsumexp(a)). */
    public static Tensor softmax(Tensor a, int axis) {
        return exp(logSoftmax(a, axis));
    }

    public static Tensor logSoftmax(Tensor a, int axis) {
        if (a.ndim() == 0) throw new ShapeException("softmax needs at least one axis, got a scalar");
        return sub(a, logsumexp(a, new int[] {Shapes.axis(axis, a.ndim())}, true));
    }

    /** Euclidean (Frobenius) norm of all entries. */
    public static Tensor norm(Tensor a) {
        return sqrt(sum(mul(a, a)));
    }

    // ---- constants ----

    /** Rows of the identity picked by integer labels: shape (n, classes). A constant. */
    public static Tensor oneHot(Tensor labels, int classes) {
        double[] y = labels.value().toArray();
        dev.adjoint.ndarray.Limits.checkShape(y.length, classes);
        double[] d = new double[y.length * classes];
        for (int i = 0; i < y.length; i++) {
            int k = (int) y[i];
            if (k != y[i] || k < 0 || k >= classes)
                throw new ShapeException("one_hot label " + fmt(y[i]) + " is not an integer in [0, " + classes + ")");
            d[i * classes + k] = 1;
        }
        int[] s = Arrays.copyOf(labels.shape(), labels.ndim() + 1);
        s[labels.ndim()] = classes;
        return Tensor.constant(NDArray.of(d, s));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : Double.toString(v);
    }

    // ---- helpers for rules ----

    /** a + b where either may be null (a zero tangent). */
    static Tensor addOrFirst(Tensor a, Tensor b) {
        if (a == null) return b;
        if (b == null) return a;
        return add(a, b);
    }

    static String reduction(String fn, String arg, int[] axes, boolean keepdims, boolean allAxes) {
        StringBuilder sb = new StringBuilder(fn).append('(').append(arg);
        if (!allAxes) sb.append(", axes=").append(Shapes.str(axes));
        if (keepdims) sb.append(", keepdims=True");
        return sb.append(')').toString();
    }
}
