package dev.adjoint.lang.lib;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.scope.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code torch.nn.utils}: clip_grad_norm_ and clip_grad_value_ as PyTorch 1.13 computes them (the
 * gradients scaled or clamped in place, versions rising; parameters without a gradient skipped).
 */
final class TorchNnUtils {
    private static final String DEPRECATED = "torch.nn.utils.clip_grad_norm is now deprecated in favor of torch.nn.utils.clip_grad_norm_.";

    private TorchNnUtils() {}

    static PyModule module() {
        PyModule m = new PyModule("torch.nn.utils");
        TorchWeightNorms.addTo(m);
        m.add(Builtin.of("clip_grad_norm_", TorchNnUtils::clipGradNorm));
        m.add(Builtin.of("clip_grad_norm", a -> {
            a.interpreter().warn("UserWarning", DEPRECATED, "torch.nn.utils.clip_grad");
            return clipGradNorm(a);
        }));
        m.add(Builtin.of("clip_grad_value_", a -> {
            a.expect(1, 2, "parameters", "clip_value");
            List<Tensor> grads = grads(a.option(0, "parameters", null));
            double v = pyFloat(a.option(1, "clip_value", null), "clip_value");
            try (Scope s = GradMode.noGrad()) {
                for (Tensor g : grads) InPlace.clamp(g, -v, v);
            }
            return null;
        }));
        m.add(Builtin.of("parameters_to_vector", a -> { // torch.cat of each parameter viewed flat: one vector on the graph
            List<Tensor> flat = new ArrayList<>();
            for (Object p : Values.items(a.expect(1, 1, "parameters").option(0, "parameters", null))) flat.add(Ops.view(TorchArgs.tensor(a, p), -1));
            return Ops.concat(flat, 0);
        }));
        m.add(Builtin.of("vector_to_parameters", a -> { // each parameter's data replaced by its slice of vec, viewed as the parameter
            Object vec = a.expect(2, 2, "vec", "parameters").option(0, "vec", null);
            if (!(vec instanceof Tensor v)) throw PyError.type("expected torch.Tensor, but got: " + Values.typeName(vec));
            int at = 0;
            for (Object item : Values.items(a.option(1, "parameters", null))) {
                Tensor p = TorchArgs.tensor(a, item);
                int n = p.value().size();
                p.setData(Ops.view(Ops.getItem(v, List.of(new dev.adjoint.ndarray.Index.Slice(at, at + n, 1))), p.shape()).value());
                at += n;
            }
            return null;
        }));
        return m;
    }

    /**
     * The norm of all gradients together (as one vector), returned; each gradient multiplied in
     * place by min(max_norm / (norm + 1e-6), 1), as PyTorch multiplies even when the factor is 1.
     */
    private static Tensor clipGradNorm(Args a) {
        a.expect(1, 4, "parameters", "max_norm", "norm_type", "error_if_nonfinite");
        List<Tensor> grads = grads(a.option(0, "parameters", null));
        double maxNorm = pyFloat(a.option(1, "max_norm", null), "max_norm");
        Object normType = a.option(2, "norm_type", 2.0);
        double p = pyFloat(normType, "norm_type");
        if (grads.isEmpty()) return Tensor.constant(0.0);
        try (Scope s = GradMode.noGrad()) {
            List<Tensor> norms = new ArrayList<>();
            for (Tensor g : grads) norms.add(p == Double.POSITIVE_INFINITY ? Ops.max(Ops.abs(g.detach()), null, false) : Ops.norm(g.detach(), p, null, false));
            Tensor total = p == Double.POSITIVE_INFINITY
                    ? norms.size() == 1 ? norms.get(0) : Ops.max(Ops.stack(norms, 0), null, false)
                    : Ops.norm(Ops.stack(norms, 0), p, null, false);
            double norm = total.item();
            if (a.flag("error_if_nonfinite", false) && !Double.isFinite(norm))
                throw new PyError("RuntimeError", "The total norm of order " + Values.str(p) + " for gradients from `parameters` is non-finite, so it "
                        + "cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`");
            Tensor coef = Tensor.constant(Math.min(maxNorm / (norm + 1e-6), 1.0));
            for (Tensor g : grads) InPlace.mul(g, coef);
            return total;
        }
    }

    /** The gradients of a tensor or an iterable of tensors (a generator such as model.parameters() too). */
    private static List<Tensor> grads(Object parameters) {
        List<Object> ps = Values.node(parameters) != null ? List.of(parameters) : new ArrayList<>(Values.items(parameters));
        List<Tensor> grads = new ArrayList<>();
        for (Object p : ps) {
            Tensor t = Values.node(p);
            if (t == null) throw PyError.attribute("'" + Values.typeName(p) + "' object has no attribute 'grad'");
            if (t.grad() != null) grads.add(t.grad());
        }
        return grads;
    }

    /** Python's float(v): a number, a one-element tensor, or a string such as 'inf'. */
    private static double pyFloat(Object v, String what) {
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.strip().toLowerCase(Locale.ROOT).replace("infinity", "inf").replace("inf", "Infinity"));
            } catch (NumberFormatException e) {
                throw PyError.value("could not convert string to float: '" + s + "'");
            }
        }
        Tensor t = Values.node(v);
        if (t != null && t.value().size() == 1) return t.item();
        Double d = Values.toDouble(Values.plain(v));
        if (d == null) throw PyError.type("float() argument must be a string or a real number, not '" + Values.typeName(v) + "'");
        return d;
    }
}
