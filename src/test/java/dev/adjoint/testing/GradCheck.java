package dev.adjoint.testing;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's correctness standard for derivatives (needle's {@code gradient_check}): for a
 * function of tensors f and a random cotangent v, the reverse-mode gradient of L = ⟨v, f(x)⟩ with
 * respect to every element of every input must match the central difference
 * (L(x + h) − L(x − h)) / 2h; forward mode must satisfy ⟨J u, v⟩ = ⟨u, Jᵀ v⟩ for a random
 * direction u and match the central difference of f along u. Optionally the same for the
 * gradient itself (second order, through {@code createGraph}).
 *
 * <p>Tolerance: |ad − fd| ≤ atol + rtol·max(|ad|, |fd|) with rtol = 1e-6 and atol the larger of
 * 1e-8 and the rounding noise of the difference quotient (≈ 2^-46·Σ|vₖ fₖ| / 2h).
 */
public final class GradCheck {
    public static final double H = 1e-6;
    public static final double RTOL = 1e-6;
    public static final double ATOL = 1e-8;
    /** Forward and reverse mode compute the same sums in different orders: only rounding may differ. */
    public static final double DUALITY_RTOL = 1e-10;

    /** The function under test; inputs arrive as leaves (requiring grad for the AD runs, constants for the differences). */
    @FunctionalInterface
    public interface Fn {
        Tensor apply(Tensor... x);
    }

    private GradCheck() {}

    /** First-order checks (reverse vs central differences, forward vs reverse, forward vs differences). */
    public static void check(Gen gen, String what, Fn f, NDArray... inputs) {
        new Run(gen, what, f, inputs).firstOrder();
    }

    /** First-order checks, then the same for the Hessian-vector product built with createGraph. */
    public static void checkWithSecondOrder(Gen gen, String what, Fn f, NDArray... inputs) {
        Run r = new Run(gen, what, f, inputs);
        r.firstOrder();
        r.secondOrder();
    }

    /** The analytic gradients of ⟨seed, f(x)⟩ (seed null: f must be one-element). */
    public static List<NDArray> gradients(Fn f, NDArray seed, NDArray... inputs) {
        Tensor[] xs = leaves(inputs, true);
        Tensor y = f.apply(xs);
        List<Tensor> g = Autograd.grad(y, List.of(xs), seed == null ? null : Tensor.constant(seed), false);
        List<NDArray> out = new ArrayList<>();
        for (Tensor t : g) out.add(t.value());
        return out;
    }

