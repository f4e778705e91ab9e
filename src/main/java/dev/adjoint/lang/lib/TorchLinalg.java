package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.LinalgError;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.ReturnTypes;
import dev.adjoint.lang.TensorFunctions;
import dev.adjoint.lang.MatrixFunctions;
import dev.adjoint.lang.Values;
import java.util.List;

/**
 * {@code torch.linalg}: inv, det and solve (LU with partial pivoting; a singular matrix is
 * PyTorch's LinAlgError), and the norms as PyTorch 1.13 reads their arguments: vector_norm (any ord,
 * dim=None flattens), matrix_norm (ord 'fro', ±1, ±inf over two dims) and norm, which picks one of
 * them from ord and dim; the matrix norms 2, −2 and 'nuc' from svdvals. cholesky, eigvalsh, svdvals
 * (with gradients), matrix_rank and cond.
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
            return Ops.vectorNorm(x, PyNumbers.approx(Values.plain(ord)), vectorDims(a, a.option(2, "dim", null), x), keepdim(a, 3));
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
        m.add(Builtin.of("cholesky", a -> { // (A, *, upper=False)
            a.expect(1, 1, "A", "upper");
            Tensor l = Ops.cholesky(TorchArgs.tensor(a, a.option(0, "A", null)));
            return a.bool(-1, "upper", false) ? Ops.transpose(l, -2, -1) : l;
        }));
        m.add(Builtin.of("eigvalsh", a -> { // (A, UPLO='L')
            a.expect(1, 2, "A", "UPLO");
            return Ops.eigvalsh(TorchArgs.tensor(a, a.option(0, "A", null)), uplo(a));
        }));
        m.add(Builtin.of("eigh", a -> { // (A, UPLO='L'): torch.return_types.linalg_eigh(eigenvalues, eigenvectors)
            a.expect(1, 2, "A", "UPLO");
            Tensor[] r = Ops.eigh(TorchArgs.tensor(a, a.option(0, "A", null)), uplo(a));
            return new ReturnTypes("linalg_eigh", "eigenvalues", "eigenvectors", r[0], r[1]);
        }));
        m.add(Builtin.of("svd", a -> { // (A, full_matrices=True, *, driver=None): torch.return_types.linalg_svd(U, S, Vh)
            a.expect(1, 2, "A", "full_matrices", "driver");
            if (a.keyword("driver") != null) throw new PyError("RuntimeError", "torch.linalg.svd: keyword argument `driver=` is only supported on CUDA inputs with cuSOLVER backend.");
            Tensor[] r = Ops.svd(TorchArgs.tensor(a, a.option(0, "A", null)), Values.truthy(a.option(1, "full_matrices", true)));
            return new ReturnTypes("linalg_svd", List.of("U", "S", "Vh"), List.of(r[0], r[1], r[2]));
        }));
        m.add(Builtin.of("qr", a -> { // (A, mode='reduced'): torch.return_types.linalg_qr(Q, R)
            a.expect(1, 2, "A", "mode");
            Object mode = Values.plain(a.option(1, "mode", "reduced"));
            if (!(mode instanceof String s)) throw PyError.type("linalg_qr(): argument 'mode' (position 2) must be str, not " + Values.typeName(mode));
            Tensor[] r = Ops.qr(TorchArgs.tensor(a, a.option(0, "A", null)), s);
            return new ReturnTypes("linalg_qr", "Q", "R", r[0], r[1]);
        }));
        m.add(Builtin.of("pinv", a -> { // (A, *, atol=None, rtol=None, hermitian=False), or 1.13's (A, rcond, hermitian=False)
            a.expect(1, 3, "A", "atol", "rtol", "hermitian", "rcond");
            Tensor x = TorchArgs.tensor(a, a.option(0, "A", null));
            Object rcond = a.option(1, "rcond", null);
            boolean hermitian = Values.truthy(a.option(2, "hermitian", false));
            if (rcond != null) return Ops.pinv(x, 0, number(rcond), hermitian);
            Object atol = a.keyword("atol"), rtol = a.keyword("rtol");
            return Ops.pinv(x, atol == null ? 0 : number(atol), rtol == null ? -1 : number(rtol), hermitian);
        }));
        m.add(Builtin.of("lstsq", a -> { // (A, B, rcond=None, *, driver=None): torch.return_types.linalg_lstsq(solution, residuals, rank, singular_values)
            a.expect(2, 3, "A", "B", "rcond", "driver");
            Object driver = Values.plain(a.keyword("driver"));
            if (driver != null && !List.of("gels", "gelsy", "gelsd", "gelss").contains(driver))
                throw new PyError("RuntimeError", "torch.linalg.lstsq: parameter `driver` should be one of (gels, gelsy, gelsd, gelss)");
            Object rcond = a.option(2, "rcond", null);
            Tensor[] r = Ops.lstsq(TorchArgs.tensor(a, a.option(0, "A", null)), TorchArgs.tensor(a, a.option(1, "B", null)), rcond == null ? null : number(rcond),
                    driver == null ? "gelsy" : (String) driver);
            return new ReturnTypes("linalg_lstsq", List.of("solution", "residuals", "rank", "singular_values"), List.of(r[0], r[1], r[2], r[3]));
        }));
        m.add(Builtin.of("solve_triangular", a -> { // (A, B, *, upper, left=True, unitriangular=False)
            a.expect(2, 2, "A", "B", "upper", "left", "unitriangular");
            if (a.keyword("upper") == null) throw PyError.type("linalg_solve_triangular() missing 1 required positional arguments: \"upper\"");
            return Ops.solveTriangular(TorchArgs.tensor(a, a.option(0, "A", null)), TorchArgs.tensor(a, a.option(1, "B", null)), a.bool(-1, "upper", false),
                    a.bool(-1, "left", true), a.bool(-1, "unitriangular", false));
        }));
        m.add(Builtin.of("svdvals", a -> Ops.svdvals(TorchArgs.tensor(a, a.expect(1, 1, "A").option(0, "A", null)))));
        m.add(Builtin.of("matrix_rank", a -> { // (A, tol=None, hermitian=False, *, atol=None, rtol=None): singular values above max(m, n) · eps · the largest
            a.expect(1, 3, "A", "tol", "hermitian", "atol", "rtol");
            Tensor x = TorchArgs.tensor(a, a.option(0, "A", null));
            if (a.option(1, "tol", null) != null || a.keyword("atol") != null || a.keyword("rtol") != null)
                throw new PyError("NotImplementedError", "linalg.matrix_rank's tol, atol and rtol are not supported by adjoint");
            Tensor s;
            try (dev.adjoint.scope.Scope ignored = dev.adjoint.autograd.GradMode.noGrad()) {
                s = Ops.svdvals(x);
            }
            int[] shape = s.shape();
            int k = shape[shape.length - 1], rows = x.shape()[x.ndim() - 2], cols = x.shape()[x.ndim() - 1];
            double[] v = s.value().toArray(), rank = new double[k == 0 ? 1 : v.length / k];
            for (int b = 0; b < rank.length && k > 0; b++) {
                double tol = v[b * k] * Math.max(rows, cols) * Math.ulp(1.0);
                for (int i = 0; i < k; i++) if (v[b * k + i] > tol) rank[b]++;
            }
            return Tensor.constant(dev.adjoint.ndarray.NDArray.of(rank, java.util.Arrays.copyOf(shape, shape.length - 1)), dev.adjoint.autograd.DType.INT64);
        }));
        m.add(Builtin.of("cond", a -> { // (A, p=None): the 2-norm's, the largest singular value over the smallest
            a.expect(1, 2, "A", "p");
            Tensor x = TorchArgs.tensor(a, a.option(0, "A", null));
            Object p = a.option(1, "p", null);
            if (p != null && !(Values.plain(p) instanceof Number n && Math.abs(n.doubleValue()) == 2))
                throw new PyError("NotImplementedError", "linalg.cond with p=" + dev.adjoint.lang.Repr.str(Values.plain(p)) + " is not supported by adjoint; p=None and ±2 are");
            Tensor s = Ops.svdvals(x);
            int k = s.shape()[s.ndim() - 1];
            Tensor first = dev.adjoint.autograd.op.Indexing.view(s, List.of(dev.adjoint.autograd.op.Indexing.ELLIPSIS, new dev.adjoint.ndarray.Index.At(0)));
            Tensor last = dev.adjoint.autograd.op.Indexing.view(s, List.of(dev.adjoint.autograd.op.Indexing.ELLIPSIS, new dev.adjoint.ndarray.Index.At(k - 1)));
            return p != null && ((Number) Values.plain(p)).doubleValue() < 0 ? Ops.div(last, first) : Ops.div(first, last);
        }));
        m.add(Builtin.of("multi_dot", a -> MatrixFunctions.multiDot(TorchArgs.tensors(a.expect(1, 1, "tensors"), a.option(0, "tensors", null)))));
        m.add(Builtin.of("matrix_power", a -> {
            a = a.positionalFrom("A", "n").expect(2, 2);
            return MatrixFunctions.matrixPower(TorchArgs.tensor(a, a.get(0)), Values.toLong(Values.plain(a.get(1)), "n"));
        }));
        for (String name : List.of("lu", "lu_factor", "lu_factor_ex")) // (A, *, pivot=True): torch.return_types.linalg_lu(P, L, U), linalg_lu_factor(LU, pivots), ...
            m.add(name, Builtin.of("linalg_" + name, a -> {
                Args b = a.positionalFrom("A");
                if (b.size() == 0) throw PyError.type("linalg_" + name + "() missing 1 required positional arguments: \"A\"");
                Tensor x = TensorFunctions.tensor(b.expect(1, 1, "pivot", "check_errors"), b.get(0), "A", 1);
                if (!b.bool(-1, "pivot", true)) throw new PyError("RuntimeError", "linalg.lu_factor: LU without pivoting is not implemented on the CPU");
                Tensor[] r = Ops.lu(x, !name.equals("lu"), name.equals("lu") ? "linalg.lu" : "torch.lu_factor");
                if (name.equals("lu")) return new ReturnTypes("linalg_lu", List.of("P", "L", "U"), List.of(r[0], r[1], r[2]));
                if (name.equals("lu_factor_ex")) {
                    if (b.bool(-1, "check_errors", false)) luErrors(r[2], x.ndim(), "torch.linalg.lu_factor_ex");
                    return new ReturnTypes("linalg_lu_factor_ex", List.of("LU", "pivots", "info"), List.of(r[0], r[1], r[2]));
                }
                luErrors(r[2], x.ndim(), "torch.linalg.lu_factor");
                return new ReturnTypes("linalg_lu_factor", "LU", "pivots", r[0], r[1]);
            }));
        for (String name : List.of("eig", "eigvals")) // (input): complex results, which adjoint's tensors cannot hold
            m.add(name, Builtin.of("linalg_" + name, a -> {
                Args b = a.positionalFrom("input");
                if (b.size() == 0) throw PyError.type("linalg_" + name + "() missing 1 required positional arguments: \"input\"");
                TorchArgs.tensor(b.expect(1, 1), b.get(0));
                throw new PyError("NotImplementedError", "torch.linalg." + name + " returns complex tensors (complex128 for float64 input), and adjoint's "
                        + "tensors have no complex dtype; for a symmetric matrix, torch.linalg." + (name.equals("eig") ? "eigh" : "eigvalsh") + " gives its real eigen"
                        + (name.equals("eig") ? "values and vectors" : "values"));
            }));
        m.add("matrix_exp", Builtin.of("linalg_matrix_exp", a -> { // (input): PyTorch's name for it, in its messages too
            Args b = a.positionalFrom("input");
            if (b.size() == 0) throw PyError.type("linalg_matrix_exp() missing 1 required positional arguments: \"input\"");
            return MatrixFunctions.matrixExp(TorchArgs.tensor(b.expect(1, 1), b.get(0)));
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

    /** PyTorch's error for the first matrix of a batch whose U has a zero on its diagonal (LAPACK's info > 0). */
    private static void luErrors(Tensor info, int ndim, String function) {
        double[] v = info.value().toArray();
        for (int b = 0; b < v.length; b++)
            if (v[b] > 0)
                throw new PyError("RuntimeError", function + ": " + (ndim > 2 ? "(Batch element " + b + "): " : "") + "U[" + (long) v[b] + "," + (long) v[b]
                        + "] is zero and using it on lu_solve would result in a division by zero. If you still want to perform the factorization, consider calling "
                        + "linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)");
    }

    /** ord 'fro' as the vector 2-norm over the two dims; ±1 and ±inf as PyTorch's amax/amin of vector 1-norms. */
    private static Tensor matrixNorm(Tensor x, Object ord, int[] dims, boolean keep) {
        if (dims.length != 2) throw new PyError("RuntimeError", "linalg.matrix_norm: dim must be a 2-tuple. Got " + dims.length);
        if (x.ndim() < 2) throw new PyError("RuntimeError", "linalg.matrix_norm: The input tensor A must have at least 2 dimensions.");
        int rows = dev.adjoint.ndarray.Shapes.axis(dims[0], x.ndim()), columns = dev.adjoint.ndarray.Shapes.axis(dims[1], x.ndim());
        if (ord instanceof String s) {
            if (s.equals("fro")) return Ops.vectorNorm(x, 2, new int[] {rows, columns}, keep);
            if (s.equals("nuc")) return kept(Ops.sum(singularValues(x, rows, columns), new int[] {-1}, false), rows, columns, keep);
            throw new PyError("RuntimeError", "linalg.matrix_norm: Order " + s + " not supported.");
        }
        double p = PyNumbers.approx(Values.plain(ord));
        if (Math.abs(p) == 2) return kept(Ops.amax(singularValues(x, rows, columns), new int[] {-1}, false, p < 0), rows, columns, keep); // PyTorch's amax/amin
        if (Math.abs(p) != 1 && !Double.isInfinite(p))
            throw new PyError("RuntimeError", "linalg.matrix_norm: Order " + dev.adjoint.lang.Repr.str(Values.plain(ord)) + " not supported.");
        return Ops.matrixNorm(x, p, rows, columns, keep);
    }

    /** The singular values of the matrices over dims rows and columns (moved last, as PyTorch's matrix_norm moves them). */
    private static Tensor singularValues(Tensor x, int rows, int columns) {
        int n = x.ndim();
        if (rows == n - 2 && columns == n - 1) return Ops.svdvals(x);
        int[] order = new int[n];
        for (int d = 0, k = 0; d < n; d++) if (d != rows && d != columns) order[k++] = d;
        order[n - 2] = rows;
        order[n - 1] = columns;
        return Ops.svdvals(Ops.permute(x, order));
    }

    /** A norm over two dims with keepdim: those dims back as size 1. */
    private static Tensor kept(Tensor r, int rows, int columns, boolean keep) {
        if (!keep) return r;
        return Ops.unsqueeze(Ops.unsqueeze(r, Math.min(rows, columns)), Math.max(rows, columns));
    }

    /** dim: None, an int, or a tuple/list of ints. */
    private static int[] dims(Args a, Object dim, Tensor x) {
        if (dim == null) return null;
        List<?> items = dim instanceof List<?> l ? l : List.of(dim);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = dev.adjoint.ndarray.Shapes.axis((int) Values.toLong(Values.plain(items.get(i)), "dim"), Math.max(x.ndim(), 1));
        return out;
    }

    /** vector_norm's dims: an empty list is all of them and no dim may repeat, as torch 1.13's reductions (tester Z61, Z62). */
    private static int[] vectorDims(Args a, Object dim, Tensor x) {
        int[] dims = dims(a, dim, x);
        if (dims == null || x.ndim() == 0) return dims;
        return dims.length == 0 ? TensorFunctions.allDims(x.ndim()) : TensorFunctions.distinct(dims, x.ndim());
    }

    /** A tolerance given as a number or a one-element tensor. */
    private static double number(Object v) {
        return v instanceof Tensor t ? t.item() : PyNumbers.approx(Values.plain(v));
    }

    /** UPLO: 'L' or 'U', the triangle eigh and eigvalsh read. */
    private static String uplo(Args a) {
        Object uplo = Values.plain(a.option(1, "UPLO", "L"));
        if (!"L".equals(uplo) && !"U".equals(uplo)) throw new PyError("RuntimeError", "Expected UPLO argument to be 'L' or 'U', but got " + uplo);
        return (String) uplo;
    }

    private static boolean keepdim(Args a, int index) {
        return Values.truthy(a.option(index, "keepdim", false));
    }
}
