package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import java.util.function.BiConsumer;
import java.util.function.DoublePredicate;

/**
 * PyTorch's smaller pointwise functions: sgn, fix, positive, the tests signbit, isneginf, isposinf
 * and isreal (bool tensors, no gradient), heaviside (no derivative in PyTorch), float_power (pow
 * computed in float64 whatever the operands' types), copysign, ldexp, and for real tensors
 * is_complex (False) and conj/resolve_conj/resolve_neg (the tensor itself), with PyTorch's grad_fn
 * names and messages.
 */
final class PointwiseExtras {
    private PointwiseExtras() {}

    static void addTo(BiConsumer<String, Builtin.Fn> add) {
        add.accept("sgn", a -> Ops.sgn(input(a)));
        add.accept("fix", a -> Ops.trunc(floatingOrInteger(input(a), "trunc_vml_cpu")));
        add.accept("positive", a -> {
            Tensor x = input(a);
            if (x.dtype() == DType.BOOL) throw new AutogradException("The `+` operator, on a bool tensor is not supported.");
            return x;
        });
        test(add, "signbit", v -> v < 0 || (v == 0 && Double.doubleToRawLongBits(v) < 0));
        test(add, "isneginf", v -> v == Double.NEGATIVE_INFINITY);
        test(add, "isposinf", v -> v == Double.POSITIVE_INFINITY);
        test(add, "isreal", v -> true);
        add.accept("heaviside", a -> {
            a = a.positionalFrom("input", "values");
            return Ops.heaviside(TensorFunctions.self(a.expect(2, 2)), TensorFunctions.tensor(a, a.get(1), "values", 2));
        });
        add.accept("float_power", PointwiseExtras::floatPower);
        add.accept("float_power_", a -> {
            Tensor x = TensorFunctions.self(a);
            if (x.dtype() != DType.FLOAT64)
                throw new dev.adjoint.autograd.AutogradException("the base given to float_power_ has dtype " + x.dtype().scalarName()
                        + " but the operation's result requires dtype Double");
            return dev.adjoint.autograd.op.InPlace.result(x, floatPower(a));
        });
        add.accept("copysign", a -> {
            a = a.positionalFrom("input", "other").expect(2, 2);
            Tensor x = TensorFunctions.self(a), other = TensorOperators.operand(a.get(1));
            if (other == null)
                throw PyError.type("copysign() received an invalid combination of arguments - got (Tensor, " + Values.typeName(a.get(1)) + "), but expected one of:\n"
                        + " * (Tensor input, Tensor other, *, Tensor out)\n * (Tensor input, Number other, *, Tensor out)\n");
            return Ops.copysign(x, other);
        });
        add.accept("ldexp", a -> { // input · 2^other, as PyTorch composes it (MulBackward0)
            a = a.positionalFrom("input", "other").expect(2, 2);
            Tensor x = TensorFunctions.self(a), e = TensorFunctions.tensor(a, a.get(1), "other", 2);
            return Ops.mul(x, Ops.pow(TensorOperators.scalar(2.0), e));
        });
        add.accept("is_complex", a -> {
            input(a);
            return false;
        });
        for (String name : new String[] {"conj", "resolve_conj", "resolve_neg"}) add.accept(name, PointwiseExtras::input); // a real tensor is its own conjugate
    }

    private static Tensor input(Args a) {
        return TensorFunctions.self(a.positionalFrom("input").expect(1, 1));
    }

    private static Tensor floatingOrInteger(Tensor x, String kernel) {
        if (x.dtype() == DType.BOOL) throw new AutogradException("\"" + kernel + "\" not implemented for 'Bool'");
        return x;
    }

    private static void test(BiConsumer<String, Builtin.Fn> add, String name, DoublePredicate p) {
        add.accept(name, a -> {
            Tensor x = input(a);
            return Tensor.constant(x.value().map(v -> p.test(v) ? 1 : 0), DType.BOOL);
        });
    }

    /** float_power(input, exponent): either may be a Python number, both are taken as float64 (PowBackward0/1/2 as pow's). */
    private static Tensor floatPower(Args a) {
        a = a.positionalFrom("input", "exponent").expect(2, 2);
        Object base = Values.plain(a.get(0)), exponent = Values.plain(a.get(1));
        if (PyNumbers.isNumber(base)) return Ops.pow(TensorOperators.scalar(PyNumbers.toDouble(base)), float64(TensorFunctions.operand(a, a.get(1), "exponent")));
        Tensor x = float64(TensorFunctions.self(a));
        if (PyNumbers.isNumber(exponent)) return Ops.powNumber(x, TensorOperators.scalar(PyNumbers.toDouble(exponent)));
        return Ops.pow(x, float64(TensorFunctions.operand(a, a.get(1), "exponent")));
    }

    private static Tensor float64(Tensor t) {
        return t.dtype() == DType.FLOAT64 ? t : t.to(DType.FLOAT64);
    }
}
