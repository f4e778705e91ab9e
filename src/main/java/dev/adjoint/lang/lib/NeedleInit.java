package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.lib.numpy.Numpy;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.init.Init;
import dev.adjoint.random.NumpyRandom;

/**
 * needle.init with needle's signatures, giving needle tensors: rand/randn/constant/ones/zeros/
 * randb(*shape, ..., device=None, dtype="float32", requires_grad=False), one_hot(n, i),
 * zeros_like/ones_like, and the initialisers xavier_uniform/xavier_normal(fan_in, fan_out,
 * gain=1.0, **kwargs) and kaiming_uniform/kaiming_normal(fan_in, fan_out, nonlinearity="relu",
 * **kwargs) whose kwargs go on to rand/randn (shape=, requires_grad=, ...). The draws come from
 * the session's NumPy generator, so np.random.seed(n) then init gives needle's numbers.
 * (The formulas are {@link Init}'s, the engine's one home for them.)
 */
final class NeedleInit {
    private NeedleInit() {}

    /** The keywords every creator takes besides its own. */
    private static final String[] COMMON = {"device", "dtype", "requires_grad", "shape"};

    static PyModule module() {
        PyModule m = new PyModule("needle.init");
        m.add(creator("rand", new String[] {"low", "high"}, (a, rng, s) -> Init.rand(rng, a.number(-1, "low", 0), a.number(-1, "high", 1), s)));
        m.add(creator("randn", new String[] {"mean", "std"}, (a, rng, s) -> Init.randn(rng, a.number(-1, "mean", 0), a.number(-1, "std", 1), s)));
        m.add(creator("constant", new String[] {"c"}, (a, rng, s) -> Init.constant(a.number(-1, "c", 1), s)));
        m.add(creator("ones", new String[0], (a, rng, s) -> Init.ones(s)));
        m.add(creator("zeros", new String[0], (a, rng, s) -> Init.zeros(s)));
        m.add(creator("randb", new String[] {"p"}, (a, rng, s) -> Init.randb(rng, a.number(-1, "p", 0.5), s)));
        m.add(like("zeros_like", 0));
        m.add(like("ones_like", 1));
        m.add(Builtin.of("one_hot", a -> {
            a.expect(2, 2, "device", "dtype", "requires_grad");
            int n = a.integer(0);
            double[] classes = a.tensor(1).value().toArray();
            int[] shape = a.tensor(1).shape();
            int[] out = java.util.Arrays.copyOf(shape, shape.length + 1);
            out[shape.length] = n;
            double[] v = new double[classes.length * n];
            for (int k = 0; k < classes.length; k++) {
                int c = (int) classes[k];
                if (c < 0 || c >= n) throw PyError.index("index " + c + " is out of bounds for axis 0 with size " + n);
                v[k * n + c] = 1;
            }
            return Tensor.needleLeaf(NDArray.of(v, out), a.flag("requires_grad", false), float32(a));
        }));
        m.add(initializer("xavier_uniform", "gain", (a, rng, in, out, s) -> {
            double bound = a.number(2, "gain", 1) * Math.sqrt(6.0 / (in + out));
            return Init.rand(rng, -bound, bound, s);
        }));
        m.add(initializer("xavier_normal", "gain", (a, rng, in, out, s) ->
                Init.randn(rng, 0, a.number(2, "gain", 1) * Math.sqrt(2.0 / (in + out)), s)));
        m.add(initializer("kaiming_uniform", "nonlinearity", (a, rng, in, out, s) -> {
            double bound = reluGain(a) * Math.sqrt(3.0 / in);
            return Init.rand(rng, -bound, bound, s);
        }));
        m.add(initializer("kaiming_normal", "nonlinearity", (a, rng, in, out, s) -> Init.randn(rng, 0, reluGain(a) / Math.sqrt(in), s)));
        return m;
    }

    private interface Creator {
        Tensor make(Args a, NumpyRandom rng, int[] shape);
    }

    private interface Initializer {
        Tensor make(Args a, NumpyRandom rng, int fanIn, int fanOut, int[] shape);
    }

    /** NAME(*shape, OWN..., device=None, dtype="float32", requires_grad=False). */
    private static Builtin creator(String name, String[] own, Creator f) {
        String[] keywords = concat(own, COMMON);
        return Builtin.of(name, a -> {
            a.expect(0, Integer.MAX_VALUE, keywords);
            int[] shape = a.has("shape") ? a.ints(a.keyword("shape"), "shape") : a.shape(0);
            return needle(a, f.make(a, a.interpreter().random(), shape));
        });
    }

    /** NAME(fan_in, fan_out, OPTION, **kwargs): a (fan_in, fan_out) tensor unless shape= says otherwise. */
    private static Builtin initializer(String name, String option, Initializer f) {
        return Builtin.of(name, a -> {
            a.expect(2, 3, concat(new String[] {"fan_in", "fan_out", option}, COMMON));
            int in = a.intValue(a.option(0, "fan_in", null), "fan_in"), out = a.intValue(a.option(1, "fan_out", null), "fan_out");
            if (in <= 0 || out <= 0) throw a.error("fan_in and fan_out must be positive, got fan_in=" + in + ", fan_out=" + out);
            int[] shape = a.has("shape") && a.keyword("shape") != null ? a.ints(a.keyword("shape"), "shape") : new int[] {in, out};
            return needle(a, f.make(a, a.interpreter().random(), in, out, shape));
        });
    }

    /** zeros_like(array, *, device=None, requires_grad=False). */
    private static Builtin like(String name, double fill) {
        return Builtin.of(name, a -> {
            a.expect(1, 1, "device", "requires_grad");
            Tensor like = a.tensor(0);
            return Tensor.needleLeaf(Init.constant(fill, like.shape()).value(), a.flag("requires_grad", false), like.isFloat32()); // the array's dtype
        });
    }

    /** needle only knows relu's gain, √2; the message says so. */
    private static double reluGain(Args a) {
        Object v = a.option(2, "nonlinearity", "relu");
        if (!"relu".equals(v)) throw a.error("Only relu supported currently (nonlinearity=" + Values.repr(v) + ")");
        return Math.sqrt(2.0);
    }

    private static Tensor needle(Args a, Tensor values) {
        return Tensor.needleLeaf(values.value(), a.flag("requires_grad", false), float32(a));
    }

    /**
     * needle's dtype=: "float32" unless told (the values computed in float64, then rounded, as
     * needle's ndl.Tensor(array, dtype="float32") rounds NumPy's float64 draws); dtype=None keeps
     * NumPy's float64. randb's "bool" holds its 0/1 as float32, which keeps a float32 operand float32
     * as a bool mask does.
     */
    private static boolean float32(Args a) {
        if (!a.has("dtype")) return true;
        Object dtype = a.keyword("dtype");
        if (dtype == null) return false;
        if ("bool".equals(dtype)) return true;
        if (!Numpy.namesFloat(dtype)) throw a.error("dtype must be float32, float64 or bool (adjoint's needle tensors hold floats)");
        return Numpy.namesFloat32(dtype);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
