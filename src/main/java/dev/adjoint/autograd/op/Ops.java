package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.ShapeException;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The functions of the engine, by their lowercase names: primitives apply one op; composites
 * (transpose, std, norm, the losses, ...) are built from primitives and get their derivatives
 * for free, under PyTorch's name for the whole where PyTorch shows one node.
 */
public final class Ops {
    private Ops() {}

    public static Tensor scalar(double v) {
        return Tensor.constant(v);
    }

    // ---- elementwise, broadcasting ----

    public static Tensor add(Tensor a, Tensor b) { return binary(Add.INSTANCE, a, b); }

    public static Tensor sub(Tensor a, Tensor b) { return binary(Sub.INSTANCE, a, b); }

    /** add(a, b, alpha=α) = a + α·b, or sub's a − α·b, as one node with one rounding (PyTorch's fused kernel). */
    public static Tensor addScaled(Tensor a, Tensor b, Number alpha, boolean sub) { return binary(new AddScaled(alpha, sub), a, b); }

    /** remainder(a, b): the remainder with the divisor's sign, as Python's %; a Python number as b is no input of PyTorch's node. */
    public static Tensor remainder(Tensor a, Tensor b, boolean numberDivisor) {
        Remainder.checkIntegerDivisor(a, b);
        return binary(numberDivisor ? Remainder.NUMBER_DIVISOR : Remainder.INSTANCE, a, b);
    }

    /** torch.linalg.inv of a batch of square matrices. */
    public static Tensor inv(Tensor a) {
        LinalgError.checkSquare(a, "linalg.inv");
        return Tensor.apply(LinalgInv.INSTANCE, a);
    }

    /** torch.linalg.cholesky of a batch of symmetric positive-definite matrices (their lower triangles read). */
    public static Tensor cholesky(Tensor a) {
        LinalgError.checkSquare(a, "linalg.cholesky");
        return Tensor.apply(LinalgCholesky.INSTANCE, a);
    }

    /** torch.cholesky(A), deprecated in 1.13 for linalg.cholesky: the same factor as one CholeskyBackward0 node. */
    public static Tensor choleskyDeprecated(Tensor a) {
        LinalgError.checkSquare(a, "linalg.cholesky");
        return named("CholeskyBackward0", LinalgCholesky.INSTANCE, a);
    }

    /** torch.linalg.eigvalsh of a batch of symmetric matrices read from triangle {@code uplo} ('L' or 'U'): the eigenvalues, ascending. */
    public static Tensor eigvalsh(Tensor a, String uplo) {
        checkEigh(a);
        return LinalgEigh.of(a, uplo, recorded(a))[0]; // PyTorch computes the vectors only for autograd's rules
    }

    /** torch.linalg.eigh: {eigenvalues ascending, eigenvectors in columns} (LinalgEighBackward0), LAPACK's signs. */
    public static Tensor[] eigh(Tensor a, String uplo) {
        checkEigh(a);
        return LinalgEigh.of(a, uplo, true);
    }

    private static void checkEigh(Tensor a) {
        if (!a.dtype().isFloating()) throw new AutogradException("\"linalg_eigh_cpu\" not implemented for '" + a.dtype().scalarName() + "'");
        LinalgError.checkSquare(a, "linalg.eigh");
    }

    /** Whether autograd records an op of {@code a}: PyTorch's decompositions then compute what the rules read. */
    private static boolean recorded(Tensor a) {
        return a.requiresGrad() && dev.adjoint.autograd.GradMode.isEnabled();
    }

    /** torch.linalg.svdvals of a batch of matrices: the singular values, descending. */
    public static Tensor svdvals(Tensor a) {
        checkSvd(a);
        return LinalgSvd.of(a, recorded(a) ? 'S' : 'N')[1];
    }

    /** torch.linalg.svd: {U, S, Vh} (LinalgSvdBackward0), U and Vh square with {@code full}, LAPACK's signs. */
    public static Tensor[] svd(Tensor a, boolean full) {
        checkSvd(a);
        return LinalgSvd.of(a, full ? 'A' : 'S');
    }

    /** torch.linalg.qr: {Q, R} (LinalgQrBackward0) for mode 'reduced', 'complete' or 'r' (Q empty), LAPACK's signs. */
    /**
     * torch.linalg.lu ({P, L, U}) or, {@code packed}, torch.linalg.lu_factor_ex ({LU, pivots, info})
     * of a batch of m x n floating matrices; {@code function} names the caller in the messages.
     */
    public static Tensor[] lu(Tensor a, boolean packed, String function) {
        if (a.ndim() < 2) throw new AutogradException(function + ": Expected tensor with 2 or more dimensions. Got size: " + Tensor.torchShape(a.shape()) + " instead");
        if (!a.dtype().isFloating()) throw new AutogradException("\"lu_cpu\" not implemented for '" + a.dtype().scalarName() + "'");
        return packed ? LinalgLu.packed(a) : LinalgLu.unpacked(a);
    }

    public static Tensor[] qr(Tensor a, String mode) {
        if (a.ndim() < 2) throw new AutogradException("linalg.qr: The input tensor A must have at least 2 dimensions.");
        if (!a.dtype().isFloating()) throw new AutogradException("linalg.qr: Expected a floating point or complex tensor as input. Got " + a.dtype().scalarName());
        if (!mode.equals("reduced") && !mode.equals("complete") && !mode.equals("r"))
            throw new AutogradException("qr received unrecognized mode '" + mode + "' but expected one of 'reduced' (default), 'r', or 'complete'");
        return LinalgQr.of(a, mode);
    }

    /**
     * torch.linalg.pinv: singular values (|eigenvalues| for {@code hermitian}) above
     * max(atol, rtol · the largest) inverted, the others dropped; rtol &lt; 0 is PyTorch's default,
     * eps · max(m, n), or 0 when atol &gt; 0.
     */
    public static Tensor pinv(Tensor a, double atol, double rtol, boolean hermitian) {
        if (a.ndim() < 2 || !a.dtype().isFloating())
            throw new AutogradException("linalg.pinv(" + a.dtype().scalarName() + "{" + Tensor.torchShape(a.shape()) + "}): expected a tensor with 2 "
                    + "or more dimensions of float, double, cfloat or cdouble types");
        if (hermitian) LinalgError.checkSquare(a, "linalg.eigh");
        int[] s = a.shape();
        if (rtol < 0) rtol = atol > 0 ? 0 : (a.isFloat32() ? Math.ulp(1f) : Math.ulp(1.0)) * Math.max(s[s.length - 2], s[s.length - 1]);
        return Tensor.apply(new LinalgPinv(atol, rtol, hermitian, a.isFloat32()), a);
    }

    /**
     * torch.linalg.lstsq: {solution (LinalgLstsqBackward0), residuals, rank, singular_values} as
     * PyTorch 1.13 returns them for {@code driver} (gelsy: rank alone; gelsd and gelss: all, the
     * residuals where m &gt; n and every rank is n; gels: the residuals where m &gt; n); {@code rcond}
     * null for PyTorch's eps · max(m, n). B is a vector right-hand side when it has one dim fewer
     * than A.
     */
    public static Tensor[] lstsq(Tensor a, Tensor b, Double rcond, String driver) {
        if (a.ndim() < 2) throw new AutogradException("torch.linalg.lstsq: input must have at least 2 dimensions.");
        if (b.ndim() < 1) throw new AutogradException("torch.linalg.lstsq: other must have at least 1 dimension.");
        if (a.ndim() < b.ndim() || a.ndim() - b.ndim() > 1)
            throw new AutogradException("torch.linalg.lstsq: input.dim() must be greater or equal to other.dim() and (input.dim() - other.dim()) <= 1");
        if (a.dtype() != b.dtype())
            throw new AutogradException("torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's dtype " + a.dtype().scalarName()
                    + " and other's dtype " + b.dtype().scalarName());
        if (!a.dtype().isFloating()) throw new AutogradException("This function doesn't handle types other than float and double");
        boolean vector = b.ndim() == a.ndim() - 1;
        int[] s = a.shape(), bs = b.shape();
        int m = s[s.length - 2], n = s[s.length - 1];
        int rows = bs[bs.length - (vector ? 1 : 2)];
        if (rows != m) throw new AutogradException("torch.linalg.lstsq: input.size(-2) should match other.size(" + (vector ? -1 : -2) + ")");
        int[] batch = Shapes.broadcast(Arrays.copyOf(s, s.length - 2), Arrays.copyOf(bs, bs.length - (vector ? 1 : 2)));
        int[] aShape = Arrays.copyOf(batch, batch.length + 2), bShape = Arrays.copyOf(batch, batch.length + (vector ? 1 : 2));
        aShape[batch.length] = m;
        aShape[batch.length + 1] = n;
        bShape[batch.length] = m;
        if (!vector) bShape[batch.length + 1] = bs[bs.length - 1];
        if (!Arrays.equals(aShape, s)) a = broadcastTo(a, aShape);
        if (!Arrays.equals(bShape, bs)) b = broadcastTo(b, bShape);
        double eps = a.isFloat32() ? Math.ulp(1f) : Math.ulp(1.0);
        LinalgLstsq op = new LinalgLstsq(driver, rcond != null ? rcond : eps * Math.max(m, n), vector, a.isFloat32());
        Tensor x = Tensor.apply(op, a, b);
        TorchLapack.Lstsq[] found = op.results();
        int count = found.length, k = Math.min(m, n), nrhs = vector ? 1 : bs[bs.length - 1];
        boolean fullRank = true;
        double[] rank = new double[count], values = new double[count * k], residuals = new double[count * nrhs];
        for (int i = 0; i < count; i++) {
            rank[i] = found[i].rank();
            fullRank &= found[i].rank() == n;
            if (found[i].s() != null) System.arraycopy(found[i].s(), 0, values, i * k, k);
            if (found[i].residuals() != null) System.arraycopy(found[i].residuals(), 0, residuals, i * nrhs, nrhs);
        }
        boolean withValues = driver.equals("gelsd") || driver.equals("gelss");
        boolean withResiduals = m > n && !driver.equals("gelsy") && (!withValues || fullRank);
        int[] valuesShape = Arrays.copyOf(batch, batch.length + 1), residualsShape = Arrays.copyOf(batch, batch.length + 1);
        valuesShape[batch.length] = k;
        residualsShape[batch.length] = nrhs; // a vector B's too, as PyTorch 1.13
        DType type = a.dtype();
        return new Tensor[] {x,
                withResiduals ? Tensor.constant(NDArray.of(residuals, residualsShape), type) : Tensor.constant(NDArray.zeros(0), type),
                driver.equals("gels") ? Tensor.constant(NDArray.zeros(0), DType.INT64) : Tensor.constant(NDArray.of(rank, batch), DType.INT64),
                withValues ? Tensor.constant(NDArray.of(values, valuesShape), type) : Tensor.constant(NDArray.zeros(0), type)};
    }

    /** torch.linalg.solve_triangular(A, B, upper=, left=, unitriangular=) (LinalgSolveTriangularBackward0), batch dims broadcast. */
    public static Tensor solveTriangular(Tensor a, Tensor b, boolean upper, boolean left, boolean unitriangular) {
        String f = "linalg.solve_triangular";
        if (a.ndim() < 2) throw new AutogradException(f + ": The input tensor A must have at least 2 dimensions.");
        if (b.ndim() < 2) throw new AutogradException(f + ": The input tensor B must have at least 2 dimensions.");
        Tensor[] ab = squareAndRightHandSides(a, b, f, left);
        return Tensor.apply(new LinalgSolveTriangular(upper, left, unitriangular), ab[0], ab[1]);
    }

    /** torch.cholesky_solve(B, L, upper=False): X with (L Lᵀ) X = B (CholeskySolveBackward0). */
    public static Tensor choleskySolve(Tensor b, Tensor l, boolean upper) {
        if (b.ndim() < 2) throw new AutogradException("b should have at least 2 dimensions, but has " + b.ndim() + " dimensions instead");
        if (l.ndim() < 2) throw new AutogradException("u should have at least 2 dimensions, but has " + l.ndim() + " dimensions instead");
        Tensor[] ab = squareAndRightHandSides(l, b, "cholesky_solve", true);
        return Tensor.apply(new CholeskySolve(upper), ab[1], ab[0]);
    }

    /** torch.cholesky_inverse(L, upper=False): (L Lᵀ)⁻¹ (CholeskyInverseBackward0). */
    public static Tensor choleskyInverse(Tensor l, boolean upper) {
        LinalgError.checkSquare(l, "cholesky_inverse");
        return Tensor.apply(new CholeskyInverse(upper), l);
    }

    /**
     * A square and B's rows (columns for X A = B) matching its size, both
     * broadcast to their common batch dims and promoted to their common floating type: {A, B}.
     */
    private static Tensor[] squareAndRightHandSides(Tensor a, Tensor b, String function, boolean left) {
        int[] s = a.shape(), bs = b.shape();
        int n = s[s.length - 1];
        if (s[s.length - 2] != n)
            throw new AutogradException(function + ": A must be batches of square matrices, but they are " + s[s.length - 2] + " by " + n + " matrices");
        if (bs[bs.length - (left ? 2 : 1)] != n)
            throw new AutogradException(function + ": Incompatible shapes of A and B for the equation " + (left ? "AX = B" : "XA = B") + " (" + n + "x" + n + " and "
                    + bs[bs.length - 2] + "x" + bs[bs.length - 1] + ")");
        DType type = DType.of(a, b); // PyTorch promotes the two
        if (!type.isFloating()) throw new AutogradException("\"triangular_solve_cpu\" not implemented for '" + type.scalarName() + "'");
        if (a.dtype() != type) a = a.to(type);
        if (b.dtype() != type) b = b.to(type);
        int[] batch = Shapes.broadcast(Arrays.copyOf(s, s.length - 2), Arrays.copyOf(bs, bs.length - 2));
        int[] aShape = Arrays.copyOf(batch, batch.length + 2), bShape = Arrays.copyOf(batch, batch.length + 2);
        aShape[batch.length] = aShape[batch.length + 1] = n;
        bShape[batch.length] = bs[bs.length - 2];
        bShape[batch.length + 1] = bs[bs.length - 1];
        return new Tensor[] {Arrays.equals(aShape, s) ? a : broadcastTo(a, aShape), Arrays.equals(bShape, bs) ? b : broadcastTo(b, bShape)};
    }

    private static void checkSvd(Tensor a) {
        if (a.ndim() < 2) throw new AutogradException("linalg.svd: The input tensor A must have at least 2 dimensions.");
        if (!a.dtype().isFloating()) throw new AutogradException("linalg.svd: Expected a floating point or complex tensor as input. Got " + a.dtype().scalarName());
    }

