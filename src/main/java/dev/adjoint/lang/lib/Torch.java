package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.GradModeContext;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TensorData;
import dev.adjoint.lang.TensorFunctions;
import dev.adjoint.lang.TorchDtype;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.TorchRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code import torch}: the library under PyTorch's names with PyTorch 1.13's semantics. Every
 * function of a tensor is {@link TensorFunctions}' (so {@code torch.sum(x, 1)} is
 * {@code x.sum(1)}); here are the constructors, grad mode, dtypes, the random seed and the
 * submodules nn, nn.functional, optim, autograd and autograd.functional. float64 is the only
 * floating type: float32 and float16 are accepted and computed in float64. Random draws come from
 * PyTorch's own generator ({@link TorchRandom}), so manual_seed gives PyTorch's numbers.
 */
public final class Torch {
    private Torch() {}

    /** Adds torch and its submodules to import's registry. */
    public static void register(Map<String, Supplier<PyModule>> registry) {
        registry.put("torch", Torch::module);
        registry.put("torch.nn", TorchNn::module);
        registry.put("torch.version", Torch::version);
        registry.put("torch.nn.functional", TorchNn::functional);
        registry.put("torch.nn.init", TorchNn::init);
        registry.put("torch.nn.utils", TorchNnUtils::module);
        registry.put("torch.nn.utils.rnn", TorchRnnUtils::module);
        registry.put("torch.optim", TorchOptim::module);
        registry.put("torch.optim.lr_scheduler", TorchLrScheduler::module);
        registry.put("torch.autograd", TorchAutograd::module);
        registry.put("torch.autograd.functional", TorchAutograd::functional);
        registry.put("torch.autograd.graph", TorchSavedTensorsHooks::module);
        registry.put("torch.utils", TorchData::utils);
        registry.put("torch.utils.data", TorchData::module);
        registry.put("torch.linalg", TorchLinalg::module);
        registry.put("torch.distributions", TorchDistributions::module);
        registry.put("torch.distributions.kl", TorchDistributions::klModule);
        registry.put("torch.special", Torch::special);
        registry.put("torch.testing", TorchTesting::module);
        registry.put("torch.distributions.constraints", DistributionSupports::constraints);
        // mixed precision: torch.cuda (torch's own member) holds amp, torch.cpu too, as PyTorch's packages
        registry.put("torch.cuda", new dev.adjoint.lang.Modules.FromParent("torch", torch -> (PyModule) torch.members().get("cuda")));
        registry.put("torch.cuda.amp", TorchAmp::cudaAmp);
        registry.put("torch.amp", TorchAmp::amp);
        registry.put("torch.jit", TorchJit::module);
        registry.put("torch.cpu", new dev.adjoint.lang.Modules.FromParent("torch", torch -> (PyModule) torch.members().get("cpu")));
        registry.put("torch.cpu.amp", TorchAmp::cpuAmp);
        TorchSubmodules.register(registry); // torch.utils.data.sampler, torch.distributions.normal, torch.nn.modules.loss, ...
    }

    /** torch.special: SciPy's names for functions torch also has under its own (expit is sigmoid, psi digamma, gammaln lgamma). */
    static PyModule special() {
        PyModule m = new PyModule("torch.special");
        String[][] names = {{"expit", "sigmoid"}, {"logit", "logit"}, {"erf", "erf"}, {"erfc", "erfc"}, {"erfinv", "erfinv"},
            {"digamma", "digamma"}, {"psi", "digamma"}, {"polygamma", "polygamma"}, {"gammaln", "lgamma"}, {"sinc", "sinc"},
            {"exp2", "exp2"}, {"expm1", "expm1"}, {"log1p", "log1p"}, {"xlogy", "xlogy"},
            {"softmax", "softmax"}, {"log_softmax", "log_softmax"}, {"logsumexp", "logsumexp"}};
        // PyTorch names each special_<name> (its repr and messages say so)
        for (String[] n : names) m.add(n[0], Builtin.of("special_" + n[0], TensorFunctions.table().get(n[1])));
        m.add("ndtr", Builtin.of("special_ndtr", a -> Ops.ndtr(specialInput(a))));
        m.add("entr", Builtin.of("special_entr", a -> Ops.entr(specialInput(a))));
        // the modified Bessel functions; PyTorch names each special_i0, special_i0e, ... (its messages say so)
        Map<String, java.util.function.UnaryOperator<Tensor>> bessel = Map.of("i0", Ops::i0, "i0e", Ops::i0e, "i1", Ops::i1, "i1e", Ops::i1e);
        for (String name : List.of("i0", "i0e", "i1", "i1e"))
            m.add(name, Builtin.of("special_" + name, a -> bessel.get(name).apply(specialInput(a))));
        TorchOut.addTo(m, Set.of("softmax", "log_softmax")); // the two PyTorch 1.13 defines without out=
        return m;
    }

    /** The one tensor argument of a torch.special function, by position or as input=. */
    private static Tensor specialInput(Args a) {
        if (a.size() == 0 && !a.has("input")) throw PyError.type(a.function() + "() missing 1 required positional arguments: \"input\"");
        return TorchArgs.tensor(a, a.expect(a.size() == 0 ? 0 : 1, 1, "input").option(0, "input", null));
    }

