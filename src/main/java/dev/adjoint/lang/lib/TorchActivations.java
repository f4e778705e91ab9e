package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;

/**
 * torch.nn's smooth and clipped activations (GELU, ELU, SELU, CELU, SiLU, Softplus, Hardtanh,
 * ReLU6, Mish, Hardswish, Hardsigmoid, Softshrink, Hardshrink, Softsign, Tanhshrink, and RReLU with its
 * random slopes) and their torch.nn.functional forms, with PyTorch 1.13's arguments, defaults, reprs and
 * refusals of integer tensors. inplace=True changes the input, as PyTorch's does.
 */
final class TorchActivations {
    private TorchActivations() {}

    /**
     * Each activation once: its constructor's options with their defaults, and how it is computed
     * from them; its extra_repr from the options (null: each option as name=value, see {@link #extraRepr}).
     */
    private record Activation(String layer, String function, String kernel, String[] options, Object[] defaults, Compute compute,
                              java.util.function.Function<PyInstance, String> repr) {
        Activation(String layer, String function, String kernel, String[] options, Object[] defaults, Compute compute) {
            this(layer, function, kernel, options, defaults, compute, null);
        }
    }

    private static final String[] NONE = {}, INPLACE = {"inplace"}, LAMBD = {"lambd"};
    private static final Object[] NOTHING = {}, FALSE = {false}, HALF = {0.5};

    @FunctionalInterface
    private interface Compute {
        Tensor apply(Tensor x, Object[] options, boolean inPlace);
    }

    private static final Activation[] ALL = {
        new Activation("GELU", "gelu", "GeluKernelImpl", new String[] {"approximate"}, new Object[] {"none"}, (x, o, in) -> Ops.gelu(x, approximate(o[0]))),
        new Activation("ELU", "elu", "elu_cpu", new String[] {"alpha", "inplace"}, new Object[] {1.0, false},
                (x, o, in) -> in ? InPlace.elu(x, number(o[0], "alpha"), 1, false) : Ops.elu(x, number(o[0], "alpha"), 1, false)),
        new Activation("SELU", "selu", "elu_cpu", new String[] {"inplace"}, new Object[] {false}, (x, o, in) -> in ? InPlace.selu(x) : Ops.selu(x)),
        new Activation("CELU", "celu", "elu_cpu", new String[] {"alpha", "inplace"}, new Object[] {1.0, false}, (x, o, in) -> celu(x, number(o[0], "alpha"), in)),
        new Activation("SiLU", "silu", "silu_cpu", new String[] {"inplace"}, new Object[] {false}, (x, o, in) -> in ? InPlace.silu(x) : Ops.silu(x)),
        new Activation("Softplus", "softplus", "softplus_cpu", new String[] {"beta", "threshold"}, new Object[] {1L, 20L},
                (x, o, in) -> Ops.softplus(x, number(o[0], "beta"), number(o[1], "threshold"))),
        new Activation("Hardtanh", "hardtanh", null, new String[] {"min_val", "max_val", "inplace"}, new Object[] {-1.0, 1.0, false},
                (x, o, in) -> in ? InPlace.hardtanh(x, number(o[0], "min_val"), number(o[1], "max_val")) : Ops.hardtanh(x, number(o[0], "min_val"), number(o[1], "max_val"))),
        new Activation("ReLU6", "relu6", null, new String[] {"inplace"}, new Object[] {false}, (x, o, in) -> in ? InPlace.hardtanh(x, 0, 6) : Ops.hardtanh(x, 0, 6)),
        new Activation("Mish", "mish", "mish_cpu", INPLACE, FALSE, (x, o, in) -> in ? InPlace.mish(x) : Ops.mish(x)),
        new Activation("Hardswish", "hardswish", "hardswish_cpu", INPLACE, FALSE, (x, o, in) -> in ? InPlace.hardswish(x) : Ops.hardswish(x), m -> ""),
        new Activation("Hardsigmoid", "hardsigmoid", "hardsigmoid_cpu", INPLACE, FALSE, (x, o, in) -> in ? InPlace.hardsigmoid(x) : Ops.hardsigmoid(x), m -> ""),
        new Activation("Softshrink", "softshrink", "softshrink_cpu", LAMBD, HALF, (x, o, in) -> Ops.shrink(x, lambda(o[0]), true), m -> Repr.str(m.own("lambd"))),
        new Activation("Hardshrink", "hardshrink", "hardshrink_cpu", LAMBD, HALF, (x, o, in) -> Ops.shrink(x, number(o[0], "lambd"), false), m -> Repr.str(m.own("lambd"))),
        // PyTorch writes these two in Python: their grad_fn is the last op's (DivBackward0, SubBackward0) and integer tensors give floats
        new Activation("Softsign", "softsign", null, NONE, NOTHING, (x, o, in) -> Ops.div(x, Ops.add(Ops.abs(x), Ops.scalar(1)))),
        new Activation("Tanhshrink", "tanhshrink", null, NONE, NOTHING, (x, o, in) -> Ops.sub(x, Ops.tanh(x))),
    };

