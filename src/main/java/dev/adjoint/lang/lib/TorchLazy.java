package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * torch.nn's lazy modules as PyTorch 1.13's LazyModuleMixin makes them (d2l.ai's models are built
 * of them): LazyLinear, LazyConv1d/2d/3d, LazyConvTranspose1d/2d/3d, LazyBatchNorm1d and LazyBatchNorm2d, each a
 * subclass of its eager class. Construction runs the eager __init__ with no input size, warns once
 * that lazy modules are new, and leaves UninitializedParameters (and, for batch norm,
 * UninitializedBuffers) in place of the weights. The first call infers the input size from its
 * input before any other pre-hook, materializes those tensors in place (an optimizer built before
 * holds the same objects), resets them as the eager class does, drawing from the generator then,
 * and turns the module into its eager class (type(m) is Linear afterwards).
 */
final class TorchLazy {
    private TorchLazy() {}

    /** A hidden attribute: present until the module's first call (PyTorch's _initialize_hook). */
    private static final String PENDING = "_adjoint_lazy_pending";

    private static final String WARNING = "Lazy modules are a new feature under heavy development so changes to the API or functionality can happen at any moment.";

    /** Each lazy class's eager class (PyTorch's cls_to_become). */
    private static final Map<PyClass, PyClass> EAGER = new HashMap<>();

    static void addTo(PyModule m) {
        m.add("UninitializedParameter", BuiltinTypes.UNINITIALIZED_PARAMETER);
        m.add("UninitializedBuffer", BuiltinTypes.UNINITIALIZED_BUFFER);
        m.add("LazyLinear", lazy("LazyLinear", TorchNn.LINEAR, "in_features", TorchLazy::initLinear, TorchLazy::inferLinear));
        PyClass[] conv = {TorchConv.CONV1D, TorchConv.CONV2D, TorchConv.CONV3D},
                transposed = {TorchConvTranspose.CONV_TRANSPOSE1D, TorchConvTranspose.CONV_TRANSPOSE2D, TorchConvTranspose.CONV_TRANSPOSE3D};
        for (int dims = 1; dims <= 3; dims++) {
            int d = dims;
            m.add("LazyConv" + dims + "d", lazy("LazyConv" + dims + "d", conv[dims - 1], "in_channels", (a, eager) -> initConv(a, eager, CONV_PARAMETERS),
                    a -> inferConv(a, d)));
        }
        for (int dims = 1; dims <= 3; dims++) {
            int d = dims;
            m.add("LazyConvTranspose" + dims + "d", lazy("LazyConvTranspose" + dims + "d", transposed[dims - 1], "in_channels",
                    (a, eager) -> initConv(a, eager, CONV_TRANSPOSE_PARAMETERS), a -> inferConv(a, d)));
        }
        m.add("LazyBatchNorm1d", lazy("LazyBatchNorm1d", TorchLayers.BATCH_NORM1D, "num_features", TorchLazy::initBatchNorm, TorchLazy::inferBatchNorm));
        m.add("LazyBatchNorm2d", lazy("LazyBatchNorm2d", TorchLayers.BATCH_NORM2D, "num_features", TorchLazy::initBatchNorm, TorchLazy::inferBatchNorm));
    }

    /** A lazy module's __init__ body, given its eager class (whose __init__ it runs first). */
    @FunctionalInterface
    private interface Init {
        void apply(Args a, PyClass eager);
    }

    /**
     * A lazy subclass of {@code eager}: {@code init} sets it up (after the mixin's warning),
     * {@code infer} is its initialize_parameters(input) (materializes the tensors from the input's
     * shape). reset_parameters does nothing until the tensors have their shapes and {@code size}
     * (the inferred input size's attribute) is not 0.
     */
    private static PyClass lazy(String name, PyClass eager, String size, Init init, dev.adjoint.lang.Builtin.Fn infer) {
        PyClass c = PyClass.library(name, TorchSubmodules.nnModuleOf(name), eager);
        EAGER.put(c, eager);
        c.define("cls_to_become", eager);
        c.define("__init__", new dev.adjoint.lang.BuiltinMethod(name + ".__init__", a -> {
            a.interpreter().warnInLibrary("UserWarning", WARNING, "torch.nn.modules.lazy", 180);
            init.apply(a, eager);
            TorchNn.instance(a).setOwn(PENDING, true);
            return null;
        }));
        c.method("initialize_parameters", a -> hasUninitialized(TorchNn.instance(a)) ? infer.apply(a) : null);
        c.method("has_uninitialized_params", a -> hasUninitialized(TorchNn.instance(a.expect(0, 0))));
        c.method("reset_parameters", a -> {
            PyInstance m = TorchNn.instance(a.expect(0, 0));
            if (!hasUninitialized(m) && !Long.valueOf(0).equals(m.own(size))) a.interpreter().call(eager.lookup("reset_parameters"), List.of(m));
            return null;
        });
        return c;
    }

