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

    /**
     * One Adam step for one parameter, in one pass: with g = grad + λ·w, updates the moment
     * estimates m and v in place (the optimizer's own state) and returns the new value
     * w − lr·m̂/(√v̂ + ε), m̂ = m/c1, v̂ = v/c2, as a new array (w and grad are not changed).
     */
    public static NDArray adam(NDArray w, NDArray grad, double[] m, double[] v, double lr, double beta1, double beta2,
            double eps, double weightDecay, double c1, double c2) {
        if (!w.sameShape(grad))
            throw new ShapeException("adam needs a gradient of the parameter's shape, got " + Shapes.str(grad.shape) + " for " + Shapes.str(w.shape));
        double[] wd = w.compactData(), gd = grad.compactData();
        if (m.length != wd.length || v.length != wd.length) throw new IllegalArgumentException("adam state does not match the parameter's size");
        double[] r = NDArray.allocate(w.shape);
        for (int i = 0; i < r.length; i++) {
            double g = weightDecay == 0 ? gd[i] : gd[i] + weightDecay * wd[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            r[i] = wd[i] - lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + eps);
        }
        return NDArray.wrap(r, w.shape.clone());
    }
}
