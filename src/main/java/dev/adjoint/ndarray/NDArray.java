package dev.adjoint.ndarray;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable N-dimensional array of doubles: a flat buffer seen through shape, strides and offset.
 * Reshape (when compact), permute, broadcast and slicing are views sharing the buffer; every
 * computation returns a new compact array, so a value held by a graph node never changes.
 * Scalars are 0-d arrays. The one exception is {@link #overwrite}: a tensor writing single
 * entries of a {@link #privateCopy} that it has shown no one (a loop filling an array one entry
 * at a time would otherwise copy the whole array per entry).
 */
public final class NDArray {
    final double[] data;
    final int[] shape;
    final int[] strides;
    final int offset;

    NDArray(double[] data, int[] shape, int[] strides, int offset) {
        this.data = data;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
    }

    /** Wraps a row-major buffer without copying: the caller hands it over and must not change it. */
    static NDArray wrap(double[] data, int[] shape) {
        return new NDArray(data, shape, Shapes.rowMajorStrides(shape), 0);
    }

    /** A fresh buffer for an array of {@code shape}, refused over the element limit before allocating. */
    static double[] allocate(int[] shape) {
        Limits.checkShape(shape);
        return new double[Shapes.size(shape)];
    }

    // ---- construction ----

    public static NDArray scalar(double v) {
        return new NDArray(new double[] {v}, Shapes.SCALAR, Shapes.SCALAR, 0);
    }

    /** A copy of {@code values} in row-major order with the given shape. */
    public static NDArray of(double[] values, int... shape) {
        if (values.length != Shapes.size(shape))
            throw new ShapeException(values.length + " values do not fill shape " + Shapes.str(shape));
        return wrap(values.clone(), shape.clone());
    }

    /**
     * An array over {@code values} itself rather than a copy, for a producer that made the values
     * for it and keeps no reference to them (a data set's tens of megabytes are not copied again).
     */
    public static NDArray adopt(double[] values, int... shape) {
        if (values.length != Shapes.size(shape))
            throw new ShapeException(values.length + " values do not fill shape " + Shapes.str(shape));
        return wrap(values, shape.clone());
    }

    public static NDArray vector(double... values) {
        return of(values, values.length);
    }

    public static NDArray full(double v, int... shape) {
        for (int d : shape) if (d < 0) throw new ShapeException("negative dimension in shape " + Shapes.str(shape));
        double[] d = allocate(shape);
        if (v != 0) Arrays.fill(d, v);
        return wrap(d, shape.clone());
    }

    public static NDArray zeros(int... shape) {
        return full(0, shape);
    }

    public static NDArray ones(int... shape) {
        return full(1, shape);
    }

    public static NDArray eye(int n, int m) {
        double[] d = allocate(new int[] {n, m});
        for (int i = 0; i < Math.min(n, m); i++) d[i * m + i] = 1;
        return wrap(d, new int[] {n, m});
    }

    public static NDArray arange(double start, double stop, double step) {
        if (step == 0) throw new ShapeException("arange step must not be zero");
        long n = (long) Math.max(0, Math.ceil((stop - start) / step));
        Limits.check(n, "(" + n + ",)");
        double[] d = new double[(int) n];
        for (int i = 0; i < n; i++) d[i] = start + i * step;
        return wrap(d, new int[] {(int) n});
    }

    // ---- inspection ----

    public int ndim() {
        return shape.length;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int dim(int axis) {
        return shape[Shapes.axis(axis, shape.length)];
    }

    public int size() {
        return Shapes.size(shape);
    }

    public boolean sameShape(NDArray o) {
        return Arrays.equals(shape, o.shape);
    }

    public boolean sameShape(int[] s) {
        return Arrays.equals(shape, s);
    }

    /**
     * The same shape and every entry equal as numbers compare (0.0 equals −0.0; NaN equals NaN
     * only when {@code nanEqual}), as torch.equal and np.array_equal compare; Arrays.equals
     * compares bits instead.
     */
    public boolean equalTo(NDArray o, boolean nanEqual) {
        if (!sameShape(o)) return false;
        double[] a = toArray(), b = o.toArray();
        for (int i = 0; i < a.length; i++)
            if (a[i] != b[i] && !(nanEqual && Double.isNaN(a[i]) && Double.isNaN(b[i]))) return false;
        return true;
    }

    /** The single value of a one-element array. */
    public double item() {
        if (size() != 1)
            throw new ShapeException("only one-element arrays can be converted to a number, this one has shape " + Shapes.str(shape));
        return data[offset];
    }

    /** The entry at flat row-major position {@code p} (0 ≤ p < size), read without a copy. */
    public double at(int p) {
        int q = offset;
        for (int d = shape.length - 1; d >= 0; d--) {
            q += (p % shape[d]) * strides[d];
            p /= shape[d];
        }
        return data[q];
    }

    /** The entries at flat row-major {@code positions}, as a new array of {@code shape} (reading only those entries). */
    public NDArray gather(int[] positions, int[] shape) {
        double[] out = new double[positions.length];
        if (isCompact()) for (int i = 0; i < out.length; i++) out[i] = data[offset + positions[i]];
        else for (int i = 0; i < out.length; i++) out[i] = at(positions[i]);
        return wrap(out, shape.clone());
    }

    /**
     * The inverse of {@link #gather}: an array of {@code shape}, zero but for this array's entries (row-major)
     * added at their flat {@code positions}, in order, so repeated positions accumulate. Neither array is copied.
     */
    public NDArray scatterAdd(int[] positions, int[] shape) {
        double[] from = compactData(), out = allocate(shape);
        for (int i = 0; i < positions.length; i++) out[positions[i]] += from[i];
        return wrap(out, shape.clone());
    }

    public double get(int... index) {
        if (index.length != shape.length)
            throw new ShapeException(index.length + " indices for an array of " + shape.length + " dimensions");
        int p = offset;
        for (int i = 0; i < index.length; i++) {
            int k = index[i] < 0 ? index[i] + shape[i] : index[i];
            if (k < 0 || k >= shape[i])
                throw new ShapeException("index " + index[i] + " is out of bounds for axis " + i + " with size " + shape[i]);
            p += k * strides[i];
        }
        return data[p];
    }

    /** Row-major copy of the values. */
    public double[] toArray() {
        return isCompact() && offset == 0 && data.length == size() ? data.clone() : compact().data;
    }

    /** Row-major values without copying when already compact; callers must not write to the result. */
    double[] compactData() {
        return isCompact() && offset == 0 && data.length == size() ? data : compact().data;
    }

    /** Whether no value is NaN or infinite (read in place: NumPy's error checks look at every result). */
    public boolean allFinite() {
        for (double v : compactData()) if (!Double.isFinite(v)) return false;
        return true;
    }

    /** Whether some value passes the test (read in place). */
    public boolean anyMatch(DoublePredicate test) {
        for (double v : compactData()) if (test.test(v)) return true;
        return false;
    }

    public boolean isCompact() {
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != acc) return false;
            acc *= shape[i];
        }
        return true;
    }

    /**
     * Its strides when its buffer holds exactly its entries, each once, in some order of the
     * dimensions (PyTorch's "non-overlapping and dense": a transposed array, not a slice or a
     * broadcast), else null.
     */
    public int[] denseStrides() {
        if (size() == 0 || offset != 0 || data.length != size() || !Shapes.isDense(shape, strides)) return null;
        return strides.clone();
    }

    /**
     * A copy whose buffer holds the entries at the dense strides {@code layout} (PyTorch's
     * {@code empty_strided(shape, layout).copy_(this)}): its dimensions in layout's memory order,
     * outermost first, copied out in that order.
     */
    public NDArray laidOut(int[] layout) {
        if (!Shapes.isDense(shape, layout)) throw new ShapeException("strides " + Arrays.toString(layout) + " do not lay out shape " + Shapes.str(shape) + " densely");
        Integer[] order = new Integer[shape.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(layout[b], layout[a]));
        int[] perm = new int[order.length];
        for (int i = 0; i < perm.length; i++) perm[i] = order[i];
        double[] inMemoryOrder = permute(perm).toArray();
        return new NDArray(inMemoryOrder, shape.clone(), layout.clone(), 0);
    }

    /** A compact copy (or this array when it already is compact and starts at 0). */
    public NDArray compact() {
        if (isCompact() && offset == 0 && data.length == size()) return this;
        double[] r = allocate(shape);
        if (shape.length == 0) r[0] = data[offset];
        else if (isCompact()) System.arraycopy(data, offset, r, 0, r.length);
        else Strided.copy(this, r);
        return wrap(r, shape);
    }

    // ---- the one in-place write ----

    /** A compact copy with a buffer of its own, which its holder may change with {@link #overwrite} while no one else has it. */
    public NDArray privateCopy() {
        return wrap(toArray(), shape.clone());
    }

    /**
     * Writes {@code values} (in row-major order) at the flat row-major {@code positions}, in place.
     * Only for an array from {@link #privateCopy} that its holder has handed to no one since: every
     * other array is immutable, and graphs, views and undo records rely on that.
     */
    public void overwrite(int[] positions, NDArray values) {
        if (!(isCompact() && offset == 0 && data.length == size())) throw new IllegalStateException("overwrite needs a private copy");
        if (values.size() != positions.length) throw new ShapeException(values.size() + " values for " + positions.length + " positions");
        double[] from = values.compactData();
        for (int i = 0; i < positions.length; i++) data[positions[i]] = from[i];
    }

    // ---- views ----

    public NDArray reshape(int... newShape) {
        int[] target = Shapes.reshapeTarget(shape, newShape);
        NDArray c = isCompact() ? this : compact();
        return new NDArray(c.data, target, Shapes.rowMajorStrides(target), c.offset);
    }

    public NDArray permute(int... axes) {
        if (axes.length != shape.length)
            throw new ShapeException("permute needs " + shape.length + " axes for shape " + Shapes.str(shape) + ", got " + axes.length);
        int[] s = new int[axes.length], st = new int[axes.length];
        boolean[] seen = new boolean[axes.length];
        for (int i = 0; i < axes.length; i++) {
            int a = Shapes.axis(axes[i], shape.length);
            if (seen[a]) throw new ShapeException("axis " + a + " is repeated in permute");
            seen[a] = true;
            s[i] = shape[a];
            st[i] = strides[a];
        }
        return new NDArray(data, s, st, offset);
    }

    /** Swaps two axes. */
    public NDArray swapAxes(int a, int b) {
        int[] p = new int[shape.length];
        for (int i = 0; i < p.length; i++) p[i] = i;
        int x = Shapes.axis(a, shape.length), y = Shapes.axis(b, shape.length);
        p[x] = y;
        p[y] = x;
        return permute(p);
    }

    /** A stride-0 view repeating this array to a larger shape (NumPy's broadcast_to). */
    public NDArray broadcastTo(int... target) {
        if (Arrays.equals(target, shape)) return this;
        Limits.checkShape(target); // a view needs no memory, but anything done with it would
        int n = target.length;
        if (n < shape.length) throw new ShapeException("cannot broadcast shape " + Shapes.str(shape) + " to " + Shapes.str(target));
        int[] st = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i - (n - shape.length);
            if (j < 0) continue;
            if (shape[j] == target[i]) st[i] = strides[j];
            else if (shape[j] == 1) st[i] = 0;
            else throw new ShapeException("cannot broadcast shape " + Shapes.str(shape) + " to " + Shapes.str(target));
        }
        return new NDArray(data, target.clone(), st, offset);
    }

    /** Python slice start:stop:step along one axis (already clamped by the caller), as a view. */
    public NDArray slice(int axis, int start, int stop, int step) {
        int a = Shapes.axis(axis, shape.length);
        if (step == 0) throw new ShapeException("slice step cannot be zero");
        int len = step > 0 ? Math.max(0, (stop - start + step - 1) / step) : Math.max(0, (start - stop - step - 1) / (-step));
        int[] s = shape.clone(), st = strides.clone();
        s[a] = len;
        st[a] = strides[a] * step;
        return new NDArray(data, s, st, len == 0 ? offset : offset + start * strides[a]);
    }

    /** Selects index i along an axis, dropping that axis (a view). Negative i counts from the end. */
    public NDArray index(int axis, int i) {
        int a = Shapes.axis(axis, shape.length);
        int k = i < 0 ? i + shape[a] : i;
        if (k < 0 || k >= shape[a])
            throw new ShapeException("index " + i + " is out of bounds for axis " + a + " with size " + shape[a]);
        int[] s = new int[shape.length - 1], st = new int[shape.length - 1];
        for (int j = 0, m = 0; j < shape.length; j++) {
            if (j == a) continue;
            s[m] = shape[j];
            st[m++] = strides[j];
        }
        return new NDArray(data, s, st, offset + k * strides[a]);
    }

    /** x[items] as a view (NumPy basic indexing with integers and slices). */
    public NDArray select(java.util.List<Index> items) {
        return Index.select(this, items);
    }

    /** Zeros of {@code shape} with {@code values} written where {@code items} select: the adjoint of select. */
    public static NDArray embed(NDArray values, int[] shape, java.util.List<Index> items) {
        NDArray out = zeros(shape);
        NDArray view = Index.select(out, items);
        if (!view.sameShape(values))
            throw new ShapeException("cannot place values of shape " + Shapes.str(values.shape) + " into a selection of shape " + Shapes.str(view.shape));
        double[] src = values.compactData();
        if (view.shape.length == 0) {
            view.data[view.offset] = src[0];
            return out;
        }
        // the view shares out's fresh buffer: write through its strides
        int nd = view.shape.length, inner = view.shape[nd - 1], s = view.strides[nd - 1];
        int[] idx = new int[nd];
        int p = view.offset, k = 0;
        for (int o = 0, outer = inner == 0 ? 0 : src.length / inner; o < outer; o++) {
            for (int j = 0; j < inner; j++) view.data[p + j * s] = src[k++];
            p = advance(idx, view.shape, view.strides, p);
        }
        return out;
    }

    // ---- elementwise ----

    /** Applies f to every element (any layout) into a new compact array. */
    public NDArray map(DoubleUnaryOperator f) {
        if (shape.length == 0) return new NDArray(new double[] {f.applyAsDouble(data[offset])}, Shapes.SCALAR, Shapes.SCALAR, 0);
        double[] r = allocate(shape); // a broadcast view may stand for far more elements than its buffer
        if (isCompact()) Strided.map(f, data, offset, r);
        else Strided.map(f, this, r);
        return wrap(r, shape);
    }

    /** Steps the multi-index over all but the last axis and returns the moved buffer position. */
    static int advance(int[] idx, int[] shape, int[] strides, int p) {
        for (int d = shape.length - 2; d >= 0; d--) {
            if (++idx[d] < shape[d]) return p + strides[d];
            idx[d] = 0;
            p -= strides[d] * (shape[d] - 1);
        }
        return p;
    }

    /** f over the broadcast of this and o, into a new compact array. */
    public NDArray zip(NDArray o, DoubleBinaryOperator f) {
        if (shape.length == 0 && o.shape.length == 0) return scalar(f.applyAsDouble(data[offset], o.data[o.offset]));
        int[] out = Arrays.equals(shape, o.shape) ? shape : Shapes.broadcast(shape, o.shape);
        double[] r = allocate(out);
        Strided.zip(f, broadcastTo(out), o.broadcastTo(out), r);
        return wrap(r, out);
    }

    public NDArray add(NDArray o) {
        if (shape.length == 0 && o.shape.length == 0) return scalar(data[offset] + o.data[o.offset]);
        return arithmetic(o, Strided.ADD);
    }

    public NDArray sub(NDArray o) {
        if (shape.length == 0 && o.shape.length == 0) return scalar(data[offset] - o.data[o.offset]);
        return arithmetic(o, Strided.SUB);
    }

    public NDArray mul(NDArray o) {
        if (shape.length == 0 && o.shape.length == 0) return scalar(data[offset] * o.data[o.offset]);
        return arithmetic(o, Strided.MUL);
    }

    public NDArray div(NDArray o) {
        if (shape.length == 0 && o.shape.length == 0) return scalar(data[offset] / o.data[o.offset]);
        return arithmetic(o, Strided.DIV);
    }

    /**
     * + − × ÷ over the broadcast of this and o without a lambda call per element (zip's call site
     * sees every function, so the JIT cannot inline it, and recompiles it as new ones arrive):
     * {@link Strided#arithmetic} walks both operands in runs as long as their layouts allow.
     */
    private NDArray arithmetic(NDArray o, int op) {
        int[] out = Arrays.equals(shape, o.shape) ? shape : Shapes.broadcast(shape, o.shape);
        double[] r = allocate(out);
        Strided.arithmetic(op, broadcastTo(out), o.broadcastTo(out), r);
        return wrap(r, out);
    }

    public NDArray pow(NDArray o) {
        return zip(o, Math::pow);
    }

    public NDArray maximum(NDArray o) {
        return zip(o, Math::max);
    }

    public NDArray add(double c) {
        return map(v -> v + c);
    }

    public NDArray mul(double c) {
        return map(v -> v * c);
    }

    public NDArray pow(double c) {
        if (c == 2) return map(v -> v * v);
        return map(v -> Math.pow(v, c));
    }

    public NDArray neg() {
        return map(v -> -v);
    }

    // ---- reductions ----

    /** Sum over the given axes (null: all), keeping reduced axes as size 1 when asked. */
    public NDArray sum(int[] axes, boolean keepdims) {
        return reduce(axes, keepdims, Strided.SUM);
    }

    public NDArray max(int[] axes, boolean keepdims) {
        int[] ax = Shapes.axes(axes, shape.length);
        for (int a : ax)
            if (shape[a] == 0) throw new ShapeException("max of an empty axis " + a + " of shape " + Shapes.str(shape) + " has no value");
        return reduce(axes, keepdims, Strided.MAX);
    }

    public double sumAll() {
        double s = 0;
        for (double v : compactData()) s += v;
        return s;
    }

    private NDArray reduce(int[] axes, boolean keepdims, int op) {
        int[] ax = Shapes.axes(axes, shape.length);
        int[] outShape = Shapes.reduced(shape, ax, keepdims);
        // move reduced axes last, so each output element reduces one contiguous block
        int[] perm = new int[shape.length];
        boolean[] red = new boolean[shape.length];
        for (int a : ax) red[a] = true;
        int k = 0;
        for (int i = 0; i < shape.length; i++) if (!red[i]) perm[k++] = i;
        int block = 1;
        for (int a : ax) {
            perm[k++] = a;
            block *= shape[a];
        }
        double[] src = permute(perm).compactData();
        int n = Shapes.size(outShape);
        double[] r = new double[n];
        Strided.reduceBlocks(op, src, r, block);
        return wrap(r, outShape);
    }

    /** Index of the maximum along an axis (first one on ties; a NaN is the maximum, as in NumPy and PyTorch), as doubles. */
    public NDArray argmax(int axis) {
        int a = Shapes.axis(axis, shape.length);
        int[] perm = new int[shape.length];
        for (int i = 0, k = 0; i < shape.length; i++) if (i != a) perm[k++] = i;
        perm[shape.length - 1] = a;
        double[] src = permute(perm).compactData();
        int[] outShape = Shapes.reduced(shape, new int[] {a}, false);
        int n = Shapes.size(outShape), block = shape[a];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < block && !Double.isNaN(src[i * block + best]); j++)
                if (src[i * block + j] > src[i * block + best] || Double.isNaN(src[i * block + j])) best = j;
            r[i] = best;
        }
        return wrap(r, outShape);
    }

    // ---- matmul ----

    /** PyTorch's matmul (NumPy's shapes; see {@link #matmul(NDArray, MatmulOf)}). */
    public NDArray matmul(NDArray o) {
        return matmul(o, MatmulOf.PYTORCH);
    }

    /**
     * NumPy's matmul: 1-d operands are promoted and the added axis removed; batch axes broadcast;
     * summed as {@code of}'s BLAS calls sum it (PyTorch's batches as bmm's, {@link TorchMatmul}).
     */
    public NDArray matmul(NDArray o, MatmulOf of) {
        if (shape.length == 0 || o.shape.length == 0)
            throw new ShapeException("matmul needs arrays of at least 1 dimension, got shapes " + Shapes.str(shape) + " and " + Shapes.str(o.shape));
        // a 1-d operand as a one-row (one-column) view with its own stride, which decides the BLAS kernel
        NDArray a = shape.length == 1 ? new NDArray(data, new int[] {1, shape[0]}, new int[] {shape[0] * strides[0], strides[0]}, offset) : this;
        NDArray b = o.shape.length == 1 ? new NDArray(o.data, new int[] {o.shape[0], 1}, new int[] {o.strides[0], 1}, o.offset) : o;
        int m = a.shape[a.ndim() - 2], k = a.shape[a.ndim() - 1];
        int k2 = b.shape[b.ndim() - 2], n = b.shape[b.ndim() - 1];
        if (k != k2)
            throw new ShapeException("matmul shapes " + Shapes.str(shape) + " and " + Shapes.str(o.shape)
                    + " do not align: " + k + " (last axis of the first) != " + k2 + " (" + (o.shape.length == 1 ? "only" : "second-to-last") + " axis of the second)");
        int[] batchA = Arrays.copyOf(a.shape, a.ndim() - 2), batchB = Arrays.copyOf(b.shape, b.ndim() - 2);
        int[] batch;
        try {
            batch = Shapes.broadcast(batchA, batchB);
        } catch (ShapeException e) {
            throw new ShapeException("matmul batch dimensions of shapes " + Shapes.str(shape) + " and " + Shapes.str(o.shape) + " cannot be broadcast together");
        }
        Limits.checkShape(concat(batch, m, n)); // before the operands are broadcast and copied
        int[] outShape; // the axis a 1-d operand was given removed
        if (shape.length == 1 && o.shape.length == 1) outShape = batch;
        else if (shape.length == 1) outShape = concat(batch, n);
        else if (o.shape.length == 1) outShape = concat(batch, m);
        else outShape = concat(batch, m, n);
        if (of == MatmulOf.PYTORCH && (shape.length > 2 || o.shape.length > 2)) return TorchMatmul.batched(a, b).reshape(outShape);
        int nb = Shapes.size(batch);
        // 2-d operands are read through their strides: transposed views and row slices are not copied
        boolean plain = nb == 1 && a.shape.length == 2 && b.shape.length == 2;
        double[] ad = plain ? null : a.broadcastTo(concat(batch, m, k)).compactData();
        double[] bd = plain ? null : b.broadcastTo(concat(batch, k, n)).compactData();
        double[] r = allocate(concat(batch, m, n));
        if (plain) MatMulKernel.multiply(a, b, r, of, shape.length == 1, o.shape.length == 1);
        else for (int i = 0; i < nb; i++) MatMulKernel.matrixProduct(MatmulOf.NUMPY, ad, i * m * k, bd, i * k * n, r, i * m * n, m, k, n);
        return wrap(r, outShape);
    }

    private static int[] concat(int[] head, int... tail) {
        int[] r = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, r, head.length, tail.length);
        return r;
    }

    // ---- joining ----

    /** Stacks equal-shaped arrays along a new axis. */
    public static NDArray stack(NDArray[] parts, int axis) {
        if (parts.length == 0) throw new ShapeException("stack needs at least one array");
        int[] s = parts[0].shape;
        for (NDArray p : parts)
            if (!Arrays.equals(p.shape, s))
                throw new ShapeException("stack needs arrays of one shape, got " + Shapes.str(s) + " and " + Shapes.str(p.shape));
        int a = Shapes.axis(axis, s.length + 1);
        NDArray[] expanded = new NDArray[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int[] t = new int[s.length + 1];
            for (int j = 0, m = 0; j < t.length; j++) t[j] = j == a ? 1 : s[m++];
            expanded[i] = parts[i].reshape(t);
        }
        return concatenate(expanded, a);
    }

    /** Joins arrays along an existing axis; all other axes must agree. */
    public static NDArray concatenate(NDArray[] parts, int axis) {
        if (parts.length == 0) throw new ShapeException("concat needs at least one array");
        int[] s0 = parts[0].shape;
        if (s0.length == 0) throw new ShapeException("zero-dimensional arrays cannot be concatenated");
        int a = Shapes.axis(axis, s0.length);
        long total = 0;
        for (NDArray p : parts) {
            if (p.shape.length != s0.length) throw new ShapeException("concat needs arrays of one rank, got " + Shapes.str(s0) + " and " + Shapes.str(p.shape));
            for (int j = 0; j < s0.length; j++)
                if (j != a && p.shape[j] != s0[j])
                    throw new ShapeException("concat along axis " + a + " needs other axes to match, got " + Shapes.str(s0) + " and " + Shapes.str(p.shape));
            total += p.shape[a];
        }
        int[] out = s0.clone();
        out[a] = (int) Math.min(total, Integer.MAX_VALUE);
        if (total > Integer.MAX_VALUE) Limits.check(Long.MAX_VALUE, out);
        int outer = 1, inner = 1;
        for (int j = 0; j < a; j++) outer *= s0[j];
        for (int j = a + 1; j < s0.length; j++) inner *= s0[j];
        double[] r = allocate(out);
        int rowLen = out[a] * inner, pos = 0;
        for (NDArray p : parts) {
            double[] d = p.compactData();
            int chunk = p.shape[a] * inner;
            for (int o = 0; o < outer; o++) System.arraycopy(d, o * chunk, r, o * rowLen + pos, chunk);
            pos += chunk;
        }
        return wrap(r, out);
    }

    // ---- comparison ----

    public boolean allClose(NDArray o, double rtol, double atol) {
        if (!Arrays.equals(shape, o.shape)) return false;
        double[] a = compactData(), b = o.compactData();
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) != Double.isNaN(b[i])) return false;
            if (Double.isNaN(a[i]) || a[i] == b[i]) continue;
            if (Math.abs(a[i] - b[i]) > atol + rtol * Math.abs(b[i])) return false;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NDArray n && Arrays.equals(shape, n.shape) && Arrays.equals(compactData(), n.compactData());
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(compactData());
    }

    /** Debug form; user-facing printing lives in the REPL's renderers. */
    @Override
    public String toString() {
        return "NDArray" + Shapes.str(shape) + Arrays.toString(size() <= 16 ? compactData() : Arrays.copyOf(compactData(), 16));
    }
}
