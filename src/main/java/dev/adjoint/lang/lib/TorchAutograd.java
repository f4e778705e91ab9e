package dev.adjoint.lang.lib;

import dev.adjoint.scope.Scope;
import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Descriptors;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TensorFunctions;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.autograd}: PyTorch's {@code grad} and {@code backward} (they check and free as
 * PyTorch does), {@code Function} for user-defined ops with their own backward, and
 * {@code torch.autograd.functional}'s jacobian, hessian, jvp, vjp, hvp of Python functions.
 */
final class TorchAutograd {
    private TorchAutograd() {}

    static PyModule module() {
        PyModule m = new PyModule("torch.autograd");
        m.add(Builtin.of("grad", TorchAutograd::grad));
        m.add(Builtin.of("backward", a -> {
            a.expect(0, 5, "tensors", "grad_tensors", "retain_graph", "create_graph", "inputs", "grad_variables").require("tensors");
            List<Tensor> roots = TensorFunctions.tensors(a, a.option(0, "tensors", null), "tensors");
            Object g = a.option(1, "grad_tensors", null);
            List<Tensor> seeds = g == null ? null : seeds(a, g, roots.size());
            boolean create = Values.truthy(a.option(3, "create_graph", false));
            Object retain = a.option(2, "retain_graph", null);
            Object inputs = a.option(4, "inputs", null);
            TensorFunctions.warnOfCreateGraph(a, create);
            Autograd.backward(roots, seeds, retain == null ? create : Values.truthy(retain), create,
                    inputs == null ? null : TensorFunctions.tensors(a, inputs, "inputs"));
            return null;
        }));
        m.add("Function", FUNCTION);
        TorchLegacy.addVariable(m);
        m.add(Builtin.of("gradcheck", TorchAutograd::gradcheck));
        m.add(Builtin.of("gradgradcheck", TorchAutograd::gradgradcheck));
        m.add(Builtin.of("set_detect_anomaly", a -> TorchAnomalyMode.set(a.expect(1, 2, "mode", "check_nan").bool(0, "mode", false))));
        m.add(Builtin.of("detect_anomaly", a -> {
            a.expect(0, 1, "check_nan");
            return TorchAnomalyMode.detect();
        }));
        return m;
    }

    /**
     * gradcheck(func, inputs, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True): each output's
     * Jacobian with respect to each input that requires grad, from reverse mode, against central
     * differences (f(x + eps) − f(x − eps)) / 2eps of every input element, as PyTorch's slow mode
     * checks them; True, or PyTorch's GradcheckError naming the output and input and showing both
     * Jacobians (input elements as rows).
     */
    private static Object gradcheck(Args a) {
        a.expect(2, 2, "eps", "atol", "rtol", "raise_exception", "check_sparse_nnz", "nondet_tol", "check_undefined_grad", "check_grad_dtypes",
                "check_batched_grad", "check_batched_forward_grad", "check_forward_ad", "check_backward_ad", "fast_mode");
        return gradcheck(a, a.get(0), tensorArgs(a.get(1)));
    }

    /** A tuple or list of arguments, or one tensor, as a list. */
    private static List<Object> tensorArgs(Object given) {
        return new ArrayList<>(Values.node(given) != null && !(given instanceof List<?>) ? Arrays.asList(given) : Values.items(given));
    }

