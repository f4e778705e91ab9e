package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.LinalgError;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.MatrixFunctions;
import dev.adjoint.lang.Values;
import java.util.List;

/**
 * {@code torch.linalg}: inv, det and solve (LU with partial pivoting; a singular matrix is
 * PyTorch's LinAlgError), and the norms as PyTorch 1.13 reads their arguments: vector_norm (any ord,
 * dim=None flattens), matrix_norm (ord 'fro', ±1, ±inf over two dims) and norm, which picks one of
 * them from ord and dim. The matrix norms 2, −2 and 'nuc' need singular values, which adjoint
 * does not compute: they are refused by name rather than approximated.
 */
final class TorchLinalg {
    private TorchLinalg() {}

    static PyModule module() {
        PyModule m = new PyModule("torch.linalg");
        m.add(Builtin.of("vector_norm", a -> { // (x, ord=2, dim=None, keepdim=False, *, dtype=None)
            a.expect(1, 4, "x", "ord", "dim", "keepdim", "dtype");
            Tensor x = TorchArgs.tensor(a, a.option(0, "x", null));
            Object ord = a.option(1, "ord", 2L);
            if (!(Values.plain(ord) instanceof Number))
                throw PyError.type("linalg_vector_norm(): argument 'ord' (position 2) must be Number, not " + Values.typeName(ord));
            return Ops.vectorNorm(x, PyNumbers.approx(Values.plain(ord)), dims(a, a.option(2, "dim", null), x), keepdim(a, 3));
        }));
        m.add(Builtin.of("matrix_norm", a -> { // (A, ord='fro', dim=(-2, -1), keepdim=False, *, dtype=None)
            a.expect(1, 4, "A", "ord", "dim", "keepdim", "dtype");
            Tensor x = TorchArgs.tensor(a, a.option(0, "A", null));
            Object dim = a.option(2, "dim", null);
            return matrixNorm(x, a.option(1, "ord", "fro"), dim == null ? new int[] {-2, -1} : dims(a, dim, x), keepdim(a, 3));
        }));
        m.add(Builtin.of("norm", a -> { // (A, ord=None, dim=None, keepdim=False, *, dtype=None)
            a.expect(1, 4, "A", "ord", "dim", "keepdim", "dtype");
            Tensor x = TorchArgs.tensor(a, a.option(0, "A", null));
            Object ord = a.option(1, "ord", null), dim = a.option(2, "dim", null);
            boolean keep = keepdim(a, 3);
            int[] dims = dims(a, dim, x);
            if (dims != null && dims.length == 2) return matrixNorm(x, ord == null ? "fro" : ord, dims, keep);
            if (dims == null && ord != null) {
                if (x.ndim() == 2) return matrixNorm(x, ord, new int[] {-2, -1}, keep);
                if (x.ndim() != 1)
                    throw new PyError("RuntimeError", "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got " + x.ndim() + "D.");
            }
            if (ord instanceof String) throw new PyError("RuntimeError", "linalg.matrix_norm: dim must be a 2-tuple. Got " + (dims == null ? 1 : dims.length));
            return Ops.vectorNorm(x, ord == null ? 2 : PyNumbers.approx(Values.plain(ord)), dims, keep);
        }));
        m.add("LinAlgError", dev.adjoint.lang.Exceptions.library(LinalgError.PYTHON_TYPE));
        m.add(Builtin.of("inv", a -> Ops.inv(TorchArgs.tensor(a, a.expect(1, 1, "A").option(0, "A", null)))));
        m.add(Builtin.of("det", a -> Ops.det(TorchArgs.tensor(a, a.expect(1, 1, "A").option(0, "A", null)))));
        m.add(Builtin.of("multi_dot", a -> MatrixFunctions.multiDot(TorchArgs.tensors(a.expect(1, 1, "tensors"), a.option(0, "tensors", null)))));
        m.add(Builtin.of("matrix_power", a -> {
            a = a.positionalFrom("A", "n").expect(2, 2);
            return MatrixFunctions.matrixPower(TorchArgs.tensor(a, a.get(0)), Values.toLong(Values.plain(a.get(1)), "n"));
        }));
        m.add(Builtin.of("slogdet", a -> MatrixFunctions.slogdet(TorchArgs.tensor(a, a.positionalFrom("A").expect(1, 1).get(0)), "linalg_slogdet", "linalg.slogdet")));
        m.add(Builtin.of("cross", a -> { // (input, other, *, dim=-1)
            a.expect(2, 2, "input", "other", "dim");
            Tensor x = TorchArgs.tensor(a, a.option(0, "input", null)), y = TorchArgs.tensor(a, a.option(1, "other", null));
            return Ops.cross(x, y, (int) Values.toLong(Values.plain(a.option(-1, "dim", -1L)), "dim"));
        }));
        m.add(Builtin.of("solve", a -> { // (A, B, *, left=True)
            a.expect(2, 2, "A", "B", "left");
            if (!a.bool(-1, "left", true)) throw new PyError("NotImplementedError", "linalg.solve's left=False is not supported by adjoint");
            return Ops.solve(TorchArgs.tensor(a, a.option(0, "A", null)), TorchArgs.tensor(a, a.option(1, "B", null)));
        }));
        return m;
    }

    /** ord 'fro' as the vector 2-norm over the two dims; ±1 and ±inf as PyTorch's amax/amin of vector 1-norms. */
    private static Tensor matrixNorm(Tensor x, Object ord, int[] dims, boolean keep) {
        if (dims.length != 2) throw new PyError("RuntimeError", "linalg.matrix_norm: dim must be a 2-tuple. Got " + dims.length);
        if (x.ndim() < 2) throw new PyError("RuntimeError", "linalg.matrix_norm: The input tensor A must have at least 2 dimensions.");
        int rows = dev.adjoint.ndarray.Shapes.axis(dims[0], x.ndim()), columns = dev.adjoint.ndarray.Shapes.axis(dims[1], x.ndim());
        if (ord instanceof String s) {
            if (s.equals("fro")) return Ops.vectorNorm(x, 2, new int[] {rows, columns}, keep);
            if (s.equals("nuc")) throw noSingularValues("'nuc'");
            throw new PyError("RuntimeError", "linalg.matrix_norm: Order " + s + " not supported.");
        }
        double p = PyNumbers.approx(Values.plain(ord));
        if (Math.abs(p) == 2) throw noSingularValues(Values.plain(ord).toString());
        if (Math.abs(p) != 1 && !Double.isInfinite(p))
            throw new PyError("RuntimeError", "linalg.matrix_norm: Order " + dev.adjoint.lang.Repr.str(Values.plain(ord)) + " not supported.");
        return Ops.matrixNorm(x, p, rows, columns, keep);
    }

    private static PyError noSingularValues(String ord) {
        return new PyError("NotImplementedError", "torch.linalg: the matrix norm of order " + ord
                + " needs singular values, which adjoint does not compute; 'fro', 1, -1, inf and -inf are offered");
    }

    /** dim: None, an int, or a tuple/list of ints. */
    private static int[] dims(Args a, Object dim, Tensor x) {
        if (dim == null) return null;
        List<?> items = dim instanceof List<?> l ? l : List.of(dim);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = dev.adjoint.ndarray.Shapes.axis((int) Values.toLong(Values.plain(items.get(i)), "dim"), Math.max(x.ndim(), 1));
        return out;
    }

    private static boolean keepdim(Args a, int index) {
        return Values.truthy(a.option(index, "keepdim", false));
    }
}
