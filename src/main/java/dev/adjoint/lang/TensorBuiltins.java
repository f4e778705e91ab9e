package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;
import java.util.Map;

/**
 * Constructors: each makes a fresh leaf, a constant unless {@code requires_grad=True}. Bound to a
 * name by an assignment ({@code W = randn(3, 3)}), the leaf becomes an input (see the Interpreter).
 */
final class TensorBuiltins {
    private TensorBuiltins() {}

    static void register(Map<String, Object> t) {
        Builtins.add(t, Builtin.constructor("zeros", a -> leaf(NDArray.zeros(shape(a)), a)));
        Builtins.add(t, Builtin.constructor("ones", a -> leaf(NDArray.ones(shape(a)), a)));
        Builtins.add(t, Builtin.constructor("rand", a -> leaf(random(a).rand(shape(a)), a)));
        Builtins.add(t, Builtin.constructor("randn", a -> leaf(random(a).randn(shape(a)), a)));
        Builtins.add(t, Builtin.constructor("full", TensorBuiltins::full));
        Builtins.add(t, Builtin.constructor("eye", TensorBuiltins::eye));
        Builtins.add(t, Builtin.constructor("arange", TensorBuiltins::arange));
        Builtins.add(t, Builtin.constructor("zeros_like", a -> leaf(NDArray.zeros(like(a)), a)));
        Builtins.add(t, Builtin.constructor("ones_like", a -> leaf(NDArray.ones(like(a)), a)));
        Builtins.add(t, Builtin.constructor("rand_like", a -> leaf(random(a).rand(like(a)), a)));
        Builtins.add(t, Builtin.constructor("randn_like", a -> leaf(random(a).randn(like(a)), a)));
        Builtins.add(t, Builtin.constructor("tensor", a -> leaf(a.expect(1, 1, "requires_grad").tensor(0).value(), a)));
        Builtins.add(t, Builtin.of("const", a -> {
            Object v = Values.plain(a.expect(1, 1).get(0));
            // of a number, a constant number: beside an input number it stays in the lecture's graph
            if (PyNumbers.isNumber(v) && !(v instanceof Boolean)) return TrackedNumber.constant(v);
            return Tensor.constant(a.tensor(0).value());
        }));
    }

    private static Tensor leaf(NDArray value, Args a) {
        return Tensor.leaf(value, a.flag("requires_grad", false));
    }

    private static NumpyRandom random(Args a) {
        return a.interpreter().random();
    }

    private static int[] shape(Args a) {
        return a.expect(0, Integer.MAX_VALUE, "requires_grad").shape(0);
    }

    private static int[] like(Args a) {
        return a.expect(1, 1, "requires_grad").tensor(0).shape();
    }

    /** full(shape, value), as NumPy. */
    private static Tensor full(Args a) {
        a.expect(2, 2, "requires_grad");
        return leaf(NDArray.full(a.tensor(1).value().item(), a.ints(a.get(0), "shape")), a);
    }

    private static Tensor eye(Args a) {
        a.expect(1, 2, "requires_grad");
        int n = a.integer(0);
        return leaf(NDArray.eye(n, a.size() > 1 ? a.integer(1) : n), a);
    }

    /** arange(stop) or arange(start, stop[, step]). */
    private static Tensor arange(Args a) {
        a.expect(1, 3, "requires_grad");
        double first = a.tensor(0).value().item();
        if (a.size() == 1) return leaf(NDArray.arange(0, first, 1), a);
        double step = a.size() == 3 ? a.tensor(2).value().item() : 1;
        return leaf(NDArray.arange(first, a.tensor(1).value().item(), step), a);
    }
}
