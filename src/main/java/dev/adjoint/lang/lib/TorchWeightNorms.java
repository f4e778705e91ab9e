package dev.adjoint.lang.lib;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Callable;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.Values;
import dev.adjoint.nn.Parameter;
import dev.adjoint.scope.Scope;
import java.util.List;
import java.util.Map;

/**
 * torch.nn.utils.weight_norm / remove_weight_norm and spectral_norm / remove_spectral_norm, as
 * PyTorch 1.13's WeightNorm and SpectralNorm do them: the parameter is replaced by others
 * (weight_g and weight_v; weight_orig with the buffers weight_u and weight_v), and a forward
 * pre-hook sets the module's plain {@code weight} attribute from them before every call.
 */
final class TorchWeightNorms {
    private TorchWeightNorms() {}

    static void addTo(PyModule m) {
        m.add(Builtin.of("weight_norm", TorchWeightNorms::weightNorm));
        m.add(Builtin.of("remove_weight_norm", a -> remove(a, "weight_norm", WeightNormHook.class, (module, hook) -> {
            String name = ((WeightNormHook) hook).param;
            Tensor weight = ((WeightNormHook) hook).compute(module);
            module.deleteOwn(name);
            module.deleteOwn(name + "_g");
            module.deleteOwn(name + "_v");
            module.setOwn(name, parameter(weight));
        })));
        m.add(Builtin.of("spectral_norm", TorchWeightNorms::spectralNorm));
        m.add(Builtin.of("remove_spectral_norm", a -> remove(a, "spectral_norm", SpectralNormHook.class, (module, hook) -> {
            String name = ((SpectralNormHook) hook).param;
            Tensor weight;
            try (Scope s = GradMode.noGrad()) {
                weight = ((SpectralNormHook) hook).compute(module, false);
            }
            module.deleteOwn(name);
            TorchNn.unregisterBuffer(module, name + "_u");
            TorchNn.unregisterBuffer(module, name + "_v");
            module.deleteOwn(name + "_orig");
            module.setOwn(name, parameter(weight));
        })));
    }

    /** remove_weight_norm / remove_spectral_norm(module, name='weight'): the hook of that name taken off, then {@code undo}; ValueError without one. */
    private static Object remove(Args a, String what, Class<? extends NamedHook> kind, java.util.function.BiConsumer<PyInstance, Object> undo) {
        PyInstance module = module(a.expect(1, 2, "module", "name"));
        String name = Values.str(a.option(1, "name", "weight"));
        Object hook = ModuleHooks.removePreHook(module, h -> kind.isInstance(h) && ((NamedHook) h).param().equals(name));
        if (hook == null) throw PyError.value(what + " of '" + name + "' not found in " + Values.str(module));
        undo.accept(module, hook);
        return module;
    }

    /** A pre-hook standing for one parameter's reparametrization. */
    private interface NamedHook {
        String param();
    }

    /** weight_norm(module, name='weight', dim=0): weight = g · v / ‖v‖, the norm over every axis but dim (None: all). */
    private static Object weightNorm(Args a) {
        PyInstance module = module(a.expect(1, 3, "module", "name", "dim"));
        String name = Values.str(a.option(1, "name", "weight"));
        Object d = a.option(2, "dim", 0L);
        if (ModuleHooks.findPreHook(module, h -> h instanceof WeightNormHook w && w.param.equals(name)) != null)
            throw new PyError("RuntimeError", "Cannot register two weight_norm hooks on the same parameter " + name);
        Tensor weight = registered(module, name, "weight");
        int dim = d == null ? -1 : Values.toInt(Values.plain(d), "dim");
        if (dim < -1) dim += weight.ndim();
        WeightNormHook hook = new WeightNormHook(name, dim);
        Tensor g;
        try (Scope s = GradMode.noGrad()) {
            g = Ops.normExceptDim(weight, 2, dim);
        }
        module.deleteOwn(name);
        module.setOwn(name + "_g", parameter(g));
        module.setOwn(name + "_v", parameter(weight));
        module.setOwn(name, hook.compute(module));
        ModuleHooks.addPreHook(module, hook);
        return module;
    }

    /**
     * spectral_norm(module, name='weight', n_power_iterations=1, eps=1e-12, dim=None): weight /
     * σ, σ estimated by power iteration from u and v drawn from PyTorch's generator (u first);
     * dim None is 1 for the transposed convolutions, else 0.
     */
    private static Object spectralNorm(Args a) {
        PyInstance module = module(a.expect(1, 5, "module", "name", "n_power_iterations", "eps", "dim"));
        String name = Values.str(a.option(1, "name", "weight"));
        int iterations = a.integer(2, "n_power_iterations", 1);
        double eps = a.number(3, "eps", 1e-12);
        Object d = a.option(4, "dim", null);
        int dim = d != null ? Values.toInt(Values.plain(d), "dim") : module.pyClass().name().startsWith("ConvTranspose") ? 1 : 0;
        if (ModuleHooks.findPreHook(module, h -> h instanceof SpectralNormHook s && s.param.equals(name)) != null)
            throw new PyError("RuntimeError", "Cannot register two spectral_norm hooks on the same parameter " + name);
        if (iterations <= 0) throw PyError.value("Expected n_power_iterations to be positive, but got n_power_iterations=" + iterations);
        Tensor weight = registered(module, name, "spectral");
        SpectralNormHook hook = new SpectralNormHook(name, iterations, dim, eps);
        Tensor u, v;
        try (Scope s = GradMode.noGrad()) {
            int[] hw = hook.matrix(weight).shape();
            boolean doubles = weight.asksFloat64() || a.interpreter().torchRandom().defaultDouble();
            u = normalize(Tensor.leaf(a.interpreter().torchRandom().normal(new int[] {hw[0]}, 0, 1, doubles), false), eps);
            v = normalize(Tensor.leaf(a.interpreter().torchRandom().normal(new int[] {hw[1]}, 0, 1, doubles), false), eps);
        }
        module.deleteOwn(name);
        module.setOwn(name + "_orig", weight);
        module.setOwn(name, weight.detach());
        TorchNn.registerBuffer(module, name + "_u", u.asksFloat64(weight.asksFloat64()));
        TorchNn.registerBuffer(module, name + "_v", v.asksFloat64(weight.asksFloat64()));
        ModuleHooks.addPreHook(module, hook);
        return module;
    }

