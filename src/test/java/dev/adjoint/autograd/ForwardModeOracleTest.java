package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Forward mode against an independent implementation of it: commons-math3's DerivativeStructure
 * (forward-mode AD on Taylor coefficients). Same functions, written once for each engine.
 */
class ForwardModeOracleTest {
    private static double ours(BinaryOperator<Tensor> f, double a, double b, double da, double db) {
        Tensor x1 = Tensor.leaf(NDArray.scalar(a), true), x2 = Tensor.leaf(NDArray.scalar(b), true);
        Tensor y = f.apply(x1, x2);
        return Autograd.tangents(y, Map.of(x1, Tensor.constant(da), x2, Tensor.constant(db))).get(y).item();
    }

    @Test
    void lectureFunction() {
        // y = ln(x1) + x1 x2 - sin(x2) at (2, 5), the CMU 10-414 Lecture 4 example
        for (double[] dir : new double[][] {{1, 0}, {0, 1}, {0.3, -2}}) {
            DerivativeStructure x1 = new DerivativeStructure(2, 1, 0, 2), x2 = new DerivativeStructure(2, 1, 1, 5);
            DerivativeStructure y = x1.log().add(x1.multiply(x2)).subtract(x2.sin());
            double reference = dir[0] * y.getPartialDerivative(1, 0) + dir[1] * y.getPartialDerivative(0, 1);
            double tangent = ours((a, b) -> Ops.sub(Ops.add(Ops.log(a), Ops.mul(a, b)), Ops.sin(b)), 2, 5, dir[0], dir[1]);
            assertThat(tangent).isCloseTo(reference, within(1e-14));
        }
    }

    @Test
    void compositionsOfEveryScalarOp() {
        // tanh, sigmoid, exp, sqrt, pow, div, cos, abs mixed, at a few points
        for (double[] p : new double[][] {{0.7, 1.3}, {-1.1, 2.4}, {2.5, 0.4}}) {
            DerivativeStructure a = new DerivativeStructure(2, 1, 0, p[0]), b = new DerivativeStructure(2, 1, 1, p[1]);
            DerivativeStructure sig = a.negate().exp().add(1).reciprocal();
            DerivativeStructure y = a.tanh().multiply(sig).add(b.sqrt().divide(a.multiply(a).add(1)))
                    .add(a.cos().multiply(b.pow(1.5))).add(a.exp().multiply(b).abs());
            double reference = 0.5 * y.getPartialDerivative(1, 0) - 1.5 * y.getPartialDerivative(0, 1);
            double tangent = ours((x, w) -> Ops.add(Ops.add(Ops.add(
                    Ops.mul(Ops.tanh(x), Ops.sigmoid(x)),
                    Ops.div(Ops.sqrt(w), Ops.add(Ops.mul(x, x), Ops.scalar(1)))),
                    Ops.mul(Ops.cos(x), Ops.pow(w, 1.5))),
                    Ops.abs(Ops.mul(Ops.exp(x), w))), p[0], p[1], 0.5, -1.5);
            assertThat(tangent).isCloseTo(reference, within(1e-12 * Math.max(1, Math.abs(reference))));
        }
    }
}
