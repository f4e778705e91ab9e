package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TensorFunctions;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.random.TorchMultinomial;
import dev.adjoint.random.TorchRandom;
import java.util.function.BiConsumer;

/**
 * Sampling with PyTorch's numbers: {@code torch.multinomial} (also a tensor method) and
 * {@code torch.normal} in its four forms, each with {@code generator=}. The draws follow the
 * dtype the session asked for, as the other constructors' do ({@link Torch#drawsDoubles}).
 */
public final class TorchSampling {
    private TorchSampling() {}

    /** Adds multinomial and bernoulli to the table of functions that are both torch.X and tensor.X. */
    public static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("multinomial", TorchSampling::multinomial);
        add.accept("bernoulli", TorchSampling::bernoulli);
        add.accept("bernoulli_", TorchSampling::bernoulliInPlace);
    }

    /**
     * bernoulli(input, *, generator=None): 1 where a uniform draw falls below input's entry (the
     * probabilities; BernoulliBackward0 with gradient 0 in input's graph); bernoulli(input, p) draws
     * with the one probability p, in input's shape and type, outside any graph.
     */
    private static Tensor bernoulli(Args a) {
        a.expect(1, 2, "input", "p", "generator");
        Tensor x = TensorFunctions.tensor(a, a.option(0, "input", null), "input", 1);
        Object p = Values.plain(a.option(1, "p", null));
        TorchRandom r = TorchGenerator.of(a);
        if (p != null) return Tensor.constant(r.bernoulli(x.shape(), probability(p)), x.dtype());
        NDArray draws = r.bernoulli(probabilities(x), x.dtype() == DType.FLOAT64 && drawsDoubles(a)); // float32 probabilities (the default dtype) take float draws
        return x.requiresGrad() ? Ops.normalSample(draws, "BernoulliBackward0", x) : Tensor.constant(draws, x.dtype());
    }

    /** x.bernoulli_(p=0.5, *, generator=None): x's entries drawn in place, p a number or a tensor of probabilities (broadcast to x). */
    private static Tensor bernoulliInPlace(Args a) {
        a.expect(1, 2, "p", "generator");
        Tensor x = TensorFunctions.tensor(a, a.get(0), "input", 1);
        Object p = Values.plain(a.option(1, "p", 0.5));
        TorchRandom r = TorchGenerator.of(a);
        NDArray draws = p instanceof Tensor t ? r.bernoulli(probabilities(Ops.expand(t, x.shape())), x.dtype() == DType.FLOAT64 && drawsDoubles(a))
                : r.bernoulli(x.shape(), probability(p));
        try (dev.adjoint.scope.Scope ignored = dev.adjoint.autograd.GradMode.noGrad()) {
            return dev.adjoint.autograd.op.InPlace.copy(x, Tensor.constant(draws));
        }
    }

    private static double probability(Object p) {
        double v = PyNumbers.toDouble(p);
        if (!(v >= 0 && v <= 1)) throw new PyError("RuntimeError", "bernoulli_ expects p to be in [0, 1], but got p=" + TorchTypeInfo.percentG(v));
        return v;
    }

    private static NDArray probabilities(Tensor p) {
        if (!p.dtype().isFloating()) throw new PyError("RuntimeError", "\"bernoulli_tensor_cpu_p_\" not implemented for '" + p.dtype().scalarName() + "'");
        for (double v : p.value().toArray())
            if (!(v >= 0 && v <= 1))
                throw new PyError("RuntimeError", "Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  "
                        + "If so, please report an enhancement request to PyTorch.)");
        return p.value();
    }

    /** multinomial(input, num_samples, replacement=False, *, generator=None): PyTorch's checks in PyTorch's order. */
    private static Tensor multinomial(Args a) {
        a.expect(1, 3, "input", "num_samples", "replacement", "generator");
        Tensor p = TensorFunctions.tensor(a, a.option(0, "input", null), "input", 1);
        long n = Values.toLong(Values.plain(a.option(1, "num_samples", null)), "num_samples");
        return multinomial(p, n, a.bool(2, "replacement", false), TorchGenerator.of(a), drawsDoubles(a));
    }

    /** multinomial's checks and draws for probabilities {@code p} (WeightedRandomSampler's as well). */
    static Tensor multinomial(Tensor p, long n, boolean replacement, TorchRandom random, boolean dbl) {
        if (p.ndim() < 1 || p.ndim() > 2) throw new PyError("RuntimeError", "prob_dist must be 1 or 2 dim");
        if (!p.dtype().isFloating())
            throw new PyError("RuntimeError", "multinomial only supports floating-point dtypes for input, got: " + p.dtype().scalarName());
        if (n <= 0) throw new PyError("RuntimeError", "cannot sample n_sample <= 0 samples");
        int categories = p.shape()[p.ndim() - 1], rows = p.ndim() == 2 ? p.shape()[0] : 1;
        if (!replacement && n > categories)
            throw new PyError("RuntimeError", "cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        if (categories > 1 << 24) throw new PyError("RuntimeError", "number of categories cannot exceed 2^24");
        long[] picked;
        try {
            picked = TorchMultinomial.sample(random, p.value().toArray(), rows, categories, Math.toIntExact(n), replacement, dbl);
        } catch (TorchMultinomial.InvalidDistribution e) {
            throw new PyError("RuntimeError", e.getMessage());
        }
        double[] v = new double[picked.length];
        for (int i = 0; i < v.length; i++) v[i] = picked[i];
        int[] shape = p.ndim() == 2 ? new int[] {rows, (int) n} : new int[] {(int) n};
        return Tensor.constant(NDArray.of(v, shape), DType.INT64);
    }

    /**
     * torch.normal(mean, std, size) with numbers, or with tensors (mean, std or both) giving a
     * draw per element of their broadcast shape: PyTorch draws normal_(0, 1) (normal_(0, std)
     * for a tensor mean and a number std), then multiplies by std and adds mean. With tensors the
     * result stays in mean's and std's graph with PyTorch's gradient 0 ({@link dev.adjoint.autograd.op.NormalSample}).
     */
    static Tensor normal(Args a) {
        a.expect(0, 3, "mean", "std", "size", "generator", "dtype", "requires_grad", "device", "layout", "pin_memory", "out");
        Object mean = Values.plain(a.option(0, "mean", null)), std = Values.plain(a.option(1, "std", 1.0));
        boolean meanTensor = mean instanceof Tensor, stdTensor = std instanceof Tensor;
        boolean sized = a.size() == 3 || a.has("size");
        if (meanTensor || stdTensor) {
            if (sized) throw invalidCombination(a);
            return normalOfTensors(a, mean, std);
        }
        if (!sized || !PyNumbers.isNumber(mean) || !PyNumbers.isNumber(std)) throw invalidCombination(a);
        double m = PyNumbers.approx(mean), s = PyNumbers.approx(std);
        checkStd(s);
        if (!(Values.plain(a.option(2, "size", null)) instanceof java.util.List<?>)) throw invalidCombination(a);
        int[] shape = dev.adjoint.lang.TensorFunctions.sizeArgument(a, a.option(2, "size", null), a.has("size") ? 0 : 3);
        Tensor t = Tensor.constant(TorchGenerator.of(a).normal(shape, m, s, drawsDoubles(a)), Torch.dtype(a, DType.FLOAT64));
        return Torch.requiresGrad(a, t);
    }

    private static Tensor normalOfTensors(Args a, Object mean, Object std) {
        Tensor m = operand(a, mean, "mean", 1), s = operand(a, std, "std", 2);
        for (double v : s.value().toArray())
            if (!(v >= 0)) throw new PyError("RuntimeError", "normal expects all elements of std >= 0.0");
        int[] shape = Shapes.broadcast(m.shape(), s.shape());
        TorchRandom r = TorchGenerator.of(a);
        if (!(std instanceof Tensor)) {
            checkStd(s.item());
            NDArray sample = r.normal(shape, 0, s.item(), drawsDoubles(a)).add(m.value());
            return Ops.normalSample(sample, "NormalBackward1", m);
        }
        NDArray sample = r.normal(shape, 0, 1, drawsDoubles(a)).mul(s.value()).add(m.value());
        return mean instanceof Tensor ? Ops.normalSample(sample, "NormalBackward3", m, s) : Ops.normalSample(sample, "NormalBackward2", s);
    }

    /** A tensor argument, or a number beside one (as a 0-d constant). */
    private static Tensor operand(Args a, Object v, String name, int position) {
        if (v instanceof Tensor t) return t;
        if (PyNumbers.isNumber(v) && !(v instanceof Boolean)) return Tensor.constant(PyNumbers.approx(v));
        return TensorFunctions.tensor(a, v, name, position);
    }

    private static void checkStd(double std) {
        if (!(std >= 0)) throw new PyError("RuntimeError", "normal expects std >= 0.0, but found std " + Values.repr(std).replaceAll("\\.0$", ""));
    }

    private static boolean drawsDoubles(Args a) {
        return Torch.drawsDoubles(a);
    }

    private static PyError invalidCombination(Args a) {
        return PyError.type("normal() received an invalid combination of arguments - got (" + a.overloadTypes(false) + "), but expected one of:\n"
                + " * (Tensor mean, Tensor std, *, torch.Generator generator, Tensor out)\n"
                + " * (Tensor mean, float std, *, torch.Generator generator, Tensor out)\n"
                + " * (float mean, Tensor std, *, torch.Generator generator, Tensor out)\n"
                + " * (float mean, float std, tuple of ints size, *, torch.Generator generator, Tensor out, torch.dtype dtype, "
                + "torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n");
    }
}
