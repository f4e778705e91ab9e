package dev.adjoint.autograd.op;

import dev.adjoint.scope.Scope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.ScalarRule;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The scalar fast path (0-d values as doubles, {@link ScalarRule}) must give the bits of the
 * general path: each rule's value and adjoints against {@code compute} and {@code vjp} on
 * one-element arrays of shape [1] (which take the array path), at ordinary and awkward operands
 * (0, negative, NaN, ±inf, the exponents 0 and 2); and whole graphs of 0-d tensors against the
 * same graphs of shape-[1] tensors.
 */
class ScalarRuleTest {
    private static final List<UnaryOperator<Tensor>> UNARY = List.of(Ops::neg, Ops::exp, Ops::log, Ops::sin, Ops::cos, Ops::tanh,
            Ops::sigmoid, Ops::sqrt, Ops::relu, Ops::abs);
    private static final List<BinaryOperator<Tensor>> BINARY = List.of(Ops::add, Ops::sub, Ops::rsub, Ops::mul, Ops::div, Ops::pow);

    private static double[] operands() {
        Random r = new Random(16);
        List<Double> v = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -2.5, 3.0, 1e-300, 1e300, 710.0,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int i = 0; i < 12; i++) v.add(r.nextGaussian() * 3);
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Tensor input(double v, boolean vector) {
        return Tensor.leaf(vector ? NDArray.vector(v) : NDArray.scalar(v), true);
    }

    @Test
    void everyElementwiseOpOfTheLectureHasARule() {
        for (UnaryOperator<Tensor> f : UNARY) assertThat(f.apply(input(0.5, false)).op()).isInstanceOf(ScalarRule.class);
        for (BinaryOperator<Tensor> f : BINARY) assertThat(f.apply(input(0.5, false), input(2, false)).op()).isInstanceOf(ScalarRule.class);
    }

    /** Tensor.apply of one or two operands takes the scalar way for 0-d float64 operands without asking the op their result's type: it must be float64. */
    @Test
    void float64OperandsGiveAFloat64ResultForEveryRule() {
        Tensor a = input(0.5, false), b = input(2, false);
        for (UnaryOperator<Tensor> f : UNARY) assertThat(f.apply(a).op().dtype(new Tensor[] {a})).isEqualTo(DType.FLOAT64);
        for (BinaryOperator<Tensor> f : BINARY) assertThat(f.apply(a, b).op().dtype(new Tensor[] {a, b})).isEqualTo(DType.FLOAT64);
    }

    @Test
    void unaryRulesGiveTheBitsOfTheArrayPath() {
        double[] xs = operands();
        for (UnaryOperator<Tensor> f : UNARY)
            for (double a : xs) for (double g : new double[] {1, -0.75}) compare(f.apply(input(a, true)), g, a, 0);
    }

    @Test
    void binaryRulesGiveTheBitsOfTheArrayPath() {
        double[] xs = operands();
        for (BinaryOperator<Tensor> f : BINARY)
            for (double a : xs) for (double b : xs) compare(f.apply(input(a, true), input(b, true)), 1.25, a, b);
    }

    /** out = op(a[, b]) on shape-[1] tensors; its op's rule on the doubles must agree bit for bit. */
    private static void compare(Tensor out, double g, double a, double b) {
        Op op = out.op();
        ScalarRule rule = (ScalarRule) op;
        String what = op.name() + "(" + a + ", " + b + ")";
        double y = out.item();
        assertThat(bits(rule.value(a, b))).as(what).isEqualTo(bits(y));
        Tensor[] parts;
        try (Scope ignored = GradMode.noGrad()) {
            parts = op.vjp(Tensor.constant(NDArray.vector(g)), out);
        }
        for (int i = 0; i < parts.length; i++)
            if (parts[i] != null) assertThat(bits(rule.adjoint(i, g, a, b, y))).as("adjoint %d of %s", i, what).isEqualTo(bits(parts[i].item()));
    }

    private static long bits(double v) {
        return Double.doubleToLongBits(v); // one NaN, but -0.0 differs from 0.0
    }

    @Test
    void aScalarGraphGivesTheGradientsOfTheSameGraphOfOneElementArrays() {
        for (boolean lectureTools : new boolean[] {false, true}) {
            double[] scalar = gradients(false, lectureTools), vector = gradients(true, lectureTools);
            for (int i = 0; i < scalar.length; i++) assertThat(bits(scalar[i])).isEqualTo(bits(vector[i]));
        }
    }

    /** The benchmark's recipe with every op that has a rule, and a shared operand; d y / d (x0, a, b). */
    private static double[] gradients(boolean vector, boolean lectureTools) {
        Tensor x0 = input(0.5, vector), a = input(0.9, vector), b = input(0.1, vector);
        Tensor x = x0;
        for (int i = 0; i < 2000; i++) {
            x = Ops.add(Ops.mul(x, a), Ops.mul(Ops.sin(x), b));
            if (i % 8 == 7) x = Ops.exp(Ops.mul(x, Tensor.constant(0.01)));
            if (i % 50 == 3) x = Ops.div(Ops.sigmoid(Ops.sub(x, Ops.tanh(x))), Ops.sqrt(Ops.add(Ops.abs(Ops.cos(x)), Ops.pow(a, 2.0))));
            if (i % 50 == 7) x = Ops.relu(Ops.log(Ops.add(Ops.pow(Ops.abs(x), b), Ops.neg(Ops.rsub(Tensor.constant(2), x)))));
        }
        Tensor y = vector ? Ops.sum(x) : x;
        if (lectureTools) {
            List<Tensor> g = Autograd.grad(y, List.of(x0, a, b), null, false);
            return new double[] {g.get(0).item(), g.get(1).item(), g.get(2).item()};
        }
        y.backward();
        return new double[] {x0.grad().item(), a.grad().item(), b.grad().item()};
    }
}
