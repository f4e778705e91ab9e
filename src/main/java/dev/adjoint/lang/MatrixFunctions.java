package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Functions of (batches of) matrices as PyTorch 1.13 computes them: matrix_power (repeated
 * squaring from the lowest bit, the inverse first for a negative power), slogdet/logdet (from the
 * LU factors), multi_dot (the cheapest order of the products) and adjoint (the transpose of the
 * last two dims, a view), with PyTorch's grad_fn names and messages.
 */
public final class MatrixFunctions {
    private MatrixFunctions() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("matrix_power", a -> {
            a = a.positionalFrom("input", "n").expect(2, 2);
            return matrixPower(TensorFunctions.self(a), Values.toLong(Values.plain(a.get(1)), "n"));
        });
        add.accept("eig", a -> { // torch.eig and x.eig(): removed in 1.13, with this message
            throw new PyError("RuntimeError", "This function was deprecated since version 1.9 and is now removed. Please use the `torch.linalg.eig` function instead.");
        });
        add.accept("matrix_exp", a -> {
            a = a.positionalFrom("input");
            if (a.size() > 1 && TensorFunctions.calledOnTensor(a)) throw PyError.type("_TensorBase.matrix_exp() takes no arguments (" + (a.size() - 1) + " given)");
            return matrixExp(TensorFunctions.self(a.size() == 0 ? a : a.expect(1, 1)));
        });
        add.accept("slogdet", a -> slogdet(TensorFunctions.self(a.positionalFrom("input").expect(1, 1)), "slogdet", "linalg.slogdet"));
        add.accept("svd", a -> { // (input, some=True, compute_uv=True): torch.return_types.svd(U, S, V), V = Vhᵀ
            a = a.positionalFrom("input").expect(1, 3, "some", "compute_uv");
            Tensor x = TensorFunctions.self(a);
            boolean some = Values.truthy(a.option(1, "some", true)), uv = Values.truthy(a.option(2, "compute_uv", true));
            if (!uv) { // the singular values, U and V zeros of the square shapes (PyTorch ignores some then)
                Tensor s = Ops.svdvals(x);
                int[] shape = x.shape();
                int m = shape[shape.length - 2], n = shape[shape.length - 1];
                return new ReturnTypes("svd", List.of("U", "S", "V"), List.of(zeros(shape, m, m, x), s, zeros(shape, n, n, x)));
            }
            Tensor[] r = Ops.svd(x, !some);
            return new ReturnTypes("svd", List.of("U", "S", "V"), List.of(r[0], r[1], Ops.transpose(r[2], -2, -1)));
        });
        add.accept("qr", a -> { // (input, some=True), deprecated in 1.13 for linalg.qr: torch.return_types.qr(Q, R)
            a = a.positionalFrom("input").expect(1, 2, "some");
            Tensor x = TensorFunctions.self(a);
            a.interpreter().warnOnceAtCall("UserWarning", "torch.qr is deprecated in favor of torch.linalg.qr and will be removed in a future PyTorch release.\n"
                    + "The boolean parameter 'some' has been replaced with a string parameter 'mode'.\nQ, R = torch.qr(A, some)\nshould be replaced with\n"
                    + "Q, R = torch.linalg.qr(A, 'reduced' if some else 'complete') (Triggered internally at  ./aten/src/ATen/native/BatchLinearAlgebra.cpp:2349.)", a.span(), null);
            Tensor[] r = Ops.qr(x, Values.truthy(a.option(1, "some", true)) ? "reduced" : "complete");
            return new ReturnTypes("qr", "Q", "R", r[0], r[1]);
        });
        add.accept("pinverse", a -> { // (input, rcond=1e-15): linalg.pinv with rtol=rcond
            a = a.positionalFrom("input").expect(1, 2, "rcond");
            Object rcond = a.option(1, "rcond", 1e-15);
            return Ops.pinv(TensorFunctions.self(a), 0, rcond instanceof Tensor t ? t.item() : PyNumbers.approx(Values.plain(rcond)), false);
        });
        add.accept("cholesky_solve", a -> { // (input, input2, upper=False): X with (L Lᵀ) X = input, L = input2
            a = a.positionalFrom("input", "input2").expect(2, 3, "upper");
            return Ops.choleskySolve(TensorFunctions.self(a), TensorFunctions.tensor(a, a.get(1), "input2", 2), Values.truthy(a.option(2, "upper", false)));
        });
        add.accept("cholesky_inverse", a -> { // (input, upper=False)
            a = a.positionalFrom("input").expect(1, 2, "upper");
            return Ops.choleskyInverse(TensorFunctions.self(a), Values.truthy(a.option(1, "upper", false)));
        });
        add.accept("cholesky", a -> { // (input, upper=False), deprecated in 1.13 for linalg.cholesky
            a = a.positionalFrom("input").expect(1, 2, "upper");
            Tensor x = TensorFunctions.self(a);
            a.interpreter().warnOnceAtCall("UserWarning", "torch.cholesky is deprecated in favor of torch.linalg.cholesky and will be removed in a future PyTorch release.\n"
                    + "L = torch.cholesky(A)\nshould be replaced with\nL = torch.linalg.cholesky(A)\nand\nU = torch.cholesky(A, upper=True)\nshould be replaced with\n"
                    + "U = torch.linalg.cholesky(A).mH().\nThis transform will produce equivalent results for all valid (symmetric positive definite) inputs. "
                    + "(Triggered internally at  ./aten/src/ATen/native/BatchLinearAlgebra.cpp:1615.)", a.span(), null);
            Tensor l = Ops.choleskyDeprecated(x);
            return Values.truthy(a.option(1, "upper", false)) ? Ops.transpose(l, -2, -1) : l;
        });
        add.accept("logdet", a -> Ops.logdet(TensorFunctions.self(a.positionalFrom("input").expect(1, 1))));
        add.accept("adjoint", a -> {
            Tensor x = TensorFunctions.self(a.expect(1, 1));
            if (x.ndim() < 2) throw new AutogradException("tensor.adjoint() is only supported on matrices or batches of matrices. Got " + x.ndim() + "-D tensor.");
            return Views.of(x, Ops::matrixTranspose);
        });
    }

    /** Zeros of x's batch shape and dtype with an r x c matrix each. */
    private static Tensor zeros(int[] shape, int r, int c, Tensor x) {
        int[] z = shape.clone();
        z[z.length - 2] = r;
        z[z.length - 1] = c;
        return Tensor.constant(NDArray.zeros(z), x.dtype());
    }

    /** torch.return_types.{name}(sign, logabsdet); {@code function} names the check's messages. */
    public static Object slogdet(Tensor x, String name, String function) {
        Tensor[] s = Ops.slogdet(x, function);
        return new ReturnTypes(name, "sign", "logabsdet", s[0], s[1]);
    }

    /** torch.linalg.matrix_exp (torch.matrix_exp): PyTorch's checks of the shape, then of the type, before {@link Ops#matrixExp}. */
    public static Tensor matrixExp(Tensor a) {
        int[] s = a.shape();
        if (a.ndim() < 2) throw new AutogradException("linalg.matrix_exp: The input tensor A must have at least 2 dimensions.");
        if (s[s.length - 1] != s[s.length - 2])
            throw new AutogradException("linalg.matrix_exp: A must be batches of square matrices, but they are " + s[s.length - 2] + " by " + s[s.length - 1] + " matrices");
        if (!a.dtype().isFloating()) throw new AutogradException("matrix_exp: Expected a floating point or complex tensor as input. Got " + a.dtype().scalarName());
        return Ops.matrixExp(a);
    }

    /** A^n: n = 0 the identity (written into a copy, CopyBackwards), 1 a copy, 2 and 3 straight products, else by squaring. */
    public static Tensor matrixPower(Tensor a, long n) {
        int[] s = a.shape();
        if (a.ndim() < 2) throw new AutogradException("linalg.matrix_power: The input tensor A must have at least 2 dimensions.");
        if (s[s.length - 1] != s[s.length - 2])
            throw new AutogradException("linalg.matrix_power: A must be batches of square matrices, but they are " + s[s.length - 2] + " by " + s[s.length - 1] + " matrices");
        if (n == 0) {
            int m = s[s.length - 1];
            Tensor eye = Tensor.constant(NDArray.eye(m, m).broadcastTo(s), a.dtype());
            return a.requiresGrad() ? InPlace.copy(Ops.clone(a), eye) : eye;
        }
        if (n < 0) {
            a = Ops.inv(a);
            n = -n;
        }
        if (n == 1) return Ops.clone(a);
        if (n == 2) return Ops.matmul(a, a);
        if (n == 3) return Ops.matmul(Ops.matmul(a, a), a);
        Tensor z = null, result = null;
        while (n > 0) { // the powers of two from the lowest bit up, each multiplied in where n has that bit
            boolean bit = n % 2 == 1;
            n /= 2;
            z = z == null ? a : Ops.matmul(z, z);
            if (bit) result = result == null ? z : Ops.matmul(result, z);
        }
        return result;
    }

    /** linalg.multi_dot(tensors): the product of the chain, the first and last may be vectors, in the order of fewest multiplications. */
    public static Tensor multiDot(List<Tensor> tensors) {
        int n = tensors.size();
        if (n < 2) throw new AutogradException("multi_dot(): expected at least 2 tensors but got " + n);
        Tensor first = tensors.get(0), last = tensors.get(n - 1);
        if (first.ndim() < 1 || first.ndim() > 2) throw new AutogradException("multi_dot(): the first tensor must be 1D or 2D but got " + first.ndim() + "D");
        for (int i = 1; i < n - 1; i++)
            if (tensors.get(i).ndim() != 2) throw new AutogradException("multi_dot(): tensor " + i + " must be 2D but got " + tensors.get(i).ndim() + "D");
        if (last.ndim() < 1 || last.ndim() > 2) throw new AutogradException("multi_dot(): the last tensor must be 1D or 2D but got " + last.ndim() + "D");
        for (int i = 1; i < n; i++)
            if (tensors.get(i).dtype() != first.dtype())
                throw new AutogradException("multi_dot(): all tensors must have be the same dtype but tensor 0 is " + first.dtype().cName() + " and tensor " + i + " "
                        + tensors.get(i).dtype().cName());
        List<Tensor> m = new ArrayList<>(tensors);
        if (first.ndim() == 1) m.set(0, Ops.unsqueeze(first, 0));
        if (last.ndim() == 1) m.set(n - 1, Ops.unsqueeze(last, 1));
        for (int i = 0; i + 1 < n; i++)
            if (m.get(i).shape()[1] != m.get(i + 1).shape()[0])
                throw new AutogradException("multi_dot(): tensors " + i + " and " + (i + 1) + " with shapes " + Tensor.torchShape(tensors.get(i).shape()) + " and "
                        + Tensor.torchShape(tensors.get(i + 1).shape()) + " cannot be multiplied");
        Tensor product;
        if (n == 2) product = Ops.matmul(m.get(0), m.get(1));
        else if (n == 3) { // PyTorch's rule for three: (AB)C unless A(BC) costs less
            long p = m.get(0).shape()[0], q = m.get(1).shape()[0], r = m.get(2).shape()[0], t = m.get(2).shape()[1];
            product = p * r * (q + t) > q * t * (p + r) ? Ops.matmul(m.get(0), Ops.matmul(m.get(1), m.get(2))) : Ops.matmul(Ops.matmul(m.get(0), m.get(1)), m.get(2));
        } else product = inOrder(m, splits(m), 0, n - 1);
        List<Integer> out = new ArrayList<>();
        if (first.ndim() == 2) out.add(first.shape()[0]);
        if (last.ndim() == 2) out.add(last.shape()[1]);
        return Ops.view(product, out.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The matrix-chain order: split[i][j], where the product of matrices i..j is best split (the first cheapest). */
    private static int[][] splits(List<Tensor> m) {
        int n = m.size();
        long[] dims = new long[n + 1];
        for (int i = 0; i < n; i++) dims[i] = m.get(i).shape()[0];
        dims[n] = m.get(n - 1).shape()[1];
        long[][] cost = new long[n][n];
        int[][] split = new int[n][n];
        for (int len = 1; len < n; len++)
            for (int i = 0; i + len < n; i++) {
                int j = i + len;
                cost[i][j] = Long.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    long c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1];
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        split[i][j] = k;
                    }
                }
            }
        return split;
    }

    private static Tensor inOrder(List<Tensor> m, int[][] split, int i, int j) {
        if (i == j) return m.get(i);
        int k = split[i][j];
        return Ops.matmul(inOrder(m, split, i, k), inOrder(m, split, k + 1, j));
    }
}