    /** torch.linalg.det of a batch of square matrices. */
    public static Tensor det(Tensor a) {
        LinalgError.checkSquare(a, "linalg.det");
        return Tensor.apply(LinalgDet.INSTANCE, a);
    }

    /** (sign, logabsdet) of torch.linalg.slogdet: the sign a constant, log|det| one LinalgSlogdetBackward0 node. */
    public static Tensor[] slogdet(Tensor a, String function) {
        LinalgError.checkSquare(a, function);
        return new Tensor[] {Tensor.constant(LinalgSlogdet.sign(a.value())), Tensor.apply(LinalgSlogdet.INSTANCE, a)};
    }

    /** torch.logdet: log det, NaN for a negative determinant (where(sign == -1, nan, logabsdet), as PyTorch 1.13). */
    public static Tensor logdet(Tensor a) {
        Tensor[] s = slogdet(a, "logdet");
        return where(eq(s[0], Tensor.constant(-1)), Tensor.constant(Double.NaN), s[1]);
    }

    /** torch.linalg.solve(a, b): x with a·x = b. */
    public static Tensor solve(Tensor a, Tensor b) { return Tensor.apply(LinalgSolve.of(a, b), a, b); }

    /** torch.bmm: matmul of two batches of matrices (BmmBackward0). */
    public static Tensor bmm(Tensor a, Tensor b) {
        checkMatmulTypes(a, b);
        return Tensor.apply(MatMul.INSTANCE, a, b);
    }

    /** A Python number minus a tensor ({@code 1 - x}): the same math as sub, PyTorch's RsubBackward1 in the graph. */
    public static Tensor rsub(Tensor number, Tensor b) { return binary(Sub.REVERSED, number, b); }

    public static Tensor mul(Tensor a, Tensor b) { return binary(Mul.INSTANCE, a, b); }

    /**
     * {@code a + b}, {@code a - b}, {@code a * b} or {@code a / b} by the operator's symbol: the
     * same as add/sub/mul/div, through one call of the op, so that the interpreter's arithmetic
     * (lang/Operators) is compiled with one copy of it instead of four (a shorter warm-up).
     */
    public static Tensor arithmetic(char symbol, Tensor a, Tensor b) {
        return binary(arithmeticOp(symbol), a, b);
    }

    /** The op of {@code +}, {@code -}, {@code *} or {@code /}, for a caller that picks it once (the interpreter, per operator of a loop's body). */
    public static Op arithmeticOp(char symbol) {
        return switch (symbol) {
            case '+' -> Add.INSTANCE;
            case '-' -> Sub.INSTANCE;
            case '*' -> Mul.INSTANCE;
            case '/' -> Div.INSTANCE;
            default -> throw new IllegalArgumentException("not an arithmetic operator: " + symbol);
        };
    }

    /** {@code a op b} for an op of {@link #arithmeticOp}. */
    public static Tensor arithmetic(Op op, Tensor a, Tensor b) {
        return binary(op, a, b);
    }

    public static Tensor div(Tensor a, Tensor b) { return binary(Div.INSTANCE, a, b); }

    /** a ** b for two tensors: integers to negative integer powers are allowed here (PyTorch's powi: 1, ±1 or 0), unlike to a Python number. */
    public static Tensor pow(Tensor a, Tensor b) {
        return binary(Pow.INSTANCE, a, b);
    }

    /** A tensor to the power of a Python number given as the 0-d tensor of its type, so an int64 tensor to an int power stays int64 (PowBackward0). */
    public static Tensor powNumber(Tensor a, Tensor number) {
        Pow.checkExponent(a, number);
        return binary(Pow.SCALAR_EXPONENT, a, number);
    }

    /** A tensor to the power of a Python number ({@code x ** 2}): PyTorch's PowBackward0, which saves only the base. */
    public static Tensor pow(Tensor a, double b) { return binary(Pow.SCALAR_EXPONENT, a, scalar(b)); }

    /** a · v for a number v as PyTorch's C++ composites multiply (mul(Tensor, Scalar): MulBackward1, the number no input). */
    public static Tensor mulScalar(Tensor a, double v) { return named("MulBackward1", Mul.INSTANCE, a, scalar(v)); }

    /** a / v for a number v as PyTorch's C++ composites divide (div(Tensor, Scalar): DivBackward1). */
    public static Tensor divScalar(Tensor a, double v) { return named("DivBackward1", Div.INSTANCE, a, scalar(v)); }

    /** An op under another of PyTorch's names: the node a gradient formula ends with (ThresholdBackwardBackward0). */
    static Tensor named(String torchName, Op op, Tensor... inputs) {
        return Tensor.apply(new Renamed(op, torchName, -1), inputs);
    }

    /** A binary op; shapes that do not broadcast fail with PyTorch's message. */
    private static Tensor binary(Op op, Tensor a, Tensor b) {
        checkBroadcast(a.shape(), b.shape());
        return Tensor.apply(op, a, b);
    }