    /** Central differences of ⟨seed, f(x)⟩ with respect to every element of every input. */
    public static List<NDArray> numericGradients(Fn f, NDArray seed, NDArray... inputs) {
        List<NDArray> out = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            double[] x = inputs[i].toArray(), d = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                double x0 = x[j], xp = x0 + H, xm = x0 - H;
                x[j] = xp;
                double lp = dot(seed, eval(f, replace(inputs, i, NDArray.of(x, inputs[i].shape()))));
                x[j] = xm;
                double lm = dot(seed, eval(f, replace(inputs, i, NDArray.of(x, inputs[i].shape()))));
                x[j] = x0;
                d[j] = (lp - lm) / (xp - xm); // the actual step, not 2h: x ± h is rounded
            }
            out.add(NDArray.of(d, inputs[i].shape()));
        }
        return out;
    }

    private static final class Run {
        final Gen gen;
        final String what;
        final Fn f;
        final NDArray[] inputs;
        final NDArray v;
        final NDArray y0;

        Run(Gen gen, String what, Fn f, NDArray[] inputs) {
            this.gen = gen;
            this.what = what + " [seed " + gen.seed() + ", inputs " + shapes(inputs) + "]";
            this.f = f;
            this.inputs = inputs;
            this.y0 = eval(f, inputs);
            this.v = gen.arrayIn(-1, 1, y0.shape());
        }

        void firstOrder() {
            Tensor[] xs = leaves(inputs, true);
            Tensor y = f.apply(xs);
            if (!Arrays.equals(y.shape(), y0.shape()))
                throw new AssertionError(what + ": output shape depends on requires_grad: " + Shapes.str(y.shape()) + " vs " + Shapes.str(y0.shape()));
            if (!y.requiresGrad()) throw new AssertionError(what + ": output does not require grad");
            List<Tensor> grads = Autograd.grad(y, List.of(xs), Tensor.constant(v), false);
            List<NDArray> fd = numericGradients(f, v, inputs);
            double noise = noise(v, y0);
            for (int i = 0; i < inputs.length; i++) {
                NDArray ad = grads.get(i).value();
                if (!ad.sameShape(inputs[i]))
                    throw new AssertionError(what + ": gradient of input " + i + " has shape " + Shapes.str(ad.shape())
                            + ", input has " + Shapes.str(inputs[i].shape()));
                compare("d/dx" + i, ad, fd.get(i), noise);
            }

            // forward mode: J u against Jᵀ v, and against the central difference along u
            NDArray[] u = new NDArray[inputs.length];
            Map<Tensor, Tensor> seeds = new IdentityHashMap<>();
            for (int i = 0; i < inputs.length; i++) {
                u[i] = gen.arrayIn(-1, 1, inputs[i].shape());
                seeds.put(xs[i], Tensor.constant(u[i]));
            }
            Tensor t = Autograd.tangents(y, seeds).get(y);
            NDArray ju = t == null ? NDArray.zeros(y0.shape()) : t.value();
            if (!ju.sameShape(y0))
                throw new AssertionError(what + ": tangent of the output has shape " + Shapes.str(ju.shape()) + ", output has " + Shapes.str(y0.shape()));
            double lhs = dot(v, ju), rhs = 0, scale = absDot(v, ju);
            for (int i = 0; i < inputs.length; i++) {
                rhs += dot(u[i], grads.get(i).value());
                scale += absDot(u[i], grads.get(i).value());
            }
            if (Math.abs(lhs - rhs) > 1e-12 + DUALITY_RTOL * scale)
                throw new AssertionError(what + ": forward and reverse mode disagree: <Ju, v> = " + lhs + " but <u, J^T v> = " + rhs);
            NDArray[] plus = new NDArray[inputs.length], minus = new NDArray[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                plus[i] = inputs[i].add(u[i].mul(H));
                minus[i] = inputs[i].sub(u[i].mul(H));
            }
            NDArray dir = eval(f, plus).sub(eval(f, minus)).mul(1 / (2 * H));
            compare("J u", ju, dir, noise(ones(y0), y0) * 4);
        }

        /** Hessian-vector products: d/dx ⟨w, ∇L(x)⟩ by createGraph against central differences of ⟨w, ∇L⟩. */
        void secondOrder() {
            NDArray[] w = new NDArray[inputs.length];
            for (int i = 0; i < inputs.length; i++) w[i] = gen.arrayIn(-1, 1, inputs[i].shape());
            Tensor[] xs = leaves(inputs, true);
            List<Tensor> g = Autograd.grad(f.apply(xs), List.of(xs), Tensor.constant(v), true);
            Tensor h = null;
            for (int i = 0; i < inputs.length; i++) {
                Tensor term = dev.adjoint.autograd.op.Ops.sum(dev.adjoint.autograd.op.Ops.mul(g.get(i), Tensor.constant(w[i])));
                h = h == null ? term : dev.adjoint.autograd.op.Ops.add(h, term);
            }
            Fn hf = x -> {
                List<NDArray> gr = gradients(f, v, values(x));
                double s = 0;
                for (int i = 0; i < gr.size(); i++) s += dot(w[i], gr.get(i));
                return Tensor.constant(s);
            };
            List<NDArray> fd = numericGradients(hf, NDArray.scalar(1), inputs);
            List<NDArray> ad = new ArrayList<>();
            if (h.requiresGrad()) {
                for (Tensor t : Autograd.grad(h, List.of(xs), null, false)) ad.add(t.value());
            } else {
                for (NDArray in : inputs) ad.add(NDArray.zeros(in.shape())); // the gradient does not depend on x
            }
            double scale = 0;
            for (int i = 0; i < inputs.length; i++) scale += absDot(w[i], gradients(f, v, inputs).get(i));
            for (int i = 0; i < inputs.length; i++) compare("second order d/dx" + i, ad.get(i), fd.get(i), 1e3 * 2.2e-16 * scale / H);
        }

        void compare(String label, NDArray ad, NDArray fd, double noise) {
            double[] a = ad.toArray(), n = fd.toArray();
            double atol = Math.max(ATOL, noise);
            for (int j = 0; j < a.length; j++) {
                double err = Math.abs(a[j] - n[j]);
                if (!(err <= atol + RTOL * Math.max(Math.abs(a[j]), Math.abs(n[j]))))
                    throw new AssertionError(what + ": " + label + " element " + j + ": AD " + a[j] + " vs central difference " + n[j]
                            + " (abs err " + err + ", rel err " + err / Math.max(Math.abs(a[j]), Math.abs(n[j])) + ")\n  AD: " + ad + "\n  FD: " + fd);
            }
        }
    }

    // ---- helpers ----

    static NDArray eval(Fn f, NDArray[] inputs) {
        return f.apply(leaves(inputs, false)).value();
    }

    static Tensor[] leaves(NDArray[] inputs, boolean requiresGrad) {
        Tensor[] xs = new Tensor[inputs.length];
        for (int i = 0; i < xs.length; i++) xs[i] = Tensor.leaf(inputs[i], requiresGrad);
        return xs;
    }

    static NDArray[] values(Tensor[] xs) {
        NDArray[] v = new NDArray[xs.length];
        for (int i = 0; i < xs.length; i++) v[i] = xs[i].value();
        return v;
    }

    static NDArray[] replace(NDArray[] a, int i, NDArray x) {
        NDArray[] c = a.clone();
        c[i] = x;
        return c;
    }

    public static double dot(NDArray a, NDArray b) {
        if (!a.sameShape(b)) throw new AssertionError("dot of shapes " + Shapes.str(a.shape()) + " and " + Shapes.str(b.shape()));
        double[] x = a.toArray(), y = b.toArray();
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * y[i];
        return s;
    }

    static double absDot(NDArray a, NDArray b) {
        double[] x = a.toArray(), y = b.toArray();
        double s = 0;
        for (int i = 0; i < x.length; i++) s += Math.abs(x[i] * y[i]);
        return s;
    }

    static NDArray ones(NDArray like) {
        return NDArray.ones(like.shape());
    }

    /** Rounding noise of a central difference of ⟨v, f⟩: a few ulps of Σ|vₖ fₖ|, divided by 2h. */
    static double noise(NDArray v, NDArray y) {
        double scale = absDot(v, y.map(Math::abs));
        return 64 * Math.ulp(1.0) * scale / (2 * H);
    }

    static String shapes(NDArray[] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : " ").append(Shapes.str(a[i].shape()));
        return sb.toString();
    }
}