    static void addLayers(PyModule m) {
        for (Activation act : ALL) m.add(act.layer(), layer(act));
        m.add("RReLU", RRELU);
    }

    /** RReLU(lower=1/8, upper=1/3, inplace=False): random slopes while training, their mean in eval mode. */
    private static final PyClass RRELU = TorchNn.layer("RReLU", a -> {
        a.expect(0, 3, "lower", "upper", "inplace");
        PyInstance m = TorchNn.instance(a);
        m.setOwn("lower", Values.plain(a.option(0, "lower", 1.0 / 8)));
        m.setOwn("upper", Values.plain(a.option(1, "upper", 1.0 / 3)));
        m.setOwn("inplace", a.bool(2, "inplace", false));
        return null;
    }, a -> {
        PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
        return rrelu(a, TorchArgs.tensor(a, a.get(0)), m.own("lower"), m.own("upper"), Values.truthy(m.own("training")), Values.truthy(m.own("inplace")));
    }, a -> {
        PyInstance m = TorchNn.instance(a);
        return "lower=" + Repr.repr(m.own("lower")) + ", upper=" + Repr.repr(m.own("upper")) + (Values.truthy(m.own("inplace")) ? ", inplace=True" : "");
    });

    /**
     * PyTorch's rrelu_with_noise: while training, each entry not above 0 gets a slope drawn uniform in
     * [lower, upper) (a 64-bit draw each, in order), the others 1; otherwise leaky_relu with the
     * slope (lower + upper) / 2. One RreluWithNoiseBackward0 node either way.
     */
    private static Tensor rrelu(dev.adjoint.lang.Args a, Tensor x, Object lower, Object upper, boolean training, boolean inPlace) {
        double l = number(lower, "lower"), u = number(upper, "upper");
        if (!x.dtype().isFloating())
            throw new PyError("RuntimeError", "\"" + (training ? "rrelu_with_noise_out_cpu" : "leaky_relu_cpu") + "\" not implemented for '" + x.dtype().scalarName() + "'");
        double[] v = x.value().toArray(), noise = new double[v.length];
        dev.adjoint.random.TorchRandom r = training ? Torch.rng(a) : null;
        for (int i = 0; i < v.length; i++)
            noise[i] = training ? (v[i] <= 0 ? r.uniformDouble() * (u - l) + l : 1) : (v[i] > 0 ? 1 : (l + u) / 2);
        dev.adjoint.ndarray.NDArray n = dev.adjoint.ndarray.NDArray.of(noise, x.shape());
        return inPlace ? InPlace.rrelu(x, n) : Ops.rrelu(x, n);
    }

    static void addFunctions(PyModule m) {
        for (Activation act : ALL)
            m.add(Builtin.of(act.function(), a -> {
                String[] names = new String[act.options().length + 1];
                names[0] = "input";
                System.arraycopy(act.options(), 0, names, 1, act.options().length);
                a.expect(1, names.length, names);
                Object[] options = new Object[act.options().length];
                for (int i = 0; i < options.length; i++) options[i] = Values.plain(a.option(i + 1, act.options()[i], act.defaults()[i]));
                return apply(act, TorchArgs.tensor(a, a.option(0, "input", null)), options);
            }));
        addRrelu(m);
    }