    /** PyTorch's broadcasting error: the rightmost dimension where the sizes differ and neither is 1. */
    public static void checkBroadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        for (int i = n - 1; i >= 0; i--) {
            int da = i - (n - a.length) >= 0 ? a[i - (n - a.length)] : 1, db = i - (n - b.length) >= 0 ? b[i - (n - b.length)] : 1;
            if (da != db && da != 1 && db != 1)
                throw new ShapeException("The size of tensor a (" + da + ") must match the size of tensor b (" + db + ") at non-singleton dimension " + i);
        }
    }

    public static Tensor neg(Tensor a) {
        if (a.dtype() == DType.BOOL)
            throw new AutogradException("Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        return Tensor.apply(Neg.INSTANCE, a);
    }

    public static Tensor exp(Tensor a) { return Tensor.apply(Exp.INSTANCE, a); }

    public static Tensor log(Tensor a) { return Tensor.apply(Log.INSTANCE, a); }

    public static Tensor sin(Tensor a) { return Tensor.apply(Sin.INSTANCE, a); }

    public static Tensor cos(Tensor a) { return Tensor.apply(Cos.INSTANCE, a); }

    public static Tensor tanh(Tensor a) { return Tensor.apply(Tanh.INSTANCE, a); }

    public static Tensor sigmoid(Tensor a) { return Tensor.apply(Sigmoid.INSTANCE, a); }

    public static Tensor relu(Tensor a) { return Tensor.apply(Relu.INSTANCE, a); }

    /** leaky_relu(a, slope): a where a > 0, else slope·a. */
    public static Tensor leakyRelu(Tensor a, double slope) {
        requireFloating("leaky_relu_cpu", a.dtype());
        return Tensor.apply(new LeakyRelu(slope), a);
    }

    /** gelu(a): a·Φ(a), or PyTorch's tanh approximation when {@code tanh}. */
    public static Tensor gelu(Tensor a, boolean tanh) { return Tensor.apply(tanh ? Gelu.TANH : Gelu.EXACT, a); }

    /** elu(a, alpha), selu(a) (scale given) and celu(a, alpha) (celu true). */
    public static Tensor elu(Tensor a, double alpha, double scale, boolean celu) {
        return Tensor.apply(celu ? new Elu(alpha, 1, 1 / alpha, "CeluBackward0") : new Elu(alpha, scale, 1, "EluBackward0"), a);
    }

    public static Tensor selu(Tensor a) { return elu(a, Elu.SELU_ALPHA, Elu.SELU_SCALE, false); }

    public static Tensor silu(Tensor a) { return Tensor.apply(Silu.INSTANCE, a); }

    public static Tensor softplus(Tensor a, double beta, double threshold) { return Tensor.apply(new Softplus(beta, threshold), a); }

    public static Tensor mish(Tensor a) { return Tensor.apply(Mish.INSTANCE, a); }

    public static Tensor hardswish(Tensor a) { return Tensor.apply(Hardswish.INSTANCE, a); }

    public static Tensor hardsigmoid(Tensor a) { return Tensor.apply(Hardsigmoid.INSTANCE, a); }

    /** softshrink(a, λ) ({@code soft}) or hardshrink(a, λ). */
    public static Tensor shrink(Tensor a, double lambda, boolean soft) { return Tensor.apply(new Shrink(lambda, soft), a); }

    /**
     * prelu(x, w): x where x > 0, else w·x, with one slope or one per channel (dimension 1), shown
     * as PyTorch's PreluBackward0; the gradient reaches w through the product.
     */
    public static Tensor prelu(Tensor x, Tensor weight) {
        int[] shape = new int[x.ndim()];
        java.util.Arrays.fill(shape, 1);
        if (weight.value().size() != 1) shape[1] = weight.value().size();
        Tensor scaled = mul(reshape(weight, shape), x);
        return Tensor.apply(new Renamed(new Where(x.value().map(v -> v > 0 ? 1 : 0), "WhereBackward0"), "PreluBackward0", -1), x, scaled);
    }

    /** hardtanh(a, min, max): a clamped, with a zero slope at the bounds (relu6 is hardtanh(a, 0, 6)). */
    public static Tensor hardtanh(Tensor a, double min, double max) { return Tensor.apply(new Hardtanh(min, max), a); }

    public static Tensor erf(Tensor a) { return Tensor.apply(Erf.INSTANCE, a); }

    /** xlogy(a, b) = a·log(b), 0 where a = 0. */
    public static Tensor xlogy(Tensor a, Tensor b) { return binary(Xlogy.INSTANCE, a, b); }

    /** xlogy(a, b) with b a Python number (XlogyBackward2). */
    public static Tensor xlogy(Tensor a, Tensor b, boolean numberOther) { return binary(numberOther ? Xlogy.NUMBER_OTHER : Xlogy.INSTANCE, a, b); }

    /** A normal draw already made from tensor mean/std, kept in their graph with gradient 0 (torch.normal). */
    public static Tensor normalSample(NDArray sample, String torchName, Tensor... meanStd) { return Tensor.apply(new NormalSample(sample, torchName), meanStd); }

    public static Tensor sqrt(Tensor a) { return Tensor.apply(Sqrt.INSTANCE, a); }

    public static Tensor abs(Tensor a) { return Tensor.apply(Abs.INSTANCE, a); }

    public static Tensor clone(Tensor a) { return Tensor.apply(Clone.INSTANCE, a); }

    /** contiguous() of a view: a clone whose values are laid out in row order. */
    public static Tensor contiguous(Tensor a) { return Tensor.apply(Clone.COMPACT, a); }

    /** The identity as the node of PyTorch's BackwardHookFunction, where a module's full backward hooks are run from. */
    public static Tensor backwardHookFunction(Tensor a) { return named("BackwardHookFunctionBackward", Clone.INSTANCE, a); }

    /** Several tensors through one node for a module's full backward hooks: their entries one after another (see {@link HookGate}). */
    public static Tensor backwardHookGate(Tensor... inputs) {
        int[][] shapes = new int[inputs.length][];
        for (int i = 0; i < inputs.length; i++) shapes[i] = inputs[i].shape();
        return Tensor.apply(new HookGate(shapes), inputs);
    }

    /** The entries at {@code offset} of a hook gate's value (or gradient), shaped {@code shape}: one input's stand-in. */
    public static Tensor hookPart(Tensor gate, int offset, int[] shape) {
        int[] positions = new int[Shapes.size(shape)];
        for (int i = 0; i < positions.length; i++) positions[i] = offset + i;
        return Tensor.apply(new Take(positions, shape, "BackwardHookFunctionBackward", 0), gate);
    }

    /** a // b (floor_divide: no derivative) and div(a, b, rounding_mode=) (DivBackward2, zero gradient); the divisor checked by the caller. */
    public static Tensor divRounded(Tensor a, Tensor b, String mode) {
        DivRounded op = mode == null ? DivRounded.FLOOR_DIVIDE : mode.equals("floor") ? DivRounded.FLOOR : DivRounded.TRUNC;
        return binary(op, a, b);
    }

    /**
     * rrelu(x) with its slopes drawn already ({@code noise}: 1 where x > 0, the slope elsewhere):
     * x · noise, one RreluWithNoiseBackward0 node whose gradient is the noise.
     */
    public static Tensor rrelu(Tensor x, NDArray noise) {
        return named("RreluWithNoiseBackward0", Mul.INSTANCE, x, Tensor.constant(noise));
    }

    /** glu(x, dim): x's first half along the axis times σ of its second (GluBackward0); the axis' size is even. */
    public static Tensor glu(Tensor x, int axis) {
        requireFloating("glu_cpu", x.dtype());
        if (x.shape()[axis] % 2 != 0)
            throw new AutogradException("Halving dimension must be even, but dimension " + axis + " is size " + x.shape()[axis]);
        return Tensor.apply(new Glu(axis), x);
    }

    /** threshold(x, threshold, value): x where x > threshold, else value (ThresholdBackward0; NaN stays NaN). */
    public static Tensor threshold(Tensor x, double threshold, double value) {
        return Tensor.apply(new Where(x.value().map(v -> v <= threshold ? 0 : 1), "ThresholdBackward0"), x, thresholdValue(x, value));
    }

    /** F.threshold's replacement in the input's dtype, as PyTorch's kernel casts it: an integer tensor stays one (0.5 becomes 0). */
    static Tensor thresholdValue(Tensor x, double value) {
        return x.dtype().isFloating() ? Tensor.constant(value) : Tensor.constant(NDArray.scalar((long) value), x.dtype());
    }

    /** torch.fmod: the remainder with the dividend's sign (FmodBackward1; FmodBackward0 for a Python number divisor). */
    public static Tensor fmod(Tensor a, Tensor b) {
        Remainder.checkIntegerDivisor(a, b);
        return binary(Remainder.FMOD, a, b);
    }

    /** torch.unique's sorted values of {@code a}, already computed: in a's graph as PyTorch's Unique2Backward0, without a derivative. */
    public static Tensor unique(Tensor a, NDArray values, boolean consecutive) {
        if (!a.requiresGrad()) return Tensor.constant(values, a.dtype());
        return Tensor.apply(consecutive ? new Unique(values, "unique_consecutive", "UniqueConsecutiveBackward0") : new Unique(values, "_unique2", "Unique2Backward0"), a);
    }

    /** torch.roll(a, shifts, dims): each shift along its dim (dims null: along the flattened tensor, one shift). */
    public static Tensor roll(Tensor a, int[] shifts, int[] dims) {
        int given = dims == null ? 0 : dims.length;
        if (shifts.length != (dims == null ? 1 : given))
            throw new AutogradException("shifts and dimensions must align. shifts: " + shifts.length + ", dims:" + given);
        int[] wrapped = dims == null ? null : new int[given];
        for (int i = 0; i < given; i++) wrapped[i] = Shapes.axis(dims[i], a.ndim());
        return Tensor.apply(new Roll(shifts, wrapped), a);
    }

    /** torch.atan2(a, b): the angle of (b, a) (Atan2Backward0). */
    public static Tensor atan2(Tensor a, Tensor b) { return binary(Atan2.INSTANCE, a, b); }

    public static Tensor maximum(Tensor a, Tensor b) { return binary(Extremum.MAXIMUM, a, b); }

    public static Tensor minimum(Tensor a, Tensor b) { return binary(Extremum.MINIMUM, a, b); }

    /** clamp(a, max=b) with a tensor bound (of a's shape): the smaller of each pair, as PyTorch's ClampBackward0. */
    public static Tensor clampMaxTensor(Tensor a, Tensor max) { return named("ClampBackward0", Extremum.MINIMUM, a, max); }

    // composites PyTorch shows as one node

    /** a ** 2, an integer tensor staying integer as PyTorch's square does. */
    public static Tensor square(Tensor a) { return powNumber(a, Tensor.wrappedNumber(2, DType.INT64)); } // PyTorch: pow(a, 2), its _saved_exponent the int 2

    public static Tensor reciprocal(Tensor a) { return Tensor.apply(Reciprocal.INSTANCE, a); }

    public static Tensor rsqrt(Tensor a) { return Tensor.apply(new Renamed(Pow.SCALAR_EXPONENT, "RsqrtBackward0", Op.OUTPUT), a, scalar(-0.5)); }

    public static Tensor log2(Tensor a) { return Tensor.apply(Log2.INSTANCE, a); }

    public static Tensor log10(Tensor a) { return Tensor.apply(Log10.INSTANCE, a); }

    public static Tensor log1p(Tensor a) { return Tensor.apply(Log1p.INSTANCE, a); }

    public static Tensor expm1(Tensor a) { return Tensor.apply(Expm1.INSTANCE, a); }

    public static Tensor tan(Tensor a) { return Tensor.apply(Tan.INSTANCE, a); }

    public static Tensor asin(Tensor a) { return Tensor.apply(Asin.INSTANCE, a); }

    public static Tensor acos(Tensor a) { return Tensor.apply(Acos.INSTANCE, a); }

    public static Tensor atan(Tensor a) { return Tensor.apply(Atan.INSTANCE, a); }

    public static Tensor sinh(Tensor a) { return Tensor.apply(Sinh.INSTANCE, a); }

    public static Tensor cosh(Tensor a) { return Tensor.apply(Cosh.INSTANCE, a); }

    public static Tensor asinh(Tensor a) { return Tensor.apply(Asinh.INSTANCE, a); }

    public static Tensor acosh(Tensor a) { return Tensor.apply(Acosh.INSTANCE, a); }

    public static Tensor atanh(Tensor a) { return Tensor.apply(Atanh.INSTANCE, a); }

    public static Tensor exp2(Tensor a) { return Tensor.apply(Exp2.INSTANCE, a); }

    public static Tensor erfc(Tensor a) { return Tensor.apply(Erfc.INSTANCE, a); }

    public static Tensor erfinv(Tensor a) { return Tensor.apply(Erfinv.INSTANCE, a); }

    public static Tensor lgamma(Tensor a) { return Tensor.apply(Lgamma.INSTANCE, a); }

    public static Tensor digamma(Tensor a) { return Tensor.apply(Polygamma.DIGAMMA, a); }

    /** ψ⁽ⁿ⁾(a), n ≥ 0. */
    public static Tensor polygamma(int n, Tensor a) { return Tensor.apply(Polygamma.of(n), a); }

    public static Tensor frac(Tensor a) {
        if (!a.dtype().isFloating()) throw new AutogradException("\"frac_cpu\" not implemented for '" + a.dtype().scalarName() + "'");
        return Tensor.apply(Frac.INSTANCE, a);
    }

    /** logit(a, eps): eps null (or negative) for none. */
    public static Tensor logit(Tensor a, Double eps) { return Tensor.apply(Logit.of(eps), a); }

    public static Tensor sinc(Tensor a) { return Tensor.apply(Sinc.INSTANCE, a); }

    /** a · π/180, a product under PyTorch's name for it. */
    public static Tensor deg2rad(Tensor a) { return named("Deg2RadBackward0", Mul.INSTANCE, a, scalar(Math.PI / 180)); }

    public static Tensor rad2deg(Tensor a) { return named("Rad2DegBackward0", Mul.INSTANCE, a, scalar(180 / Math.PI)); }

    /** clamp with one bound, under PyTorch's names for it (ClampMinBackward0, ClampMaxBackward0). */
    public static Tensor clampMin(Tensor a, Number min) { return Tensor.apply(clampMinOp(min), a); }

    static Op clampMinOp(Number min) { return Clamp.min(min); }

    public static Tensor clampMax(Tensor a, Number max) { return Tensor.apply(clampMaxOp(max), a); }

    static Op clampMaxOp(Number max) { return Clamp.max(max); }

    /**
     * lerp(start, end, weight): {@code weight} a tensor (its own gradient) or, when {@code number}
     * holds, a Python number made a 0-d constant; the three are broadcast to one shape first.
     */
    public static Tensor lerp(Tensor start, Tensor end, Tensor weight, boolean number) {
        sameDtype("end", start, end); // no promotion in PyTorch's lerp
        if (!number) sameDtype("weight", start, weight);
        if (!start.dtype().isFloating())
            throw new AutogradException("\"lerp_kernel_" + (number ? "scalar" : "tensor") + "\" not implemented for '" + start.dtype().scalarName() + "'");
        Tensor[] in = broadcastAll(start, end, weight);
        return Tensor.apply(number ? Lerp.SCALAR_WEIGHT : Lerp.TENSOR_WEIGHT, in);
    }

    private static void sameDtype(String param, Tensor first, Tensor other) {
        if (other.dtype() != first.dtype())
            throw new AutogradException("expected dtype " + first.dtype().cName() + " for `" + param + "` but got dtype " + other.dtype().cName());
    }

    /** a + value·t1·t2 (addcmul) or a + value·t1/t2 (addcdiv), one node; integer tensors give an integer (value truncated, as PyTorch casts it). */
    public static Tensor addcmul(Tensor a, Tensor t1, Tensor t2, double value, boolean divide) {
        checkAddcmul(DType.of(a, t1, t2), t1, t2, divide);
        return Tensor.apply(new Addcmul(value, divide), broadcastAll(a, t1, t2));
    }

    /** The same, written into a (addcmul_, addcdiv_): t1 and t2 broadcast to a's shape. */
    public static Tensor addcmulInPlace(Tensor a, Tensor t1, Tensor t2, double value, boolean divide) {
        checkAddcmul(DType.of(a, t1, t2), t1, t2, divide);
        int[] s = Shapes.broadcast(a.shape(), Shapes.broadcast(t1.shape(), t2.shape()));
        if (!java.util.Arrays.equals(s, a.shape()))
            throw new AutogradException("output with shape " + Tensor.torchShape(a.shape()) + " doesn't match the broadcast shape " + Tensor.torchShape(s));
        return a.applyInPlace(new Addcmul(value, divide), broadcastTo(t1, s), broadcastTo(t2, s));
    }

    private static void checkAddcmul(DType type, Tensor t1, Tensor t2, boolean divide) {
        if (divide && !t1.dtype().isFloating() && !t2.dtype().isFloating())
            throw new AutogradException("Integer division with addcdiv is no longer supported, and in a future  release addcdiv will perform a true "
                    + "division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / "
                    + "tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv "
                    + "behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes.");
        if (type == DType.BOOL) throw new AutogradException("\"" + (divide ? "addcdiv" : "addcmul") + "_cpu_out\" not implemented for 'Bool'");
    }

    /** Tensors broadcast to their common shape (PyTorch's broadcasting error when there is none); each unchanged when it has it. */
    private static Tensor[] broadcastAll(Tensor... ts) {
        int[] s = ts[0].shape();
        for (int i = 1; i < ts.length; i++) {
            checkBroadcast(s, ts[i].shape());
            s = Shapes.broadcast(s, ts[i].shape());
        }
        Tensor[] out = new Tensor[ts.length];
        for (int i = 0; i < ts.length; i++) out[i] = java.util.Arrays.equals(ts[i].shape(), s) ? ts[i] : broadcastTo(ts[i], s);
        return out;
    }

    /** The sum of a matrix's diagonal. */
    public static Tensor trace(Tensor a) { return Tensor.apply(Trace.INSTANCE, a); }

    public static Tensor hypot(Tensor a, Tensor b) { return binary(Hypot.INSTANCE, floating("hypot_cpu", a, b), b); }

    public static Tensor logaddexp(Tensor a, Tensor b) { return binary(LogAddExp.INSTANCE, floating("logaddexp_cpu", a, b), b); }

    /** {@code a}, if a and b promote to a floating type; else the error of PyTorch's kernel, which has no integer version. */
    private static Tensor floating(String kernel, Tensor a, Tensor b) {
        requireFloating(kernel, DType.of(a, b));
        return a;
    }

    /** PyTorch's error for a kernel it has for floating types only, given an integer or bool type. */
    public static void requireFloating(String kernel, DType type) {
        if (!type.isFloating()) throw new AutogradException("\"" + kernel + "\" not implemented for '" + type.scalarName() + "'");
    }

    public static Tensor trunc(Tensor a) { return Tensor.apply(new Flat("trunc", "TruncBackward0", x -> x.map(v -> v < 0 ? Math.ceil(v) : Math.floor(v)), false), a); }

    /** clamp(a, min, max); a null bound is absent. */
    public static Tensor clamp(Tensor a, Number min, Number max) {
        if (min == null && max == null) throw new AutogradException("torch.clamp: At least one of 'min' or 'max' must not be None");
        return Tensor.apply(Clamp.of(min, max), a);
    }

    /** clamp(a, min, max) with tensor bounds (either null), all broadcast to one shape; the promoted type of the three. */
    public static Tensor clamp(Tensor a, Tensor min, Tensor max) {
        if (min == null && max == null) throw new AutogradException("torch.clamp: At least one of 'min' or 'max' must not be None");
        List<Tensor> in = new ArrayList<>(List.of(a));
        if (min != null) in.add(min);
        if (max != null) in.add(max);
        return Tensor.apply(new ClampTensors(min != null, max != null), broadcastAll(in.toArray(new Tensor[0])));
    }

    /** The same, written into a (clamp_): the bounds broadcast to a's shape, the result's type castable to a's. */
    public static Tensor clampInPlace(Tensor a, Tensor min, Tensor max) {
        DType result = min == null ? DType.of(a, max) : max == null ? DType.of(a, min) : DType.of(a, min, max);
        if (!result.castsTo(a.dtype()))
            throw new AutogradException("result type " + result.scalarName() + " can't be cast to the desired output type " + a.dtype().scalarName());
        List<Tensor> bounds = new ArrayList<>();
        if (min != null) bounds.add(broadcastTo(min, a.shape()));
        if (max != null) bounds.add(broadcastTo(max, a.shape()));
        return a.applyInPlace(new ClampTensors(min != null, max != null), bounds.toArray(new Tensor[0]));
    }

    // ---- piecewise constant (derivative 0, kept in the graph) ----

    public static Tensor sign(Tensor a) { return Tensor.apply(new Flat("sign", "SignBackward0", x -> x.map(Ops::sign), false), a); }

    /** torch.sgn: the sign of a real tensor under sgn's own node (SgnBackward0). */
    public static Tensor sgn(Tensor a) { return Tensor.apply(new Flat("sgn", "SgnBackward0", x -> x.map(Ops::sign), false), a); }

    /** nextafter(a, b): the float after a towards b (NextafterBackward0, which has no derivative); floating types only, as PyTorch's kernel. */
    public static Tensor nextafter(Tensor a, Tensor b) { return binary(NextAfter.INSTANCE, floating("nextafter_cpu", a, b), b); }

    /** torch.i0 (torch.special.i0): the modified Bessel function I0 (I0Backward0); an integer tensor as float64. */
    public static Tensor i0(Tensor a) { return Tensor.apply(ModifiedBessel.I0, floatingOf(a)); }

    /** torch.special.i0e: e^−|x|·I0(x) (SpecialI0EBackward0). */
    public static Tensor i0e(Tensor a) { return Tensor.apply(ModifiedBessel.I0E, floatingOf(a)); }

    /** torch.special.i1: the modified Bessel function I1 (SpecialI1Backward0). */
    public static Tensor i1(Tensor a) { return Tensor.apply(ModifiedBessel.I1, floatingOf(a)); }

    /** torch.special.i1e: e^−|x|·I1(x) (SpecialI1EBackward0). */
    public static Tensor i1e(Tensor a) { return Tensor.apply(ModifiedBessel.I1E, floatingOf(a)); }

    private static Tensor floatingOf(Tensor a) { return a.dtype().isFloating() ? a : a.to(DType.FLOAT64); }

    /** torch.linalg.matrix_exp of a batch of square floating matrices (LinalgMatrixExpBackward0); the caller checks the shape and type. */
    public static Tensor matrixExp(Tensor a) { return Tensor.apply(MatrixExp.INSTANCE, a); }

    /** torch.special.entr: −x·ln x (SpecialEntrBackward0). */
    public static Tensor entr(Tensor a) { return Tensor.apply(SpecialEntr.INSTANCE, a.dtype().isFloating() ? a : a.to(DType.FLOAT64)); }

    /**
     * torch.special.ndtr, the standard normal's CDF, composed as 1.13 composes it: (1 + erf(x/√2))·0.5
     * (MulBackward1 on top; its values below about −5 keep that formula's cancellation, as PyTorch's).
     */
    public static Tensor ndtr(Tensor a) {
        Tensor x = a.dtype().isFloating() ? a : a.to(DType.FLOAT64);
        Tensor erf = erf(mulScalar(x, Math.sqrt(0.5)));
        return mulScalar(named("AddBackward1", Add.INSTANCE, erf, scalar(1)), 0.5); // C++'s 1 + t is add(Tensor, Scalar)
    }

    /** copysign(a, b): |a| with b's sign (CopysignBackward0), b broadcast. */
    public static Tensor copysign(Tensor a, Tensor b) { return binary(Copysign.INSTANCE, a, b); }

    /** torch.dist(a, b, p): the p-norm of a − b over all entries, as the one node PyTorch names DistBackward0. */
    public static Tensor dist(Tensor a, Tensor b, double p) {
        Tensor d = sub(a, b);
        if (!d.dtype().isFloating())
            throw new AutogradException("norm(): input dtype should be either floating point or complex. Got " + d.dtype().scalarName() + " instead.");
        return Tensor.apply(new Renamed(new Norm(p, Shapes.axes(null, d.ndim()), false, d.ndim()), "DistBackward0", -1), d);
    }

    /** heaviside(a, values): 0 below zero, 1 above, values at zero (NaN is not above zero: 0); no derivative, as in PyTorch. */
    public static Tensor heaviside(Tensor a, Tensor values) {
        if (a.dtype() != values.dtype()) throw new AutogradException("heaviside is not yet implemented for tensors with different dtypes.");
        checkBroadcast(a.shape(), values.shape());
        return Tensor.apply(new NoDerivative("heaviside", in -> in[0].zip(in[1], (x, v) -> x == 0 ? v : x > 0 ? 1 : 0)), a, values);
    }

    /** {@code value}, computed from a, under a node whose backward fails (PyTorch's NotImplemented for aten::{@code aten}): aminmax's results. */
    public static Tensor withoutDerivative(Tensor a, String aten, NDArray value) {
        return Tensor.apply(new NoDerivative(aten, in -> value), a);
    }

    /** a's entries written at {@code positions} of zeros shaped {@code shape}, as the node PyTorch names {@code torchName} (DiagEmbedBackward0, BlockDiagBackward0). */
    public static Tensor placed(Tensor a, int[] positions, int[] shape, String torchName) {
        return Tensor.apply(new Renamed(new Put(positions, shape), torchName, 0), a);
    }

    /** PyTorch's sign: 0 at NaN and at -0.0 (Java's signum keeps both), so abs and the norms have gradient 0 there as in PyTorch. */
    static double sign(double v) { return Double.isNaN(v) || v == 0 ? 0 : Math.signum(v); }

    public static Tensor floor(Tensor a) { return Tensor.apply(new Flat("floor", "FloorBackward0", x -> x.map(Math::floor), false), a); }

    public static Tensor ceil(Tensor a) { return Tensor.apply(new Flat("ceil", "CeilBackward0", x -> x.map(Math::ceil), false), a); }

    /** Rounds half to even, as PyTorch. */
    public static Tensor round(Tensor a) { return Tensor.apply(new Flat("round", "RoundBackward0", x -> x.map(Math::rint), false), a); }

    /** Relu's gradient g · [out > 0] in one pass (PyTorch's threshold_backward: 0, not g·0, where out ≤ 0). */
    static Tensor thresholdBackward(Tensor g, Tensor reluOut) { return Tensor.apply(ThresholdBackward.INSTANCE, g, reluOut); }

    /** x.fill_(v) and x.zero_() as ops: the result does not depend on x (gradient 0 to it). */
    public static Op fill(double v) {
        return new Flat(v == 0 ? "zero" : "fill", v == 0 ? "ZeroBackward0" : "FillBackward2", x -> NDArray.full(v, x.shape()), false);
    }

    /** x.copy_(src) as an op. */
    public static Op copy() {
        return Copy.INSTANCE;
    }

    // ---- comparisons and logic (boolean results, no graph) ----

    public static Tensor eq(Tensor a, Tensor b) { return compared(Compare.EQ, a, b); }

    public static Tensor ne(Tensor a, Tensor b) { return compared(Compare.NE, a, b); }

    public static Tensor lt(Tensor a, Tensor b) { return compared(Compare.LT, a, b); }

    public static Tensor le(Tensor a, Tensor b) { return compared(Compare.LE, a, b); }

    public static Tensor gt(Tensor a, Tensor b) { return compared(Compare.GT, a, b); }

    public static Tensor ge(Tensor a, Tensor b) { return compared(Compare.GE, a, b); }

    /**
     * A comparison in its operands' common type, as PyTorch compares: a number or 0-d integer met
     * by a narrower integer tensor is converted to that type first, so uint8 == -1 compares with
     * 255 and int8 < 1000 with -24.
     */
    private static Tensor compared(Compare test, Tensor a, Tensor b) {
        DType common = DType.of(a, b);
        if (!common.isInteger() || common == DType.INT64) return binary(test, a, b);
        return binary(test, inType(a, common), inType(b, common));
    }

    private static Tensor inType(Tensor x, DType integer) {
        if (x.dtype() == integer || !x.dtype().isInteger()) return x;
        return Tensor.constant(x.value().map(v -> integer.wrap((long) v)), integer);
    }

    public static Tensor logicalAnd(Tensor a, Tensor b) { return binary(Compare.AND, a, b); }

    public static Tensor logicalOr(Tensor a, Tensor b) { return binary(Compare.OR, a, b); }

    public static Tensor logicalXor(Tensor a, Tensor b) { return binary(Compare.XOR, a, b); }

    public static Tensor logicalNot(Tensor a) { return eq(a, Tensor.constant(NDArray.scalar(0), DType.BOOL)); }

    /** where(cond, a, b), broadcasting all three. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        checkBroadcast(cond.shape(), a.shape()); // PyTorch's message, its operands in this order
        checkBroadcast(Shapes.broadcast(cond.shape(), a.shape()), b.shape());
        return Tensor.apply(new Where(cond.value().map(v -> v != 0 ? 1 : 0), "WhereBackward0"), a, b);
    }

    /** fmax/fmin: the larger (smaller) of a and b, or the one that is not NaN; at a tie the gradient goes to a, as PyTorch's FmaxBackward0. */
    public static Tensor fmax(Tensor a, Tensor b, boolean min) {
        checkBroadcast(a.shape(), b.shape());
        NDArray pickA = a.value().zip(b.value(), (x, y) -> Double.isNaN(y) || (min ? x <= y : x >= y) ? 1 : 0);
        return Tensor.apply(new Where(pickA, min ? "FminBackward0" : "FmaxBackward0"), a, b);
    }

    /** nan_to_num: NaN, +inf and -inf replaced by the given numbers (NanToNumBackward0: the gradient only through finite entries); in place with {@code inPlace}. */
    public static Tensor nanToNum(Tensor a, double nan, double posinf, double neginf, boolean inPlace) {
        NDArray finite = a.value().map(v -> Double.isFinite(v) ? 1 : 0);
        Tensor replacements = Tensor.constant(a.value().map(v -> Double.isNaN(v) ? nan : v > 0 ? posinf : neginf));
        Op op = new Where(finite, "NanToNumBackward0");
        return inPlace ? a.applyInPlace(op, replacements) : Tensor.apply(op, a, replacements);
    }

    /** x.masked_fill(mask, value): value where mask holds. */
    public static Tensor maskedFill(Tensor x, Tensor mask, Tensor value) {
        if (mask.dtype() != DType.BOOL) throw new AutogradException("masked_fill_ only supports boolean masks, but got mask with dtype " + mask.dtype().torchName().substring(6));
        if (value.ndim() != 0)
            throw new AutogradException("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with " + value.ndim() + " dimension(s).");
        checkBroadcast(mask.shape(), x.shape());
        Tensor v = value.dtype().ordinal() > x.dtype().ordinal() ? value.to(x.dtype()) : value;
        return Tensor.apply(new Where(mask.value(), "MaskedFillBackward0"), v, x);
    }

    // ---- linear algebra and shapes ----

    public static Tensor matmul(Tensor a, Tensor b) {
        boolean fold = checkedMatmulFolds(a, b);
        return a.ndim() > 2 || b.ndim() > 2 ? BatchedMatmul.of(a, b, fold) : Tensor.apply(MatMul.INSTANCE, a, b);
    }

    /** a @ b as one MatMul node whatever the dims (needle's matmul, whose gradient is one op's: its batches as bmm's). */
    public static Tensor matmulNode(Tensor a, Tensor b) {
        checkedMatmulFolds(a, b);
        return Tensor.apply(MatMul.INSTANCE, a, b);
    }

    /** torch.matmul's checks of a and b, with its messages; whether it folds their batch into one matrix product. */
    private static boolean checkedMatmulFolds(Tensor a, Tensor b) {
        if (a.ndim() == 1 && b.ndim() == 1) checkMatmulTypes(a, b); // dot checks the types before the sizes
        boolean fold = (a.ndim() > 2 || b.ndim() > 2) && BatchedMatmul.folds(a, b);
        checkMatmul(a.shape(), b.shape(), fold);
        checkMatmulTypes(a, b);
        return fold;
    }

    /**
     * PyTorch multiplies matrices of one type only (no promotion, unlike +): a float model fed an
     * int64 batch fails there rather than computing. The messages are those of the kernel that
     * matmul reaches for these dims (dot, addmv, bmm, addmm).
     */
    private static void checkMatmulTypes(Tensor a, Tensor b) {
        DType x = a.dtype(), y = b.dtype();
        boolean dot = a.ndim() == 1 && b.ndim() == 1;
        if (x == DType.BOOL && !dot && y != DType.BOOL) // the kernel is picked by the first operand's type before the types are compared
            throw new AutogradException("\"" + (b.ndim() == 1 ? "addmv_impl_cpu" : b.ndim() >= 3 ? "bmm" : "addmm_impl_cpu_") + "\" not implemented for 'Bool'");
        if (x != y)
            throw new AutogradException(dot ? "dot : expected both vectors to have same dtype, but found " + x.scalarName() + " and " + y.scalarName()
                    : "expected scalar type " + x.scalarName() + " but found " + y.scalarName());
        if (x == DType.BOOL) {
            String kernel = dot ? "dot" : b.ndim() == 1 ? "addmv_impl_cpu" : b.ndim() >= 3 ? "bmm" : "addmm_impl_cpu_";
            throw new AutogradException("\"" + kernel + "\" not implemented for 'Bool'");
        }
    }

    /** torch.vdot: the dot product of two vectors (VdotBackward0), with dot's checks. */
    public static Tensor vdot(Tensor a, Tensor b) {
        checkMatmulTypes(a, b);
        return named("VdotBackward0", MatMul.INSTANCE, a, b);
    }

    /**
     * beta·input + alpha·product as the one node PyTorch names {@code torchName} (AddmvBackward0,
     * AddbmmBackward0, BaddbmmBackward0); input must broadcast to the product's shape, and with
     * beta 0 it is ignored (its NaNs too), as PyTorch's.
     */
    public static Tensor addProduct(Tensor input, Tensor product, double beta, double alpha, String torchName) {
        checkExpands(input, product.shape());
        Tensor scaledInput = beta == 1 ? input : beta == 0 ? where(Tensor.constant(0), input, Tensor.constant(0)) : mul(input, scalar(beta));
        return named(torchName, Add.INSTANCE, scaledInput, alpha == 1 ? product : mul(product, scalar(alpha)));
    }

    /** input must expand to the product's shape: PyTorch's expand message. */
    private static void checkExpands(Tensor input, int[] shape) {
        if (!Arrays.equals(input.shape(), shape)) expand(Tensor.constant(NDArray.zeros(input.shape())), shape);
    }

    /** torch.baddbmm of checked batches: one BaddbmmBackward0 node, summed as ATen sums it. */
    public static Tensor baddbmm(Tensor input, Tensor b1, Tensor b2, double beta, double alpha) {
        checkMatmulTypes(b1, b2);
        checkExpands(input, new int[] {b1.shape()[0], b1.shape()[1], b2.shape()[2]});
        return Tensor.apply(new Baddbmm(beta, alpha), input, b1, b2);
    }

    /** torch.addbmm of checked batches: one AddbmmBackward0 node, one addmm per matrix of the batch as ATen. */
    public static Tensor addbmm(Tensor input, Tensor b1, Tensor b2, double beta, double alpha) {
        checkMatmulTypes(b1, b2);
        checkExpands(input, new int[] {b1.shape()[1], b2.shape()[2]});
        return Tensor.apply(new Addbmm(beta, alpha), input, b1, b2);
    }

    /** torch.linalg.cross(a, b, dim): PyTorch's checks, the operands broadcast to one shape. */
    public static Tensor cross(Tensor a, Tensor b, int dim) {
        if (a.ndim() != b.ndim()) throw new AutogradException("linalg.cross: inputs must have the same number of dimensions.");
        int d = Shapes.axis(dim, Math.max(a.ndim(), 1));
        if (a.ndim() == 0 || a.shape()[d] != 3 || b.shape()[d] != 3)
            throw new AutogradException("linalg.cross: inputs dimension " + dim + " must have length 3. Got " + (a.ndim() == 0 ? 1 : a.shape()[d]) + " and "
                    + (b.ndim() == 0 ? 1 : b.shape()[d]));
        if (a.dtype() == DType.BOOL) throw new AutogradException("\"cross\" not implemented for 'Bool'"); // the kernel is picked by a's type first
        if (a.dtype() != b.dtype()) throw new AutogradException("expected scalar type " + a.dtype().scalarName() + " but found " + b.dtype().scalarName());
        checkBroadcast(a.shape(), b.shape());
        int[] s = Shapes.broadcast(a.shape(), b.shape());
        return Tensor.apply(new Cross(d), Arrays.equals(a.shape(), s) ? a : broadcastTo(a, s), Arrays.equals(b.shape(), s) ? b : broadcastTo(b, s));
    }

    /** PyTorch's messages for operands of matmul that do not fit (it folds batches into rows as it reports them). */
    private static void checkMatmul(int[] a, int[] b, boolean fold) {
        if (a.length == 0 || b.length == 0)
            throw new AutogradException("both arguments to matmul need to be at least 1D, but they are " + a.length + "D and " + b.length + "D");
        int ka = a[a.length - 1], kb = b.length == 1 ? b[0] : b[b.length - 2];
        if (a.length == 1 && b.length == 1 && ka != kb)
            throw new AutogradException("inconsistent tensor size, expected tensor [" + ka + "] and src [" + kb + "] to have the same number of elements, but got "
                    + ka + " and " + kb + " elements respectively");
        if (a.length > 2 && b.length > 2) checkBroadcast(Arrays.copyOf(a, a.length - 2), Arrays.copyOf(b, b.length - 2));
        if (ka == kb) return;
        if (!fold && (a.length > 2 || b.length > 2)) { // bmm over the broadcast batch (both operands are matrices here: a vector always folds)
            int batch = Shapes.size(Shapes.broadcast(Arrays.copyOf(a, a.length - 2), Arrays.copyOf(b, b.length - 2)));
            throw new AutogradException("Expected size for first two dimensions of batch2 tensor to be: [" + batch + ", " + ka + "] but got: [" + batch + ", " + kb + "].");
        }
        int rows = 1;
        for (int i = 0; i < a.length - 1; i++) rows *= a[i];
        if (b.length == 1) throw new AutogradException("size mismatch, got " + rows + ", " + rows + "x" + ka + "," + kb);
        if (a.length == 1 && b.length > 2) {
            int cols = 1;
            for (int i = 0; i < b.length; i++) if (i != b.length - 2) cols *= b[i];
            throw new AutogradException("size mismatch, got " + cols + ", " + cols + "x" + kb + "," + ka);
        }
        if (a.length == 2 && b.length > 2) { // PyTorch computes (b^T a^T)^T then, b's batch folded into its rows
            int folded = b[b.length - 1];
            for (int i = 0; i < b.length - 2; i++) folded *= b[i];
            throw new AutogradException("mat1 and mat2 shapes cannot be multiplied (" + folded + "x" + kb + " and " + ka + "x" + a[0] + ")");
        }
        throw new AutogradException("mat1 and mat2 shapes cannot be multiplied (" + rows + "x" + ka + " and " + kb + "x" + b[b.length - 1] + ")");
    }

    /** needle's and NumPy's reshape. */
    public static Tensor reshape(Tensor a, int... shape) {
        return reshape(a, shape, "ReshapeAliasBackward0");
    }

    /** a.reshape(shape) recorded even when the shape is a's own, as PyTorch records it (tensordot's and inner's last step). */
    public static Tensor reshapeAlias(Tensor a, int[] shape) {
        return Arrays.equals(a.shape(), shape) ? Tensor.apply(new Reshape(shape.clone(), "ReshapeAliasBackward0"), a) : reshape(a, shape);
    }

    /** PyTorch's view: a reshape, shown as ViewBackward0. */
    public static Tensor view(Tensor a, int... shape) {
        return reshape(a, shape, "ViewBackward0");
    }

    /** PyTorch's alias: a view of all of a (torch.Tensor(t)), shown as AliasBackward0. */
    public static Tensor alias(Tensor a) {
        return reshape(a, a.shape(), "AliasBackward0");
    }

    /** a reshaped as the view op PyTorch names {@code torchName} (a composite's last squeeze: quantile's SqueezeBackward3). */
    public static Tensor reshape(Tensor a, int[] shape, String torchName) {
        int[] target;
        try {
            target = Shapes.reshapeTarget(a.shape(), shape);
        } catch (ShapeException e) {
            throw new AutogradException(e.getMessage().startsWith("cannot reshape")
                    ? "shape '" + Tensor.torchShape(shape) + "' is invalid for input of size " + a.value().size() : e.getMessage());
        }
        if (Arrays.equals(target, a.shape()) && torchName.equals("ReshapeAliasBackward0")) return a;
        return Tensor.apply(new Reshape(target, torchName), a);
    }

    /** New axes of size 1 inserted so a has {@code shape} (x[None], unsqueeze). */
    static Tensor unsqueezeTo(Tensor a, int[] shape) {
        return reshape(a, shape, "UnsqueezeBackward0");
    }

    /** PyTorch's flatten(start_dim, end_dim). */
    public static Tensor flatten(Tensor a, int start, int end) {
        int n = a.ndim();
        if (n == 0) return reshape(a, new int[] {1}, "ViewBackward0");
        int s = Shapes.axis(start, n), e = Shapes.axis(end, n);
        if (s > e) throw new AutogradException("flatten() has invalid args: start_dim cannot come after end_dim");
        if (s == e) return a;
        int[] shape = new int[n - (e - s)];
        int k = 0;
        for (int i = 0; i < s; i++) shape[k++] = a.shape()[i];
        int m = 1;
        for (int i = s; i <= e; i++) m *= a.shape()[i];
        shape[k++] = m;
        for (int i = e + 1; i < n; i++) shape[k++] = a.shape()[i];
        return reshape(a, shape, "ReshapeAliasBackward0");
    }

    /** squeeze(): drops every axis of size 1; squeeze(dim): that axis if its size is 1. */
    public static Tensor squeeze(Tensor a, Integer dim) {
        if (dim == null) return reshape(a, squeezed(a.shape(), null), "SqueezeBackward0");
        return Tensor.apply(new Reshape(squeezed(a.shape(), dim), "SqueezeBackward1", dim), a); // squeezed checks the dim; the node saves it as given
    }

    /** The shape squeeze(dim) leaves: without the axes of size 1 (only dim's, when given). */
    static int[] squeezed(int[] s, Integer dim) {
        List<Integer> keep = new ArrayList<>();
        if (dim == null) {
            for (int d : s) if (d != 1) keep.add(d);
        } else {
            int ax = s.length == 0 ? Shapes.axis(dim, 1) : Shapes.axis(dim, s.length);
            for (int i = 0; i < s.length; i++) if (i != ax || s[i] != 1) keep.add(s[i]);
        }
        return keep.stream().mapToInt(Integer::intValue).toArray();
    }

    public static Tensor unsqueeze(Tensor a, int dim) {
        return Tensor.apply(new Reshape(unsqueezed(a.shape(), dim), "UnsqueezeBackward0", dim), a); // unsqueezed checks the dim; the node saves it as given
    }

    /** The shape unsqueeze(dim) makes: an axis of size 1 inserted at dim. */
    static int[] unsqueezed(int[] shape, int dim) {
        int n = shape.length;
        int ax = Shapes.axis(dim, n + 1);
        int[] s = new int[n + 1];
        for (int i = 0, k = 0; i <= n; i++) s[i] = i == ax ? 1 : shape[k++];
        return s;
    }

    public static Tensor permute(Tensor a, int... axes) {
        return permute(a, axes, "PermuteBackward0");
    }

    private static Tensor permute(Tensor a, int[] axes, String torchName) {
        if (axes.length != a.ndim())
            throw new ShapeException("permute needs " + a.ndim() + " axes for shape " + Shapes.str(a.shape()) + ", got " + axes.length);
        int[] norm = new int[axes.length];
        boolean[] seen = new boolean[axes.length];
        for (int i = 0; i < axes.length; i++) {
            norm[i] = Shapes.axis(axes[i], a.ndim());
            if (seen[norm[i]]) throw new ShapeException("permute(): duplicate dims are not allowed.");
            seen[norm[i]] = true;
        }
        return Tensor.apply(new Permute(norm, torchName, axes.clone()), a); // its node saves the dims as given
    }

    /** needle's transpose: swaps the last two axes (a 1-d or 0-d tensor is returned as is). */
    public static Tensor transpose(Tensor a) {
        if (a.ndim() < 2) return a;
        return transpose(a, a.ndim() - 2, a.ndim() - 1);
    }

    /** Swaps two axes (PyTorch's transpose(dim0, dim1)). */
    public static Tensor transpose(Tensor a, int axis1, int axis2) {
        return Tensor.apply(swapping(a.ndim(), axis1, axis2, "TransposeBackward0"), a);
    }

    /** The op of transpose(dim0, dim1) and transpose_ (named torchName), which saves the dims as given (a negative one too, as PyTorch). */
    static Op swapping(int ndim, int dim0, int dim1, String torchName) {
        int n = Math.max(ndim, 1);
        int x = Shapes.axis(dim0, n), y = Shapes.axis(dim1, n);
        int[] p = new int[ndim];
        for (int i = 0; i < p.length; i++) p[i] = i;
        if (ndim > 0) {
            p[x] = y;
            p[y] = x;
        }
        return new Permute(p, torchName, dim0, dim1);
    }

    /** PyTorch's t(): a matrix transposed; 0-d and 1-d tensors keep their entries (still a new node, TBackward0). */
    public static Tensor t(Tensor a) {
        return Tensor.apply(transposing(a.ndim(), "t()", "TBackward0"), a);
    }

    /** The op of t() and t_() (named torchName): a matrix's axes swapped, a 0-d or 1-d tensor's kept; more axes refused in function's words. */
    static Op transposing(int ndim, String function, String torchName) {
        if (ndim > 2) throw new AutogradException(function + " expects a tensor with <= 2 dimensions, but self is " + ndim + "D");
        return new Permute(ndim == 2 ? new int[] {1, 0} : new int[ndim], torchName); // [0] or []
    }

    /** PyTorch's .T: all axes reversed. */
    public static Tensor reverseAxes(Tensor a) {
        if (a.ndim() < 2) return a;
        int[] p = new int[a.ndim()];
        for (int i = 0; i < p.length; i++) p[i] = p.length - 1 - i;
        return Tensor.apply(new Permute(p, "PermuteBackward0"), a);
    }

    /** PyTorch's .mT: the last two axes swapped, for batches of matrices. */
    public static Tensor matrixTranspose(Tensor a) {
        if (a.ndim() < 2) throw new AutogradException("tensor.mT is only supported on matrices or batches of matrices. Got " + a.ndim() + "-D tensor.");
        return transpose(a, -2, -1);
    }

    public static Tensor broadcastTo(Tensor a, int... shape) {
        if (Arrays.equals(a.shape(), shape)) return a;
        a.value().broadcastTo(shape); // checks, with a message naming both shapes
        return Tensor.apply(new BroadcastTo(shape.clone()), a);
    }

    /** PyTorch's expand: broadcast_to where -1 keeps a size. */
    public static Tensor expand(Tensor a, int... sizes) {
        int[] target = expandTarget(a, sizes);
        if (Arrays.equals(target, a.shape())) return Tensor.apply(new BroadcastTo(target), a);
        return broadcastTo(a, target);
    }

    /** The shape a.expand(sizes) has (-1 keeps a dim), or expand's error: what PyTorch's copy into a view checks too. */
    public static int[] expandTarget(Tensor a, int... sizes) {
        int[] s = a.shape();
        if (sizes.length < s.length)
            throw new AutogradException("expand(" + (a.dtype() == DType.BOOL ? "CPUBoolType" : "torch." + a.dtype().scalarName() + "Tensor") + "{" + Tensor.torchShape(s) + "}, size=" + Tensor.torchShape(sizes) + "): the number of sizes provided ("
                    + sizes.length + ") must be greater or equal to the number of dimensions in the tensor (" + s.length + ")");
        int[] target = sizes.clone();
        int lead = sizes.length - s.length;
        for (int i = target.length - 1; i >= 0; i--) { // from the last dim, as PyTorch's inferExpandGeometry checks
            if (target[i] == -1) {
                if (i < lead) throw new AutogradException("The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension " + i);
                target[i] = s[i - lead];
            } else if (i >= lead && s[i - lead] != 1 && s[i - lead] != target[i]) {
                throw new AutogradException("The expanded size of the tensor (" + target[i] + ") must match the existing size (" + s[i - lead]
                        + ") at non-singleton dimension " + i + ".  Target sizes: " + Tensor.torchShape(sizes) + ".  Tensor sizes: " + Tensor.torchShape(s));
            }
        }
        return target;
    }

    /** Set while a broadcast op's rule runs for a direct call of its node ({@code y.grad_fn(g)}): sumToShape leaves g as it is. */
    private static final ThreadLocal<Boolean> KEEP_BROADCAST = ThreadLocal.withInitial(() -> false);

    /** PyTorch's formulas leave a broadcast op's gradients broadcast; its engine, not a direct call of the node, sums them to each input's shape. */
    public static dev.adjoint.scope.Scope keepingBroadcast() {
        boolean before = KEEP_BROADCAST.get();
        KEEP_BROADCAST.set(true);
        return () -> KEEP_BROADCAST.set(before);
    }

    /**
     * Undoes broadcasting: sums g over the axes that broadcasting added or stretched so it gets
     * {@code shape}. Every binary op's gradient goes through here.
     */
    public static Tensor sumToShape(Tensor g, int[] shape) {
        int[] gs = g.shape();
        if (Arrays.equals(gs, shape) || KEEP_BROADCAST.get()) return g;
        return reshape(sum(g, dev.adjoint.ndarray.Shapes.broadcastAxes(shape, gs), false), shape);
    }

    /** x[items]: NumPy basic indexing with integers (negative from the end) and slices. */
    public static Tensor getItem(Tensor a, java.util.List<dev.adjoint.ndarray.Index> items) {
        a.value().select(items); // checks, with a message naming the shape
        return Tensor.apply(new GetItem(items), a);
    }

    /** Joins tensors along an existing axis (PyTorch's cat). */
    public static Tensor concat(java.util.List<Tensor> parts, int axis) {
        return concat(parts, axis, "CatBackward0");
    }

    static Tensor concat(java.util.List<Tensor> parts, int axis, String torchName) {
        if (parts.isEmpty()) throw new ShapeException("concat needs at least one tensor");
        int ax = Shapes.axis(axis, parts.get(0).ndim());
        return Tensor.apply(new Concat(ax, torchName, axis), parts.toArray(new Tensor[0])); // its node saves the dim as given
    }

    /** Stacks equal-shaped tensors along a new axis. */
    public static Tensor stack(java.util.List<Tensor> parts, int axis) {
        if (parts.isEmpty()) throw new ShapeException("stack needs at least one tensor");
        int[] s = parts.get(0).shape();
        int ax = Shapes.axis(axis, s.length + 1);
        for (int i = 1; i < parts.size(); i++)
            if (!Arrays.equals(parts.get(i).shape(), s))
                throw new ShapeException("stack expects each tensor to be equal size, but got " + Tensor.torchShape(s) + " at entry 0 and "
                        + Tensor.torchShape(parts.get(i).shape()) + " at entry " + i);
        return Tensor.apply(new Stack(ax), parts.toArray(new Tensor[0]));
    }

    // ---- reductions ----

    /** Sum over axes (null: all). */
    public static Tensor sum(Tensor a, int[] axes, boolean keepdims) {
        return sum(a, axes, keepdims, axes == null ? null : axes.clone());
    }

    /** A sum over axes (null: all) whose node saves the dims as torch's sum was given them (null: none). */
    public static Tensor sum(Tensor a, int[] axes, boolean keepdims, int[] givenDims) {
        return Tensor.apply(new Sum(Shapes.axes(axes, a.ndim()), keepdims, a.ndim(), givenDims), a);
    }

    public static Tensor sum(Tensor a) {
        return sum(a, null, false);
    }

    public static Tensor mean(Tensor a, int[] axes, boolean keepdims) {
        return mean(a, axes, keepdims, axes == null ? null : axes.clone());
    }

    /** A mean over axes (null: all) whose node saves the dims as torch's mean was given them (null: none). */
    public static Tensor mean(Tensor a, int[] axes, boolean keepdims, int[] givenDims) {
        if (!a.dtype().isFloating())
            throw new AutogradException("mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: "
                    + a.dtype().scalarName());
        return Tensor.apply(new Mean(Shapes.axes(axes, a.ndim()), keepdims, a.shape(), givenDims), a);
    }

    /** Max over axes, the gradient shared among ties (torch.amax; x.max() without dim). */
    public static Tensor max(Tensor a, int[] axes, boolean keepdims) {
        return Tensor.apply(new Max(Shapes.axes(axes, a.ndim()), keepdims, a.ndim()), a);
    }

    /** torch.amax / torch.amin: max and min over axes under PyTorch's names for them, whatever the axes (x.max() alone is MaxBackward1). */
    public static Tensor amax(Tensor a, int[] axes, boolean keepdims, boolean min) {
        Tensor m = Tensor.apply(new Max(Shapes.axes(axes, a.ndim()), keepdims, a.ndim(), "AmaxBackward0"), min ? neg(a) : a);
        return min ? Tensor.apply(new Renamed(Neg.INSTANCE, "AminBackward0", 1 | Op.OUTPUT), m) : m;
    }

    /** Min over axes: −max(−a), shown as PyTorch's one node. */
    public static Tensor min(Tensor a, int[] axes, boolean keepdims) {
        Tensor m = max(neg(a), axes, keepdims);
        boolean all = m.ndim() == 0 || (axes == null && !keepdims);
        return Tensor.apply(new Renamed(Neg.INSTANCE, all && !keepdims ? "MinBackward1" : "AminBackward0", 1 | Op.OUTPUT), m);
    }

    /**
     * max(dim): the values and the index of the first maximum along {@code axis}; the values take
     * their entries at those indices, so all of the gradient goes to the returned index on ties.
     */
    public static Tensor[] maxAlong(Tensor a, int axis, boolean keepdim, boolean min) {
        int ax = Shapes.axis(axis, Math.max(a.ndim(), 1));
        if (a.ndim() == 0) return new Tensor[] {clone(a), Tensor.constant(NDArray.scalar(0), DType.INT64)};
        NDArray x = min ? a.value().neg() : a.value();
        if (x.shape()[ax] == 0)
            throw new Indexing.IndexOutOfBounds((min ? "min" : "max") + "(): Expected reduction dim " + ax + " to have non-zero size.");
        NDArray idx = x.argmax(ax);
        int[] shape = a.shape(), outShape = Shapes.reduced(shape, new int[] {ax}, keepdim);
        int[] strides = Shapes.rowMajorStrides(shape);
        double[] id = idx.toArray();
        int[] positions = new int[id.length];
        int[] multi = new int[shape.length - 1];
        for (int i = 0; i < id.length; i++) {
            int rest = i, pos = 0;
            for (int d = multi.length - 1; d >= 0; d--) {
                int dim = d < ax ? d : d + 1;
                multi[d] = rest % shape[dim];
                rest /= shape[dim];
            }
            for (int d = 0; d < multi.length; d++) pos += multi[d] * strides[d < ax ? d : d + 1];
            positions[i] = pos + (int) id[i] * strides[ax];
        }
        Tensor indices = Tensor.constant(idx.reshape(outShape), DType.INT64);
        int[] inShape = shape.clone();
        Tensor values = Tensor.apply(new Take(positions, outShape, min ? "MinBackward0" : "MaxBackward0", Op.CONSTANT,
                into -> into.int64("dim", ax).tensor("indices", indices).flag("keepdim", keepdim).int64s("self_sizes", inShape)), a);
        return new Tensor[] {values, indices};
    }

    /** Index of the maximum (first on ties) over all entries (flattened) or along an axis; an int64 constant. */
    public static Tensor argmax(Tensor a, Integer axis, boolean keepdim, boolean min) {
        NDArray x = min ? a.value().neg() : a.value();
        if (axis == null) {
            if (x.size() == 0) throw new Indexing.IndexOutOfBounds((min ? "argmin" : "argmax") + "(): Expected reduction dim to be specified for input.numel() == 0.");
            NDArray i = x.reshape(-1).argmax(0);
            return Tensor.constant(keepdim ? i.reshape(ones(a.ndim())) : i, DType.INT64);
        }
        if (a.ndim() == 0) return Tensor.constant(NDArray.scalar(0), DType.INT64);
        int ax = Shapes.axis(axis, a.ndim());
        if (a.shape()[ax] == 0) throw new Indexing.IndexOutOfBounds((min ? "argmin" : "argmax") + "(): Expected reduction dim " + ax + " to have non-zero size.");
        NDArray i = x.argmax(ax);
        return Tensor.constant(keepdim ? i.reshape(Shapes.reduced(a.shape(), new int[] {ax}, true)) : i, DType.INT64);
    }

    private static int[] ones(int n) {
        int[] s = new int[n];
        Arrays.fill(s, 1);
        return s;
    }

    /** Product over axes (null: all). */
    /** The product along {@code axes} (null: of the whole tensor, PyTorch's prod() without a dim). */
    public static Tensor prod(Tensor a, int[] axes, boolean keepdims) {
        return Tensor.apply(new Prod(Shapes.axes(axes, a.ndim()), keepdims, a.ndim(), axes == null), a);
    }

    /** Cumulative product along an axis. */
    public static Tensor cumprod(Tensor a, int axis) {
        return Tensor.apply(new CumProd(a.ndim() == 0 ? 0 : Shapes.axis(axis, a.ndim())), a);
    }

    /**
     * cummax/cummin along an axis: the running extreme (one node, CummaxBackward0/CumminBackward0,
     * whose gradient goes to the entry each value came from) and its int64 indices. A NaN wins from
     * where it appears; of equal values the later index, as PyTorch's kernel.
     */
    public static Tensor[] cumulativeExtreme(Tensor a, int axis, boolean min) {
        int[] s = a.ndim() == 0 ? new int[] {1} : a.shape();
        int d = Shapes.axis(axis, s.length), n = s[d], stride = Shapes.rowMajorStrides(s)[d];
        double[] v = a.value().toArray(), indices = new double[v.length];
        int[] positions = new int[v.length];
        for (int start = 0; start < v.length; start++) {
            if (start / stride % n != 0) continue; // not the first entry of a line along the axis
            int best = start;
            for (int i = 0; i < n; i++) {
                int p = start + i * stride;
                if (Double.isNaN(v[p]) || (!Double.isNaN(v[best]) && (min ? v[p] <= v[best] : v[p] >= v[best]))) {
                    best = p;
                    indices[p] = i;
                } else indices[p] = indices[p - stride];
                positions[p] = best;
            }
        }
        Tensor values = take(a, positions, a.shape().clone(), min ? "CumminBackward0" : "CummaxBackward0");
        return new Tensor[] {values, Tensor.constant(NDArray.of(indices, a.shape()), DType.INT64)};
    }

    /** logcumsumexp along an axis: floating tensors only, as PyTorch's kernel. */
    public static Tensor logcumsumexp(Tensor a, int axis) {
        requireFloating("logcumsumexp_out_cpu", a.dtype());
        return Tensor.apply(new LogCumSumExp(a.ndim() == 0 ? 0 : Shapes.axis(axis, a.ndim()), false), a);
    }

    /** Cumulative sum along an axis. */
    public static Tensor cumsum(Tensor a, int axis) {
        return Tensor.apply(new CumSum(a.ndim() == 0 ? 0 : Shapes.axis(axis, a.ndim()), false), a);
    }

    public static Tensor logsumexp(Tensor a, int[] axes, boolean keepdims) {
        return Tensor.apply(new LogSumExp(Shapes.axes(axes, a.ndim()), keepdims, a.ndim()), a);
    }

    /** PyTorch's CPU kernels take floats only: the last axis has its own kernel (named in the error), the others share softmax's. */
    private static void softmaxOfFloats(Tensor a, int axis, String function) {
        if (a.dtype().isFloating()) return;
        boolean last = a.ndim() == 0 || Shapes.axis(axis, a.ndim()) == a.ndim() - 1;
        throw new AutogradException("\"" + (last ? function + "_lastdim" : "softmax") + "_kernel_impl\" not implemented for '" + a.dtype().scalarName() + "'");
    }

    /** Softmax along one axis (default: the last). */
    public static Tensor softmax(Tensor a, int axis) {
        softmaxOfFloats(a, axis, "softmax");
        if (a.ndim() == 0) return ofScalar(a, axis, x -> softmax(x, 0), "SoftmaxBackward0");
        return Tensor.apply(new Softmax(Shapes.axis(axis, a.ndim()), axis), a); // its node saves the dim as given
    }

    public static Tensor logSoftmax(Tensor a, int axis) {
        softmaxOfFloats(a, axis, "log_softmax");
        if (a.ndim() == 0) return ofScalar(a, axis, x -> logSoftmax(x, 0), "LogSoftmaxBackward0");
        return Tensor.apply(new LogSoftmax(Shapes.axis(axis, a.ndim()), axis), a); // its node saves the dim as given
    }

    /** softmax/log_softmax of a 0-d tensor (dim 0 or -1, as PyTorch allows): the op on its one entry as a 1-element vector. */
    private static Tensor ofScalar(Tensor a, int axis, java.util.function.UnaryOperator<Tensor> op, String torchName) {
        Shapes.axis(axis, 1);
        return reshape(op.apply(reshape(a, 1)), new int[0], torchName);
    }

    /** Variance over axes (null: all) with Bessel's correction by default (PyTorch's correction=1). */
    public static Tensor var(Tensor a, int[] axes, double correction, boolean keepdims) {
        return Tensor.apply(spread(a, axes, correction, keepdims), a);
    }

    /** var (or std) of every entry given as torch 1.13's empty dim list: its backward's own count (see {@link Var#overEmptyDimList}). */
    public static Tensor spreadOverEmptyDimList(Tensor a, double correction, boolean keepdims, boolean std) {
        Var var = spread(a, Shapes.axes(null, a.ndim()), correction, keepdims).overEmptyDimList();
        return Tensor.apply(std ? new Std(var) : var, a);
    }

    /** Standard deviation: sqrt of var as PyTorch's one StdBackward0 node, with its gradient 0 where the deviation is 0 (a constant input). */
    public static Tensor std(Tensor a, int[] axes, double correction, boolean keepdims) {
        return Tensor.apply(new Std(spread(a, axes, correction, keepdims)), a);
    }

    /**
     * torch.std_mean/var_mean: the spread and the mean over the same dims, each under PyTorch's
     * name of the pair's one node (StdMeanBackward0, VarMeanBackward0); here they are two nodes.
     */
    public static Tensor[] spreadAndMean(Tensor a, int[] axes, double correction, boolean keepdims, boolean std) {
        return spreadAndMean(a, axes, correction, keepdims, std, false);
    }

    /** spreadAndMean, over every dim as torch 1.13's empty dim list when {@code emptyDimList} (the spread's backward as {@link Var#overEmptyDimList}). */
    public static Tensor[] spreadAndMean(Tensor a, int[] axes, double correction, boolean keepdims, boolean std, boolean emptyDimList) {
        Var over = spread(a, axes, correction, keepdims);
        Var var = (emptyDimList ? over.overEmptyDimList() : over).withMean();
        String torchName = std ? "StdMeanBackward0" : "VarMeanBackward0";
        Tensor spread = Tensor.apply(new Renamed(std ? new Std(var) : var, torchName, -1), a);
        Tensor mean = Tensor.apply(new Renamed(Mean.ofVarMean(Shapes.axes(axes, a.ndim()), keepdims, a.shape(), axes != null), torchName, -1), a);
        return new Tensor[] {spread, mean};
    }

    private static Var spread(Tensor a, int[] axes, double correction, boolean keepdims) {
        if (!a.dtype().isFloating()) throw new AutogradException("std and var only support floating point and complex dtypes");
        return new Var(Shapes.axes(axes, a.ndim()), axes == null, correction, keepdims, a.shape());
    }

    /** Euclidean (Frobenius) norm of all entries. */
    public static Tensor norm(Tensor a) {
        return norm(a, 2, null, false);
    }

    /** The p-norm over axes (null: all entries): (Σ|a|^p)^(1/p), as PyTorch's NormBackward1 (see {@link Norm}). */
    public static Tensor norm(Tensor a, double p, int[] axes, boolean keepdims) {
        checkNormType(a);
        return Tensor.apply(new Norm(p, Shapes.axes(axes, a.ndim()), keepdims, a.ndim()), a);
    }

    private static void checkNormType(Tensor a) {
        if (!a.dtype().isFloating())
            throw new AutogradException("norm(): input dtype should be either floating point or complex. Got " + a.dtype().scalarName() + " instead.");
    }

    /** {@link #norm(Tensor, double, int[], boolean)} whose node saves p and dim as torch.norm was given them (see {@link Norm}). */
    public static Tensor norm(Tensor a, double p, int[] axes, boolean keepdims, Number givenP, long[] givenDims) {
        checkNormType(a);
        return Tensor.apply(new Norm(p, Shapes.axes(axes, a.ndim()), keepdims, a.ndim(), givenP, givenDims), a);
    }

    /**
     * torch.norm_except_dim(v, p, dim): the p-norm over every axis but {@code dim}, shaped to
     * broadcast against v (dim −1: of all entries), composed as PyTorch composes it.
     */
    public static Tensor normExceptDim(Tensor v, double p, int dim) {
        if (dim == -1) return norm(v, p, null, false);
        int n = v.ndim();
        int[] shape = new int[n];
        java.util.Arrays.fill(shape, 1);
        if (dim == 0) {
            shape[0] = v.shape()[0];
            return view(norm(view(compact(v), v.shape()[0], -1), p, new int[] {1}, false), shape);
        }
        if (dim == n - 1) {
            shape[n - 1] = v.shape()[n - 1];
            return view(norm(view(compact(v), -1, v.shape()[n - 1]), p, new int[] {0}, false), shape);
        }
        return transpose(normExceptDim(transpose(v, 0, dim), p, 0), 0, dim);
    }

    /**
     * The sum along {@code axis} one element after another, as PyTorch's CPU kernels' own loops add
     * (margin losses, average pooling): the last entry of the running sum.
     */
    public static Tensor sumInOrder(Tensor t, int axis) {
        int n = t.shape()[axis];
        java.util.List<dev.adjoint.ndarray.Index> at = new java.util.ArrayList<>();
        for (int d = 0; d < t.ndim(); d++) at.add(d == axis ? new dev.adjoint.ndarray.Index.At(n - 1) : dev.adjoint.ndarray.Index.Slice.ALL);
        return getItem(cumsum(t, axis), at);
    }

    /** v.contiguous(): v itself when it already is. */
    private static Tensor compact(Tensor v) { return dev.adjoint.autograd.Views.isContiguous(v) ? v : contiguous(v); }

    /**
     * torch._weight_norm(v, g, dim): v·g/‖v‖ with the norm over every axis but {@code dim}; the
     * fused kernel (one WeightNormInterfaceBackward0 node) for the first or last axis, else
     * v * (g / norm_except_dim(v, 2, dim)) as PyTorch composes it.
     */
    public static Tensor weightNorm(Tensor v, Tensor g, int dim) {
        if (dim == 0 || dim == v.ndim() - 1) return Tensor.apply(new WeightNorm(dim == 0), v, g);
        return mul(v, div(g, normExceptDim(v, 2, dim)));
    }

    // ---- indexing by tensors ----

    /** torch.linalg.vector_norm: the p-norm over {@code axes} (null: all), one LinalgVectorNormBackward0 node. */
    public static Tensor vectorNorm(Tensor a, double p, int[] axes, boolean keepdims) {
        if (!a.dtype().isFloating())
            throw new AutogradException("linalg.vector_norm: Expected a floating point or complex tensor as input. Got " + a.dtype().scalarName());
        return named("LinalgVectorNormBackward0", new Norm(p, Shapes.axes(axes, a.ndim()), keepdims, a.ndim()), a);
    }

    /**
     * torch.linalg.matrix_norm with ord ±1 (largest/smallest column sum of |a|) or ±inf (row sum) over
     * the axes {@code rows} and {@code columns}: PyTorch's amax/amin of vector 1-norms.
     */
    public static Tensor matrixNorm(Tensor a, double ord, int rows, int columns, boolean keepdims) {
        int sum = Double.isInfinite(ord) ? columns : rows, extreme = Double.isInfinite(ord) ? rows : columns;
        if (!keepdims && sum < extreme) extreme--; // the first reduction removed an axis in front of it
        Tensor sums = vectorNorm(a, 1, new int[] {sum}, keepdims);
        Op max = new Max(new int[] {extreme}, keepdims, sums.ndim());
        if (ord > 0) return named("AmaxBackward0", max, sums);
        return Tensor.apply(new Renamed(Neg.INSTANCE, "AminBackward0", 1 | Op.OUTPUT), Tensor.apply(max, neg(sums)));
    }

    /** torch.cdist(x1, x2, p): distances of the rows of x1 (…, P, M) to those of x2 (…, R, M), shape (…, P, R). */
    public static Tensor cdist(Tensor x1, Tensor x2, double p) {
        if (x1.ndim() < 2) throw new AutogradException("cdist only supports at least 2D tensors, X1 got: " + x1.ndim() + "D");
        if (x2.ndim() < 2) throw new AutogradException("cdist only supports at least 2D tensors, X2 got: " + x2.ndim() + "D");
        int m1 = x1.shape()[x1.ndim() - 1], m2 = x2.shape()[x2.ndim() - 1];
        if (m1 != m2) throw new AutogradException("X1 and X2 must have the same number of columns. X1: " + m1 + " X2: " + m2);
        if (!(p >= 0)) throw new AutogradException("cdist only supports non-negative p values");
        int[] b1 = Arrays.copyOf(x1.shape(), x1.ndim() - 2), b2 = Arrays.copyOf(x2.shape(), x2.ndim() - 2);
        checkBroadcast(b1, b2);
        return Tensor.apply(new Cdist(p), x1, x2);
    }

    /** torch.pdist(x, p): the distances of every pair of rows i &lt; j of x (N, M), shape (N(N − 1)/2,). */
    public static Tensor pdist(Tensor x, double p) {
        if (x.ndim() != 2) throw new AutogradException("pdist only supports 2D tensors, got: " + x.ndim() + "D");
        if (!x.dtype().isFloating()) throw new AutogradException("pdist only supports floating-point dtypes");
        if (!(p >= 0)) throw new AutogradException("pdist only supports non-negative p values");
        return Tensor.apply(new Pdist(p, x.shape()[0], x.shape()[1]), x);
    }

    /** a.gather(dim, index): out[i][j][k] = a[index[i][j][k]][j][k] for dim 0, and so on. */
    public static Tensor gather(Tensor a, int dim, Tensor index) {
        int[] is = index.shape();
        int[] positions = indexedPositions("gather", "input", a.shape(), dim, index);
        return Tensor.apply(new Take(positions, is.clone(), "GatherBackward0", 1 | Op.CONSTANT), a);
    }

    /**
     * a.scatter(dim, index, src): a copy of a whose entry at index[i][j][k] along {@code dim} (for dim 0) is
     * src[i][j][k]; src is a tensor (ScatterBackward0) or one number (ScatterBackward1). In place with
     * {@code inPlace}, as scatter_.
     */
    public static Tensor scatter(Tensor a, int dim, Tensor index, Tensor src, boolean srcIsNumber, boolean inPlace) {
        int[] is = index.shape();
        int[] positions = indexedPositions("scatter", "self", a.shape(), dim, index);
        Tensor values = srcIsNumber ? src : srcBlock(a, dim, index, src);
        return writeAt(a, positions, is, values, srcIsNumber ? "ScatterBackward1" : "ScatterBackward0", inPlace);
    }

    /** a.scatter_add(dim, index, src): scatter's positions, src's entries added there (ScatterAddBackward0); in place as scatter_add_. */
    public static Tensor scatterAdd(Tensor a, int dim, Tensor index, Tensor src, boolean inPlace) {
        int[] positions = reducingPositions(a, dim, index, src);
        return addAt(a, positions, srcBlock(a, dim, index, src), 1, "ScatterAddBackward0", inPlace);
    }

    /**
     * a.scatter_reduce(dim, index, src, reduce, include_self): scatter's positions, what reaches each
     * reduced by sum, prod, mean, amax or amin (ScatterReduceBackward0); in place as scatter_reduce_.
     */
    public static Tensor scatterReduce(Tensor a, int dim, Tensor index, Tensor src, String reduce, boolean includeSelf, boolean inPlace) {
        if (!Arrays.asList(ScatterReduce.REDUCTIONS).contains(reduce)) throw new AutogradException("reduce argument must be either sum, prod, mean, amax or amin.");
        int[] targets = reducingPositions(a, dim, index, src);
        Op op = new ScatterReduce(targets, srcPositions(src.shape(), index.shape()), reduce, includeSelf);
        return inPlace ? a.applyInPlace(op, src) : Tensor.apply(op, a, src);
    }

    /** The positions in a that scatter_add's and scatter_reduce's index points at, after PyTorch's checks (no negative index there). */
    private static int[] reducingPositions(Tensor a, int dim, Tensor index, Tensor src) {
        int[] is = index.shape(), s = a.shape(), ss = src.shape();
        for (int i = 0; i < is.length && i < s.length && i < ss.length; i++)
            if ((i != dim && is[i] > s[i]) || is[i] > ss[i])
                throw new AutogradException("Expected index " + Tensor.torchShape(is) + " to be smaller than self " + Tensor.torchShape(s)
                        + " apart from dimension " + dim + " and to be smaller size than src " + Tensor.torchShape(ss));
        int[] positions = indexedPositions("scatter", "self", a.shape(), dim, index);
        for (double i : index.value().toArray())
            if (i < 0) throw new AutogradException("index " + (long) i + " is out of bounds for dimension " + Shapes.axis(dim, Math.max(a.ndim(), 1))
                    + " with size " + (a.ndim() == 0 ? 1 : a.shape()[Shapes.axis(dim, a.ndim())]));
        if (a.dtype() != src.dtype()) throw new AutogradException("scatter(): Expected self.dtype to be equal to src.dtype");
        return positions;
    }

    /** scatter's src: its leading block shaped as index (PyTorch reads only that), after PyTorch's check of the sizes. */
    private static Tensor srcBlock(Tensor a, int dim, Tensor index, Tensor src) {
        int[] is = index.shape(), ss = src.shape();
        for (int i = 0; i < is.length && i < ss.length; i++)
            if (is[i] > ss[i])
                throw new AutogradException("Expected index " + Tensor.torchShape(is) + " to be smaller than self " + Tensor.torchShape(a.shape())
                        + " apart from dimension " + dim + " and to be smaller size than src " + Tensor.torchShape(ss));
        if (Arrays.equals(is, ss)) return src;
        return Tensor.apply(new Take(srcPositions(ss, is), is.clone(), "IndexBackward0", 0), src);
    }

    /** x whose entries at {@code positions} take v's values (broadcast to {@code shape}), one node PyTorch names {@code torchName}; in place with {@code inPlace}. */
    public static Tensor writeAt(Tensor x, int[] positions, int[] shape, Tensor v, String torchName, boolean inPlace) {
        Op op = new Renamed(new IndexPut(positions, shape.clone()), torchName, Op.CONSTANT);
        return inPlace ? x.applyInPlace(op, v) : Tensor.apply(op, x, v);
    }

    /** x with alpha·v added at {@code positions} (one per entry of v; repeats accumulate), one node named {@code torchName}; in place with {@code inPlace}. */
    public static Tensor addAt(Tensor x, int[] positions, Tensor v, double alpha, String torchName, boolean inPlace) {
        Op op = new AddAt(positions, v.shape(), alpha, torchName);
        return inPlace ? x.applyInPlace(op, v) : Tensor.apply(op, x, v);
    }

    /** Row-major positions in an array of shape {@code outer} of the entries of its leading block of shape {@code block}. */
    private static int[] srcPositions(int[] outer, int[] block) {
        int[] strides = Shapes.rowMajorStrides(outer), bstr = Shapes.rowMajorStrides(block);
        int[] positions = new int[Shapes.size(block)];
        for (int k = 0; k < positions.length; k++) {
            int rest = k, pos = 0;
            for (int ax = 0; ax < block.length; ax++) {
                pos += rest / bstr[ax] * strides[ax];
                rest %= bstr[ax];
            }
            positions[k] = pos;
        }
        return positions;
    }

    /**
     * gather's and scatter's positions in an array of shape {@code s}: for each entry of index, the entry
     * with the index's own coordinates except along {@code dim}, where the index's value is the coordinate.
     * A 0-d index or tensor counts as one dimension, as in PyTorch.
     */
    private static int[] indexedPositions(String op, String self, int[] s, int dim, Tensor index) {
        if (index.dtype() != DType.INT64) throw new AutogradException(op + "(): Expected dtype int64 for index");
        int n = Math.max(s.length, 1), d = Shapes.axis(dim, n);
        int[] is = index.shape();
        if (Math.max(is.length, 1) != n)
            throw new AutogradException("Index tensor must have the same number of dimensions as " + self + " tensor");
        for (int i = 0; i < is.length && i < s.length; i++)
            if (i != d && is[i] > s[i])
                throw new AutogradException("Size does not match at dimension " + i + " expected index " + Tensor.torchShape(is)
                        + " to be smaller than self " + Tensor.torchShape(s) + " apart from dimension " + d);
        int[] shape = s.length == 0 ? new int[] {1} : s, ishape = is.length == 0 ? new int[] {1} : is;
        int[] strides = Shapes.rowMajorStrides(shape), istr = Shapes.rowMajorStrides(ishape);
        double[] idx = index.value().toArray();
        int[] positions = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            int rest = k, pos = 0;
            for (int ax = 0; ax < ishape.length; ax++) {
                int c = rest / istr[ax];
                rest %= istr[ax];
                if (ax == d) {
                    long v = (long) idx[k];
                    if (v < -shape[ax] || v >= shape[ax])
                        throw new AutogradException("index " + v + " is out of bounds for dimension " + d + " with size " + shape[ax]);
                    c = (int) (v < 0 ? v + shape[ax] : v);
                }
                pos += c * strides[ax];
            }
            positions[k] = pos;
        }
        return positions;
    }

    /** Entries picked by flat row-major positions into a tensor of {@code shape}: what advanced indexing computes. */
    public static Tensor take(Tensor a, int[] positions, int[] shape) {
        return Tensor.apply(new Take(positions, shape, "IndexBackward0", Op.CONSTANT), a);
    }

    /** The entries at {@code positions} as a view op PyTorch names {@code torchName} (DiagonalBackward0, UnbindBackward0, SplitBackward0): nothing saved. */
    public static Tensor take(Tensor a, int[] positions, int[] shape, String torchName) {
        return Tensor.apply(new Take(positions, shape, torchName, 0), a);
    }

    /** A view's change written into its base (PyTorch's CopySlices): base entries at {@code positions} take the view's values. */
    public static Op copySlices(int[] positions, int[] viewShape) {
        return new IndexPut(positions, viewShape);
    }

    /** A view of its base's entries at {@code positions}, as PyTorch shows a view after an in-place change (AsStridedBackward0). */
    public static Op asStrided(int[] positions, int[] viewShape) {
        return new Take(positions, viewShape, "AsStridedBackward0", 0);
    }

    /** x[index] = v in place: the entries at {@code positions} (of x[index], shaped {@code indexedShape}) take v's values. */
    public static Tensor indexPut(Tensor x, int[] positions, int[] indexedShape, Tensor v) {
        return indexPut(x, positions, indexedShape, v, "CopySlices");
    }

    /** {@link #indexPut} shown as PyTorch's {@code torchName} (which depends on whether the write went through a view). */
    public static Tensor indexPut(Tensor x, int[] positions, int[] indexedShape, Tensor v, String torchName) {
        if (!Shapes.broadcastsTo(v.shape(), indexedShape))
            throw new AutogradException("shape mismatch: value tensor of shape " + Tensor.torchShape(v.shape())
                    + " cannot be broadcast to indexing result of shape " + Tensor.torchShape(indexedShape));
        return x.applyInPlace(new IndexPut(positions, indexedShape, torchName), v);
    }

    /** PyTorch's F.linear(x, W, b) = x Wᵀ + b with W of shape (out, in); shown as AddmmBackward0 for a batch. */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        int[] s = x.shape(), w = weight.shape();
        if (s.length == 0 || w.length != 2 || s[s.length - 1] != w[1]) {
            int rows = 1;
            for (int i = 0; i < s.length - 1; i++) rows *= s[i];
            throw new AutogradException("mat1 and mat2 shapes cannot be multiplied (" + rows + "x" + (s.length == 0 ? 1 : s[s.length - 1])
                    + " and " + (w.length == 2 ? w[1] + "x" + w[0] : Tensor.torchShape(w)) + ")");
        }
        if (bias != null && (s.length == 2 || s.length == 3)) checkAddmmTypes(bias, x, weight); // PyTorch's addmm (a 3-d batch flattened to 2-d)
        if (bias != null && s.length == 2) return Tensor.apply(Addmm.INSTANCE, bias, x, t(weight));
        if (bias != null && s.length == 3) { // PyTorch 1.13 flattens a (contiguous) 3-d batch into one addmm and views the result back
            Tensor flat = view(x, s[0] * s[1], s[2]);
            return view(Tensor.apply(Addmm.INSTANCE, bias, flat, t(weight)), s[0], s[1], w[0]);
        }
        Tensor y = matmul(x, t(weight));
        return bias == null ? y : add(y, bias);
    }

    /** torch.addmm(input, mat1, mat2): input + mat1 @ mat2 as one AddmmBackward0 node (mat1 and mat2 two matrices). */
    /** addmm_: input += mat1 @ mat2 in place (AddmmBackward0); the product's shape must be input's. */
    public static Tensor addmmInPlace(Tensor input, Tensor mat1, Tensor mat2) {
        checkAddmmTypes(input, mat1, mat2);
        int[] product = {mat1.shape()[0], mat2.shape()[1]};
        if (!Arrays.equals(input.shape(), product))
            throw new AutogradException("Bad in-place call: input tensor size " + Arrays.toString(input.shape()) + " and output tensor size " + Arrays.toString(product)
                    + " should match");
        return input.applyInPlace(Addmm.INSTANCE, mat1, mat2);
    }

    /**
     * renorm(x, p, dim, maxnorm): each slice along dim whose p-norm exceeds maxnorm scaled by
     * maxnorm / (norm + 1e-7), as PyTorch computes it (RenormBackward0; the factor depends on x,
     * so the gradient has the norm's term too); {@code inPlace} renorm_.
     */
    public static Tensor renorm(Tensor x, double p, int dim, double maxnorm, boolean inPlace) {
        int[] others = new int[x.ndim() - 1];
        for (int i = 0, k = 0; i < x.ndim(); i++) if (i != dim) others[k++] = i;
        Tensor norm = vectorNorm(x, p, others, true);
        Tensor factor = where(gt(norm, scalar(maxnorm)), div(scalar(maxnorm), add(norm, scalar(1e-7))), scalar(1));
        Op op = new Renamed(Mul.INSTANCE, "RenormBackward0", -1);
        return inPlace ? x.applyInPlace(op, factor) : Tensor.apply(op, x, factor);
    }

    public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2) {
        checkAddmmTypes(input, mat1, mat2);
        checkBroadcast(input.shape(), new int[] {mat1.shape()[0], mat2.shape()[1]});
        return Tensor.apply(Addmm.INSTANCE, input, mat1, mat2);
    }

    /** addmm's type checks, in its order: the added input against mat2, then mat1 against mat2. */
    private static void checkAddmmTypes(Tensor input, Tensor mat1, Tensor mat2) {
        if (input.dtype() != mat2.dtype()) throw new AutogradException("self and mat2 must have the same dtype");
        if (mat1.dtype() != mat2.dtype()) throw new AutogradException("mat1 and mat2 must have the same dtype");
    }

    // ---- losses ----

    /** mean((a − b)²) (or its sum, or each term), shown as PyTorch's MseLossBackward0. */
    /** log(1 + e^(−y·x)) per element, reduced, as PyTorch's one node SoftMarginLossBackward0. */
    public static Tensor softMarginLoss(Tensor input, Tensor target, String reduction) {
        checkBroadcast(input.shape(), target.shape());
        if (!input.dtype().isFloating()) // PyTorch's kernel writes its float result into a tensor of the input's type
            throw new AutogradException("result type Double can't be cast to the desired output type " + input.dtype().scalarName());
        return Tensor.apply(new SoftMarginLoss(reduction), input, target);
    }

    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        DType type = DType.promote(input.dtype(), target.dtype());
        requireFloating("mse_cpu", type); // no integer kernel in PyTorch
        checkBroadcast(input.shape(), target.shape());
        return Tensor.apply(new MseLoss(reduction), input, target);
    }

    /** A loss's terms reduced by PyTorch's {@code reduction} ('mean', 'sum', or 'none': each term), as the one node PyTorch names {@code torchName}. */
    private static Tensor reduced(Tensor terms, String reduction, String torchName, int saved) {
        Op last = switch (reduction) {
            case "mean" -> new Mean(Shapes.axes(null, terms.ndim()), false, terms.shape());
            case "sum" -> new Sum(Shapes.axes(null, terms.ndim()), false, terms.ndim());
            default -> Clone.INSTANCE;
        };
        return Tensor.apply(new Renamed(last, torchName, saved), terms);
    }

    /** nll_loss of log-probabilities {@code logp} with class indices and no options (ClassLoss has them). */
    public static Tensor nllLoss(Tensor logp, Tensor target, String reduction) {
        return ClassLoss.nll(logp, target, ClassLoss.Options.of(reduction));
    }

    /** PyTorch's cross_entropy with class indices and no options (ClassLoss has them). */
    public static Tensor crossEntropy(Tensor logits, Tensor target, String reduction) {
        return ClassLoss.crossEntropy(logits, target, ClassLoss.Options.of(reduction));
    }

    /**
     * PyTorch's binary_cross_entropy of probabilities {@code p} and targets {@code y}, each log
     * clamped at −100 as PyTorch clamps it: one BinaryCrossEntropyBackward0 node. {@code weight} may be null.
     */
    public static Tensor binaryCrossEntropy(Tensor p, Tensor y, Tensor weight, String reduction) {
        requireFloating("binary_cross_entropy", p.dtype());
        for (double v : p.value().toArray())
            if (!(v >= 0 && v <= 1)) throw new AutogradException("all elements of input should be between 0 and 1");
        return Tensor.apply(new BinaryCrossEntropy(reduction, weight), p, y);
    }

    /** log σ(a), without overflow for any a (PyTorch's F.logsigmoid). */
    public static Tensor logSigmoid(Tensor a) {
        requireFloating("log_sigmoid_cpu", a.dtype());
        return Tensor.apply(LogSigmoid.INSTANCE, a);
    }

    /**
     * PyTorch's binary_cross_entropy_with_logits of logits {@code x} and targets {@code y}: one
     * BinaryCrossEntropyWithLogitsBackward0 node. {@code weight} and {@code posWeight} (broadcast
     * along the last dimension) may be null.
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor x, Tensor y, Tensor weight, Tensor posWeight, String reduction) {
        return Tensor.apply(new BinaryCrossEntropyWithLogits(reduction, weight, posWeight), x, y);
    }

    /** PyTorch's smooth_l1_loss (SmoothL1LossBackward0): quadratic below {@code beta}, linear above. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        checkBroadcast(input.shape(), target.shape());
        requireFloating("smooth_l1_cpu", DType.of(input, target));
        return Tensor.apply(new SmoothL1Loss(reduction, beta), input, target);
    }

    /** PyTorch's huber_loss (HuberLossBackward0): quadratic below {@code delta}, linear above. */
    public static Tensor huberLoss(Tensor input, Tensor target, String reduction, double delta) {
        checkBroadcast(input.shape(), target.shape());
        requireFloating("huber_cpu", DType.of(input, target));
        return Tensor.apply(new HuberLoss(reduction, delta), input, target);
    }

    // ---- rearranging ----

    /** x.flip(dims): the entries in reverse order along each of {@code dims} (FlipBackward0). */
    public static Tensor flip(Tensor a, int[] dims) {
        int[] s = a.shape();
        boolean[] reversed = new boolean[s.length];
        for (int given : dims) {
            int d = Shapes.axis(given, s.length);
            if (reversed[d]) throw new AutogradException("dim " + d + " appears multiple times in the list of dims");
            reversed[d] = true;
        }
        int[] positions = positions(s, s, (axis, c) -> reversed[axis] ? s[axis] - 1 - c : c);
        return Tensor.apply(new Take(positions, s.clone(), "FlipBackward0", 0), a);
    }

    /** x.repeat(*reps): x tiled reps[i] times along each dim, new leading dims for extra reps (RepeatBackward0). */
    public static Tensor repeat(Tensor a, int[] reps) {
        if (reps.length < a.ndim())
            throw new AutogradException("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
        int[] in = new int[reps.length], out = new int[reps.length];
        for (int i = 0; i < reps.length; i++) {
            if (reps[i] < 0) throw new AutogradException("Trying to create tensor with negative dimension " + reps[i] + ": " + Tensor.torchShape(reps));
            in[i] = i < reps.length - a.ndim() ? 1 : a.shape()[i - (reps.length - a.ndim())];
            out[i] = in[i] * reps[i];
        }
        dev.adjoint.ndarray.Limits.checkShape(out);
        return Tensor.apply(new Take(positions(out, in, (axis, c) -> c % in[axis]), out, "RepeatBackward0", 0), a);
    }

    /** For each entry of an array of {@code outShape} (row-major), the position in an array of {@code inShape} whose coordinate along each axis is {@code coordinate(axis, c)}. */
    private static int[] positions(int[] outShape, int[] inShape, java.util.function.IntBinaryOperator coordinate) {
        int[] inStrides = Shapes.rowMajorStrides(inShape);
        int[] positions = new int[Shapes.size(outShape)];
        for (int k = 0; k < positions.length; k++) {
            int rest = k, pos = 0;
            for (int ax = outShape.length - 1; ax >= 0; ax--) {
                pos += coordinate.applyAsInt(ax, rest % outShape[ax]) * inStrides[ax];
                rest /= outShape[ax];
            }
            positions[k] = pos;
        }
        return positions;
    }

    /** mean(|a − b|) (or its sum, or each term), a composite in PyTorch 1.13 too (MeanBackward0 over AbsBackward0). */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        Tensor terms = abs(sub(input, target));
        return switch (reduction) {
            case "mean" -> mean(terms, null, false);
            case "sum" -> sum(terms);
            default -> terms;
        };
    }

    // ---- sorting ----

    /** sort along {@code dim}: the values (SortBackward0; each entry's gradient goes back where it came from) and their int64 indices. */
    public static Tensor[] sort(Tensor a, int dim, boolean descending) {
        return firstInOrder(a, dim, a.ndim() == 0 ? 1 : a.shape()[dim], "SortBackward0", row -> sorted(row, descending));
    }

    /**
     * The {@code k} largest (or smallest) entries along {@code dim} and their int64 indices
     * (TopkBackward0): equal values chosen and ordered as PyTorch's CPU kernel leaves them
     * ({@link TopkOrder}); unless {@code sorted}, in the order its selection leaves them.
     */
    public static Tensor[] topk(Tensor a, int k, int dim, boolean largest, boolean sorted) {
        if (k < 0 || k > (a.ndim() == 0 ? 1 : a.shape()[dim])) throw new AutogradException("selected index k out of range");
        return firstInOrder(a, dim, k, "TopkBackward0", row -> TopkOrder.select(row, k, largest, sorted));
    }

    /** The positions, in a slice's own numbering, of the entries taken from it (its values given in order). */
    private interface SliceOrder {
        int[] of(double[] slice);
    }

    /** The first {@code k} entries of each slice along {@code dim} in the given order, and their indices. */
    private static Tensor[] firstInOrder(Tensor a, int dim, int k, String torchName, SliceOrder order) {
        int[] shape = a.ndim() == 0 ? new int[] {1} : a.shape();
        int n = shape[dim], outer = Shapes.size(Arrays.copyOfRange(shape, 0, dim)), inner = Shapes.size(Arrays.copyOfRange(shape, dim + 1, shape.length));
        double[] x = a.value().toArray();
        int[] positions = new int[outer * k * inner];
        double[] indices = new double[positions.length];
        double[] slice = new double[n];
        for (int o = 0; o < outer; o++)
            for (int j = 0; j < inner; j++) {
                int base = o * n * inner + j;
                for (int i = 0; i < n; i++) slice[i] = x[base + i * inner];
                int[] taken = order.of(slice);
                for (int r = 0; r < k; r++) {
                    int out = (o * k + r) * inner + j;
                    positions[out] = base + taken[r] * inner;
                    indices[out] = taken[r];
                }
            }
        int[] outShape = a.ndim() == 0 ? new int[0] : shape.clone();
        if (a.ndim() > 0) outShape[dim] = k;
        Tensor values = Tensor.apply(new Take(positions, outShape, torchName, Op.CONSTANT), a);
        return new Tensor[] {values, Tensor.constant(NDArray.of(indices, outShape), DType.INT64)};
    }

    /** The positions 0..n−1 of a slice in ascending (descending) order, NaN above everything, ties by position (a stable sort, as PyTorch's). */
    private static int[] sorted(double[] slice, boolean descending) {
        Integer[] order = new Integer[slice.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Comparator<Integer> ascending = (p, q) -> sortOrder(slice[p], slice[q]);
        Arrays.sort(order, descending ? ascending.reversed() : ascending);
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** PyTorch's order of values: numerically, −0 equal to 0, NaN after +inf. */
    private static int sortOrder(double p, double q) {
        if (p != p || q != q) return Boolean.compare(p != p, q != q);
        return p < q ? -1 : p > q ? 1 : 0;
    }

    // ---- constants ----

    /** Rows of the identity picked by integer labels: shape (n, classes). A constant. */
    public static Tensor oneHot(Tensor labels, int classes) {
        double[] y = labels.value().toArray();
        dev.adjoint.ndarray.Limits.checkShape(y.length, classes);
        double[] d = new double[y.length * classes];
        for (int i = 0; i < y.length; i++) {
            int k = (int) y[i];
            if (k != y[i] || k < 0 || k >= classes)
                throw new ShapeException("one_hot label " + fmt(y[i]) + " is not an integer in [0, " + classes + ")");
            d[i * classes + k] = 1;
        }
        int[] s = Arrays.copyOf(labels.shape(), labels.ndim() + 1);
        s[labels.ndim()] = classes;
        return Tensor.constant(NDArray.of(d, s));
    }

    static String fmt(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : Double.toString(v);
    }

    // ---- helpers for rules ----

    /** a + b where either may be null (a zero tangent). */
    static Tensor addOrFirst(Tensor a, Tensor b) {
        if (a == null) return b;
        if (b == null) return a;
        return add(a, b);
    }

    static String reduction(String fn, String arg, int[] axes, boolean keepdims, boolean allAxes) {
        StringBuilder sb = new StringBuilder(fn).append('(').append(arg);
        if (!allAxes) sb.append(", axes=").append(Shapes.str(axes));
        if (keepdims) sb.append(", keepdims=True");
        return sb.append(')').toString();
    }
}