    /**
     * gradgradcheck(func, inputs, grad_outputs=None, ...): gradcheck of the function that maps the
     * inputs and the output gradients to the input gradients (torch.autograd.grad with
     * create_graph), so second derivatives are checked against differences of first ones. Missing
     * grad_outputs are drawn as PyTorch draws them, uniform in [−1, 1) from the default generator
     * (a script's later random numbers stay PyTorch's).
     */
    private static Object gradgradcheck(Args a) {
        a.expect(2, 3, "grad_outputs", "eps", "atol", "rtol", "gen_non_contig_grad_outputs", "raise_exception", "nondet_tol",
                "check_undefined_grad", "check_grad_dtypes", "check_batched_grad", "check_fwd_over_rev", "check_rev_over_rev", "fast_mode");
        Object func = a.get(0);
        List<Object> inputs = tensorArgs(a.get(1));
        Object given = a.option(2, "grad_outputs", null);
        List<Object> gradOutputs = new ArrayList<>();
        if (given != null) gradOutputs.addAll(tensorArgs(given));
        else {
            List<Tensor> outputs;
            try (Scope ignored = GradMode.set(true)) {
                outputs = outputs(a, a.interpreter().call(func, inputs));
            }
            for (Tensor y : outputs) {
                if (!y.requiresGrad()) continue; // PyTorch's _differentiable_outputs
                DType dtype = y.dtype().isFloating() ? y.dtype() : DType.FLOAT64;
                NDArray r = a.interpreter().torchRandom().uniform(y.shape(), 0, 1, dtype == DType.FLOAT64);
                gradOutputs.add(Tensor.leaf(r.map(v -> 1 * v + -1 * (1 - v)), true, dtype)); // make_tensor's high·r + low·(1 − r)
            }
        }
        int k = gradOutputs.size();
        boolean[] differentiable = new boolean[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) differentiable[i] = inputs.get(i) instanceof Tensor t && t.requiresGrad();
        Builtin firstDerivatives = Builtin.of("new_func", b -> {
            List<Object> args = b.positional();
            List<Object> in = new ArrayList<>(args.subList(0, args.size() - k));
            List<Tensor> diff = new ArrayList<>(), seeds = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                if (!differentiable[i]) continue;
                Tensor x = (Tensor) in.get(i);
                if (!x.requiresGrad()) in.set(i, x = Tensor.leaf(x.value(), true, x.dtype())); // a nudged copy, as PyTorch's requires_grad_()
                diff.add(x);
            }
            for (Object g : args.subList(args.size() - k, args.size())) seeds.add((Tensor) g);
            try (Scope ignored = GradMode.set(true)) {
                List<Tensor> outputs = new ArrayList<>();
                for (Tensor y : outputs(b, b.interpreter().call(func, in))) if (y.requiresGrad()) outputs.add(y);
                List<Object> grads = new ArrayList<>();
                for (Tensor g : Autograd.grad(outputs, diff, seeds, true, true, true)) if (g != null) grads.add(g);
                return Values.tuple(grads);
            }
        });
        List<Object> all = new ArrayList<>(inputs);
        all.addAll(gradOutputs);
        return gradcheck(a, firstDerivatives, all);
    }

    private static Object gradcheck(Args a, Object func, List<Object> args) {
        double eps = a.number(-1, "eps", 1e-6), atol = a.number(-1, "atol", 1e-5), rtol = a.number(-1, "rtol", 1e-3);
        boolean raise = a.bool(-1, "raise_exception", true);
        List<Integer> wrt = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) if (args.get(i) instanceof Tensor t && t.requiresGrad()) wrt.add(i);
        if (wrt.isEmpty())
            throw PyError.value("gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.");
        List<Tensor> outputs;
        try (Scope ignored = GradMode.set(true)) {
            outputs = outputs(a, a.interpreter().call(func, args));
        }
        for (int o = 0; o < outputs.size(); o++)
            for (int i = 0; i < wrt.size(); i++) {
                Tensor x = (Tensor) args.get(wrt.get(i)), y = outputs.get(o);
                int n = x.value().size(), m = y.value().size();
                double[] analytical = transpose(y.requiresGrad() ? Autograd.jacobian(y, x, false).value().toArray() : new double[m * n], m, n);
                double[] numerical = new double[n * m];
                double[] at = x.value().toArray();
                for (int k = 0; k < n; k++) {
                    double[] plus = valuesAt(a, func, args, wrt.get(i), at, k, eps, o), minus = valuesAt(a, func, args, wrt.get(i), at, k, -eps, o);
                    for (int j = 0; j < m; j++) numerical[k * m + j] = (plus[j] - minus[j]) / (2 * eps);
                }
                for (int e = 0; e < numerical.length; e++) {
                    if (Math.abs(analytical[e] - numerical[e]) <= atol + rtol * Math.abs(numerical[e])) continue;
                    if (!raise) return false;
                    throw new PyError(GRADCHECK_ERROR, "Jacobian mismatch for output " + o + " with respect to input " + wrt.get(i) + ",\nnumerical:"
                            + TensorRepr.repr(Tensor.constant(NDArray.of(numerical, n, m))) + "\nanalytical:"
                            + TensorRepr.repr(Tensor.constant(NDArray.of(analytical, n, m))) + "\n");
                }
            }
        return true;
    }

    /** The exception gradcheck raises (a RuntimeError to except). */
    static final String GRADCHECK_ERROR = "torch.autograd.gradcheck.GradcheckError";

    private static List<Tensor> outputs(Args a, Object raw) {
        List<Tensor> out = new ArrayList<>();
        for (Object o : Values.node(raw) != null && !(raw instanceof List<?>) ? List.of(raw) : Values.items(raw)) {
            Tensor t = Values.node(o);
            if (t == null) throw PyError.type("gradcheck: the function must return a Tensor or a tuple of Tensors, not " + Values.typeName(o));
            out.add(t);
        }
        return out;
    }

    /**
     * Output {@code o}'s values, with element k of argument {@code index} moved by {@code step}
     * (computed without a graph). Every argument that is the same tensor moves with it, as PyTorch
     * moves the tensor's data: gradcheck(f, (x, x)) checks the total derivative.
     */
    private static double[] valuesAt(Args a, Object func, List<Object> args, int index, double[] at, int k, double step, int o) {
        double[] moved = at.clone();
        moved[k] += step;
        Tensor x = (Tensor) args.get(index), nudged = Tensor.constant(NDArray.of(moved, x.shape()), x.dtype());
        List<Object> changed = new ArrayList<>(args);
        for (int i = 0; i < args.size(); i++) if (args.get(i) == x) changed.set(i, nudged);
        try (Scope ignored = GradMode.noGrad()) {
            return outputs(a, a.interpreter().call(func, changed)).get(o).value().toArray();
        }
    }

    /** An m×n row-major matrix as n×m. */
    private static double[] transpose(double[] v, int m, int n) {
        double[] t = new double[v.length];
        for (int r = 0; r < m; r++) for (int c = 0; c < n; c++) t[c * m + r] = v[r * n + c];
        return t;
    }

    /** grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True, allow_unused=False): a tuple. */
    private static Object grad(Args a) {
        a.expect(0, 8, "outputs", "inputs", "grad_outputs", "retain_graph", "create_graph", "only_inputs", "allow_unused", "is_grads_batched")
                .require("outputs", "inputs");
        List<Tensor> outputs = TensorFunctions.tensors(a, a.option(0, "outputs", null), "outputs");
        List<Tensor> inputs = TensorFunctions.tensors(a, a.option(1, "inputs", null), "inputs");
        Object g = a.option(2, "grad_outputs", null);
        boolean create = Values.truthy(a.option(4, "create_graph", false));
        Object retain = a.option(3, "retain_graph", null);
        List<Tensor> grads = Autograd.grad(outputs, inputs, g == null ? null : seeds(a, g, outputs.size()),
                retain == null ? create : Values.truthy(retain), create, Values.truthy(a.option(6, "allow_unused", false)));
        return Values.tuple(new ArrayList<Object>(grads));
    }

    /** grad_outputs / grad_tensors: one per output (None entries: ones for a one-element output). */
    private static List<Tensor> seeds(Args a, Object g, int n) {
        List<Tensor> out = new ArrayList<>();
        if (Values.node(g) != null) out.add(Values.node(g));
        else for (Object o : Values.items(g)) out.add(o == null ? null : TensorFunctions.operand(a, o, "grad_outputs"));
        if (out.size() != n) throw new PyError("RuntimeError", "grad requires " + n + " grad_outputs, got " + out.size());
        return out;
    }

    // ---- torch.autograd.Function ----

    static final PyClass FUNCTION = PyClass.library("Function", "torch.autograd.function", null);
    /** The ctx a Function's forward and backward see. */
    static final PyClass CONTEXT = PyClass.library("FunctionCtx", "torch.autograd.function", null);

    static {
        CONTEXT.method("__init__", a -> {
            PyInstance ctx = (PyInstance) a.self();
            ctx.setOwn("saved_tensors", Values.tuple());
            return null;
        });
        CONTEXT.method("save_for_backward", a -> {
            ((PyInstance) a.self()).setOwn("saved_tensors", Values.tuple(new ArrayList<>(a.positional())));
            return null;
        });
        CONTEXT.method("mark_non_differentiable", a -> null);
        CONTEXT.method("mark_dirty", a -> null);
        CONTEXT.method("set_materialize_grads", a -> null);
        FUNCTION.define("apply", new Descriptors.ClassMethod(Builtin.of("apply", TorchAutograd::apply)));
        FUNCTION.method("__call__", a -> { // MyReLU()(x), the pre-1.3 style of old tutorials: PyTorch 1.13 refuses it so
            throw new PyError("RuntimeError", "Legacy autograd function with non-static forward method is deprecated. Please use new-style autograd function "
                    + "with static forward method. (Example: https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)");
        });
        FUNCTION.define("forward", new Descriptors.StaticMethod(Builtin.of("forward", a -> {
            throw new PyError("NotImplementedError", "You must implement the forward function for custom autograd.Function.");
        })));
        FUNCTION.define("backward", new Descriptors.StaticMethod(Builtin.of("backward", a -> {
            throw new PyError("NotImplementedError", "You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.");
        })));
    }

    /**
     * Cube.apply(*args): forward runs with grad mode off; when an input requires grad, each tensor
     * output becomes a node whose backward rule calls the class's backward with ctx (the other
     * outputs' gradients zero: backward is linear in them, so the nodes' contributions add up).
     */
    private static Object apply(Args a) {
        PyClass cls = (PyClass) a.get(0);
        List<Object> args = a.positional().subList(1, a.size());
        Interpreter in = a.interpreter();
        PyInstance ctx = (PyInstance) in.call(CONTEXT, List.of());
        List<Object> needs = new ArrayList<>();
        List<Tensor> inputs = new ArrayList<>();
        List<Integer> inputPositions = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Tensor t = Values.node(args.get(i));
            needs.add(t != null && t.requiresGrad());
            if (t != null && t.requiresGrad()) {
                inputs.add(t);
                inputPositions.add(i);
            }
        }
        ctx.setOwn("needs_input_grad", Values.tuple(needs));
        List<Object> callArgs = new ArrayList<>();
        callArgs.add(ctx);
        callArgs.addAll(args);
        Object out;
        try (Scope ignored = GradMode.noGrad()) {
            out = in.call(function(cls, "forward"), callArgs);
        }
        if (inputs.isEmpty() || !GradMode.isEnabled()) return out;
        boolean tuple = out instanceof List<?> && !(out instanceof dev.adjoint.lang.PyList);
        List<Object> outs = tuple ? new ArrayList<>((List<?>) out) : new ArrayList<>(List.of(out == null ? "None" : out));
        List<Object> wrapped = new ArrayList<>();
        for (int k = 0; k < outs.size(); k++) {
            Tensor t = Values.node(outs.get(k));
            if (t == null || !t.dtype().isFloating()) {
                wrapped.add(outs.get(k));
                continue;
            }
            wrapped.add(Tensor.apply(new CustomFunction(cls, ctx, in, args.size(), inputPositions, outs.size(), k, t), inputs.toArray(new Tensor[0])));
        }
        savedOutputsAsReturned(ctx, outs, wrapped);
        return tuple ? Values.tuple(wrapped) : wrapped.get(0);
    }

    /**
     * In PyTorch the tensor forward returns is the output itself, so an output forward saved comes
     * back from ctx.saved_tensors with the Function's node (and create_graph differentiates
     * through it: Extending PyTorch's double backward); here the output is a new tensor, so the
     * saved one is replaced by it.
     */
    private static void savedOutputsAsReturned(PyInstance ctx, List<Object> outs, List<Object> wrapped) {
        if (!(ctx.own("saved_tensors") instanceof List<?> saved) || saved.isEmpty()) return;
        List<Object> now = new ArrayList<>(saved);
        for (int i = 0; i < now.size(); i++)
            for (int k = 0; k < outs.size(); k++)
                if (now.get(i) != null && now.get(i) == outs.get(k)) now.set(i, wrapped.get(k));
        ctx.setOwn("saved_tensors", Values.tuple(now));
    }

    /** A static method (or plain function) of a Function subclass. */
    private static Object function(PyClass cls, String name) {
        Object f = null;
        for (PyClass c : cls.mro()) {
            if (c.dict().containsKey(name)) {
                f = c.dict().get(name);
                break;
            }
        }
        if (f == null) throw PyError.attribute("type object '" + cls.name() + "' has no attribute '" + name + "'");
        return f instanceof Descriptors.StaticMethod s ? s.function() : f instanceof Descriptors.ClassMethod c ? c.function() : f;
    }

    /** Each Function class's backward class (PyTorch's Function._backward_cls), made at its first node. */
    private static final java.util.Map<PyClass, PyClass> BACKWARD_CLASSES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The node of one output of a user Function: its values are forward's; its backward rule is the user's backward. */
    private static final class CustomFunction implements Op, dev.adjoint.lang.PythonFunctionNode {
        private final PyClass cls;
        private final PyInstance ctx;
        private final Interpreter interpreter;
        private final int arity, outputs, output;
        private final List<Integer> positions; // which forward arguments the node's inputs are
        private final Tensor value;

        CustomFunction(PyClass cls, PyInstance ctx, Interpreter interpreter, int arity, List<Integer> positions, int outputs, int output, Tensor value) {
            this.cls = cls;
            this.ctx = ctx;
            this.interpreter = interpreter;
            this.arity = arity;
            this.positions = positions;
            this.outputs = outputs;
            this.output = output;
            this.value = value;
        }

        public String name() { return cls.name(); }

        public NDArray compute(NDArray[] in) { return value.value(); }

        public Tensor[] vjp(Tensor g, Tensor out) {
            List<Object> args = new ArrayList<>();
            args.add(ctx);
            for (int k = 0; k < outputs; k++) args.add(k == output ? g : Tensor.constant(NDArray.zeros(g.shape())));
            Object r = interpreter.call(function(cls, "backward"), args);
            List<Object> grads = r instanceof List<?> l && !(r instanceof dev.adjoint.lang.PyList) ? new ArrayList<>(l) : new ArrayList<>(java.util.Collections.singletonList(r));
            while (grads.size() > arity && grads.get(grads.size() - 1) == null) grads.remove(grads.size() - 1);
            if (grads.size() != arity)
                throw new AutogradException("function " + torchName(out) + " returned an incorrect number of gradients (expected " + arity + ", got " + grads.size() + ")");
            Tensor[] parts = new Tensor[positions.size()];
            for (int i = 0; i < parts.length; i++) {
                Object gi = grads.get(positions.get(i));
                Tensor t = gi == null ? null : Values.node(gi);
                if (gi != null && t == null) throw new AutogradException("function " + torchName(out) + " returned a gradient of type " + Values.typeName(gi) + " for input " + positions.get(i));
                if (t != null && !t.value().sameShape(out.input(i).value()))
                    throw new AutogradException("Function " + torchName(out) + " returned an invalid gradient at index " + positions.get(i) + " - got "
                            + Tensor.torchShape(t.shape()) + " but expected shape compatible with " + Tensor.torchShape(out.input(i).shape()));
                parts[i] = t;
            }
            return parts;
        }

        public Tensor jvp(Tensor[] tangents, Tensor out) {
            throw new AutogradException("jvp is not implemented for the custom Function " + cls.name() + " (it defines only backward)");
        }

        public String torchName(Tensor out) { return cls.name() + "Backward"; }

        public PyClass backwardClass() { return BACKWARD_CLASSES.computeIfAbsent(cls, c -> dev.adjoint.lang.PythonFunctionNode.backwardClassNamed(c.name() + "Backward")); }

        /** What ctx.save_for_backward kept: its presence makes a second backward PyTorch's error. */
        public int saved(Tensor out) {
            Object s = ctx.own("saved_tensors");
            return s instanceof List<?> l && !l.isEmpty() ? Op.CONSTANT : 0;
        }
    }

    // ---- torch.autograd.functional ----

    static PyModule functional() {
        PyModule m = new PyModule("torch.autograd.functional");
        m.add(Builtin.of("jacobian", a -> {
            a.expect(2, 2, "create_graph", "strict", "vectorize", "strategy");
            Call c = new Call(a, a.get(1));
            Object[][] j = new Object[c.outputs.size()][c.inputs.size()];
            for (int o = 0; o < j.length; o++)
                for (int i = 0; i < j[o].length; i++) j[o][i] = c.detach(Autograd.jacobian(c.outputs.get(o), c.inputs.get(i), c.create));
            return c.shape(j);
        }));
        m.add(Builtin.of("hessian", a -> {
            a.expect(2, 2, "create_graph", "strict", "vectorize", "outer_jacobian_strategy");
            Call c = new Call(a, a.get(1));
            Tensor y = c.scalarOutput("hessian");
            List<Tensor> g = Autograd.grad(y, c.inputs, null, true);
            Object[][] h = new Object[c.inputs.size()][c.inputs.size()];
            for (int i = 0; i < h.length; i++)
                for (int k = 0; k < h.length; k++) h[i][k] = c.detach(Autograd.jacobian(g.get(i), c.inputs.get(k), c.create));
            if (!c.tupleIn) return h[0][0];
            List<Object> rows = new ArrayList<>();
            for (Object[] row : h) rows.add(Values.tuple(row));
            return Values.tuple(rows);
        }));
        m.add(Builtin.of("vjp", a -> {
            a.expect(2, 3, "v", "create_graph", "strict");
            Call c = new Call(a, a.get(1));
            List<Tensor> v = c.vectors(a.option(2, "v", null), c.outputs, "v");
            List<Object> out = new ArrayList<>();
            for (Tensor x : c.inputs) {
                Tensor sum = null;
                for (int o = 0; o < c.outputs.size(); o++) {
                    Tensor y = c.outputs.get(o);
                    Tensor part = y.requiresGrad() ? Autograd.grad(y, List.of(x), v.get(o), c.create).get(0) : Tensor.constant(NDArray.zeros(x.shape()));
                    sum = sum == null ? part : dev.adjoint.autograd.op.Ops.add(sum, part);
                }
                out.add(c.detach(sum));
            }
            return Values.tuple(c.result(), c.tupleIn ? Values.tuple(out) : out.get(0));
        }));
        m.add(Builtin.of("jvp", a -> {
            a.expect(2, 3, "v", "create_graph", "strict");
            Call c = new Call(a, a.get(1));
            List<Tensor> u = c.vectors(a.option(2, "v", null), c.inputs, "v");
            Map<Tensor, Tensor> seeds = new HashMap<>();
            for (int i = 0; i < u.size(); i++) seeds.put(c.inputs.get(i), u.get(i));
            List<Object> out = new ArrayList<>();
            for (Tensor y : c.outputs) {
                Tensor t = Autograd.tangents(y, seeds).get(y);
                out.add(t != null ? t : Tensor.constant(NDArray.zeros(y.shape())));
            }
            return Values.tuple(c.result(), c.tupleOut ? Values.tuple(out) : out.get(0));
        }));
        for (String name : List.of("hvp", "vhp")) {
            m.add(Builtin.of(name, a -> {
                a.expect(2, 3, "v", "create_graph", "strict");
                Call c = new Call(a, a.get(1));
                Tensor y = c.scalarOutput(name);
                List<Tensor> v = c.vectors(a.option(2, "v", null), c.inputs, "v");
                List<Tensor> g = Autograd.grad(y, c.inputs, null, true);
                Tensor dot = null;
                for (int i = 0; i < g.size(); i++) {
                    Tensor term = dev.adjoint.autograd.op.Ops.sum(dev.adjoint.autograd.op.Ops.mul(g.get(i), v.get(i)));
                    dot = dot == null ? term : dev.adjoint.autograd.op.Ops.add(dot, term);
                }
                List<Object> out = new ArrayList<>();
                for (Tensor h : Autograd.grad(dot, c.inputs, null, c.create)) out.add(c.detach(h));
                return Values.tuple(c.result(), c.tupleIn ? Values.tuple(out) : out.get(0));
            }));
        }
        return m;
    }

    /** One call of the user's function on fresh leaves that require grad (copies of the inputs), and what it returned. */
    private static final class Call {
        final List<Tensor> inputs = new ArrayList<>(), outputs = new ArrayList<>();
        final boolean tupleIn, tupleOut, create;
        final Object raw;

        Call(Args a, Object given) {
            create = a.bool(-1, "create_graph", false);
            tupleIn = !(Values.node(given) != null);
            List<Object> args = new ArrayList<>();
            for (Object o : tupleIn ? Values.items(given) : List.of(given)) {
                Tensor t = TensorFunctions.tensor(a, o, "inputs", 2);
                Tensor leaf = create ? t : t.frozen();
                if (!create || !leaf.requiresGrad()) {
                    leaf = t.frozen();
                    leaf.setRequiresGrad(true);
                }
                inputs.add(leaf);
                args.add(leaf);
            }
            try (Scope ignored = GradMode.set(true)) {
                raw = a.interpreter().call(a.get(0), args);
            }
            tupleOut = Values.node(raw) == null;
            for (Object o : tupleOut ? Values.items(raw) : List.of(raw)) {
                Tensor t = Values.node(o);
                if (t == null) throw PyError.type("The outputs of the user-provided function given to " + a.function() + " must be either a Tensor or a tuple of Tensors but the given outputs of the user-provided function has type " + Values.typeName(o) + ".");
                outputs.add(t);
            }
        }

        Tensor scalarOutput(String fn) {
            if (tupleOut || outputs.get(0).value().size() != 1)
                throw new PyError("RuntimeError", "The Tensor returned by the function given to " + fn + " should contain a single element");
            return outputs.get(0);
        }

        List<Tensor> vectors(Object v, List<Tensor> like, String what) {
            List<Tensor> out = new ArrayList<>();
            if (v == null) {
                for (Tensor t : like) {
                    if (t.value().size() != 1) throw new PyError("RuntimeError", "The vector v can only be None if the user-provided function returns a single Tensor with a single element.");
                    out.add(Tensor.constant(NDArray.ones(t.shape())));
                }
                return out;
            }
            for (Object o : Values.node(v) != null ? List.of(v) : Values.items(v)) out.add(Values.node(o));
            for (int i = 0; i < out.size(); i++)
                if (out.get(i) == null || !out.get(i).value().sameShape(like.get(i).value()))
                    throw new PyError("RuntimeError", "The given " + what + " should have the same shape as the corresponding tensor");
            return out;
        }

        Tensor detach(Tensor t) {
            return create ? t : t.frozen();
        }

        Object result() {
            if (!tupleOut) return detach(outputs.get(0));
            List<Object> out = new ArrayList<>();
            for (Tensor t : outputs) out.add(detach(t));
            return Values.tuple(out);
        }

        /** A Jacobian laid out as PyTorch does: a tensor, or tuples over outputs and/or inputs. */
        Object shape(Object[][] j) {
            if (!tupleOut && !tupleIn) return j[0][0];
            if (!tupleOut) return Values.tuple(j[0]);
            List<Object> rows = new ArrayList<>();
            for (Object[] row : j) rows.add(tupleIn ? Values.tuple(row) : row[0]);
            return Values.tuple(rows);
        }
    }
}