    /** Before a module's call: a lazy module not yet called infers its parameters from the input and becomes its eager class. */
    static void initializeOnFirstCall(PyInstance m, List<Object> input, Interpreter in) {
        if (!m.attributes().containsKey(PENDING)) return;
        in.callMethod(m, "initialize_parameters", input, Map.of());
        if (hasUninitialized(m)) throw new PyError("RuntimeError", "module " + m.pyClass().name() + " has not been fully initialized");
        m.deleteOwn(PENDING);
        for (PyClass c : m.pyClass().mro())
            if (EAGER.containsKey(c)) {
                m.becomeInstanceOf(EAGER.get(c));
                break;
            }
    }

    /** Whether any of the module's own parameters or buffers is still uninitialized. */
    private static boolean hasUninitialized(PyInstance m) {
        for (Object v : m.attributes().values()) if (v instanceof Tensor t && Parameter.isUninitialized(t)) return true;
        return false;
    }

    /** The eager class's __init__ run on the lazy module with these arguments and the device and dtype given (no input size: nothing drawn). */
    private static void eagerInit(Args a, PyClass eager, List<Object> positional) {
        List<Object> args = new ArrayList<>();
        args.add(TorchNn.instance(a));
        args.addAll(positional);
        Map<String, Object> keywords = new HashMap<>();
        for (String k : new String[] {"device", "dtype"}) if (a.has(k)) keywords.put(k, a.keyword(k));
        a.interpreter().call(eager.lookup("__init__"), args, keywords, a.span());
    }

    /** An uninitialized parameter in the module's attribute {@code name}. */
    private static void uninitializedParameter(PyInstance m, String name) {
        m.setOwn(name, Parameter.uninitialized(true, true));
    }

    /** The input a lazy module's first call infers its sizes from. */
    private static Tensor input(Args a) {
        return TorchArgs.tensor(a, a.expect(1, 1, "input").get(0));
    }

    /** input.shape[i], with Python's error for a tensor with too few dimensions. */
    private static long size(Tensor x, int i) {
        int[] s = x.shape();
        int at = i < 0 ? s.length + i : i;
        if (at < 0 || at >= s.length) throw PyError.index("tuple index out of range");
        return s[at];
    }

    // ---- LazyLinear(out_features, bias=True, device=None, dtype=None) ----

    private static void initLinear(Args a, PyClass eager) {
        a.expect(0, 2, "out_features", "bias", "device", "dtype");
        TorchNn.requireArguments(a, "LazyLinear", "out_features");
        PyInstance m = TorchNn.instance(a);
        eagerInit(a, eager, Arrays.asList(0L, 0L, false));
        uninitializedParameter(m, "weight");
        m.setOwn("out_features", Values.plain(a.option(0, "out_features", null)));
        if (a.bool(1, "bias", true)) uninitializedParameter(m, "bias");
    }

    /** in_features from the input's last axis; weight (out, in), bias (out); then Linear's reset. */
    private static Object inferLinear(Args a) {
        PyInstance m = TorchNn.instance(a);
        long in = size(input(a), -1);
        int out = a.intValue(m.own("out_features"), "out_features");
        m.setOwn("in_features", in);
        Parameter.materialize(Values.node(m.own("weight")), NDArray.zeros(out, (int) in));
        if (m.own("bias") instanceof Tensor b) Parameter.materialize(b, NDArray.zeros(out));
        m.call("reset_parameters");
        return null;
    }

    // ---- LazyConv1d/2d/3d(out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)
    // ---- LazyConvTranspose1d/2d/3d(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', ...)

    /** A lazy convolution's parameters before device and dtype, in order, each with its default (none for the first two). */
    private record ConvParameters(String[] names, Object[] defaults) {
        int bias() {
            return Arrays.asList(names).indexOf("bias");
        }
    }

    private static final ConvParameters CONV_PARAMETERS = new ConvParameters(
            new String[] {"out_channels", "kernel_size", "stride", "padding", "dilation", "groups", "bias", "padding_mode"},
            new Object[] {null, null, 1L, 0L, 1L, 1L, true, "zeros"});
    private static final ConvParameters CONV_TRANSPOSE_PARAMETERS = new ConvParameters(
            new String[] {"out_channels", "kernel_size", "stride", "padding", "output_padding", "groups", "bias", "dilation", "padding_mode"},
            new Object[] {null, null, 1L, 0L, 0L, 1L, true, 1L, "zeros"});