    private static final String COPY_CONSTRUCT_WARNING = "To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach()"
            + " or sourceTensor.clone().detach().requires_grad_(True), rather than torch.tensor(sourceTensor).";

    static PyModule module() {
        PyModule m = new PyModule("torch");
        for (Map.Entry<String, Builtin.Fn> e : TensorFunctions.table().entrySet()) m.add(Builtin.of(e.getKey(), e.getValue()));
        m.add(Builtin.of("where", Torch::where));
        m.add(Builtin.of("normal", TorchSampling::normal));
        m.add(Builtin.of("cdist", a -> { // cdist(x1, x2, p=2.0, compute_mode=...): every mode computes the distances directly
            a.expect(2, 4, "x1", "x2", "p", "compute_mode");
            return Ops.cdist(TorchArgs.tensor(a, a.get(0)), TorchArgs.tensor(a, a.get(1)), a.number(2, "p", 2));
        }));
        m.add(Builtin.of("tensor", a -> {
            a.expect(1, 1, "dtype", "requires_grad", "device");
            Object data = a.get(0);
            if (Values.node(data) != null && !(data instanceof Tensor)) data = Values.plain(data);
            if (data instanceof Tensor) a.interpreter().warnAtCall("UserWarning", COPY_CONSTRUCT_WARNING, a.span());
            Tensor t = TensorData.torch(data, dtype(a, null));
            return requiresGrad(a, t.asksFloat64(asksFloat64(a)));
        }));
        m.add(Builtin.of("from_numpy", Torch::fromNumpy));
        TorchTypeInfo.addTo(m);
        TorchThreads.addTo(m);
        TorchTypeInfo.addPromotionTo(m);
        TorchLegacy.addTo(m);
        TorchIndices.addTo(m);
        TorchCombining.addTo(m);
        m.add(Builtin.of("_weight_norm", a -> Ops.weightNorm(TorchArgs.tensor(a, a.expect(2, 3, "v", "g", "dim").get(0)), TorchArgs.tensor(a, a.get(1)),
                a.integer(2, "dim", 0))));
        m.add(Builtin.of("norm_except_dim", a -> Ops.normExceptDim(TorchArgs.tensor(a, a.expect(1, 3, "v", "pow", "dim").get(0)), a.number(1, "pow", 2),
                a.integer(2, "dim", 0))));
        TorchIntegration.addTo(m);
        TorchSimilarityAndPadding.addDistances(m);
        m.add(Builtin.of("chain_matmul", a -> { // deprecated in 1.13 for linalg.multi_dot; one matrix comes back copied
            a.expect(0, Integer.MAX_VALUE);
            a.interpreter().warnOnceAtCall("UserWarning", "torch.chain_matmul is deprecated and will be removed in a future PyTorch release. "
                    + "Use torch.linalg.multi_dot instead, which accepts a list of two or more tensors rather than multiple parameters.", a.span(), null);
            List<Tensor> ms = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) ms.add(TorchArgs.tensor(a, a.get(i)));
            for (Tensor t : ms) if (t.ndim() != 2) throw new PyError("RuntimeError", "Tensor dimension is " + t.ndim() + ", expected 2 instead.");
            if (ms.isEmpty()) throw new PyError("RuntimeError", "chain_matmul(): Expected one or more matrices");
            return ms.size() == 1 ? Ops.clone(ms.get(0)) : dev.adjoint.lang.MatrixFunctions.multiDot(ms);
        }));
        m.add(Builtin.of("as_tensor", a -> {
            a.expect(1, 1, "dtype", "device");
            Object data = a.get(0);
            if (data instanceof Tensor t && (a.keyword("dtype") == null || dtype(a, null) == t.dtype())) return t;
            Tensor shared = dev.adjoint.lang.lib.numpy.Numpy.sharedTensor(data); // an array's data is shared, as from_numpy's
            if (shared != null && (a.keyword("dtype") == null || dtype(a, null) == shared.dtype())) return shared;
            return TensorData.torch(Values.plain(data), dtype(a, null));
        }));
        m.add(constructor("zeros", (a, s, d) -> NDArray.zeros(s)));
        m.add(constructor("ones", (a, s, d) -> NDArray.ones(s)));
        m.add(constructor("empty", (a, s, d) -> NDArray.zeros(s)));
        m.add(constructor("rand", (a, s, d) -> rng(a).uniform(s, 0, 1, drawsDoubles(a))));
        m.add(constructor("randn", (a, s, d) -> rng(a).normal(s, 0, 1, drawsDoubles(a))));
        m.add(Builtin.of("full", a -> {
            a.expect(2, 2, "dtype", "requires_grad", "device", "fill_value", "size");
            Object fill = Values.torchNumber(a.option(1, "fill_value", null)); // np.int64(3) fills an int64 tensor
            DType inferred = fill instanceof Boolean ? DType.BOOL : PyNumbers.isInt(fill) ? DType.INT64 : DType.FLOAT64, d = dtype(a, inferred);
            double v = number(a, fill, "fill_value");
            TensorData.checkConvertible(fill, d);
            return leaf(a, NDArray.full(v, a.size() > 0 ? TensorFunctions.sizeArgument(a, a.get(0), 1) : TensorFunctions.sizeArgument(a, a.keyword("size"), 0)), d);
        }));
        m.add(Builtin.of("eye", a -> {
            a.expect(1, 2, "dtype", "requires_grad", "device");
            int n = a.integer(0), cols = a.size() > 1 ? a.integer(1) : n;
            if (n < 0) throw new PyError("RuntimeError", "n must be greater or equal to 0, got " + n);
            if (cols < 0) throw new PyError("RuntimeError", "m must be greater or equal to 0, got " + cols);
            return leaf(a, NDArray.eye(n, cols), dtype(a, DType.FLOAT64));
        }));
        m.add(Builtin.of("arange", Torch::arange));
        m.add(Builtin.of("linspace", a -> {
            a.expect(0, 3, "dtype", "requires_grad", "device", "start", "end", "steps");
            requireArguments(a, "linspace", "start", "end", "steps");
            double lo = number(a, a.option(0, "start", null), "start"), hi = number(a, a.option(1, "end", null), "end");
            int n = a.intValue(a.option(2, "steps", null), "steps");
            if (n < 0) throw PyError.value("number of steps must be non-negative");
            DType d = dtype(a, DType.FLOAT64);
            if (d == DType.BOOL) throw new PyError("RuntimeError", "\"linspace_cpu\" not implemented for 'Bool'");
            if (d.isFloating()) return leaf(a, NDArray.of(TorchRanges.linspace(lo, hi, n), n), d);
            TensorData.checkConvertible(a.option(0, "start", null), d); // the ends are converted to the type first, as PyTorch's kernel does
            TensorData.checkConvertible(a.option(1, "end", null), d);
            return leaf(a, NDArray.of(TorchRanges.linspace(d.wrap((long) lo), d.wrap((long) hi), n, d), n), d);
        }));
        m.add(Builtin.of("logspace", a -> { // logspace(start, end, steps, base=10.0)
            a.expect(0, 4, "dtype", "requires_grad", "device", "start", "end", "steps", "base");
            requireArguments(a, "logspace", "start", "end", "steps");
            double lo = number(a, a.option(0, "start", null), "start"), hi = number(a, a.option(1, "end", null), "end");
            int n = a.intValue(a.option(2, "steps", null), "steps");
            if (n < 0) throw PyError.value("number of steps must be non-negative");
            DType d = dtype(a, DType.FLOAT64);
            double[] v = TorchRanges.logspace(lo, hi, n, number(a, a.option(3, "base", 10.0), "base"));
            if (d == DType.INT64) for (int i = 0; i < n; i++) v[i] = (long) v[i]; // the power cast to an integer, as PyTorch's int64 logspace
            return leaf(a, NDArray.of(v, n), d);
        }));
        m.add(Builtin.of("std_mean", a -> TensorFunctions.spreadAndMean(a, true)));
        m.add(Builtin.of("var_mean", a -> TensorFunctions.spreadAndMean(a, false)));
        m.add(Builtin.of("randint", a -> {
            a.expect(0, 4, "dtype", "requires_grad", "device", "size", "low", "high", "generator");
            // randint(high, size) or randint(low, high, size), each also by keyword
            List<Object> bounds = new ArrayList<>(a.positional());
            Object sizeArg = a.has("size") ? a.keyword("size") : bounds.isEmpty() ? null : bounds.remove(bounds.size() - 1);
            if (a.has("high")) bounds.add(a.keyword("high"));
            if (a.has("low")) bounds.add(0, a.keyword("low"));
            if (sizeArg == null || bounds.isEmpty() || bounds.size() > 2 || bounds.size() == 2 && !(Values.plain(sizeArg) instanceof List<?>))
                throw randintOverloads(a);
            Object lowArg = bounds.size() == 2 ? Values.plain(bounds.get(0)) : 0L, highArg = Values.plain(bounds.get(bounds.size() - 1));
            int[] s = TensorFunctions.sizeArgument(a, sizeArg, a.has("size") ? 0 : a.size());
            if (lowArg instanceof java.math.BigInteger || highArg instanceof java.math.BigInteger) throw TensorData.overflow();
            long low = Values.toLong(lowArg, "low"), high = Values.toLong(highArg, "high");
            if (high <= low) throw new PyError("RuntimeError", "random_ expects 'from' to be less than 'to', but got from=" + low + " >= to=" + high);
            DType d = dtype(a, DType.INT64);
            if (!d.isFloating()) { // the bounds must fit the type, as PyTorch's random_ checks them
                long least = d == DType.BOOL ? 0 : d.least(), greatest = d == DType.BOOL ? 1 : d.greatest();
                if (low < least) throw new PyError("RuntimeError", "from is out of bounds for " + d.cName());
                if (high - 1 > greatest) throw new PyError("RuntimeError", "to - 1 is out of bounds for " + d.cName());
            } else {
                warnIfInexact(a, low, "from");
                warnIfInexact(a, high - 1, "to - 1");
            }
            return leaf(a, rng(a).randint(low, high, s), d);
        }));
        m.add(Builtin.of("randperm", a -> {
            a.expect(1, 1, "dtype", "requires_grad", "device", "generator");
            int n = a.integer(0);
            if (n < 0) throw new PyError("RuntimeError", "Trying to create tensor with negative dimension " + n + ": [" + n + "]");
            int[] order = (a.keyword("generator") != null ? TorchGenerator.forRandperm(a.keyword("generator")) : rng(a)).randperm(n);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = order[i];
            return leaf(a, NDArray.of(v, n), dtype(a, DType.INT64));
        }));
        for (String name : List.of("zeros_like", "ones_like", "empty_like", "rand_like", "randn_like", "full_like"))
            m.add(Builtin.of(name, a -> like(a, name)));
        m.add(Builtin.of("stack", a -> {
            a.expect(1, 2, "dim", "tensors");
            List<Tensor> ts = TorchArgs.tensors(a, a.option(0, "tensors", null));
            return Ops.stack(ts, a.integer(1, "dim", 0));
        }));
        // vstack/hstack/column_stack: cat after raising each tensor to the rank the stacking needs (atleast_2d, atleast_1d, columns)
        m.add(Builtin.of("vstack", a -> stacked(a, 0, t -> atLeast(t, 2))));
        m.add(Builtin.of("hstack", a -> {
            List<Tensor> ts = TorchArgs.tensors(a.expect(1, 1, "tensors"), a.option(0, "tensors", null));
            return stacked(a, ts.isEmpty() || ts.get(0).ndim() <= 1 ? 0 : 1, t -> atLeast(t, 1));
        }));
        m.add(Builtin.of("row_stack", a -> stacked(a, 0, t -> atLeast(t, 2))));
        m.add(Builtin.of("dstack", a -> stacked(a, 2, t -> atLeast(t, 3))));
        for (int rank = 1; rank <= 3; rank++) {
            int r = rank;
            m.add(Builtin.of("atleast_" + r + "d", a -> atLeast(a, r)));
        }
        m.add(Builtin.of("broadcast_tensors", Torch::broadcastTensors));
        m.add(Builtin.of("column_stack", a -> stacked(a, 1, t -> t.ndim() == 0 ? Ops.reshape(t, 1, 1) : t.ndim() == 1 ? Ops.unsqueeze(t, 1) : t)));
        Builtin cat = Builtin.of("cat", Torch::cat);
        m.add(cat);
        m.add("concat", cat);
        m.add(Builtin.of("manual_seed", a -> { // returns the default generator, as PyTorch does (generator=torch.manual_seed(0))
            long seed = Values.toLong(Values.plain(a.expect(1, 1).get(0)), "seed");
            rng(a).seed(seed);
            return TorchGenerator.ofSession(rng(a));
        }));
        m.add(Builtin.of("get_rng_state", a -> TorchRngState.of(rng(a.expect(0, 0)))));
        m.add(Builtin.of("set_rng_state", a -> {
            TorchRngState.restore(rng(a), a.expect(1, 1, "new_state").option(0, "new_state", null));
            return null;
        }));
        m.add(Builtin.of("randint_like", a -> {
            a.expect(1, 3, "low", "high", "dtype", "requires_grad", "device", "memory_format", "layout", "pin_memory");
            Tensor x = TorchArgs.tensor(a, a.get(0));
            Object lo = a.keyword("low"), hi = a.keyword("high");
            List<Object> bounds = a.positional().subList(1, a.size()); // (high) or (low, high), either also by keyword
            if (bounds.size() == 2) {
                lo = bounds.get(0);
                hi = bounds.get(1);
            } else if (bounds.size() == 1) {
                if (hi == null) hi = bounds.get(0);
                else lo = bounds.get(0);
            }
            if (hi == null) throw PyError.type("randint_like() missing required argument 'high'");
            long low = lo == null ? 0 : Values.toLong(Values.plain(lo), "low"), high = Values.toLong(Values.plain(hi), "high");
            if (high <= low) throw new PyError("RuntimeError", "random_ expects 'from' to be less than 'to', but got from=" + low + " >= to=" + high);
            return leaf(a, rng(a).randint(low, high, x.shape()), dtype(a, x.dtype()));
        }));
        m.add(Builtin.of("is_anomaly_enabled", a -> {
            a.expect(0, 0);
            return dev.adjoint.autograd.Anomaly.checksNan();
        }));
        m.add(Builtin.of("initial_seed", a -> {
            a.expect(0, 0);
            return rng(a).initialSeed();
        }));
        m.add("no_grad", GradModeContext.NO_GRAD);
        m.add("inference_mode", dev.adjoint.lang.InferenceModeContext.CLASS);
        m.add(Builtin.of("is_inference_mode_enabled", a -> {
            a.expect(0, 0);
            return dev.adjoint.autograd.InferenceMode.isEnabled();
        }));
        m.add("enable_grad", GradModeContext.ENABLE_GRAD);
        m.add("set_grad_enabled", GradModeContext.SET_GRAD_ENABLED);
        m.add(Builtin.of("is_grad_enabled", a -> GradMode.isEnabled()));
        m.add(Builtin.of("set_default_dtype", a -> {
            DType d = dtype(a.expect(1, 1), TorchDtype.of(a.get(0), a));
            if (!d.isFloating()) throw PyError.type("only floating-point types are supported as the default type");
            // float64 is the only floating type: float32 is accepted and computed in float64; draws follow the request
            rng(a).setDefaultDouble(a.get(0) instanceof TorchDtype t ? t.name().equals("torch.float64") : true);
            return null;
        }));
        m.add(Builtin.of("set_printoptions", PrintOptions::set));
        m.add(Builtin.of("get_default_dtype", a -> TorchDtype.FLOAT64));
        m.add(Builtin.of("is_tensor", a -> a.expect(1, 1).get(0) instanceof Tensor));
        m.add(Builtin.of("numel", a -> (long) TorchArgs.tensor(a, a.expect(1, 1).get(0)).value().size()));
        m.add(Builtin.of("broadcast_shapes", a -> dev.adjoint.lang.TorchSize.of(broadcastShapes(a))));
        m.add("Tensor", BuiltinTypes.TENSOR);
        m.add("Size", dev.adjoint.lang.TorchSize.CLASS);
        dtypes(m);
        m.add("e", Math.E);
        m.add("pi", Math.PI);
        m.add("inf", Double.POSITIVE_INFINITY);
        m.add("nan", Double.NaN);
        m.add("__version__", VERSION); // PyTorch's semantics (README); scripts parse it as numbers
        m.add("version", version());
        TorchOut.addTo(m); // every function so far takes out=
        // to a file in memory (io.BytesIO) and back; a path's archive is kept in the session's memory, not on disk (README, Security)
        m.add(Builtin.of("save", a -> {
            a.expect(2, 5, "obj", "f", "pickle_module", "pickle_protocol", "_use_new_zipfile_serialization");
            if (!Values.truthy(a.option(4, "_use_new_zipfile_serialization", true)))
                throw PyError.notSupported("torch.save(..., _use_new_zipfile_serialization=False) (PyTorch's legacy format)");
            dev.adjoint.lang.TorchArchive.saveTo(a.option(0, "obj", null), a.option(1, "f", null), a);
            return null;
        }));
        m.add(Builtin.of("load", a -> {
            a.expect(1, 3, "f", "map_location", "pickle_module", "weights_only", "mmap", "encoding");
            return dev.adjoint.lang.TorchArchive.loadFrom(a.option(0, "f", null), a.interpreter()); // every tensor is on the CPU: map_location changes nothing
        }));
        // torch.nn, torch.optim, torch.utils.data, ...: import binds the registry's submodules as attributes, so
        // torch.nn is the module import torch.nn gives (its classes the same objects), and torch.nn.Linear works without import torch.nn
        m.add("cuda", cuda());
        TorchAmp.addTo(m);
        m.add("device", TorchDevice.CLASS);
        m.add("Generator", TorchGenerator.CLASS);
        m.add("dtype", dev.adjoint.lang.TorchDtype.CLASS);
        m.add("backends", backends());
        return m;
    }

    /** torch.from_numpy(a): a tensor sharing the array's data (numpy's) and its type; the unsigned types PyTorch refuses are refused with its TypeError. */
    private static Object fromNumpy(Args a) {
        Object t = dev.adjoint.lang.lib.numpy.Numpy.toTensor(a);
        String type = ((dev.adjoint.lang.lib.numpy.NpArray) a.get(0)).dtypeName();
        if (type.equals("uint16") || type.equals("uint32") || type.equals("uint64"))
            throw PyError.type("can't convert np.ndarray of type numpy." + type
                    + ". The only supported types are: float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint8, and bool.");
        return t;
    }

    /** Tutorials begin with `device = "cuda" if torch.cuda.is_available() else "cpu"`: adjoint runs on the CPU only. */
    private static PyModule cuda() {
        PyModule cuda = new PyModule("torch.cuda");
        cuda.add(Builtin.of("is_available", a -> {
            a.expect(0, 0);
            return false;
        }));
        cuda.add(Builtin.of("device_count", a -> {
            a.expect(0, 0);
            return 0L;
        }));
        // what a CPU build of PyTorch does: seeding and emptying the cache are accepted and do nothing,
        // what needs a GPU fails with PyTorch's AssertionError
        for (String name : List.of("manual_seed", "manual_seed_all"))
            cuda.add(Builtin.of(name, a -> {
                a.expect(1, 1, "seed");
                return null;
            }));
        cuda.add(Builtin.of("empty_cache", a -> {
            a.expect(0, 0);
            return null;
        }));
        for (String name : List.of("synchronize", "current_device", "get_device_name", "set_device", "memory_allocated"))
            cuda.add(Builtin.of(name, a -> {
                throw TorchDevice.noCuda();
            }));
        return cuda;
    }

    /**
     * The release whose behaviour adjoint follows. Debian's build calls itself 1.13.0a0, a
     * pre-release tag that would make {@code packaging.version.parse(torch.__version__) >= parse("1.13")}
     * false; adjoint says 1.13.0.
     */
    private static final String VERSION = "1.13.0";

    /** torch.version: the version, and no CUDA or ROCm (scripts test {@code torch.version.cuda is None}). */
    static PyModule version() {
        PyModule v = new PyModule("torch.version");
        v.add("__version__", VERSION);
        v.add("cuda", null);
        v.add("hip", null);
        v.add("debug", false);
        return v;
    }

    /** PyTorch's quickstart picks its device with `torch.backends.mps.is_available()` after cuda's: no Apple GPU either. */
    private static PyModule backends() {
        PyModule mps = new PyModule("torch.backends.mps");
        for (String name : new String[] {"is_available", "is_built"})
            mps.add(Builtin.of(name, a -> {
                a.expect(0, 0);
                return false;
            }));
        PyModule backends = new PyModule("torch.backends");
        backends.add("mps", mps);
        backends.add("cudnn", new CudnnFlags());
        return backends;
    }

    private static void dtypes(PyModule m) {
        String[][] floats = {{"float64", "double"}, {"float32", "float"}, {"float16", "half"}, {"bfloat16"}};
        for (String[] names : floats) {
            TorchDtype d = names[0].equals("float64") ? TorchDtype.FLOAT64 : new TorchDtype(DType.FLOAT64, "torch." + names[0]);
            for (String n : names) m.add(n, d);
        }
        String[][] ints = {{"int64", "long"}, {"int32", "int"}, {"int16", "short"}, {"int8"}, {"uint8"}};
        DType[] types = {DType.INT64, DType.INT32, DType.INT16, DType.INT8, DType.UINT8};
        for (int i = 0; i < ints.length; i++)
            for (String n : ints[i]) m.add(n, TorchDtype.of(types[i]));
        m.add("bool", TorchDtype.BOOL);
    }

    // ---- constructors ----

    private interface Fill {
        NDArray make(Args a, int[] shape, DType dtype);
    }

    /** zeros(*size, dtype=None, requires_grad=False, device=None) and friends. */
    private static Builtin constructor(String name, Fill fill) {
        return Builtin.of(name, a -> {
            a.expect(0, Integer.MAX_VALUE, "dtype", "requires_grad", "device", "size", "generator", "layout", "pin_memory", "out");
            int[] shape = TensorFunctions.created(TorchArgs.sizes(a, 0));
            DType d = dtype(a, DType.FLOAT64);
            return leaf(a, fill.make(a, shape, d), d);
        });
    }

    /** PyTorch's TypeError for a required argument given neither by position nor by keyword. */
    private static void requireArguments(Args a, String function, String... names) {
        for (int i = 0; i < names.length; i++)
            if (i >= a.size() && !a.has(names[i])) throw PyError.type(function + "() missing 1 required positional arguments: \"" + names[i] + "\"");
    }

    private static Tensor leaf(Args a, NDArray values, DType dtype) {
        return requiresGrad(a, Tensor.constant(values, dtype).asksFloat64(asksFloat64(a)));
    }

    /** Whether a factory's dtype= asks for float64 (see {@link Tensor#asksFloat64()}). */
    static boolean asksFloat64(Args a) {
        return a.has("dtype") && drawsDoubles(a);
    }

    static Tensor requiresGrad(Args a, Tensor t) {
        if (a.flag("requires_grad", false)) {
            if (!t.dtype().isFloating()) throw new PyError("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients");
            t.setRequiresGrad(true);
        }
        return t;
    }

    /** randint's overload error for a size that is no sequence after both bounds (randint(0, 10, 3), a classic slip). */
    private static PyError randintOverloads(Args a) {
        String tail = ", *, torch.Generator generator, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n";
        String plain = ", *, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n";
        return PyError.type("randint() received an invalid combination of arguments - got (" + a.overloadTypes(false) + "), but expected one of:\n"
                + " * (int high, tuple of ints size" + tail + " * (int high, tuple of ints size" + plain
                + " * (int low, int high, tuple of ints size" + tail + " * (int low, int high, tuple of ints size" + plain);
    }

    /**
     * PyTorch's warning (DistributionTemplates.h) for a randint bound past the integers the requested
     * floating type holds exactly (±2^digits), named by its C++ type, though adjoint draws in float64.
     */
    private static void warnIfInexact(Args a, long bound, String what) {
        String requested = a.keyword("dtype") instanceof TorchDtype t ? t.name() : "torch.float64";
        int digits;
        String type;
        switch (requested) {
            case "torch.float32" -> { digits = 24; type = "float"; }
            case "torch.float16" -> { digits = 11; type = "c10::Half"; }
            case "torch.bfloat16" -> { digits = 8; type = "c10::BFloat16"; }
            default -> { digits = 53; type = "double"; }
        }
        if (bound > (1L << digits) || bound < -(1L << digits))
            a.interpreter().warnAtCall("UserWarning", what + " is out of bounds [-(2^" + digits + "), 2^" + digits + "]. Due to precision limitations "
                    + type + " can support discrete uniform distribution only within this range. This warning will become an error in version 1.7"
                    + " release, please fix the code in advance (Triggered internally at  ./aten/src/ATen/native/DistributionTemplates.h:"
                    + (what.equals("from") ? 94 : 95) + ".)", a.span());
    }

    static DType dtype(Args a, DType absent) {
        if (a.has("device")) TorchDevice.placeOn(a.keyword("device")); // every factory reads its dtype here: its device= too
        Object v = a.keyword("dtype");
        return v == null ? absent : TorchDtype.of(v, a);
    }

    private static double number(Args a, Object v, String what) {
        Object p = Values.torchNumber(v);
        if (PyNumbers.isNumber(p)) return PyNumbers.approx(p);
        if (p instanceof Tensor t && t.value().size() == 1) return t.item();
        throw PyError.type(a.function() + "(): argument '" + what + "' must be Number, not " + Values.typeName(v));
    }

    static int[] size(Args a, Object v) {
        Object p = Values.plain(v);
        if (p instanceof List<?> l) {
            int[] s = new int[l.size()];
            for (int i = 0; i < s.length; i++) s[i] = Values.toInt(Values.plain(l.get(i)), "size");
            return s;
        }
        return new int[] {Values.toInt(p, "size")};
    }

    /** The generator a draw takes: the one passed as {@code generator=}, else the session's PyTorch generator. */
    static TorchRandom rng(Args a) {
        return TorchGenerator.of(a);
    }

    /**
     * Whether a draw takes PyTorch's float64 stream: dtype=torch.float64 (or Python's float) asks
     * for it, another floating dtype for float32's; without dtype=, the default dtype decides.
     */
    static boolean drawsDoubles(Args a) {
        Object v = a.keyword("dtype");
        if (v == null) return a.interpreter().torchRandom().defaultDouble(); // the default dtype is the session's, whichever generator draws
        return v instanceof TorchDtype d ? d.name().equals("torch.float64") : v instanceof PyClass c && c.name().equals("float");
    }

    /** arange(end), arange(start, end, step): int64 when every bound is an int, as PyTorch. */
    private static Tensor arange(Args a) {
        a.expect(1, 3, "dtype", "requires_grad", "device", "start", "end", "step");
        List<Object> bounds = new ArrayList<>(a.positional());
        boolean ints = true;
        for (Object b : bounds) ints &= PyNumbers.isInt(Values.torchNumber(b)) && !(Values.torchNumber(b) instanceof Boolean);
        double start = bounds.size() > 1 ? number(a, bounds.get(0), "start") : 0;
        double end = number(a, bounds.get(bounds.size() > 1 ? 1 : 0), "end");
        double step = bounds.size() > 2 ? number(a, bounds.get(2), "step") : 1;
        if (step == 0) throw new PyError("RuntimeError", "step must be nonzero");
        if ((end - start) / step < 0)
            throw new PyError("RuntimeError", "upper bound and larger bound inconsistent with step sign");
        return leaf(a, NDArray.arange(start, end, step), dtype(a, ints ? DType.INT64 : DType.FLOAT64));
    }

    private static Tensor like(Args a, String name) {
        a.expect(name.equals("full_like") ? 2 : 1, name.equals("full_like") ? 2 : 1, "dtype", "requires_grad", "device", "fill_value", "memory_format");
        Tensor x = TorchArgs.tensor(a, a.get(0));
        DType d = dtype(a, x.dtype());
        int[] s = x.shape();
        NDArray v = switch (name) {
            case "ones_like" -> NDArray.ones(s);
            case "rand_like" -> rng(a).uniform(s, 0, 1, drawsDoubles(a));
            case "randn_like" -> rng(a).normal(s, 0, 1, drawsDoubles(a));
            case "full_like" -> NDArray.full(number(a, a.get(1), "fill_value"), s);
            default -> NDArray.zeros(s);
        };
        if ((name.equals("rand_like") || name.equals("randn_like")) && !d.isFloating())
            throw new PyError("RuntimeError", "\"check_uniform_bounds\" not implemented for '" + d.scalarName() + "'");
        return leaf(a, v, d);
    }

    /**
     * torch.atleast_1d/2d/3d(*tensors): one tensor raised to the rank (itself if it has it), or a
     * tuple of them for several tensors or one list or tuple of tensors (no arguments: ()).
     */
    private static Object atLeast(Args a, int rank) {
        a.expect(0, Integer.MAX_VALUE);
        if (a.size() == 1 && Values.node(a.get(0)) != null) return atLeast(Values.node(a.get(0)), rank);
        if (a.size() == 1 && !(a.get(0) instanceof List<?>))
            throw PyError.type(a.function() + "() received an invalid combination of arguments - got (" + Values.typeName(a.get(0)) + "), but expected one of:\n"
                    + " * (Tensor input)\n      didn't match because some of the arguments have invalid types: (!" + Values.typeName(a.get(0)) + "!)\n"
                    + " * (tuple of Tensors tensors)\n      didn't match because some of the arguments have invalid types: (!" + Values.typeName(a.get(0)) + "!)\n");
        List<Object> out = new ArrayList<>();
        for (Tensor t : TorchArgs.tensors(a, a.size() == 1 ? a.get(0) : a.positional())) out.add(atLeast(t, rank));
        return Values.tuple(out);
    }

    /** t raised to at least {@code rank} dimensions as atleast_Nd does it: 0-d reshaped, 1-d and 2-d unsqueezed (in front, then behind). */
    static Tensor atLeast(Tensor t, int rank) {
        if (t.ndim() >= rank) return t;
        if (t.ndim() == 0) {
            int[] ones = new int[rank];
            java.util.Arrays.fill(ones, 1);
            return Ops.reshape(t, ones);
        }
        if (rank == 2) return Ops.unsqueeze(t, 0);
        return t.ndim() == 1 ? Ops.unsqueeze(Ops.unsqueeze(t, 0), 2) : Ops.unsqueeze(t, 2);
    }

    /** The tensors of a stacking call, each raised by {@code raise}, joined along {@code dim} with cat's checks and messages. */
    private static Tensor stacked(Args a, int dim, java.util.function.UnaryOperator<Tensor> raise) {
        List<Tensor> ts = new ArrayList<>();
        for (Tensor t : TorchArgs.tensors(a.expect(1, 1, "tensors"), a.option(0, "tensors", null))) ts.add(raise.apply(t));
        if (ts.isEmpty()) throw new PyError("RuntimeError", (a.function().equals("row_stack") ? "vstack" : a.function()) + " expects a non-empty TensorList");
        return joined(ts, dim);
    }

    /** broadcast_tensors(*tensors): each expanded to the shape they broadcast to (ExpandBackward0 views; one already of that shape comes back itself). */
    private static Object broadcastTensors(Args a) {
        List<Tensor> ts = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Tensor t = Values.node(a.get(i));
            if (t == null) throw PyError.type("expected Tensor as element " + i + " in argument 0, but got " + Values.typeName(a.get(i)));
            ts.add(t);
        }
        int[] shape = new int[0];
        for (Tensor t : ts) {
            Ops.checkBroadcast(shape, t.shape());
            shape = dev.adjoint.ndarray.Shapes.broadcast(shape, t.shape());
        }
        int[] s = shape;
        List<Object> out = new ArrayList<>();
        for (Tensor t : ts) out.add(java.util.Arrays.equals(t.shape(), s) ? t : dev.adjoint.autograd.Views.of(t, y -> Ops.broadcastTo(y, s)));
        return Values.tuple(out);
    }

    private static Tensor cat(Args a) {
        a.expect(1, 2, "dim", "tensors", "axis");
        Object given = Values.plain(a.has("axis") ? a.keyword("axis") : a.option(1, "dim", 0L));
        if (!PyNumbers.isInt(given) && !(given instanceof String)) throw invalidCombination(a); // torch.cat(x, y) for torch.cat((x, y))
        List<Tensor> ts = TorchArgs.tensors(a, a.option(0, "tensors", null));
        if (ts.isEmpty()) throw new PyError("RuntimeError", "torch.cat(): expected a non-empty list of Tensors");
        return joined(ts, Values.toLong(Values.plain(given), "dim"));
    }

    /** cat's join, with its checks and messages. */
    private static Tensor joined(List<Tensor> ts, long dimGiven) {
        for (int k = 0; k < ts.size(); k++)
            if (ts.get(k).ndim() == 0) throw new PyError("RuntimeError", "zero-dimensional tensor (at position " + k + ") cannot be concatenated");
        int nd = ts.get(0).ndim();
        for (Tensor t : ts)
            if (t.ndim() != nd) throw new PyError("RuntimeError", "Tensors must have same number of dimensions: got " + nd + " and " + t.ndim());
        int dim = TensorFunctions.wrapDim(dimGiven, nd);
        for (int k = 1; k < ts.size(); k++)
            for (int i = 0; i < nd; i++)
                if (i != dim && ts.get(k).shape()[i] != ts.get(0).shape()[i])
                    throw new PyError("RuntimeError", "Sizes of tensors must match except in dimension " + dim + ". Expected size " + ts.get(0).shape()[i]
                            + " but got size " + ts.get(k).shape()[i] + " for tensor number " + k + " in the list.");
        return Ops.concat(ts, (int) dimGiven); // checked above; its node saves it as given
    }

    /** PyTorch's TypeError for arguments that match none of cat's signatures, naming the types it got. */
    private static PyError invalidCombination(Args a) {
        List<String> got = new ArrayList<>();
        for (Object v : a.positional()) got.add(Values.typeName(v));
        for (Map.Entry<String, Object> e : a.keywords().entrySet()) got.add(e.getKey() + "=" + Values.typeName(e.getValue()));
        return PyError.type("cat() received an invalid combination of arguments - got (" + String.join(", ", got) + "), but expected one of:\n"
                + " * (tuple of Tensors tensors, int dim, *, Tensor out)\n * (tuple of Tensors tensors, name dim, *, Tensor out)\n");
    }

    /** torch.where(condition, x, y) (x and y tensors or numbers); torch.where(condition) gives the indices. */
    private static Object where(Args a) {
        a.expect(1, 3, "condition", "input", "other");
        Tensor c = TorchArgs.tensor(a, a.get(0));
        if (a.size() == 1) {
            List<Object> out = new ArrayList<>();
            for (Tensor idx : dev.adjoint.lang.TensorExtras.nonzeroColumns(c)) out.add(idx);
            return Values.tuple(out);
        }
        if (a.size() == 2) // PyTorch's overloads: the condition alone, or both values
            throw PyError.type("where() received an invalid combination of arguments - got (" + Values.typeName(a.get(0)) + ", " + Values.typeName(a.get(1))
                    + "), but expected one of:\n * (Tensor condition)\n * (Tensor condition, Tensor input, Tensor other, *, Tensor out)");
        Object x = a.get(1), y = a.get(2);
        Tensor tx = TensorFunctions.operand(a, x, "input"), ty = TensorFunctions.operand(a, y, "other");
        TensorFunctions.checkScalarFits(x, ty);
        TensorFunctions.checkScalarFits(y, tx);
        return Ops.where(dev.adjoint.lang.TensorFunctions.whereCondition(c), tx, ty);
    }

    private static int[] broadcastShapes(Args a) {
        int[] s = new int[0];
        for (Object v : a.positional()) s = dev.adjoint.ndarray.Shapes.broadcast(s, size(a, v));
        return s;
    }

    static PyList list(List<?> items) {
        return new PyList(items);
    }
}
