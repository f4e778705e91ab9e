package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinMethod;
import dev.adjoint.lang.Descriptors;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.optim.Optimizer;
import dev.adjoint.optim.TorchASGD;
import dev.adjoint.optim.TorchAdadelta;
import dev.adjoint.optim.TorchAdagrad;
import dev.adjoint.optim.TorchAdam;
import dev.adjoint.optim.TorchAdamax;
import dev.adjoint.optim.TorchLBFGS;
import dev.adjoint.optim.TorchNAdam;
import dev.adjoint.optim.TorchRAdam;
import dev.adjoint.optim.TorchRMSprop;
import dev.adjoint.optim.TorchRprop;
import dev.adjoint.optim.TorchSGD;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim}: SGD, Adam, AdamW, RMSprop, Adagrad, Adadelta, Adamax, NAdam, RAdam, ASGD and Rprop
 * with PyTorch's update rules ({@link TorchSGD}, {@link TorchAdam}, {@link TorchRMSprop}, {@link TorchAdagrad}, ...),
 * over any iterable of tensors (a list, {@code model.parameters()}) or of parameter groups
 * (dicts). {@code param_groups} are live dicts: a learning rate set there ({@code g['lr'] = ...})
 * is used by the next step, as in PyTorch.
 */
final class TorchOptim {
    /** torch.optim.Optimizer: d2l's train_epoch_ch3 asks isinstance(updater, torch.optim.Optimizer); a course subclasses it. */
    static final PyClass OPTIMIZER = OptimizerBase.CLASS;
    private static final Map<String, PyClass> CLASSES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> OPTIMIZERS = List.of("SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam", "ASGD", "Rprop", "LBFGS");

    private TorchOptim() {}