    /**
     * The eager convolution's __init__ with no channels (0, 0) and no bias, the rest as given (so its
     * checks run on them, PyTorch's padding_mode message naming the lazy class); then uninitialized
     * weights and, unless bias=False, bias, and out_channels as given.
     */
    private static void initConv(Args a, PyClass eager, ConvParameters p) {
        String[] names = Arrays.copyOf(p.names(), p.names().length + 2);
        names[names.length - 2] = "device";
        names[names.length - 1] = "dtype";
        a.expect(0, names.length, names);
        TorchNn.requireArguments(a, "Lazy" + eager.name(), "out_channels", "kernel_size");
        PyInstance m = TorchNn.instance(a);
        List<Object> args = new ArrayList<>(Arrays.asList(0L, 0L)); // in_channels, out_channels
        for (int i = 1; i < p.names().length; i++) args.add(i == p.bias() ? false : a.option(i, p.names()[i], p.defaults()[i]));
        eagerInit(a, eager, args);
        uninitializedParameter(m, "weight");
        m.setOwn("out_channels", Values.plain(a.option(0, "out_channels", null)));
        if (a.bool(p.bias(), "bias", true)) uninitializedParameter(m, "bias");
    }

    /**
     * in_channels from the channel axis of a batched or unbatched input; weight (out, in/groups, *kernel),
     * or for a transposed convolution (in, out/groups, *kernel), bias (out); then the eager reset.
     */
    private static Object inferConv(Args a, int dims) {
        PyInstance m = TorchNn.instance(a);
        Tensor x = input(a);
        if (x.ndim() != dims + 1 && x.ndim() != dims + 2)
            throw new PyError("RuntimeError", "Expected " + (dims + 1) + "D (unbatched) or " + (dims + 2) + "D (batched) input to " + m.pyClass().name()
                    + ", but got input of size: torch.Size(" + Tensor.torchShape(x.shape()) + ")");
        int in = x.shape()[x.ndim() == dims + 2 ? 1 : 0], groups = a.intValue(m.own("groups"), "groups"), out = a.intValue(m.own("out_channels"), "out_channels");
        m.setOwn("in_channels", (long) in);
        if (in % groups != 0) throw PyError.value("in_channels must be divisible by groups");
        boolean transposed = Values.truthy(m.own("transposed"));
        int[] shape = new int[dims + 2];
        shape[0] = transposed ? in : out;
        shape[1] = Math.floorDiv(transposed ? out : in, groups);
        List<Object> kernel = Values.items(m.own("kernel_size"));
        for (int i = 0; i < dims; i++) shape[2 + i] = a.intValue(kernel.get(i), "kernel_size");
        Parameter.materialize(Values.node(m.own("weight")), NDArray.zeros(shape));
        if (m.own("bias") instanceof Tensor b) Parameter.materialize(b, NDArray.zeros(out));
        m.call("reset_parameters");
        return null;
    }

    // ---- LazyBatchNorm1d/2d(eps=1e-5, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None) ----

    private static void initBatchNorm(Args a, PyClass eager) {
        a.expect(0, 4, "eps", "momentum", "affine", "track_running_stats", "device", "dtype");
        PyInstance m = TorchNn.instance(a);
        eagerInit(a, eager, Arrays.asList(0L, a.option(0, "eps", 1e-5), a.option(1, "momentum", 0.1), false, false)); // affine, track_running_stats False
        boolean affine = a.bool(2, "affine", true), track = a.bool(3, "track_running_stats", true);
        m.setOwn("affine", affine);
        m.setOwn("track_running_stats", track);
        if (affine) {
            uninitializedParameter(m, "weight");
            uninitializedParameter(m, "bias");
        }
        if (track) {
            TorchNn.registerBuffer(m, "running_mean", Parameter.uninitialized(false, false));
            TorchNn.registerBuffer(m, "running_var", Parameter.uninitialized(false, false));
            TorchNn.registerBuffer(m, "num_batches_tracked", Tensor.constant(NDArray.scalar(0), dev.adjoint.autograd.DType.INT64));
        }
    }

    /** num_features from the input's channel axis (dimension 1); the weights, bias and running statistics of that size; then the eager reset. */
    private static Object inferBatchNorm(Args a) {
        PyInstance m = TorchNn.instance(a);
        int c = (int) size(input(a), 1);
        m.setOwn("num_features", (long) c);
        for (String name : new String[] {"weight", "bias", "running_mean", "running_var"})
            if (m.own(name) instanceof Tensor t && Parameter.isUninitialized(t)) Parameter.materialize(t, NDArray.zeros(c));
        m.call("reset_parameters");
        return null;
    }
}
