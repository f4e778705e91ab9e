package dev.adjoint.ndarray;

/**
 * Elementwise loops for hot spots, one pass, one new array, no per-element lambda call: {@code map}
 * and {@code zip} call a lambda that the JIT cannot inline (their call site sees every function),
 * about 3-4x slower. An SGD step is one axpy per parameter per batch; relu and its mask run on
 * every hidden activation, forward and backward.
 */
public final class Fused {
    private Fused() {}

    /** x + a·y for arrays of one shape, as a new compact array (x and y are not changed). */
    public static NDArray axpy(NDArray x, double a, NDArray y) {
        if (!x.sameShape(y))
            throw new ShapeException("axpy needs arrays of one shape, got " + Shapes.str(x.shape) + " and " + Shapes.str(y.shape));
        double[] xd = x.compactData(), yd = y.compactData();
        double[] r = new double[xd.length];
        for (int i = 0; i < r.length; i++) r[i] = xd[i] + a * yd[i];
        return NDArray.wrap(r, x.shape.clone());
    }

    /** max(x, 0) elementwise, NaN kept (Relu's forward). */
    public static NDArray relu(NDArray x) {
        if (!x.isCompact() || x.shape.length == 0) return x.map(v -> v > 0 ? v : v == v ? 0 : v);
        double[] a = x.data, r = NDArray.allocate(x.shape);
        int pa = x.offset;
        for (int i = 0; i < r.length; i++) {
            double v = a[pa + i];
            r[i] = v > 0 ? v : v == v ? 0 : v;
        }
        return NDArray.wrap(r, x.shape);
    }

    /** 1 where x > 0, else 0 (Relu's slope). */
    public static NDArray positiveMask(NDArray x) {
        if (!x.isCompact() || x.shape.length == 0) return x.map(v -> v > 0 ? 1 : 0);
        double[] a = x.data, r = NDArray.allocate(x.shape);
        int pa = x.offset;
        for (int i = 0; i < r.length; i++) r[i] = a[pa + i] > 0 ? 1 : 0;
        return NDArray.wrap(r, x.shape);
    }
}
