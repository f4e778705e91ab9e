package dev.adjoint.session.report;

import dev.adjoint.ndarray.NDArray;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Checks reverse-mode adjoints against central finite differences, where f replays the recorded
 * graph ({@link Replay}) with one element of one node moved. The differences are commons-math3's
 * {@link FiniteDifferencesDifferentiator}: a 5-point central stencil, accurate to O(h⁴). The verdict is PyTorch
 * gradcheck's: |AD − FD| ≤ atol + rtol |FD| with atol 1e-5 and rtol 1e-3; the relative error
 * |AD − FD| / max(|AD|, |FD|) is shown alongside. Large tensors are checked on evenly spaced
 * elements.
 */
public final class FiniteDifferences {
    public static final double ATOL = 1e-5, RTOL = 1e-3;
    /** ε^(1/5), the step that balances a 5-point stencil's truncation error against rounding (h = STEP·max(1, |x|)). */
    public static final double STEP = Math.pow(Math.ulp(1.0), 0.2);
    private static final int POINTS = 5;

    private FiniteDifferences() {}

    /** One element: its index, the adjoint from reverse mode and the central difference. */
    public record Element(int[] index, double ad, double fd) {
        public double relError() {
            double d = Math.abs(ad - fd), m = Math.max(Math.abs(ad), Math.abs(fd));
            if (Double.isNaN(d)) return Double.NaN;
            return m == 0 ? 0 : d / m;
        }

        public boolean ok() {
            if (Double.isNaN(ad) || Double.isNaN(fd)) return Double.isNaN(ad) && Double.isNaN(fd);
            return Math.abs(ad - fd) <= ATOL + RTOL * Math.abs(fd);
        }
    }

    /** The check of one node: how many elements it has and the ones checked. */
    public record Result(TraceNode node, int size, List<Element> checked) {
        /** The element with the largest error (a failing one first). */
        public Element worst() {
            Element w = null;
            for (Element e : checked) {
                if (w == null || (!e.ok() && w.ok()) || (e.ok() == w.ok() && score(e) > score(w))) w = e;
            }
            return w;
        }

        private static double score(Element e) {
            double r = e.relError();
            return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
        }

        public int failures() {
            int f = 0;
            for (Element e : checked) if (!e.ok()) f++;
            return f;
        }

        public boolean ok() {
            return failures() == 0;
        }
    }

    /** Every input of a one-element output: ∂y/∂x from reverse mode against central differences. */
    public static List<Result> inputs(ReverseReport r, int maxElements) {
        Replay replay = new Replay(r.trace());
        List<Result> out = new ArrayList<>();
        for (TraceNode n : r.trace().inputs()) out.add(node(replay, n, r.adjoint(n), maxElements));
        return out;
    }

    /** One node (any node, not only an input): its adjoint against the central difference of y. */
    public static Result node(Replay replay, TraceNode node, NDArray adjoint, int maxElements) {
        NDArray base = node.tensor().value();
        int size = base.size();
        int[] shape = base.shape();
        double[] adj = adjoint.toArray();
        List<Element> checked = new ArrayList<>();
        for (int flat : sample(size, maxElements)) {
            checked.add(new Element(unravel(flat, shape), adj[flat], central(replay, node, base, flat)));
        }
        return new Result(node, size, Collections.unmodifiableList(checked));
    }

    /** d y / d x_k from y(x + t e_k) on a 5-point stencil around t = x_k, the other values as recorded. */
    static double central(Replay replay, TraceNode node, NDArray base, int flat) {
        double[] v = base.toArray();
        double x = v[flat];
        UnivariateFunction y = t -> {
            double[] moved = v.clone();
            moved[flat] = t;
            return replay.output(Map.of(node, NDArray.of(moved, base.shape()))).item();
        };
        UnivariateDifferentiableFunction dy = new FiniteDifferencesDifferentiator(POINTS, STEP * Math.max(1, Math.abs(x))).differentiate(y);
        return dy.value(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
    }

    /** All positions if there are at most max, else max evenly spaced ones (the first and last included). */
    static int[] sample(int size, int max) {
        if (size <= max) {
            int[] all = new int[size];
            for (int i = 0; i < size; i++) all[i] = i;
            return all;
        }
        int[] s = new int[max];
        for (int i = 0; i < max; i++) s[i] = (int) ((long) i * (size - 1) / (max - 1));
        return s;
    }

    static int[] unravel(int flat, int[] shape) {
        int[] idx = new int[shape.length];
        for (int a = shape.length - 1; a >= 0; a--) {
            idx[a] = flat % shape[a];
            flat /= shape[a];
        }
        return idx;
    }
}
