package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Tensor methods that layers and course code use, each as PyTorch 1.13 has it: fill_diagonal_
 * (an in-place write, CopySlices), unfold (sliding windows, UnfoldBackward0), sum_to_size (the
 * reduction of a broadcast gradient), addmm_ and renorm / renorm_ (max_norm constraints),
 * torch.real / torch.imag of a real tensor, random_, apply_ / map_, to_dense and share_memory_.
 */
final class TensorMoreMethods {
    private TensorMoreMethods() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("fill_diagonal_", a -> {
            Tensor x = TensorFunctions.self(a.expect(2, 3, "fill_value", "wrap"));
            return fillDiagonal(x, PyNumbers.approx(Values.plain(a.option(1, "fill_value", null))), a.bool(2, "wrap", false));
        });
        add.accept("unfold", a -> {
            Tensor x = TensorFunctions.self(a.expect(4, 4, "dimension", "size", "step"));
            int dim = TensorFunctions.dim(a, a.option(1, "dimension", null), Math.max(x.ndim(), 1));
            return unfold(x, dim, a.intValue(a.option(2, "size", null), "size"), a.intValue(a.option(3, "step", null), "step"));
        });
        add.accept("sum_to_size", a -> {
            Tensor x = TensorFunctions.self(a.expect(1, Integer.MAX_VALUE, "size"));
            Object given = a.size() == 2 ? Values.plain(a.get(1)) : null;
            int[] size = given instanceof java.util.List<?> || given instanceof Tensor ? a.ints(given, "size") : TensorFunctions.sizes(a, 1);
            return sumToSize(x, size);
        });
        add.accept("addmm_", a -> {
            Tensor x = TensorFunctions.self(a.expect(3, 3, "mat1", "mat2", "beta", "alpha"));
            Tensor m1 = TensorFunctions.tensor(a, a.option(1, "mat1", null), "mat1", 1), m2 = TensorFunctions.tensor(a, a.option(2, "mat2", null), "mat2", 2);
            double beta = a.number(-1, "beta", 1), alpha = a.number(-1, "alpha", 1);
            if (m1.ndim() != 2 || m2.ndim() != 2)
                throw new AutogradException((m1.ndim() != 2 ? "mat1" : "mat2") + " must be a matrix, got " + (m1.ndim() != 2 ? m1 : m2).ndim() + "-D tensor");
            if (m1.shape()[1] != m2.shape()[0])
                throw new AutogradException("mat1 and mat2 shapes cannot be multiplied (" + m1.shape()[0] + "x" + m1.shape()[1] + " and " + m2.shape()[0] + "x"
                        + m2.shape()[1] + ")");
            if (beta != 1) dev.adjoint.autograd.op.InPlace.mul(x, Ops.scalar(beta));
            return Ops.addmmInPlace(x, alpha != 1 ? Ops.mul(m1, Ops.scalar(alpha)) : m1, m2);
        });
        add.accept("renorm", a -> renorm(a, false));
        add.accept("renorm_", a -> renorm(a, true));
        add.accept("real", a -> TensorFunctions.self(a.expect(1, 1)));
        add.accept("to_dense", a -> TensorFunctions.self(a.expect(1, 2, "dtype"))); // every tensor is dense (strided) here: itself, as PyTorch's
        add.accept("share_memory_", a -> TensorFunctions.self(a.expect(1, 1))); // one process: nothing to share
        add.accept("random_", TensorMoreMethods::random);
        add.accept("apply_", a -> {
            Tensor x = TensorFunctions.self(a.expect(2, 2, "callable"));
            Object fn = a.get(1);
            return elementwise(a, x, "apply_", i -> a.interpreter().call(fn, java.util.List.of(TensorFunctions.pyScalar(x.value().toArray()[i], x.dtype()))));
        });
        add.accept("map_", a -> {
            Tensor x = TensorFunctions.self(a.expect(3, 3, "tensor", "callable"));
            Tensor other = TensorFunctions.tensor(a, a.get(1), "tensor", 1);
            double[] o = expandedTo(other, x.shape()).value().toArray();
            Object fn = a.get(2);
            return elementwise(a, x, "map_", i -> a.interpreter().call(fn, java.util.List.of(TensorFunctions.pyScalar(x.value().toArray()[i], x.dtype()),
                    TensorFunctions.pyScalar(o[i], other.dtype()))));
        });
        add.accept("imag", a -> {
            TensorFunctions.self(a.expect(1, 1));
            throw new AutogradException("imag is not implemented for tensors with non-complex dtypes.");
        });
    }

    /**
     * fill_diagonal_(value, wrap=False): the entries (i, i, ...) of a matrix (or of a tensor whose
     * dimensions are all equal) set to value, written in place; with wrap, a tall matrix's diagonal
     * starts again every width + 1 rows, as PyTorch's strided view of it does.
     */
    private static Tensor fillDiagonal(Tensor x, double value, boolean wrap) {
        int[] s = x.shape();
        if (s.length < 2) throw new AutogradException("dimensions must larger than 1");
        if (s.length > 2) for (int d : s) if (d != s[0]) throw new AutogradException("all dimensions of input must be of equal length");
        if (x.isLeaf() && x.requiresGrad() && GradMode.isEnabled())
            throw new AutogradException("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        int height = s[0], width = s[1], size = Math.min(height, width), stride = 0, numel = x.value().size();
        for (int d = 0, step = 1; d < s.length; step *= s[s.length - 1 - d], d++) stride += step;
        int wrapped = wrap && s.length == 2 && height > width + 1 ? (numel + width) / (width + 1) - size : 0;
        int[] positions = new int[size + wrapped];
        for (int i = 0; i < size; i++) positions[i] = i * stride;
        for (int j = 0; j < wrapped; j++) positions[size + j] = width * (width + 1) + j * stride;
        Tensor v = Tensor.constant(NDArray.full(value, positions.length)).to(x.dtype());
        return Ops.writeAt(x, positions, new int[] {positions.length}, v, "CopySlices", true);
    }

    /** unfold(dim, size, step): the windows x[..., i·step : i·step + size, ...] of dim as a new last dimension, PyTorch's checks. */
    private static Tensor unfold(Tensor x, int dim, int size, int step) {
        int[] s = x.ndim() == 0 ? new int[] {1} : x.shape();
        int n = s[dim];
        if (size > n) throw new AutogradException("maximum size for tensor at dimension " + dim + " is " + n + " but size is " + size);
        if (size < 0) throw new AutogradException("size is " + size + " but must be >= 0");
        if (step <= 0) throw new AutogradException("step is " + step + " but must be > 0");
        int windows = (n - size) / step + 1, outer = 1, inner = 1;
        for (int d = 0; d < dim; d++) outer *= s[d];
        for (int d = dim + 1; d < s.length; d++) inner *= s[d];
        int[] out = Arrays.copyOf(s, s.length + 1);
        out[dim] = windows;
        out[s.length] = size;
        if (x.ndim() == 0) out = new int[] {size}; // a number's one window: the new dimension only
        int[] positions = new int[outer * windows * inner * size];
        int k = 0;
        for (int o = 0; o < outer; o++)
            for (int w = 0; w < windows; w++)
                for (int i = 0; i < inner; i++)
                    for (int j = 0; j < size; j++) positions[k++] = (o * n + w * step + j) * inner + i;
        return Ops.take(x, positions, out, "UnfoldBackward0");
    }

    /** sum_to_size(*size): x summed over its leading dimensions and those where size has 1, as PyTorch's sum_to; x itself when nothing is summed. */
    private static Tensor sumToSize(Tensor x, int[] size) {
        int[] s = x.shape();
        boolean expandable = size.length <= s.length;
        for (int i = 0; expandable && i < size.length; i++) {
            int have = s[s.length - size.length + i];
            expandable = size[i] == have || size[i] == 1;
        }
        if (!expandable)
            throw new AutogradException("size {" + Arrays.toString(size) + "} is not expandable to size {" + Arrays.toString(s) + "}.");
        if (size.length == 0) return Ops.sum(x);
        int leading = s.length - size.length;
        int[] reduce = new int[s.length];
        int k = 0;
        for (int i = 0; i < s.length; i++) if (i < leading || (size[i - leading] == 1 && s[i] != 1)) reduce[k++] = i;
        Tensor y = k == 0 ? x : Ops.sum(x, Arrays.copyOf(reduce, k), true);
        return leading > 0 ? Ops.view(y, size) : y;
    }

    /** renorm(p, dim, maxnorm) / renorm_ with PyTorch's checks in its order. */
    private static Tensor renorm(Args a, boolean inPlace) {
        Tensor x = TensorFunctions.self(a.expect(4, 4, "p", "dim", "maxnorm"));
        double p = a.number(a.option(1, "p", null), "p"), maxnorm = a.number(a.option(3, "maxnorm", null), "maxnorm");
        if (!(p > 0)) throw new AutogradException("renorm: non-positive-norm not supported");
        if (maxnorm < 0) throw new AutogradException("renorm: expected maxnorm to be >= 0 but got " + scalarText(a.option(3, "maxnorm", null)));
        int dim = TensorFunctions.dim(a, a.option(2, "dim", null), Math.max(x.ndim(), 1));
        if (x.ndim() <= 1) throw new AutogradException("renorm: input needs at least 2 dimensions, got " + x.ndim() + " dimensions");
        return Ops.renorm(x, p, dim, maxnorm, inPlace);
    }

    /**
     * apply_(fn) / map_(other, fn): each element replaced by what the Python function returns for it
     * (a real number, cast to the tensor's type), written without recording; PyTorch refuses a
     * tensor that requires grad.
     */
    private static Tensor elementwise(Args a, Tensor x, String method, java.util.function.IntFunction<Object> result) {
        if (x.requiresGrad())
            throw new AutogradException("Can't call " + method + "() on Variable that requires grad. Use var.detach()." + method + "() instead.");
        double[] values = new double[x.value().size()];
        for (int i = 0; i < values.length; i++) {
            Object r = Values.number(result.apply(i));
            if (!PyNumbers.isNumber(r)) throw PyError.type("must be real number, not " + Values.typeName(r));
            values[i] = PyNumbers.approx(r);
        }
        try (dev.adjoint.scope.Scope ignored = GradMode.noGrad()) {
            dev.adjoint.autograd.op.InPlace.copy(x, Tensor.constant(NDArray.of(values, x.shape())).to(x.dtype()));
        }
        return x;
    }

    /** other broadcast to {@code shape}, PyTorch's expand message when it cannot be. */
    private static Tensor expandedTo(Tensor other, int[] shape) {
        int[] s = other.shape();
        boolean fits = s.length <= shape.length;
        for (int i = 0; fits && i < s.length; i++) fits = s[s.length - 1 - i] == 1 || s[s.length - 1 - i] == shape[shape.length - 1 - i];
        if (!fits) {
            int d = 0;
            while (d < Math.min(s.length, shape.length) && (s[s.length - 1 - d] == 1 || s[s.length - 1 - d] == shape[shape.length - 1 - d])) d++;
            throw new AutogradException("The expanded size of the tensor (" + shape[shape.length - 1 - d] + ") must match the existing size (" + s[s.length - 1 - d]
                    + ") at non-singleton dimension " + (shape.length - 1 - d) + ".  Target sizes: " + Arrays.toString(shape) + ".  Tensor sizes: "
                    + Arrays.toString(s));
        }
        return Ops.broadcastTo(other, shape);
    }

    /**
     * random_(from=0, to=None): integers drawn as torch.randint draws them (PyTorch's random_from_to),
     * in [from, to), or [0, to) with one bound; without bounds, [0, 2^m] for a float type with m
     * mantissa bits; written without recording.
     */
    private static Tensor random(Args a) {
        Tensor x = TensorFunctions.self(a.expect(1, 3, "from", "to", "generator"));
        Object from = a.option(1, "from", null), to = a.option(2, "to", null);
        dev.adjoint.random.TorchRandom rng = dev.adjoint.lang.lib.TorchGenerator.of(a);
        long low, high;
        if (from == null && to == null) {
            if (!x.dtype().isFloating()) throw PyError.notSupported("random_() of an integer tensor without bounds");
            low = 0;
            high = (1L << (x.asksFloat64() || rng.defaultDouble() ? 53 : 24)) + 1;
        } else if (to == null) {
            low = 0;
            high = Values.toLong(Values.plain(from), "to");
        } else {
            low = Values.toLong(Values.plain(from), "from");
            high = Values.toLong(Values.plain(to), "to");
        }
        if (low >= high) throw new AutogradException("random_ expects 'from' to be less than 'to', but got from=" + low + " >= to=" + high);
        try (dev.adjoint.scope.Scope ignored = GradMode.noGrad()) {
            dev.adjoint.autograd.op.InPlace.copy(x, Tensor.constant(rng.randint(low, high, x.shape())).to(x.dtype()));
        }
        return x;
    }

    /** A number as PyTorch's C++ messages print a Scalar: -1 for -1 and -1.0, -1.5 for -1.5. */
    private static String scalarText(Object v) {
        double d = PyNumbers.approx(Values.plain(v));
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