    /** F.normalize(x, dim=0, eps=eps): x / max(‖x‖, eps). */
    private static Tensor normalize(Tensor x, double eps) {
        return Ops.div(x, Ops.clampMin(Ops.norm(x, 2, new int[] {0}, true), eps));
    }

    private static PyInstance module(Args a) {
        Object m = a.option(0, "module", null);
        if (!TorchNn.isModule(m)) throw PyError.attribute("'" + Values.typeName(m) + "' object has no attribute '_forward_pre_hooks'");
        return (PyInstance) m;
    }

    /**
     * The parameter {@code name} of the module's own, with PyTorch's errors: weight_norm reads it
     * by getattr (AttributeError), spectral_norm from _parameters (KeyError); both refuse a lazy
     * module's uninitialized one.
     */
    private static Tensor registered(PyInstance module, String name, String kind) {
        boolean weightNorm = kind.equals("weight");
        if (weightNorm && !module.attributes().containsKey(name)) member(module, name);
        if (!weightNorm && module.own(name) == null)
            throw PyError.value("`SpectralNorm` cannot be applied as parameter `" + name + "` is None");
        if (!(module.own(name) instanceof Tensor t) || !Parameter.isParameter(t)) throw PyError.key(name);
        if (Parameter.isUninitialized(t))
            throw PyError.value("The module passed to `" + (weightNorm ? "WeightNorm" : "SpectralNorm") + "` can't have uninitialized parameters. "
                    + "Make sure to run the dummy forward before applying " + kind + " normalization");
        return t;
    }

    /** nn.Parameter(t.data): a new parameter holding t's values. */
    private static Tensor parameter(Tensor t) {
        return Parameter.of(t.value()).asksFloat64(t.asksFloat64());
    }

    /** A tensor attribute of the module, as getattr finds it. */
    private static Tensor member(PyInstance module, String name) {
        if (!(module.own(name) instanceof Tensor t)) throw PyError.attribute("'" + module.pyClass().name() + "' object has no attribute '" + name + "'");
        return t;
    }

    /** PyTorch's WeightNorm: the pre-hook that sets weight = _weight_norm(weight_v, weight_g, dim). */
    static final class WeightNormHook implements Callable, NamedHook {
        final String param;
        private final int dim;

        WeightNormHook(String param, int dim) {
            this.param = param;
            this.dim = dim;
        }

        public String name() { return "WeightNorm"; }

        public String param() { return param; }

        Tensor compute(PyInstance module) {
            return Ops.weightNorm(member(module, param + "_v"), member(module, param + "_g"), dim);
        }

        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            PyInstance module = (PyInstance) args.get(0);
            module.setOwn(param, compute(module));
            return null;
        }
    }

    /** PyTorch's SpectralNorm: the pre-hook that sets weight = weight_orig / σ, iterating u and v in training mode. */
    static final class SpectralNormHook implements Callable, NamedHook {
        final String param;
        private final int iterations, dim;
        private final double eps;

        SpectralNormHook(String param, int iterations, int dim, double eps) {
            this.param = param;
            this.iterations = iterations;
            this.dim = dim;
            this.eps = eps;
        }

        public String name() { return "SpectralNorm"; }

        public String param() { return param; }

        /** The weight as a matrix: dim moved first, the rest flattened. */
        Tensor matrix(Tensor weight) {
            Tensor w = weight;
            if (dim != 0) {
                int n = weight.ndim(), k = 1;
                int[] order = new int[n];
                order[0] = dim;
                for (int i = 0; i < n; i++) if (i != dim) order[k++] = i;
                w = Ops.permute(w, order);
            }
            return Ops.reshape(w, w.shape()[0], -1);
        }

        /**
         * σ = uᵀ W v after {@code iterations} steps of v = normalize(Wᵀu), u = normalize(W v),
         * written into the buffers (when {@code iterate}); the weight divided by it.
         */
        Tensor compute(PyInstance module, boolean iterate) {
            Tensor weight = member(module, param + "_orig"), u = member(module, param + "_u"), v = member(module, param + "_v");
            Tensor w = matrix(weight);
            if (iterate) {
                try (Scope s = GradMode.noGrad()) {
                    for (int i = 0; i < iterations; i++) {
                        v.setData(normalize(Ops.matmul(Ops.transpose(w), u), eps).value());
                        u.setData(normalize(Ops.matmul(w, v), eps).value());
                    }
                    u = Ops.clone(u);
                    v = Ops.clone(v);
                }
            }
            Tensor sigma = Ops.matmul(u, Ops.matmul(w, v));
            return Ops.div(weight, sigma);
        }

        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            PyInstance module = (PyInstance) args.get(0);
            module.setOwn(param, compute(module, Boolean.TRUE.equals(module.own("training"))));
            return null;
        }
    }
}
