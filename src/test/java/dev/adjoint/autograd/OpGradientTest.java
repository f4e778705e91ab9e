package dev.adjoint.autograd;

import static dev.adjoint.testing.GradCheck.check;
import static dev.adjoint.testing.GradCheck.checkWithSecondOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.op.ClassLoss;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.autograd.op.OrderStatistics;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.testing.Gen;
import dev.adjoint.testing.GradCheck.Fn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every op against central differences (first and second order) and forward mode against reverse
 * mode, on random shapes from seeded generators. A failure message carries the seed and shapes.
 */
class OpGradientTest {
    private static final int CASES = 12;

    /** Fixed broadcasting cases every binary op must handle, besides the random ones. */
    private static final int[][][] BROADCAST_CASES = {
        {{3, 1}, {4}}, {{2, 3}, {}}, {{}, {2, 3}}, {{3, 1}, {1, 4}}, {{2, 3, 4}, {4}}, {{4}, {2, 3, 4}},
        {{2, 1, 4}, {3, 1}}, {{}, {}}, {{5}, {5}}, {{1}, {3, 2, 1}}};

    // ---- binary, broadcasting ----

    private static void binary(String name, BiFunction<Tensor, Tensor, Tensor> op, double lo, double hi, double bLo, double bHi) {
        Fn f = x -> op.apply(x[0], x[1]);
        long seed = 0;
        for (int[][] c : BROADCAST_CASES) {
            Gen g = new Gen(seed++);
            checkWithSecondOrder(g, name, f, values(g, lo, hi, c[0]), values(g, bLo, bHi, c[1]));
        }
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(100 + i);
            int[][] s = g.broadcastPair(3, 4);
            checkWithSecondOrder(g, name, f, values(g, lo, hi, s[0]), values(g, bLo, bHi, s[1]));
        }
    }

    /** Uniform values in [lo, hi). */
    private static NDArray values(Gen g, double lo, double hi, int[] shape) {
        return g.arrayIn(lo, hi, shape);
    }

    @Test
    void add() { binary("add", Ops::add, -2, 2, -2, 2); }

    @Test
    void sub() { binary("sub", Ops::sub, -2, 2, -2, 2); }

    @Test
    void mul() { binary("mul", Ops::mul, -2, 2, -2, 2); }

    @Test
    void div() {
        binary("div", Ops::div, -2, 2, 0.5, 2);
        binary("div by negative", Ops::div, -2, 2, -2, -0.5);
    }

    /** fmod away from its jumps (a / b between 1 and 2: trunc is 1 throughout), and its values by C's definition. */
    @Test
    void fmod() {
        binary("fmod", Ops::fmod, 2.1, 2.9, 1.5, 2.0);
        binary("fmod of negatives", Ops::fmod, -2.9, -2.1, 1.5, 2.0);
        double[] a = {5.5, -5.5, 5.5, -5.5}, b = {2, 2, -2, -2};
        double[] got = Ops.fmod(Tensor.constant(NDArray.of(a, 4)), Tensor.constant(NDArray.of(b, 4))).value().toArray();
        assertThat(got).containsExactly(1.5, -1.5, 1.5, -1.5); // the dividend's sign
    }

    @Test
    void powWithTensorExponent() { binary("pow", Ops::pow, 0.5, 2, -2, 2); }

    @Test
    void powWithConstantExponent() {
        for (double e : new double[] {2, 3, 0.5, -1.5, 0}) {
            for (int i = 0; i < CASES / 2; i++) {
                Gen g = new Gen(200 + i);
                checkWithSecondOrder(g, "pow(x, " + e + ")", x -> Ops.pow(x[0], e), g.arrayIn(0.5, 2, g.shape(0, 3, 4)));
            }
        }
    }

    @Test
    void binaryOpWithOneConstantOperand() {
        Gen g = new Gen(7);
        NDArray c = g.arrayIn(0.5, 2, 3, 1);
        check(g, "mul by constant", x -> Ops.mul(Tensor.constant(c), x[0]), g.array(4));
        check(g, "div constant by x", x -> Ops.div(Tensor.constant(c), x[0]), g.arrayIn(0.5, 2, 4));
        check(g, "pow constant base", x -> Ops.pow(Tensor.constant(c), x[0]), g.array(4));
        check(g, "sub from constant", x -> Ops.sub(Tensor.constant(c), x[0]), g.array(2, 1, 4));
    }

    @Test
    void sameTensorUsedTwice() {
        Gen g = new Gen(8);
        checkWithSecondOrder(g, "x * x", x -> Ops.mul(x[0], x[0]), g.array(2, 3));
        checkWithSecondOrder(g, "x / x^2 + x", x -> Ops.add(Ops.div(x[0], Ops.mul(x[0], x[0])), x[0]), g.arrayIn(0.5, 2, 3));
    }

    // ---- unary ----

    private static void unary(String name, Function<Tensor, Tensor> op, double lo, double hi, boolean randomSign) {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(300 + i);
            int[] s = g.shape(0, 3, 4);
            NDArray x = randomSign ? g.awayFromZero(lo, hi, s) : g.arrayIn(lo, hi, s);
            checkWithSecondOrder(g, name, t -> op.apply(t[0]), x);
        }
    }

    @Test
    void neg() { unary("neg", Ops::neg, -2, 2, false); }

    @Test
    void exp() { unary("exp", Ops::exp, -2, 2, false); }

    @Test
    void log() { unary("log", Ops::log, 0.2, 3, false); }

    @Test
    void log1p() { unary("log1p", Ops::log1p, -0.8, 3, false); }

    @Test
    void expm1() { unary("expm1", Ops::expm1, -2, 2, false); }

    @Test
    void sin() { unary("sin", Ops::sin, -3, 3, false); }

    @Test
    void cos() { unary("cos", Ops::cos, -3, 3, false); }

    @Test
    void tanh() { unary("tanh", Ops::tanh, -3, 3, false); }

    @Test
    void sigmoid() { unary("sigmoid", Ops::sigmoid, -4, 4, false); }

    @Test
    void relu() { unary("relu", Ops::relu, 0.05, 2, true); }

    @Test
    void sqrt() { unary("sqrt", Ops::sqrt, 0.2, 3, false); }

    /** The inverse trigonometric and hyperbolic functions, inside their domains and away from their edges. */
    @Test
    void inverseTrigonometricAndHyperbolic() {
        unary("asin", Ops::asin, -0.8, 0.8, false);
        unary("acos", Ops::acos, -0.8, 0.8, false);
        unary("atan", Ops::atan, -3, 3, false);
        unary("sinh", Ops::sinh, -2, 2, false);
        unary("cosh", Ops::cosh, -2, 2, false);
        unary("asinh", Ops::asinh, -3, 3, false);
        unary("acosh", Ops::acosh, 1.2, 4, false);
        unary("atanh", Ops::atanh, -0.8, 0.8, false);
        unary("tan", Ops::tan, -1.2, 1.2, false);
    }

    /** The modified Bessel functions on both sides of their series' switch at |x| = 8, and away from 0 where i1 and i1e's gradients have a branch. */
    @Test
    void modifiedBesselFunctions() {
        unary("i0", Ops::i0, -12, 12, false);
        unary("i0e", Ops::i0e, 0.1, 12, true);
        unary("i1", Ops::i1, -12, 12, false);
        unary("i1e", Ops::i1e, 0.1, 12, true);
    }

    @Test
    void logarithmsAndPowersOfTwo() {
        unary("log2", Ops::log2, 0.2, 3, false);
        unary("log10", Ops::log10, 0.2, 3, false);
        unary("exp2", Ops::exp2, -2, 2, false);
        unary("logit", x -> Ops.logit(x, null), 0.1, 0.9, false);
        unary("logit with eps", x -> Ops.logit(x, 0.05), 0.1, 0.9, false);
        unary("deg2rad", Ops::deg2rad, -90, 90, false);
    }

    @Test
    void gluAlongEachAxis() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(700 + i);
            int[] s = g.shape(1, 3, 3);
            int axis = i % s.length;
            s[axis] *= 2; // glu halves the axis
            checkWithSecondOrder(g, "glu", t -> Ops.glu(t[0], axis), g.arrayIn(-2, 2, s));
        }
    }

    @Test
    void thresholdAwayFromItsStep() {
        unary("threshold", x -> Ops.threshold(x, 0.5, -1), 0.6, 2, true);
    }

    @Test
    void hypotAndLogaddexp() {
        binary("hypot", Ops::hypot, 0.5, 2, -2, -0.5);
        binary("logaddexp", Ops::logaddexp, -2, 2, -2, 2);
    }

    /** lerp, addcmul and addcdiv take three inputs, broadcast to one shape; each input's gradient is checked. */
    @Test
    void threeInputArithmetic() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(500 + i);
            int[] s = g.shape(0, 3, 4);
            NDArray a = g.arrayIn(-2, 2, s), b = g.arrayIn(-2, 2, s), w = g.arrayIn(0.05, 0.95, s), d = g.awayFromZero(0.5, 2, s);
            checkWithSecondOrder(g, "lerp", t -> Ops.lerp(t[0], t[1], t[2], false), a, b, w);
            checkWithSecondOrder(g, "addcmul", t -> Ops.addcmul(t[0], t[1], t[2], 0.7, false), a, b, w);
            checkWithSecondOrder(g, "addcdiv", t -> Ops.addcmul(t[0], t[1], t[2], -1.5, true), a, b, d);
        }
        Gen g = new Gen(599);
        checkWithSecondOrder(g, "lerp broadcast", t -> Ops.lerp(t[0], t[1], t[2], false), g.arrayIn(-2, 2, 3, 1), g.arrayIn(-2, 2, 4), g.arrayIn(0, 1, 1));
        checkWithSecondOrder(g, "trace", t -> Ops.trace(t[0]), g.arrayIn(-2, 2, 3, 4));
    }

    /** erfc, erfinv, lgamma and the polygammas: each one's derivative is the next function's value. */
    @Test
    void specialFunctions() {
        unary("erfc", Ops::erfc, -2, 2, false);
        unary("erfinv", Ops::erfinv, -0.8, 0.8, false);
        unary("lgamma", Ops::lgamma, 0.3, 6, false);
        unary("digamma", Ops::digamma, 0.3, 6, false);
        unary("trigamma", x -> Ops.polygamma(1, x), 0.3, 6, false);
        unary("polygamma 2", x -> Ops.polygamma(2, x), 0.5, 6, false);
        unary("sinc", Ops::sinc, 0.1, 2.5, true);
        unary("special.ndtr", Ops::ndtr, -3, 3, false);
        unary("special.entr", Ops::entr, 0.1, 3, false);
    }

    /** nextafter is recorded but, as in PyTorch 1.13, has no derivative: a backward pass through it is the NotImplementedError. */
    @Test
    void nextafterHasNoDerivative() {
        Tensor x = Tensor.leaf(NDArray.of(new double[] {1, 2}, 2), true);
        Tensor y = Ops.nextafter(x, Tensor.constant(NDArray.scalar(3)));
        org.assertj.core.api.Assertions.assertThat(y.value().toArray()).containsExactly(Math.nextUp(1.0), Math.nextUp(2.0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ops.sum(y).backward())
                .hasMessage("the derivative for 'nextafter' is not implemented.");
    }

    @Test
    void abs() { unary("abs", Ops::abs, 0.05, 2, true); }

    // ---- matmul ----

    /** NumPy's matmul shape cases: 2-d, 1-d on either side, both 1-d, batched with broadcast batch axes. */
    static final int[][][] MATMUL_CASES = {
        {{3, 4}, {4, 2}}, {{4}, {4, 2}}, {{3, 4}, {4}}, {{4}, {4}}, {{2, 1, 3, 4}, {5, 4, 2}},
        {{2, 3, 4}, {4}}, {{4}, {2, 4, 3}}, {{5, 4, 2}, {2, 3}}, {{1, 3}, {3, 1}}, {{2, 3, 4}, {2, 4, 5}},
        {{3, 1, 2, 3}, {1, 2, 3, 2}}};

    @Test
    void matmulShapeCases() {
        long seed = 400;
        for (int[][] c : MATMUL_CASES) {
            Gen g = new Gen(seed++);
            checkWithSecondOrder(g, "matmul", x -> Ops.matmul(x[0], x[1]), g.array(c[0]), g.array(c[1]));
        }
    }

    @Test
    void matmulRandomShapes() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(500 + i);
            int m = g.intIn(1, 4), k = g.intIn(1, 4), n = g.intIn(1, 4);
            int[][] batch = g.broadcastPair(2, 3);
            int[] a = g.intIn(0, 5) == 0 ? new int[] {k} : concat(batch[0], m, k);
            int[] b = g.intIn(0, 5) == 0 ? new int[] {k} : concat(batch[1], k, n);
            checkWithSecondOrder(g, "matmul", x -> Ops.matmul(x[0], x[1]), g.array(a), g.array(b));
        }
    }

    @Test
    void matmulOfTransposedViews() {
        Gen g = new Gen(550);
        checkWithSecondOrder(g, "a^T @ b^T", x -> Ops.matmul(Ops.transpose(x[0]), Ops.transpose(x[1])), g.array(4, 3), g.array(2, 4));
        checkWithSecondOrder(g, "permuted batch", x -> Ops.matmul(Ops.permute(x[0], 1, 0, 2), x[1]), g.array(3, 2, 4), g.array(4, 2));
    }

    /** Each of torch.matmul's paths (TorchMatmul): folded, folded the other way round, bmm for a transposed batch; and baddbmm, addbmm. */
    @Test
    void matmulPathsAndBatchedProductsWithFactors() {
        Gen g = new Gen(560);
        checkWithSecondOrder(g, "matrix @ batch", x -> Ops.matmul(x[0], x[1]), g.array(3, 4), g.array(2, 4, 5));
        checkWithSecondOrder(g, "transposed batch @ matrix", x -> Ops.matmul(Ops.transpose(x[0], 1, 2), x[1]), g.array(2, 4, 3), g.array(4, 2));
        checkWithSecondOrder(g, "matrix @ transposed batch", x -> Ops.matmul(x[0], Ops.transpose(x[1], 1, 2)), g.array(3, 4), g.array(2, 5, 4));
        checkWithSecondOrder(g, "baddbmm", x -> Ops.baddbmm(x[0], x[1], x[2], 0.5, 2), g.array(1, 3), g.array(2, 2, 4), g.array(2, 4, 3));
        checkWithSecondOrder(g, "baddbmm large", x -> Ops.baddbmm(x[0], x[1], x[2], -1.5, 0.25), g.array(2, 9, 8), g.array(2, 9, 7), g.array(2, 7, 8));
        checkWithSecondOrder(g, "addbmm", x -> Ops.addbmm(x[0], x[1], x[2], 2, -0.5), g.array(3), g.array(3, 2, 4), g.array(3, 4, 3));
    }

    // ---- reductions ----

    private interface Reduction {
        Tensor apply(Tensor x, int[] axes, boolean keepdims);
    }

    private static void reduction(String name, Reduction op, boolean distinct) {
        for (int i = 0; i < CASES * 2; i++) {
            Gen g = new Gen(600 + i);
            int[] s = g.shape(0, 3, 4);
            int[] axes = i % 5 == 0 ? null : g.axes(s.length);
            boolean keep = g.coin();
            NDArray x = distinct ? g.distinct(0.1, s) : g.arrayIn(-2, 2, s);
            checkWithSecondOrder(g, name + "(axes=" + (axes == null ? "None" : Arrays.toString(axes)) + ", keepdims=" + keep + ")",
                    t -> op.apply(t[0], axes, keep), x);
        }
    }

    @Test
    void sum() { reduction("sum", Ops::sum, false); }

    @Test
    void mean() { reduction("mean", Ops::mean, false); }

    @Test
    void max() { reduction("max", Ops::max, true); }

    @Test
    void logsumexp() { reduction("logsumexp", Ops::logsumexp, false); }

    @Test
    void prod() { reduction("prod", Ops::prod, false); }

    /**
     * With zeros prod's gradient takes its prefix/suffix path, and the second derivative that path's
     * own gradient (finding #122) — except for the product of a whole tensor with two or more zeros,
     * whose gradient PyTorch makes a constant (program 412), so only its first derivative is checked.
     */
    @Test
    void prodWithZeros() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(690 + i);
            int[] s = g.shape(1, 3, 4);
            double[] v = g.arrayIn(-2, 2, s).toArray();
            for (int k = 0; k < 1 + i % 3; k++) v[g.intIn(0, v.length - 1)] = 0;
            int[] axes = i % 4 == 0 ? null : g.axes(s.length);
            boolean keep = g.coin();
            String what = "prod with zeros (axes=" + (axes == null ? "None" : Arrays.toString(axes)) + ", keepdims=" + keep + ")";
            if (axes == null && Arrays.stream(v).filter(x -> x == 0).count() > 1) check(g, what, t -> Ops.prod(t[0], null, keep), NDArray.of(v, s));
            else checkWithSecondOrder(g, what, t -> Ops.prod(t[0], axes, keep), NDArray.of(v, s));
        }
    }

    @Test
    void negativeAndMultipleAxes() {
        Gen g = new Gen(650);
        NDArray x = g.distinct(0.1, 2, 3, 4);
        for (int[] axes : new int[][] {{-1}, {0, 2}, {-3, -1}, {1}, {0, 1, 2}}) {
            for (boolean keep : new boolean[] {false, true}) {
                checkWithSecondOrder(g, "sum " + Arrays.toString(axes), t -> Ops.sum(t[0], axes, keep), x);
                checkWithSecondOrder(g, "mean " + Arrays.toString(axes), t -> Ops.mean(t[0], axes, keep), x);
                checkWithSecondOrder(g, "max " + Arrays.toString(axes), t -> Ops.max(t[0], axes, keep), x);
                checkWithSecondOrder(g, "logsumexp " + Arrays.toString(axes), t -> Ops.logsumexp(t[0], axes, keep), x);
            }
        }
    }

    // ---- shapes ----

    @Test
    void reshape() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(700 + i);
            int[] s = g.shape(0, 3, 4);
            int[] target = factor(g, Shapes.size(s));
            if (target.length > 0 && g.coin()) target[g.intIn(0, target.length - 1)] = -1;
            int[] t = target;
            checkWithSecondOrder(g, "reshape to " + Arrays.toString(t), x -> Ops.reshape(x[0], t), g.array(s));
        }
    }

    @Test
    void reshapeOfNonCompactView() {
        Gen g = new Gen(750);
        checkWithSecondOrder(g, "reshape(permute(x))", x -> Ops.reshape(Ops.permute(x[0], 2, 0, 1), 4, 6), g.array(2, 3, 4));
        checkWithSecondOrder(g, "reshape(broadcast_to(x))", x -> Ops.mul(Ops.reshape(Ops.broadcastTo(x[0], 2, 3), 6), x[1]),
                g.array(3), g.array(6));
    }

    @Test
    void permute() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(800 + i);
            int[] s = g.shape(1, 4, 3);
            int[] p = g.permutation(s.length);
            checkWithSecondOrder(g, "permute " + Arrays.toString(p), x -> Ops.permute(x[0], p), g.array(s));
        }
    }

    @Test
    void transpose() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(850 + i);
            int[] s = g.shape(0, 3, 4);
            checkWithSecondOrder(g, "transpose", x -> Ops.transpose(x[0]), g.array(s));
            if (s.length >= 2) {
                int a = g.intIn(0, s.length - 1), b = g.intIn(-s.length, -1);
                checkWithSecondOrder(g, "transpose " + a + " " + b, x -> Ops.transpose(x[0], a, b), g.array(s));
            }
        }
    }

    @Test
    void broadcastTo() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(900 + i);
            int[] target = g.shape(0, 3, 4);
            int[] s = g.broadcastPartner(target);
            checkWithSecondOrder(g, "broadcast_to " + Shapes.str(target), x -> Ops.broadcastTo(x[0], target), g.array(s));
        }
        Gen g = new Gen(950);
        checkWithSecondOrder(g, "broadcast_to (3,1)->(2,3,4)", x -> Ops.broadcastTo(x[0], 2, 3, 4), g.array(3, 1));
    }

    // ---- indexing and joining ----

    @Test
    void getItemWithIntegersAndSlices() {
        for (int i = 0; i < CASES * 2; i++) {
            Gen g = new Gen(1400 + i);
            int[] s = g.shape(1, 3, 5);
            List<Index> items = new ArrayList<>();
            for (int k = 0, n = g.intIn(1, s.length); k < n; k++) {
                if (g.coin()) items.add(new Index.At(g.intIn(-s[k], s[k] - 1)));
                else items.add(new Index.Slice(g.coin() ? null : g.intIn(-s[k], s[k]), g.coin() ? null : g.intIn(-s[k] - 1, s[k] + 1),
                        g.coin() ? null : (g.coin() ? 1 : -1) * g.intIn(1, 2)));
            }
            if (NDArray.zeros(s).select(items).size() == 0) continue; // an empty selection has nothing to check
            checkWithSecondOrder(g, "getitem " + items, x -> Ops.getItem(x[0], items), g.array(s));
        }
    }

    @Test
    void concatAndStack() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(1500 + i);
            int[] s = g.shape(1, 3, 3);
            int axis = g.intIn(-s.length, s.length - 1), n = g.intIn(1, 3);
            NDArray[] parts = new NDArray[n];
            for (int k = 0; k < n; k++) {
                int[] sk = s.clone();
                sk[axis < 0 ? axis + s.length : axis] = g.intIn(1, 3);
                parts[k] = g.array(sk);
            }
            checkWithSecondOrder(g, "concat axis " + axis, x -> Ops.concat(List.of(x), axis), parts);
            int stackAxis = g.intIn(-s.length - 1, s.length);
            NDArray[] same = new NDArray[n];
            for (int k = 0; k < n; k++) same[k] = g.array(s);
            checkWithSecondOrder(g, "stack axis " + stackAxis, x -> Ops.stack(List.of(x), stackAxis), same);
        }
    }

    // ---- composites ----

    @Test
    void softmaxAndLogSoftmax() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(1000 + i);
            int[] s = g.shape(1, 3, 4);
            int axis = g.intIn(-s.length, s.length - 1);
            NDArray x = g.arrayIn(-3, 3, s);
            checkWithSecondOrder(g, "softmax axis " + axis, t -> Ops.softmax(t[0], axis), x);
            checkWithSecondOrder(g, "log_softmax axis " + axis, t -> Ops.logSoftmax(t[0], axis), x);
        }
    }

    @Test
    void norm() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(1100 + i);
            checkWithSecondOrder(g, "norm", t -> Ops.norm(t[0]), g.array(g.shape(0, 3, 4)));
        }
    }

    @Test
    void softmaxLossLikeNeedle() {
        Gen g = new Gen(1200);
        NDArray labels = NDArray.vector(2, 0, 1, 2);
        Tensor y = Ops.oneHot(Tensor.constant(labels), 3);
        checkWithSecondOrder(g, "softmax loss", z -> Ops.mean(Ops.sub(Ops.logsumexp(z[0], new int[] {1}, false),
                Ops.sum(Ops.mul(z[0], y), new int[] {1}, false)), null, false), g.arrayIn(-2, 2, 4, 3));
    }

    @Test
    void twoLayerNetwork() {
        Gen g = new Gen(1300);
        checkWithSecondOrder(g, "relu(x W1) W2", t -> Ops.sum(Ops.matmul(Ops.relu(Ops.matmul(t[0], t[1])), t[2])),
                g.array(3, 4), g.array(4, 5), g.array(5, 2));
    }

    // ---- PyTorch's functions ----

    @Test
    void varAndStd() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(1600 + i);
            int[] s = g.shape(1, 3, 4);
            int[] axes = i % 3 == 0 ? null : g.axes(s.length);
            boolean keep = g.coin();
            double correction = g.coin() ? 1 : 0;
            int n = 1;
            for (int a : Shapes.axes(axes, s.length)) n *= s[a];
            if (n - correction <= 0) continue;
            NDArray x = g.arrayIn(-2, 2, s);
            checkWithSecondOrder(g, "var", t -> Ops.var(t[0], axes, correction, keep), x);
            if (n > 1) checkWithSecondOrder(g, "std", t -> Ops.std(t[0], axes, correction, keep), x);
        }
    }

    @Test
    void pNorms() {
        Gen g = new Gen(1650);
        NDArray x = g.awayFromZero(0.2, 2, 3, 4);
        for (double p : new double[] {1, 2, 3, 0.5}) {
            checkWithSecondOrder(g, "norm p=" + p, t -> Ops.norm(t[0], p, null, false), x);
            checkWithSecondOrder(g, "norm p=" + p + " dim 1", t -> Ops.norm(t[0], p, new int[] {1}, true), x);
        }
        checkWithSecondOrder(g, "norm p=inf", t -> Ops.norm(t[0], Double.POSITIVE_INFINITY, null, false), g.distinct(0.1, 3, 4));
    }

    @Test
    void clampWhereAndMaskedFill() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(1700 + i);
            int[] s = g.shape(0, 3, 4);
            NDArray x = g.arrayIn(-2, 2, s).map(v -> Math.abs(v + 0.5) < 0.05 || Math.abs(v - 0.7) < 0.05 ? v + 0.12 : v); // off the kinks
            checkWithSecondOrder(g, "clamp", t -> Ops.clamp(t[0], -0.5, 0.7), x);
            checkWithSecondOrder(g, "clamp min", t -> Ops.clamp(t[0], -0.5, null), x);
            NDArray cond = g.arrayIn(-1, 1, s).map(v -> v > 0 ? 1 : 0);
            Tensor c = Tensor.constant(cond, DType.BOOL);
            checkWithSecondOrder(g, "where", t -> Ops.where(c, t[0], t[1]), x, g.array(s));
            checkWithSecondOrder(g, "masked_fill", t -> Ops.maskedFill(t[0], c, Tensor.constant(2.5)), x);
        }
    }

    /** clamp with tensor bounds: x, min and max each get the gradient where the result is theirs (max too where min > max). */
    @Test
    void clampWithTensorBounds() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(1750 + i);
            int[] s = g.shape(1, 3, 4);
            int[] row = {s[s.length - 1]};
            NDArray lo = g.arrayIn(-1.5, -0.2, row), hi = g.arrayIn(0.2, 1.5, s), crossed = g.arrayIn(-3, -2, row);
            NDArray x = g.arrayIn(-2, 2, s);
            NDArray xs = x.zip(hi, (v, h) -> Math.abs(v - h) < 0.05 ? v + 0.12 : v).zip(lo.broadcastTo(s), (v, l) -> Math.abs(v - l) < 0.05 ? v - 0.12 : v);
            checkWithSecondOrder(g, "clamp(min, max) tensors", t -> Ops.clamp(t[0], t[1], t[2]), xs, lo, hi);
            checkWithSecondOrder(g, "clamp(min) tensor", t -> Ops.clamp(t[0], t[1], null), xs, lo);
            checkWithSecondOrder(g, "clamp(max) tensor", t -> Ops.clamp(t[0], null, t[1]), xs, hi);
            checkWithSecondOrder(g, "clamp min > max", t -> Ops.clamp(t[0], t[1], t[2]), xs, lo.map(v -> v + 5), crossed);
        }
    }

    @Test
    void maxAndMinAlongADim() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(1800 + i);
            int[] s = g.shape(1, 3, 4);
            int dim = g.intIn(-s.length, s.length - 1);
            boolean keep = g.coin();
            NDArray x = g.distinct(0.1, s);
            checkWithSecondOrder(g, "max dim " + dim, t -> Ops.maxAlong(t[0], dim, keep, false)[0], x);
            checkWithSecondOrder(g, "min dim " + dim, t -> Ops.maxAlong(t[0], dim, keep, true)[0], x);
            checkWithSecondOrder(g, "min", t -> Ops.min(t[0], null, false), x);
        }
    }

    @Test
    void gatherAndTake() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(1900 + i);
            int[] s = g.shape(1, 3, 4);
            int dim = g.intIn(0, s.length - 1);
            int[] is = s.clone();
            is[dim] = g.intIn(1, 4);
            double[] idx = new double[Shapes.size(is)];
            for (int k = 0; k < idx.length; k++) idx[k] = g.intIn(0, s[dim] - 1);
            Tensor index = Tensor.constant(NDArray.of(idx, is), DType.INT64);
            checkWithSecondOrder(g, "gather dim " + dim, t -> Ops.gather(t[0], dim, index), g.array(s));
            int n = Shapes.size(s);
            int[] positions = new int[g.intIn(1, 6)];
            for (int k = 0; k < positions.length; k++) positions[k] = g.intIn(0, n - 1); // repeats accumulate
            checkWithSecondOrder(g, "take", t -> Ops.take(t[0], positions, new int[] {positions.length}), g.array(s));
        }
    }

    @Test
    void scatter() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(2400 + i);
            int[] s = g.shape(1, 3, 4);
            int dim = g.intIn(0, s.length - 1);
            int[] is = s.clone();
            is[dim] = g.intIn(1, s[dim]);
            double[] idx = new double[Shapes.size(is)];
            int shift = g.intIn(0, s[dim] - 1), stride = Shapes.rowMajorStrides(is)[dim];
            for (int k = 0; k < idx.length; k++) idx[k] = (k / stride % is[dim] + shift) % s[dim]; // no entry written twice (PyTorch leaves that undefined)
            Tensor index = Tensor.constant(NDArray.of(idx, is), DType.INT64);
            checkWithSecondOrder(g, "scatter src dim " + dim, t -> Ops.scatter(t[0], dim, index, t[1], false, false), g.array(s), g.array(s));
            checkWithSecondOrder(g, "scatter value dim " + dim, t -> Ops.scatter(t[0], dim, index, Tensor.constant(2.5), true, false), g.array(s));
        }
    }

    /** atan2 away from the origin (b > 0: no branch cut), and its values by the angle's definition. */
    @Test
    void atan2() {
        binary("atan2", Ops::atan2, -2, 2, 0.5, 2);
        double[] got = Ops.atan2(Tensor.constant(NDArray.of(new double[] {1, 1, -1}, 3)), Tensor.constant(NDArray.of(new double[] {1, -1, -1}, 3))).value().toArray();
        assertThat(got).containsExactly(Math.PI / 4, 3 * Math.PI / 4, -3 * Math.PI / 4);
    }

    /** roll along random dims by random shifts (negative and beyond the size too), and along the flattened tensor. */
    @Test
    void rollAndStdMean() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2700 + i);
            int[] s = g.shape(1, 3, 3);
            int[] dims = g.axes(s.length), shifts = new int[dims.length];
            for (int k = 0; k < shifts.length; k++) shifts[k] = g.intIn(-5, 5);
            checkWithSecondOrder(g, "roll", t -> Ops.roll(t[0], shifts, dims), g.array(s));
            checkWithSecondOrder(g, "roll flat", t -> Ops.roll(t[0], new int[] {shifts.length == 0 ? 1 : shifts[0]}, null), g.array(s));
            int[] picked = g.axes(s.length), over = picked.length == 0 ? null : picked;
            for (int out = 0; out < 2; out++) {
                int which = out;
                checkWithSecondOrder(g, "std_mean " + out, t -> Ops.spreadAndMean(t[0], over, 0, false, true)[which], g.array(s));
                checkWithSecondOrder(g, "var_mean " + out, t -> Ops.spreadAndMean(t[0], over, 0, true, false)[which], g.array(s));
            }
        }
        NDArray x = NDArray.of(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
        assertThat(Ops.roll(Tensor.constant(x), new int[] {1}, null).value().toArray()).containsExactly(5, 0, 1, 2, 3, 4);
        assertThat(Ops.roll(Tensor.constant(x), new int[] {-1, 1}, new int[] {1, 0}).value().toArray()).containsExactly(4, 5, 3, 1, 2, 0);
    }

    @Test
    void flipRepeatAndL1() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2500 + i);
            int[] s = g.shape(1, 3, 3);
            int[] dims = g.axes(s.length);
            checkWithSecondOrder(g, "flip", t -> Ops.flip(t[0], dims), g.array(s));
            int[] reps = new int[s.length + g.intIn(0, 1)];
            for (int k = 0; k < reps.length; k++) reps[k] = g.intIn(1, 3);
            checkWithSecondOrder(g, "repeat", t -> Ops.repeat(t[0], reps), g.array(s));
            for (String reduction : new String[] {"mean", "sum", "none"})
                checkWithSecondOrder(g, "l1_loss " + reduction, t -> Ops.l1Loss(t[0], t[1], reduction), g.awayFromZero(0.5, 2, s), g.arrayIn(-0.2, 0.2, s));
        }
    }

    @Test
    void shapesUnderPyTorchsNames() {
        Gen g = new Gen(2000);
        checkWithSecondOrder(g, "view", t -> Ops.view(t[0], 3, -1), g.array(2, 3, 2));
        checkWithSecondOrder(g, "flatten", t -> Ops.flatten(t[0], 1, 2), g.array(2, 3, 2));
        checkWithSecondOrder(g, "squeeze", t -> Ops.squeeze(t[0], null), g.array(2, 1, 3, 1));
        checkWithSecondOrder(g, "squeeze dim", t -> Ops.squeeze(t[0], -1), g.array(2, 1, 3, 1));
        checkWithSecondOrder(g, "unsqueeze", t -> Ops.unsqueeze(t[0], -1), g.array(2, 3));
        checkWithSecondOrder(g, "t", t -> Ops.t(t[0]), g.array(2, 3));
        checkWithSecondOrder(g, ".T", t -> Ops.reverseAxes(t[0]), g.array(2, 3, 4));
        checkWithSecondOrder(g, ".mT", t -> Ops.matrixTranspose(t[0]), g.array(2, 3, 4));
        checkWithSecondOrder(g, "expand", t -> Ops.expand(t[0], 2, -1, 4), g.array(3, 1));
        checkWithSecondOrder(g, "clone", t -> Ops.clone(t[0]), g.array(2, 3));
    }

    @Test
    void losses() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2100 + i);
            int n = g.intIn(1, 4), c = g.intIn(2, 5);
            double[] y = new double[n];
            for (int k = 0; k < n; k++) y[k] = g.intIn(0, c - 1);
            Tensor target = Tensor.constant(NDArray.of(y, n), DType.INT64);
            for (String reduction : new String[] {"mean", "sum", "none"}) {
                checkWithSecondOrder(g, "cross_entropy " + reduction, t -> Ops.crossEntropy(t[0], target, reduction), g.arrayIn(-2, 2, n, c));
                checkWithSecondOrder(g, "nll_loss " + reduction, t -> Ops.nllLoss(t[0], target, reduction), g.arrayIn(-2, 2, n, c));
                checkWithSecondOrder(g, "mse_loss " + reduction, t -> Ops.mseLoss(t[0], t[1], reduction), g.array(n, c), g.array(n, c));
            }
        }
    }

    @Test
    void classLossesWithWeightsIgnoredTargetsSmoothingAndExtraDims() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2150 + i);
            int n = g.intIn(1, 4), c = g.intIn(2, 5), d = g.intIn(1, 3);
            double[] y = new double[n * d];
            for (int k = 0; k < y.length; k++) y[k] = g.intIn(-1, c - 1); // -1: ignored
            Tensor target = Tensor.constant(NDArray.of(y, n, d), DType.INT64);
            Tensor weight = Tensor.constant(g.arrayIn(0.5, 2, c));
            double smoothing = g.uniform(0, 1);
            for (String reduction : new String[] {"mean", "sum", "none"}) {
                ClassLoss.Options o = new ClassLoss.Options(weight, -1, smoothing, reduction);
                checkWithSecondOrder(g, "cross_entropy (N, C, d) " + reduction, t -> ClassLoss.crossEntropy(t[0], target, o), g.arrayIn(-2, 2, n, c, d));
                checkWithSecondOrder(g, "nll_loss (N, C, d) " + reduction, t -> ClassLoss.nll(t[0], target, o), g.arrayIn(-2, 2, n, c, d));
                checkWithSecondOrder(g, "cross_entropy, probabilities " + reduction,
                        t -> ClassLoss.crossEntropy(t[0], t[1], new ClassLoss.Options(weight, ClassLoss.NO_IGNORE, smoothing, reduction)),
                        g.arrayIn(-2, 2, n, c), g.arrayIn(0, 1, n, c));
            }
        }
    }

    /** PyTorch's weighted mean divides by the weights of the targets that count, not by their number. */
    @Test
    void weightedNllLossDividesByTheTargetsWeights() {
        Gen g = new Gen(2190);
        int n = 5, c = 3;
        NDArray logp = g.arrayIn(-3, 0, n, c), w = g.arrayIn(0.5, 2, c);
        double[] y = {0, 2, 1, 2, 1};
        double numerator = 0, denominator = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] == 1) continue; // ignored
            numerator -= w.get((int) y[i]) * logp.get(i, (int) y[i]);
            denominator += w.get((int) y[i]);
        }
        Tensor loss = ClassLoss.nll(Tensor.constant(logp), Tensor.constant(NDArray.of(y, n), DType.INT64),
                new ClassLoss.Options(Tensor.constant(w), 1, 0, "mean"));
        assertThat(loss.item()).isCloseTo(numerator / denominator, within(1e-12));
    }

    @Test
    void binaryCrossEntropies() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2200 + i);
            int[] s = g.shape(0, 3, 4);
            int[] last = s.length == 0 ? new int[0] : new int[] {s[s.length - 1]};
            NDArray w = g.arrayIn(0.5, 2, s), pw = g.arrayIn(0.5, 3, last);
            for (String reduction : new String[] {"mean", "sum", "none"}) {
                // logits and targets both get gradients, as in PyTorch
                checkWithSecondOrder(g, "bce_with_logits " + reduction,
                        t -> Ops.binaryCrossEntropyWithLogits(t[0], t[1], Tensor.constant(w), Tensor.constant(pw), reduction),
                        g.arrayIn(-4, 4, s), g.arrayIn(0, 1, s));
                checkWithSecondOrder(g, "bce " + reduction, t -> Ops.binaryCrossEntropy(t[0], t[1], Tensor.constant(w), reduction),
                        g.arrayIn(0.05, 0.95, s), g.arrayIn(0, 1, s));
            }
        }
        unary("logsigmoid", Ops::logSigmoid, -6, 6, false);
        check(new Gen(2250), "logsigmoid at 0 is smooth", t -> Ops.logSigmoid(t[0]), NDArray.zeros(3));
    }

    /** smooth_l1_loss and huber_loss away from their kinks (|x − y| = threshold, where the second derivative jumps). */
    @Test
    void smoothL1AndHuberLosses() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2260 + i);
            int[] s = g.shape(0, 3, 4);
            double threshold = g.uniform(0.5, 2);
            NDArray x = g.arrayIn(-3, 3, s), y = g.arrayIn(-3, 3, s);
            double[] xs = x.toArray(), ys = y.toArray();
            for (int k = 0; k < xs.length; k++) if (Math.abs(Math.abs(xs[k] - ys[k]) - threshold) < 0.05) xs[k] += 0.2;
            NDArray away = NDArray.of(xs, s);
            for (String reduction : new String[] {"mean", "sum", "none"}) {
                checkWithSecondOrder(g, "smooth_l1_loss " + reduction, t -> Ops.smoothL1Loss(t[0], t[1], reduction, threshold), away, y);
                checkWithSecondOrder(g, "huber_loss " + reduction, t -> Ops.huberLoss(t[0], t[1], reduction, threshold), away, y);
            }
        }
    }

    /** Both losses by their definitions: quadratic inside the threshold, linear outside; huber is smooth_l1 times the threshold. */
    @Test
    void smoothL1AndHuberValues() {
        Tensor x = Tensor.constant(NDArray.of(new double[] {0.1, -2.5, 3, 0}, 4)), y = Tensor.constant(NDArray.of(new double[] {0.4, 0.5, 0, 2}, 4));
        double beta = 1.5;
        double[] expected = new double[4];
        double[] d = {0.3, 3, 3, 2};
        for (int k = 0; k < 4; k++) expected[k] = d[k] < beta ? 0.5 * d[k] * d[k] / beta : d[k] - 0.5 * beta;
        assertThat(Ops.smoothL1Loss(x, y, "none", beta).value().toArray()).containsExactly(expected, within(1e-12));
        double[] huber = Ops.huberLoss(x, y, "none", beta).value().toArray();
        for (int k = 0; k < 4; k++) assertThat(huber[k]).isCloseTo(beta * expected[k], within(1e-12));
        assertThat(Ops.smoothL1Loss(x, y, "mean", beta).item()).isCloseTo(Arrays.stream(expected).sum() / 4, within(1e-12));
    }

    /** F.linear of a batch is one addmm(bias, x, weight.t()); of a 3-d batch, a view of one; gradients of all three operands. */
    @Test
    void linearAndAddmm() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2280 + i);
            int n = g.intIn(1, 4), in = g.intIn(1, 4), out = g.intIn(1, 4);
            checkWithSecondOrder(g, "linear", t -> Ops.linear(t[0], t[1], t[2]), g.array(n, in), g.array(out, in), g.array(out));
            checkWithSecondOrder(g, "linear 3-d", t -> Ops.linear(t[0], t[1], t[2]), g.array(2, n, in), g.array(out, in), g.array(out));
            checkWithSecondOrder(g, "addmm", t -> Ops.addmm(t[0], t[1], t[2]), g.array(1, out), g.array(n, in), g.array(in, out));
        }
    }

    /** torch.cdist for several p, batches broadcast; rows kept apart (at coinciding rows the 2-norm has a kink). */
    @Test
    void cdist() {
        for (double p : new double[] {2, 1.5, 3}) {
            for (int i = 0; i < CASES / 3; i++) {
                Gen g = new Gen(2320 + i);
                int m = g.intIn(1, 3);
                checkWithSecondOrder(g, "cdist p=" + p, t -> Ops.cdist(t[0], t[1], p), g.arrayIn(-2, 2, g.intIn(1, 3), m), g.arrayIn(3, 5, g.intIn(1, 3), m));
                checkWithSecondOrder(g, "cdist batched p=" + p, t -> Ops.cdist(t[0], t[1], p), g.arrayIn(-2, 2, 2, 2, m), g.arrayIn(3, 5, 1, 3, m));
            }
        }
    }

    /** cdist's distances by their definition: the p-norm of each pair of rows' difference. */
    @Test
    void cdistValues() {
        Gen g = new Gen(2330);
        NDArray a = g.array(3, 2), b = g.array(4, 2);
        for (double p : new double[] {2, 1, 0, Double.POSITIVE_INFINITY, 3}) {
            NDArray d = Ops.cdist(Tensor.constant(a), Tensor.constant(b), p).value();
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 4; j++) {
                    double x = a.get(i, 0) - b.get(j, 0), y = a.get(i, 1) - b.get(j, 1);
                    double want = p == 0 ? (x != 0 ? 1 : 0) + (y != 0 ? 1 : 0)
                            : Double.isInfinite(p) ? Math.max(Math.abs(x), Math.abs(y)) : Math.pow(Math.pow(Math.abs(x), p) + Math.pow(Math.abs(y), p), 1 / p);
                    assertThat(d.get(i, j)).as("p=" + p).isCloseTo(want, within(1e-12));
                }
        }
    }

    /** torch.linalg's vector and matrix norms: gradients, and the matrix norms by their definitions. */
    @Test
    void linalgNorms() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2340 + i);
            int[] s = {g.intIn(1, 3), g.intIn(1, 3)};
            checkWithSecondOrder(g, "vector_norm", t -> Ops.vectorNorm(t[0], 2, null, false), g.array(s));
            checkWithSecondOrder(g, "vector_norm 3, dim 1", t -> Ops.vectorNorm(t[0], 3, new int[] {1}, true), g.arrayIn(0.5, 2, s));
            NDArray distinct = g.arrayIn(0.5, 2, s); // positive and (almost surely) without ties: the max is smooth there
            for (double ord : new double[] {1, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
                check(g, "matrix_norm " + ord, t -> Ops.matrixNorm(t[0], ord, 0, 1, false), distinct);
        }
        NDArray m = NDArray.of(new double[] {1, -2, 3, -4, 5, -6}, 2, 3);
        assertThat(Ops.matrixNorm(Tensor.constant(m), 1, 0, 1, false).item()).isEqualTo(9); // column sums 5, 7, 9
        assertThat(Ops.matrixNorm(Tensor.constant(m), -1, 0, 1, false).item()).isEqualTo(5);
        assertThat(Ops.matrixNorm(Tensor.constant(m), Double.POSITIVE_INFINITY, 0, 1, false).item()).isEqualTo(15); // row sums 6, 15
        assertThat(Ops.matrixNorm(Tensor.constant(m), Double.NEGATIVE_INFINITY, 0, 1, true).shape()).containsExactly(1, 1);
    }

    /** median: the lower median's value and index; its gradient goes to that entry (of all entries: shared among equal ones). */
    @Test
    void median() {
        Tensor x = Tensor.constant(NDArray.of(new double[] {3, 1, 2, 2, 5, 4, 6, 0}, 2, 4));
        Tensor[] vi = OrderStatistics.median(x, 1, false);
        assertThat(vi[0].value().toArray()).containsExactly(2, 4);
        assertThat(vi[1].value().toArray()).containsExactly(2, 1); // ties by position: the first 2 of row 0
        assertThat(OrderStatistics.median(x).item()).isEqualTo(2);
        Tensor tied = Tensor.leaf(NDArray.of(new double[] {3, 1, 2, 1, 3, 2}, 6), true);
        OrderStatistics.median(tied).backward();
        assertThat(tied.grad().value().toArray()).containsExactly(0, 0, 0.5, 0, 0, 0.5);
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2360 + i);
            int[] s = g.shape(1, 3, 4);
            int dim = g.intIn(0, s.length - 1);
            boolean keep = g.coin();
            check(g, "median dim " + dim, t -> OrderStatistics.median(t[0], dim, keep)[0], g.array(s));
            check(g, "median", t -> OrderStatistics.median(t[0]), g.array(s));
            check(g, "nanmedian dim " + dim, t -> OrderStatistics.nanmedian(t[0], dim, keep)[0], g.array(s));
            check(g, "nanmedian", t -> OrderStatistics.nanmedian(t[0]), g.array(s));
        }
    }

    /** kthvalue and mode: the gradient goes to the entry whose index they return. */
    @Test
    void kthvalueAndMode() {
        for (int i = 0; i < CASES / 2; i++) {
            Gen g = new Gen(2380 + i);
            int[] s = g.shape(1, 3, 4);
            int dim = g.intIn(0, s.length - 1), k = g.intIn(1, s[dim]);
            boolean keep = g.coin();
            NDArray x = g.distinct(0.1, s); // no ties: a difference step never changes the entry picked
            check(g, "kthvalue " + k + " dim " + dim, t -> OrderStatistics.kthvalue(t[0], k, dim, keep)[0], x);
            check(g, "mode dim " + dim, t -> OrderStatistics.mode(t[0], dim, keep)[0], x);
        }
    }

    @Test
    void sortAndTopk() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(2300 + i);
            int[] s = g.shape(1, 3, 4);
            int dim = g.intIn(0, s.length - 1), k = g.intIn(0, s[dim]);
            boolean descending = g.coin();
            NDArray x = g.distinct(0.1, s); // no ties: a difference step never reorders
            checkWithSecondOrder(g, "sort dim " + dim, t -> Ops.sort(t[0], dim, descending)[0], x);
            checkWithSecondOrder(g, "topk " + k + " dim " + dim, t -> Ops.topk(t[0], k, dim, descending, true)[0], x);
        }
    }

    /** linalg.cross along a dim of size 3 (random rank, position and sign of the dim), and with batches broadcast. */
    @Test
    void cross() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(2400 + i);
            int[] s = g.shape(1, 3, 3);
            int d = g.intIn(0, s.length - 1), dim = g.coin() ? d : d - s.length;
            s[d] = 3;
            checkWithSecondOrder(g, "cross dim " + dim + " of " + Arrays.toString(s), t -> Ops.cross(t[0], t[1], dim), g.array(s), g.array(s));
        }
        Gen g = new Gen(2420);
        checkWithSecondOrder(g, "cross broadcast", t -> Ops.cross(t[0], t[1], -1), g.array(2, 1, 3), g.array(1, 4, 3));
    }

    /** The cross product by its definition: e0 × e1 = e2, and a × b is orthogonal to a and b. */
    @Test
    void crossValues() {
        Tensor e0 = Tensor.constant(NDArray.of(new double[] {1, 0, 0}, 3)), e1 = Tensor.constant(NDArray.of(new double[] {0, 1, 0}, 3));
        assertThat(Ops.cross(e0, e1, 0).value().toArray()).containsExactly(0, 0, 1);
        Gen g = new Gen(2421);
        Tensor a = Tensor.constant(g.array(4, 3)), b = Tensor.constant(g.array(4, 3)), c = Ops.cross(a, b, 1);
        for (Tensor side : List.of(a, b))
            for (double dot : Ops.sum(Ops.mul(c, side), new int[] {1}, false).value().toArray()) assertThat(dot).isCloseTo(0, within(1e-12));
    }

    /** logcumsumexp along each axis, on moderate values and on values far apart (where exp alone overflows). */
    @Test
    void logcumsumexp() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(2430 + i);
            int[] s = g.shape(0, 3, 4);
            int axis = s.length == 0 ? 0 : g.intIn(0, s.length - 1);
            checkWithSecondOrder(g, "logcumsumexp axis " + axis + " of " + Arrays.toString(s), t -> Ops.logcumsumexp(t[0], axis), g.arrayIn(-3, 3, s));
        }
        Gen g = new Gen(2450);
        check(g, "logcumsumexp of large values", t -> Ops.logcumsumexp(Ops.mulScalar(t[0], 300), 0), g.arrayIn(-1, 1, 5));
    }

    /** logcumsumexp by its definition: the log of the running sum of exp, and no overflow at 1000. */
    @Test
    void logcumsumexpValues() {
        double[] x = {0.5, -1, 2, 0};
        double[] got = Ops.logcumsumexp(Tensor.constant(NDArray.of(x, 4)), 0).value().toArray();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.exp(x[i]);
            assertThat(got[i]).isCloseTo(Math.log(sum), within(1e-14));
        }
        double[] big = Ops.logcumsumexp(Tensor.constant(NDArray.of(new double[] {1000, 1000}, 2)), 0).value().toArray();
        assertThat(big[1]).isCloseTo(1000 + Math.log(2), within(1e-12));
    }

    /** copysign: a away from 0 (where its gradient jumps), b's signs random; b broadcast. */
    @Test
    void copysign() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(2460 + i);
            int[][] s = g.broadcastPair(3, 3);
            checkWithSecondOrder(g, "copysign", t -> Ops.copysign(t[0], t[1]), g.awayFromZero(0.5, 2, s[0]), g.awayFromZero(0.5, 2, s[1]));
        }
        double[] got = Ops.copysign(Tensor.constant(NDArray.of(new double[] {2, -3, 0}, 3)), Tensor.constant(NDArray.of(new double[] {-1, 4, -0.0}, 3))).value().toArray();
        assertThat(got).containsExactly(-2.0, 3.0, -0.0);
    }

    /** log|det| of batches of well-conditioned matrices (the identity's multiple plus noise), against det itself. */
    @Test
    void slogdet() {
        for (int i = 0; i < CASES; i++) {
            Gen g = new Gen(2480 + i);
            int n = g.intIn(1, 4), batch = g.intIn(1, 3);
            NDArray a = g.array(batch, n, n).add(NDArray.eye(n, n).broadcastTo(batch, n, n).mul(NDArray.scalar(g.coin() ? 3 : -3)));
            checkWithSecondOrder(g, "slogdet " + n + "x" + n, t -> Ops.slogdet(t[0], "linalg.slogdet")[1], a);
            double[] det = Ops.det(Tensor.constant(a)).value().toArray(), sign = Ops.slogdet(Tensor.constant(a), "linalg.slogdet")[0].value().toArray();
            double[] log = Ops.slogdet(Tensor.constant(a), "linalg.slogdet")[1].value().toArray();
            for (int b = 0; b < batch; b++) {
                assertThat(sign[b]).isEqualTo(Math.signum(det[b]));
                assertThat(log[b]).isCloseTo(Math.log(Math.abs(det[b])), within(1e-12));
            }
        }
    }

    /** scatter_reduce along dim 1 with repeated targets: every reduction, with and without self (prod to first order: its second derivative is refused). */
    @Test
    void scatterReduce() {
        Tensor index = Tensor.constant(NDArray.of(new double[] {0, 0, 2, 1, 3, 1}, 2, 3), DType.INT64);
        for (String reduce : new String[] {"sum", "mean", "amax", "amin", "prod"})
            for (boolean self : new boolean[] {true, false}) {
                Gen g = new Gen(2500 + reduce.length() + (self ? 10 : 0));
                NDArray x = g.distinct(0.3, 2, 4), src = g.distinct(0.2, 2, 3).add(0.05); // no ties: a step never changes which entry is largest
                Fn f = t -> Ops.scatterReduce(t[0], 1, index, t[1], reduce, self, false);
                if (reduce.equals("prod")) check(g, "scatter_reduce prod self=" + self, f, x, src);
                else checkWithSecondOrder(g, "scatter_reduce " + reduce + " self=" + self, f, x, src);
            }
    }

    // ---- shape helpers ----

    private static int[] concat(int[] head, int... tail) {
        int[] r = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, r, head.length, tail.length);
        return r;
    }

    /** A random shape with the given number of elements. */
    private static int[] factor(Gen g, int n) {
        int[] out = new int[4];
        int k = 0;
        while (n > 1 && k < 3) {
            int d = n;
            for (int c = 2; c <= n; c++) if (n % c == 0 && g.coin()) { d = c; break; }
            out[k++] = d;
            n /= d;
        }
        if (n > 1 || g.coin()) out[k++] = n;
        return Arrays.copyOf(out, k);
    }
}