    static PyModule module() {
        PyModule m = new PyModule("torch.optim");
        m.add(Builtin.of("SGD", a -> {
            requireParams(a, "SGD");
            a.expect(1, 6, "params", "lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach", "differentiable");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "momentum", "dampening", "weight_decay", "nesterov"},
                    new Object[] {null, 0L, 0L, 0L, false});
            defaults.put("maximize", a.has("maximize") ? a.keyword("maximize") : false);
            defaults.put("foreach", null);
            defaults.put("differentiable", false);
            return new TorchOptimizer("SGD", defaults, groups(a, defaults), g -> new TorchSGD(params(g), num(g, "lr"), num(g, "momentum"), num(g, "dampening"),
                    num(g, "weight_decay"), Values.truthy(g.get("nesterov")), Values.truthy(g.get("maximize"))));
        }));
        m.add(Builtin.of("Adam", a -> {
            requireParams(a, "Adam");
            a.expect(1, 6, "params", "lr", "betas", "eps", "weight_decay", "amsgrad", "foreach", "maximize", "capturable", "differentiable", "fused");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "betas", "eps", "weight_decay", "amsgrad"},
                    new Object[] {0.001, Values.tuple(0.9, 0.999), 1e-8, 0L, false});
            defaults.put("foreach", null);
            defaults.put("maximize", a.has("maximize") ? a.keyword("maximize") : false);
            defaults.put("capturable", false);
            defaults.put("differentiable", false);
            defaults.put("fused", false);
            defaults = inOrder(defaults, "lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable", "differentiable", "fused");
            return new TorchOptimizer("Adam", defaults, groups(a, defaults), g -> {
                List<?> betas = betas(g);
                return new TorchAdam(params(g), num(g, "lr"), PyNumbers.approx(Values.plain(betas.get(0))), PyNumbers.approx(Values.plain(betas.get(1))),
                        num(g, "eps"), num(g, "weight_decay"), Values.truthy(g.get("amsgrad")), Values.truthy(g.get("maximize")));
            });
        }));
        m.add(Builtin.of("AdamW", a -> {
            requireParams(a, "AdamW");
            a.expect(1, 6, "params", "lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "betas", "eps", "weight_decay", "amsgrad"},
                    new Object[] {0.001, Values.tuple(0.9, 0.999), 1e-8, 0.01, false});
            defaults.put("foreach", null);
            defaults.put("maximize", a.has("maximize") ? a.keyword("maximize") : false);
            defaults.put("capturable", false);
            return new TorchOptimizer("AdamW", defaults, groups(a, defaults), g -> {
                List<?> betas = betas(g);
                return new TorchAdam(params(g), num(g, "lr"), PyNumbers.approx(Values.plain(betas.get(0))), PyNumbers.approx(Values.plain(betas.get(1))),
                        num(g, "eps"), num(g, "weight_decay"), Values.truthy(g.get("amsgrad")), Values.truthy(g.get("maximize")), true);
            });
        }));
        m.add(Builtin.of("RMSprop", a -> {
            requireParams(a, "RMSprop");
            a.expect(1, 10, "params", "lr", "alpha", "eps", "weight_decay", "momentum", "centered", "foreach", "maximize", "differentiable");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "alpha", "eps", "weight_decay", "momentum", "centered", "foreach", "maximize", "differentiable"},
                    new Object[] {0.01, 0.99, 1e-8, 0L, 0L, false, null, false, false});
            defaults = inOrder(defaults, "lr", "momentum", "alpha", "eps", "centered", "weight_decay", "foreach", "maximize", "differentiable");
            return new TorchOptimizer("RMSprop", defaults, groups(a, defaults), g -> new TorchRMSprop(params(g), num(g, "lr"), num(g, "alpha"), num(g, "eps"),
                    num(g, "weight_decay"), num(g, "momentum"), Values.truthy(g.get("centered")), Values.truthy(g.get("maximize"))));
        }));
        m.add(Builtin.of("Adagrad", a -> {
            requireParams(a, "Adagrad");
            a.expect(1, 7, "params", "lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps", "foreach", "maximize");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps", "foreach"},
                    new Object[] {0.01, 0L, 0L, 0L, 1e-10, null});
            defaults.put("maximize", a.has("maximize") ? a.keyword("maximize") : false);
            defaults = inOrder(defaults, "lr", "lr_decay", "eps", "weight_decay", "initial_accumulator_value", "foreach", "maximize");
            return new TorchOptimizer("Adagrad", defaults, groups(a, defaults), g -> new TorchAdagrad(params(g), num(g, "lr"), num(g, "lr_decay"),
                    num(g, "weight_decay"), num(g, "initial_accumulator_value"), num(g, "eps"), Values.truthy(g.get("maximize"))));
        }));
        m.add(Builtin.of("Adadelta", a -> {
            requireParams(a, "Adadelta");
            a.expect(1, 6, "params", "lr", "rho", "eps", "weight_decay", "foreach", "maximize");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "rho", "eps", "weight_decay"}, new Object[] {1.0, 0.9, 1e-6, 0L});
            defaults.put("maximize", a.has("maximize") ? a.keyword("maximize") : false);
            defaults.put("foreach", a.option(5, "foreach", null));
            return new TorchOptimizer("Adadelta", defaults, groups(a, defaults), g -> new TorchAdadelta(params(g), num(g, "lr"), num(g, "rho"), num(g, "eps"),
                    num(g, "weight_decay"), Values.truthy(g.get("maximize"))));
        }));
        m.add(Builtin.of("Adamax", a -> {
            requireParams(a, "Adamax");
            a.expect(1, 6, "params", "lr", "betas", "eps", "weight_decay", "foreach", "maximize");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "betas", "eps", "weight_decay", "foreach"},
                    new Object[] {0.002, Values.tuple(0.9, 0.999), 1e-8, 0L, null});
            defaults.put("maximize", a.has("maximize") ? a.keyword("maximize") : false);
            return new TorchOptimizer("Adamax", defaults, groups(a, defaults), g -> new TorchAdamax(params(g), num(g, "lr"), beta(g, 0), beta(g, 1), num(g, "eps"),
                    num(g, "weight_decay"), Values.truthy(g.get("maximize"))));
        }));
        m.add(Builtin.of("NAdam", a -> {
            requireParams(a, "NAdam");
            a.expect(1, 7, "params", "lr", "betas", "eps", "weight_decay", "momentum_decay", "foreach");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "betas", "eps", "weight_decay", "momentum_decay", "foreach"},
                    new Object[] {0.002, Values.tuple(0.9, 0.999), 1e-8, 0L, 0.004, null});
            boolean single = singleState(a);
            return new TorchOptimizer("NAdam", defaults, groups(a, defaults), g -> new TorchNAdam(params(g), num(g, "lr"), beta(g, 0), beta(g, 1), num(g, "eps"),
                    num(g, "weight_decay"), num(g, "momentum_decay"), single));
        }));
        m.add(Builtin.of("RAdam", a -> {
            requireParams(a, "RAdam");
            a.expect(1, 6, "params", "lr", "betas", "eps", "weight_decay", "foreach");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "betas", "eps", "weight_decay", "foreach"},
                    new Object[] {0.001, Values.tuple(0.9, 0.999), 1e-8, 0L, null});
            return new TorchOptimizer("RAdam", defaults, groups(a, defaults), g -> new TorchRAdam(params(g), num(g, "lr"), beta(g, 0), beta(g, 1), num(g, "eps"),
                    num(g, "weight_decay")));
        }));
        m.add(Builtin.of("ASGD", a -> {
            requireParams(a, "ASGD");
            a.expect(1, 8, "params", "lr", "lambd", "alpha", "t0", "weight_decay", "foreach", "maximize");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "lambd", "alpha", "t0", "weight_decay", "foreach", "maximize"},
                    new Object[] {0.01, 0.0001, 0.75, 1000000.0, 0L, null, false});
            boolean single = singleState(a);
            return new TorchOptimizer("ASGD", defaults, groups(a, defaults), g -> new TorchASGD(params(g), num(g, "lr"), num(g, "lambd"), num(g, "alpha"),
                    num(g, "t0"), num(g, "weight_decay"), Values.truthy(g.get("maximize")), single));
        }));
        m.add(Builtin.of("Rprop", a -> {
            requireParams(a, "Rprop");
            a.expect(1, 6, "params", "lr", "etas", "step_sizes", "foreach", "maximize");
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "etas", "step_sizes", "foreach", "maximize"},
                    new Object[] {0.01, Values.tuple(0.5, 1.2), Values.tuple(1e-6, 50L), null, false});
            return new TorchOptimizer("Rprop", defaults, groups(a, defaults), g -> new TorchRprop(params(g), num(g, "lr"), pairItem(g, "etas", 0), pairItem(g, "etas", 1),
                    pairItem(g, "step_sizes", 0), pairItem(g, "step_sizes", 1), Values.truthy(g.get("maximize"))));
        }));
        m.add(Builtin.of("LBFGS", a -> {
            requireParams(a, "LBFGS");
            a.expect(1, 8, "params", "lr", "max_iter", "max_eval", "tolerance_grad", "tolerance_change", "history_size", "line_search_fn");
            Object maxIter = a.option(2, "max_iter", 20L), maxEval = a.option(3, "max_eval", null);
            if (maxEval == null) maxEval = PyNumbers.floorDiv(PyNumbers.mul(Values.plain(maxIter), 5L), 4L);
            Map<String, Object> defaults = defaults(a, new String[] {"lr", "max_iter", "max_eval", "tolerance_grad", "tolerance_change", "history_size", "line_search_fn"},
                    new Object[] {1L, maxIter, maxEval, 1e-7, 1e-9, 100L, null});
            List<PyDict> groups = groups(a, defaults);
            if (groups.size() != 1) throw PyError.value("LBFGS doesn't support per-parameter options (parameter groups)");
            return new TorchOptimizer("LBFGS", defaults, groups, g -> new TorchLBFGS(params(g), num(g, "lr"), (int) num(g, "max_iter"), (int) num(g, "max_eval"),
                    num(g, "tolerance_grad"), num(g, "tolerance_change"), (int) num(g, "history_size"),
                    "strong_wolfe".equals(g.get("line_search_fn"))));
        }));
        m.add("Optimizer", OPTIMIZER);
        for (String name : OPTIMIZERS) { // each a class, subclass of Optimizer, made by calling it (torch.optim.sgd.SGD)
            Builtin make = (Builtin) m.members().get(name);
            Builtin init = Builtin.of(name + ".__init__", make.fn()); // its TypeErrors name Adam.__init__(), as Python 3.11's
            m.add(name, CLASSES.computeIfAbsent(name, n -> subclassable(PyClass.builtin(n, "torch.optim." + n.toLowerCase(), OPTIMIZER, init), init)));
        }
        return m;
    }

    /** The optimizer behind each object of a user's subclass of a built-in optimizer (its own attributes stay the object's). */
    private static final Map<PyInstance, TorchOptimizer> ENGINES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Makes a built-in optimizer's class subclassable as PyTorch's ({@code class Clipped(torch.optim.Adam)}):
     * its __init__ makes the optimizer (kept beside the object), and its methods, param_groups, state
     * and defaults are that optimizer's, so a subclass's own step() reads self.param_groups and calls
     * super().step(closure). Calling the class itself still makes the built-in optimizer directly.
     */
    private static PyClass subclassable(PyClass c, Builtin make) {
        c.method("__init__", a -> {
            if (!(a.self() instanceof PyInstance self)) throw PyError.type("descriptor '__init__' requires a '" + c.name() + "' object but received a '" + Values.typeName(a.self()) + "'");
            ENGINES.put(self, (TorchOptimizer) make.call(a.interpreter(), a.positional(), a.keywords(), a.span()));
            return null;
        });
        for (String method : List.of("step", "zero_grad", "state_dict", "load_state_dict", "add_param_group"))
            c.method(method, a -> a.interpreter().call(engine(a.self()).attribute(method), a.positional(), a.keywords(), a.span()));
        for (String attribute : List.of("param_groups", "state", "defaults"))
            c.define(attribute, new Descriptors.Property(new BuiltinMethod(attribute, a -> engine(a.self()).attribute(attribute)), null, null));
        c.method("__repr__", a -> OptimizerBase.describe(Values.typeName(a.self()), engine(a.self()).groups()));
        c.method("__deepcopy__", a -> { // the object's attributes and its optimizer copied together (one memo), the copy given its copied optimizer
            PyInstance self = (PyInstance) a.self();
            PyDict attributes = new PyDict();
            for (Map.Entry<String, Object> e : self.attributes().entrySet()) attributes.put(e.getKey(), e.getValue());
            List<?> copied = (List<?>) dev.adjoint.lang.CopyModule.deepcopy(Values.tuple(attributes, engine(self)), a.interpreter());
            PyInstance out = PyInstance.blank(self.pyClass(), a.interpreter());
            for (PyDict.Entry e : ((PyDict) copied.get(0)).entries()) out.setOwn(Values.str(e.key()), e.value());
            ENGINES.put(out, (TorchOptimizer) copied.get(1));
            return out;
        });
        return c;
    }

    /** The built-in optimizer an object of a subclass of one was made with, or null (a subclass of Optimizer itself). */
    static TorchOptimizer engineOf(PyInstance object) {
        return ENGINES.get(object);
    }

    /** The built-in optimizer a method of its class was called on: itself, or the one behind a subclass's object. */
    static TorchOptimizer engine(Object self) {
        if (self instanceof TorchOptimizer t) return t;
        TorchOptimizer t = self instanceof PyInstance i ? ENGINES.get(i) : null;
        if (t == null) throw PyError.attribute("'" + Values.typeName(self) + "' object has no attribute 'defaults'"); // __init__ not run: PyTorch's methods read defaults first
        return t;
    }

    /** Python's TypeError for an optimizer made without its parameters (torch.optim.Adam(lr=0.1)), before the hyperparameters are read. */
    private static void requireParams(Args a, String optimizer) {
        if (a.size() == 0 && !a.has("params")) throw PyError.type(optimizer + ".__init__() missing 1 required positional argument: 'params'");
    }

    /** The hyperparameters given by position (after params) or keyword, else PyTorch's defaults (null: required). */
    private static Map<String, Object> defaults(Args a, String[] names, Object[] absent) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) d.put(names[i], a.option(i + 1, names[i], absent[i]));
        return d;
    }

    /** The hyperparameters in the order PyTorch's defaults dict has them (param_groups and state_dict() print in it), not the signature's. */
    private static Map<String, Object> inOrder(Map<String, Object> defaults, String... names) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (String n : names) d.put(n, defaults.get(n));
        return d;
    }

    /** The parameter groups: one from an iterable of tensors, or one per dict, each completed with the defaults (Optimizer.add_param_group's rules). */
    private static List<PyDict> groups(Args a, Map<String, Object> defaults) {
        List<PyDict> out = new ArrayList<>();
        for (Object g : OptimizerBase.givenGroups(a.option(0, "params", null))) out.add(OptimizerBase.completeGroup(a, g, asDict(defaults), out));
        return out;
    }

    private static PyDict asDict(Map<String, Object> defaults) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : defaults.entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }

    private static List<Tensor> params(PyDict g) {
        List<Tensor> out = new ArrayList<>();
        for (Object p : (List<?>) g.get("params")) out.add(Values.node(p));
        return out;
    }

    /** betas: a pair (PyTorch reads betas[0] and betas[1], so a number fails as subscripting it does). */
    private static List<?> betas(PyDict g) {
        return pair(g, "betas");
    }

    /** A pair hyperparameter (betas, etas, step_sizes): PyTorch reads [0] and [1], so a number fails as subscripting it does. */
    private static List<?> pair(PyDict g, String key) {
        Object b = g.get(key);
        if (!(b instanceof List<?> pair)) throw PyError.type("'" + Values.typeName(b) + "' object is not subscriptable");
        if (pair.size() < 2) throw PyError.index("tuple index out of range");
        return pair;
    }

    private static double pairItem(PyDict g, String key, int i) {
        Object v = Values.plain(pair(g, key).get(i));
        if (!PyNumbers.isNumber(v)) throw PyError.type(key + " must be numbers, not " + Values.typeName(v));
        return PyNumbers.approx(v);
    }

    private static double beta(PyDict g, int i) {
        return pairItem(g, "betas", i);
    }

    /**
     * Whether PyTorch would keep an optimizer's 0-d state (NAdam's mu_product, ASGD's eta and mu) in
     * float32: torch.tensor(x) takes the default dtype, float32 unless set_default_dtype(float64).
     */
    private static boolean singleState(Args a) {
        return !a.interpreter().torchRandom().defaultDouble();
    }

    private static double num(PyDict g, String key) {
        Object v = Values.plain(g.get(key));
        if (!PyNumbers.isNumber(v)) throw PyError.type(key + " must be a number, not " + Values.typeName(v));
        return PyNumbers.approx(v);
    }

    /**
     * An optimizer in the language: step(), zero_grad(set_to_none=False), param_groups; printed as
     * PyTorch prints it. It counts its steps, as a scheduler's wrapper of step() does in PyTorch,
     * so a scheduler can warn when it is stepped first.
     */
    static final class TorchOptimizer implements TabledHostObject, Undoable, ScheduledOptimizer, dev.adjoint.lang.DeepCopyable {
        private final String name;
        private final List<PyDict> groups;
        private final List<Optimizer> optimizers = new ArrayList<>();
        /** Makes a group's engine: again when load_state_dict brings other hyperparameters. */
        private final java.util.function.Function<PyDict, Optimizer> make;
        /** The hyperparameters' names (PyTorch's optimizer.defaults), in its order. */
        private final List<String> hyperparameters = new ArrayList<>();
        /** optimizer.defaults: the values the optimizer was made with (a group's own, or a scheduler's later ones, are the groups'). */
        private final Map<String, Object> defaults;
        /** What each group's engine was made from: its hyperparameters but lr (which an engine takes as it changes). */
        private final List<String> madeFrom = new ArrayList<>();
        private int stepCount;
        /** A deep copy of LBFGS: PyTorch's copy lacks _params (it is not in __getstate__'s dict), so its step() fails. */
        private boolean withoutParams;

        TorchOptimizer(String name, Map<String, Object> defaults, List<PyDict> groups, java.util.function.Function<PyDict, Optimizer> make) {
            this.name = name;
            this.groups = groups;
            this.make = make;
            this.defaults = new LinkedHashMap<>(defaults);
            hyperparameters.addAll(defaults.keySet());
            for (PyDict g : groups) {
                optimizers.add(engine(g));
                madeFrom.add(settings(g));
            }
        }

        @Override
        public Object value() {
            return this;
        }

        /**
         * copy.deepcopy(optimizer), as PyTorch's deepcopy of its __dict__: the groups copied (their
         * parameters too, or the copies a model copied in the same call made), each parameter's
         * state carried to the copy's engine, the step count kept.
         */
        @Override
        public Object deepCopy(java.util.function.UnaryOperator<Object> copy) {
            List<PyDict> copied = new ArrayList<>();
            for (PyDict g : groups) copied.add((PyDict) copy.apply(g));
            Map<String, Object> copiedDefaults = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : defaults.entrySet()) copiedDefaults.put(e.getKey(), copy.apply(e.getValue()));
            TorchOptimizer out = new TorchOptimizer(name, copiedDefaults, copied, make);
            for (int i = 0; i < groups.size(); i++) {
                Optimizer from = current(i), to = out.optimizers.get(i);
                for (int k = 0; k < from.params().size(); k++) {
                    Map<String, Object> state = from.state(k);
                    if (state != null) to.loadState(k, state);
                }
            }
            out.stepCount = stepCount;
            out.withoutParams = name.equals("LBFGS");
            return out;
        }

        /** Whether the optimizer has this hyperparameter ({@code 'momentum' in optimizer.defaults}). */
        @Override
        public boolean hasDefault(String key) {
            return hyperparameters.contains(key);
        }

        /** A group's hyperparameters but lr, as text: a change (a scheduler cycling momentum or betas) makes its engine anew. */
        private String settings(PyDict group) {
            StringBuilder sb = new StringBuilder();
            for (String k : hyperparameters) if (!k.equals("lr")) sb.append(k).append('=').append(Repr.repr(Values.plain(group.get(k)))).append(';');
            return sb.toString();
        }

        /**
         * Group i's engine for this step: the same one while its hyperparameters stand, else a new
         * one made from the group that carries the old one's state on (PyTorch reads the group at
         * every step, so a momentum set there applies at once).
         */
        private Optimizer current(int i) {
            String now = settings(groups.get(i));
            if (now.equals(madeFrom.get(i))) return optimizers.get(i);
            Optimizer before = optimizers.get(i), after = engine(groups.get(i));
            for (int k = 0; k < before.params().size(); k++) {
                Map<String, Object> state = before.state(k);
                if (state != null) after.loadState(k, state);
            }
            optimizers.set(i, after);
            madeFrom.set(i, now);
            return after;
        }

        private Optimizer engine(PyDict group) {
            try {
                return make.apply(group);
            } catch (dev.adjoint.optim.InvalidHyperparameter e) { // the value as given: "Invalid learning rate: -1" for an int
                Object given = Values.plain(group.get(e.key()));
                if (e.index() >= 0 && given instanceof List<?> betas && e.index() < betas.size()) given = Values.plain(betas.get(e.index()));
                if (e.index() == dev.adjoint.optim.InvalidHyperparameter.BOTH && given instanceof List<?> pair && pair.size() >= 2)
                    given = Values.str(Values.plain(pair.get(0))) + ", " + Values.str(Values.plain(pair.get(1)));
                throw PyError.value(given instanceof String both ? e.message(both) : PyNumbers.isNumber(given) ? e.message(Values.str(given)) : e.getMessage());
            } catch (IllegalArgumentException e) {
                throw PyError.value(e.getMessage());
            }
        }

        @Override
        public String typeName() {
            return name;
        }

        @Override
        public PyClass pyClass() {
            return CLASSES.get(name);
        }

        @Override
        public List<PyDict> groups() {
            return groups;
        }

        @Override
        public int stepCount() {
            return stepCount;
        }

        @Override
        public void resetStepCount() {
            UndoLog.touch(this);
            stepCount = 0;
        }

        @Override
        public Runnable snapshot() {
            int count = stepCount;
            List<Optimizer> engines = List.copyOf(optimizers);
            List<String> from = List.copyOf(madeFrom);
            List<PyDict> groupsBefore = new ArrayList<>(groups);
            return () -> {
                stepCount = count;
                groups.clear();
                groups.addAll(groupsBefore);
                optimizers.clear();
                optimizers.addAll(engines);
                madeFrom.clear();
                madeFrom.addAll(from);
            };
        }

        private static final AttributeTable<TorchOptimizer> ATTRIBUTES = new AttributeTable<TorchOptimizer>()
                .method("add_param_group", (o, a) -> {
                    PyDict g = OptimizerBase.completeGroup(a, a.expect(1, 1, "param_group").option(0, "param_group", null), asDict(o.defaults), o.groups);
                    Optimizer engine = o.engine(g);
                    UndoLog.touch(o);
                    o.groups.add(g);
                    o.optimizers.add(engine);
                    o.madeFrom.add(o.settings(g));
                    return null;
                })
                .value("defaults", o -> asDict(o.defaults))
                .method("load_state_dict", (o, a) -> {
                    Object saved = a.expect(1, 1, "state_dict").option(0, "state_dict", null);
                    UndoLog.touch(o);
                    OptimizerState.load(saved, o.groups, o.optimizers, o::engine);
                    for (int i = 0; i < o.groups.size(); i++) o.madeFrom.set(i, o.settings(o.groups.get(i)));
                    return null;
                })
                .value("param_groups", o -> new PyList(o.groups))
                .value("state", o -> OptimizerState.byParameter(o.groups, o.optimizers))
                .method("state_dict", (o, a) -> OptimizerState.stateDict(o.groups, o.optimizers, a.expect(0, 0)))
                .method("step", TorchOptimizer::step)
                .method("zero_grad", (o, a) -> {
                    a.expect(0, 1, "set_to_none");
                    boolean none = a.bool(0, "set_to_none", false);
                    for (Optimizer engine : o.optimizers) engine.zeroGrad(none);
                    return null;
                });

        @Override
        public AttributeTable<TorchOptimizer> attributeTable() {
            return ATTRIBUTES;
        }

        /** step(closure=None): the closure's loss (evaluated first, with grad mode on, as PyTorch's), each group's engine stepped at the group's lr. */
        private Object step(Args a) {
            Object closure = a.expect(0, 1, "closure").option(0, "closure", null);
            if (withoutParams && closure != null) throw PyError.attribute("'LBFGS' object has no attribute '_params'"); // before the closure runs, as PyTorch's
            Object loss = null;
            if (closure != null) { // PyTorch re-evaluates the loss first, with grad mode on, and returns it
                try (dev.adjoint.scope.Scope on = dev.adjoint.autograd.GradMode.set(true)) {
                    loss = a.interpreter().call(closure, new ArrayList<>());
                }
            }
            UndoLog.touch(this);
            stepCount++;
            if (name.equals("LBFGS")) return lbfgsStep(a, closure, loss);
            for (int i = 0; i < groups.size(); i++) {
                Optimizer o = current(i);
                double lr = num(groups.get(i), "lr");
                if (lr != o.lr()) o.setLr(lr); // param_groups[i]['lr'] is the learning rate
                o.step();
            }
            return loss;
        }

        /**
         * LBFGS's step(closure): the closure's first loss (already evaluated) starts PyTorch's
         * iterations, each of which evaluates it again with grad mode on; returns that first loss.
         */
        private Object lbfgsStep(Args a, Object closure, Object loss) {
            if (closure == null) throw PyError.type("LBFGS.step() missing 1 required positional argument: 'closure'");
            TorchLBFGS engine = (TorchLBFGS) current(0);
            Object search = groups.get(0).get("line_search_fn");
            if (search != null && !"strong_wolfe".equals(search) && !engine.atOptimum()) // PyTorch reads it once it iterates
                throw new PyError("RuntimeError", "only 'strong_wolfe' is supported");
            double lr = num(groups.get(0), "lr");
            if (lr != engine.lr()) engine.setLr(lr);
            try (dev.adjoint.scope.Scope off = dev.adjoint.autograd.GradMode.set(false)) {
                engine.step(() -> {
                    try (dev.adjoint.scope.Scope on = dev.adjoint.autograd.GradMode.set(true)) {
                        return lossValue(a.interpreter().call(closure, new ArrayList<>()));
                    }
                }, lossValue(loss));
            }
            return loss;
        }

        /** float(loss): a tensor's item or a number. */
        private static double lossValue(Object loss) {
            Object v = Values.plain(loss);
            if (v instanceof Tensor t) return t.item();
            if (PyNumbers.isNumber(v)) return PyNumbers.approx(v);
            throw PyError.type("float() argument must be a string or a real number, not '" + Values.typeName(loss) + "'");
        }

        /** PyTorch's text: one block per group, hyperparameters sorted by name. */
        @Override
        public String toString() {
            return OptimizerBase.describe(name, groups);
        }
    }
}
