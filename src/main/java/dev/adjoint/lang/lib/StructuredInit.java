package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.lib.numpy.HouseholderQr;
import dev.adjoint.ndarray.LibmErf;
import dev.adjoint.ndarray.NDArray;

/**
 * nn.init's structured initialisers as PyTorch 1.13 computes them, draw for draw:
 * {@code trunc_normal_} (a uniform between the bounds' CDFs through erfinv), {@code orthogonal_}
 * (the Q of a QR of normal draws, its columns' signs those of R's diagonal), {@code sparse_}
 * (normal draws, then a randperm per column for the zeros), {@code eye_} and {@code dirac_}.
 * On a float32 tensor each step's result is rounded to float32, as PyTorch computes it in float.
 */
final class StructuredInit {
    private StructuredInit() {}

    static void addTo(PyModule m) {
        m.add(Builtin.of("trunc_normal_", a -> TorchNn.fill(a.expect(1, 5, "mean", "std", "a", "b"), 5, x -> truncNormal(a, x))));
        m.add(Builtin.of("orthogonal_", a -> TorchNn.fill(a.expect(1, 2, "gain"), 2, x -> orthogonal(a, x))));
        m.add(Builtin.of("sparse_", a -> TorchNn.fill(a.expect(1, 3, "sparsity", "std").require("tensor", "sparsity"), 3, x -> sparse(a, x))));
        m.add(Builtin.of("eye_", a -> TorchNn.fill(a.expect(1, 1), 1, x -> {
            int[] s = x.shape();
            if (s.length != 2) throw PyError.value("Only tensors with 2 dimensions are supported");
            double[] d = new double[s[0] * s[1]];
            for (int i = 0; i < Math.min(s[0], s[1]); i++) d[i * s[1] + i] = 1;
            return NDArray.of(d, s);
        })));
        m.add(Builtin.of("dirac_", a -> TorchNn.fill(a.expect(1, 2, "groups"), 2, x -> dirac(a, x))));
    }

    /** x rounded as a tensor of x's dtype holds it: to float32 unless x is float64. */
    private static double held(Tensor x, Args a, double v) {
        return x.asksFloat64() || Torch.rng(a).defaultDouble() ? v : (float) v;
    }

    private static NDArray truncNormal(Args a, Tensor x) {
        double mean = a.number(1, "mean", 0.), std = a.number(2, "std", 1.), lo = a.number(3, "a", -2.), hi = a.number(4, "b", 2.);
        if (mean < lo - 2 * std || mean > hi + 2 * std)
            a.interpreter().warnAtCall("UserWarning", "mean is more than 2 std from [a, b] in nn.init.trunc_normal_. The distribution of values may be incorrect.", a.span());
        if (std == 0) throw PyError.zeroDivision("float division by zero"); // (a - mean) / std in Python's floats
        double l = normCdf((lo - mean) / std), u = normCdf((hi - mean) / std);
        double[] d = TorchNn.uniform(a, x, 2 * l - 1, 2 * u - 1).toArray();
        double[] inv = Ops.erfinv(Tensor.constant(NDArray.of(d, x.shape()))).value().toArray();
        double scale = held(x, a, std * Math.sqrt(2.)), shift = held(x, a, mean), min = held(x, a, lo), max = held(x, a, hi);
        for (int i = 0; i < d.length; i++) {
            double v = held(x, a, held(x, a, held(x, a, inv[i]) * scale) + shift);
            d[i] = Math.min(Math.max(v, min), max);
        }
        return NDArray.of(d, x.shape());
    }

    /** PyTorch's norm_cdf: (1 + erf(x / sqrt(2))) / 2 with the C library's erf. */
    private static double normCdf(double x) {
        return (1. + LibmErf.erf(x / Math.sqrt(2.))) / 2.;
    }

    private static NDArray orthogonal(Args a, Tensor x) {
        int[] s = x.shape();
        if (s.length < 2) throw PyError.value("Only tensors with 2 or more dimensions are supported");
        int size = x.value().size();
        if (size == 0) return x.value();
        int rows = s[0], cols = size / rows;
        double[] flat = TorchNn.normal(a, x, 0, 1).toArray(); // tensor.new(rows, cols).normal_(0, 1): one draw per element
        boolean wide = rows < cols; // then the QR is of the transpose
        int m = wide ? cols : rows, n = wide ? rows : cols;
        double[][] columns = new double[n][m];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) {
            if (wide) columns[i][j] = flat[i * cols + j];
            else columns[j][i] = flat[i * cols + j];
        }
        HouseholderQr qr = new HouseholderQr(columns, m);
        double[][] q = qr.q(n);
        Object gainGiven = dev.adjoint.lang.Values.plain(a.option(1, "gain", 1L)); // tensor.mul_(gain) at the end
        if (!dev.adjoint.lang.PyNumbers.isNumber(gainGiven))
            throw PyError.type("mul_(): argument 'other' (position 1) must be Tensor, not " + dev.adjoint.lang.Values.typeName(gainGiven));
        double gain = dev.adjoint.lang.PyNumbers.approx(gainGiven);
        double[] out = new double[size];
        for (int j = 0; j < n; j++) {
            double sign = Math.signum(qr.r(j, j)); // q *= diag(r).sign(): 0 where R's diagonal is
            for (int i = 0; i < m; i++) {
                double v = held(x, a, held(x, a, q[j][i] * sign) * gain);
                if (wide) out[j * cols + i] = v;
                else out[i * cols + j] = v;
            }
        }
        return NDArray.of(out, s);
    }

    private static NDArray sparse(Args a, Tensor x) {
        int[] s = x.shape();
        if (s.length != 2) throw PyError.value("Only tensors with 2 dimensions are supported");
        int rows = s[0], cols = s[1];
        double sparsity = a.number(1, "sparsity", 0);
        int zeros = (int) Math.ceil(sparsity * rows);
        double[] d = TorchNn.normal(a, x, 0, a.number(2, "std", 0.01)).toArray();
        for (int j = 0; j < cols; j++) {
            int[] order = Torch.rng(a).randperm(rows);
            for (int k = 0; k < Math.min(zeros, rows); k++) d[order[k] * cols + j] = 0;
        }
        return NDArray.of(d, s);
    }

    private static NDArray dirac(Args a, Tensor x) {
        int[] s = x.shape();
        if (s.length < 3 || s.length > 5) throw PyError.value("Only tensors with 3, 4, or 5 dimensions are supported");
        int groups = a.integer(1, "groups", 1);
        if (groups == 0) throw PyError.zeroDivision("integer modulo by zero"); // sizes[0] % groups
        if (s[0] % groups != 0) throw PyError.value("dim 0 must be divisible by groups");
        int perGroup = s[0] / groups, diagonal = Math.min(perGroup, s[1]);
        double[] d = new double[x.value().size()];
        int[] strides = new int[s.length];
        strides[s.length - 1] = 1;
        for (int i = s.length - 2; i >= 0; i--) strides[i] = strides[i + 1] * s[i + 1];
        int centre = 0;
        for (int i = 2; i < s.length; i++) centre += s[i] / 2 * strides[i];
        for (int g = 0; g < groups; g++) for (int k = 0; k < diagonal; k++) d[(g * perGroup + k) * strides[0] + k * strides[1] + centre] = 1;
        return NDArray.of(d, s);
    }
}