    /** F.rrelu(input, lower=1/8, upper=1/3, training=False, inplace=False) and F.rrelu_ (in place, no inplace argument). */
    private static void addRrelu(PyModule m) {
        m.add(Builtin.of("rrelu", a -> {
            a.expect(1, 5, "input", "lower", "upper", "training", "inplace");
            return rrelu(a, TorchArgs.tensor(a, a.option(0, "input", null)), Values.plain(a.option(1, "lower", 1.0 / 8)), Values.plain(a.option(2, "upper", 1.0 / 3)),
                    a.bool(3, "training", false), a.bool(4, "inplace", false));
        }));
        m.add(Builtin.of("rrelu_", a -> {
            a.expect(1, 4, "input", "lower", "upper", "training");
            return rrelu(a, TorchArgs.tensor(a, a.option(0, "input", null)), Values.plain(a.option(1, "lower", 1.0 / 8)), Values.plain(a.option(2, "upper", 1.0 / 3)),
                    a.bool(3, "training", false), true);
        }));
    }

    private static Tensor apply(Activation act, Tensor x, Object[] options) {
        if (act.kernel() != null && !x.dtype().isFloating())
            throw new PyError("RuntimeError", "\"" + act.kernel() + "\" not implemented for '" + x.dtype().scalarName() + "'");
        int at = java.util.Arrays.asList(act.options()).indexOf("inplace");
        return act.compute().apply(x, options, at >= 0 && Values.truthy(options[at]));
    }

    private static PyClass layer(Activation act) {
        String[] options = act.options();
        return TorchNn.layer(act.layer(), a -> {
            a.expect(0, options.length, options);
            PyInstance m = TorchNn.instance(a);
            for (int i = 0; i < options.length; i++) m.setOwn(options[i], Values.plain(a.option(i, options[i], act.defaults()[i])));
            if (act.layer().equals("GELU")) approximate(m.own("approximate")); // nn.GELU checks at its first call in PyTorch; a typo is caught here at once too
            if (act.layer().equals("Hardtanh") && !(number(m.own("max_val"), "max_val") > number(m.own("min_val"), "min_val")))
                throw new PyError("AssertionError", "").withArgs(); // PyTorch's bare assert self.max_val > self.min_val: AssertionError()
            return null;
        }, a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1, "input"));
            Object[] values = new Object[options.length];
            for (int i = 0; i < options.length; i++) values[i] = m.own(options[i]);
            return apply(act, TorchArgs.tensor(a, a.get(0)), values);
        }, a -> extraRepr(act, TorchNn.instance(a)));
    }

    /** PyTorch's extra_repr: the options but inplace, each as name=repr, then ", inplace=True" when set; GELU quotes its string. */
    private static String extraRepr(Activation act, PyInstance m) {
        if (act.repr() != null) return act.repr().apply(m);
        StringBuilder sb = new StringBuilder();
        for (String option : act.options()) {
            if (option.equals("inplace")) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(option).append('=').append(Repr.repr(m.own(option)));
        }
        if (java.util.List.of(act.options()).contains("inplace") && Values.truthy(m.own("inplace"))) sb.append(sb.length() > 0 ? ", inplace=True" : "inplace=True");
        return sb.toString();
    }

    private static boolean approximate(Object v) {
        if ("none".equals(v)) return false;
        if ("tanh".equals(v)) return true;
        throw new PyError("RuntimeError", "approximate argument must be either none or tanh.");
    }

    private static Tensor celu(Tensor x, double alpha, boolean inPlace) {
        if (alpha == 0) throw new PyError("RuntimeError", "ZeroDivisionError: alpha cannot be 0 for CELU");
        return inPlace ? InPlace.elu(x, alpha, 1, true) : Ops.elu(x, alpha, 1, true);
    }

    /** softshrink's lambd, which PyTorch's kernel checks. */
    private static double lambda(Object v) {
        double l = number(v, "lambd");
        if (l < 0) throw new PyError("RuntimeError", "lambda must be greater or equal to 0, but found to be " + Repr.str(v) + ".");
        return l;
    }

    private static double number(Object v, String what) {
        if (!(v instanceof Number n)) throw PyError.type(what + " must be a number, not " + Values.typeName(v));
        return n.doubleValue();
    }
}
