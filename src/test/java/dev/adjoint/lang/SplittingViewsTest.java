package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.scope.Scope;
import dev.adjoint.testing.Gen;
import dev.adjoint.testing.GradCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * diagonal, unbind, chunk and split: views of their input (a change through one is seen by the
 * other) whose gradients, first and second order, match central differences at random shapes and
 * arguments. Their values, grad_fn names, strides and errors are checked against PyTorch 1.13 by
 * the conformance programs 102-103.
 */
class SplittingViewsTest {
    private static Object call(String name, Object... args) {
        return TensorFunctions.table().get(name).apply(new Args(name, List.of(args), Map.of(), null, null));
    }

    private static Tensor piece(Object tuple, int i) {
        return (Tensor) ((List<?>) tuple).get(i);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        for (long seed = 1; seed <= 30; seed++) {
            Gen gen = new Gen(seed);
            int[] shape = gen.shape(2, 4, 4);
            int n = shape.length, d1 = gen.intIn(0, n - 1), d2 = (d1 + gen.intIn(1, n - 1)) % n, dim = gen.intIn(0, n - 1);
            long offset = gen.intIn(-2, 2);
            int size = shape[dim], k = gen.intIn(0, size - 1);
            long chunks = gen.intIn(1, 4), splitSize = gen.intIn(1, 3);
            int first = gen.intIn(0, size);
            String what = "seed " + seed + " shape " + java.util.Arrays.toString(shape);
            // the input squared first, so that the view is of a non-leaf and the second derivative is not zero
            GradCheck.checkWithSecondOrder(gen, what + " diagonal(" + offset + ", " + d1 + ", " + d2 + ")",
                    xs -> Ops.sin((Tensor) call("diagonal", Ops.mul(xs[0], xs[0]), offset, (long) d1, (long) d2)), gen.array(shape));
            GradCheck.checkWithSecondOrder(gen, what + " unbind(" + dim + ")[" + k + "]",
                    xs -> Ops.sin(piece(call("unbind", Ops.mul(xs[0], xs[0]), (long) dim), k)), gen.array(shape));
            GradCheck.checkWithSecondOrder(gen, what + " chunk(" + chunks + ", " + dim + ")",
                    xs -> Ops.sin(piece(call("chunk", Ops.mul(xs[0], xs[0]), chunks, (long) dim), 0)), gen.array(shape));
            GradCheck.checkWithSecondOrder(gen, what + " split(" + splitSize + ", " + dim + ")[-1]", xs -> {
                List<?> parts = (List<?>) call("split", Ops.mul(xs[0], xs[0]), splitSize, (long) dim);
                return Ops.sin((Tensor) parts.get(parts.size() - 1));
            }, gen.array(shape));
            GradCheck.checkWithSecondOrder(gen, what + " split([" + first + ", rest], " + dim + ")",
                    xs -> Ops.sin(piece(call("split", Ops.mul(xs[0], xs[0]), List.of((long) first, (long) (size - first)), (long) dim), 1)), gen.array(shape));
        }
    }

    @Test
    void theyShareTheirInputsData() {
        Tensor x = Tensor.constant(NDArray.arange(0, 12, 1).reshape(3, 4));
        Tensor diag = (Tensor) call("diagonal", x), row = piece(call("unbind", x), 2), right = piece(call("chunk", x, 2L, 1L), 1);
        try (Scope s = GradMode.noGrad()) {
            InPlace.mul(diag, Tensor.constant(2));
            InPlace.add(row, Tensor.constant(100));
            InPlace.zero(right);
        }
        assertThat(x.value().toArray()).containsExactly(0, 1, 0, 0, 4, 10, 0, 0, 108, 109, 0, 0);
        assertThat(Views.base(diag)).isSameAs(x);
        assertThat(x.version()).isEqualTo(3);
    }
}
