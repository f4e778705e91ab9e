package dev.adjoint.ndarray;

/**
 * Elementwise loops for hot spots, one pass, one new array, no per-element lambda call: {@code map}
 * and {@code zip} call a lambda that the JIT cannot inline (their call site sees every function),
 * about 3-4x slower. An SGD step is one axpy per parameter per batch; relu and its gradient run on
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

    /**
     * max(v, 0) as PyTorch's clamp_min kernel takes it: −0.0 stays −0.0 (torch.relu(-0.0) is -0.0; Math.max
     * alone gives +0.0), NaN stays NaN. {@code Math.max} has no branch: half of a layer's activations are
     * negative in no pattern, and a branch on the sign was mispredicted at every other element (2x
     * slower); the test for a zero input is almost never true, so it is predicted.
     */
    public static double relu(double v) {
        return v == 0 ? v : Math.max(v, 0.0);
    }

    /** max(x, 0) elementwise (Relu's forward), by {@link #relu(double)}. */

    public static NDArray relu(NDArray x) {
        if (!x.isCompact() || x.shape.length == 0) return x.map(Fused::relu);
        double[] a = x.data, r = NDArray.allocate(x.shape);
        int pa = x.offset;
        for (int i = 0; i < r.length; i++) r[i] = relu(a[pa + i]);
        return NDArray.wrap(r, x.shape);
    }

    /**
     * PyTorch's threshold_backward(g, out, 0), relu's gradient in one pass: g where out is not ≤ 0
     * (a NaN output passes g), +0.0 elsewhere, so an infinite or NaN g where relu was flat gives 0,
     * not g·0 (NaN, or -0.0 for a negative g). g and out have one shape. The select is a mask of
     * the bits (see the loop), not a comparison: half-random signs mispredict a branch, and
     * C2 compiled the comparison (also as a ternary on the bits) to one in the training loop, where
     * this took 5x as long as relu's forward on the same 100×100 (perf, scripts/bench-mnist's loop).
     */
    public static NDArray thresholdBackward(NDArray g, NDArray out) {
        if (!g.sameShape(out))
            throw new ShapeException("threshold_backward needs a gradient of the output's shape, got " + Shapes.str(g.shape) + " for " + Shapes.str(out.shape));
        if (out.shape.length == 0) return NDArray.scalar(out.item() <= 0 ? 0.0 : g.item());
        double[] gd = g.compactData(), od = out.compactData(), r = NDArray.allocate(out.shape);
        for (int i = 0; i < r.length; i++) {
            // all ones where out is not ≤ 0 (above +0.0, or NaN), else 0: with b its bits as a signed long, bit 63
            // of (−b & ~b) is set exactly when b > 0 (out > 0, or a NaN with its sign clear), that of (+∞'s bits − |b|)
            // when out is a NaN of either sign (written out here rather than called: the loop runs interpreted at first)
            long b = Double.doubleToRawLongBits(od[i]);
            long notAtMostZero = ((-b & ~b) | (0x7ff0000000000000L - (b & Long.MAX_VALUE))) >> 63;
            r[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(gd[i]) & notAtMostZero);
        }
        return NDArray.wrap(r, out.shape.clone());
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
