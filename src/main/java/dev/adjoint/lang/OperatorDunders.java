package dev.adjoint.lang;

/**
 * An operand type's special methods called by name, each the operator itself ({@link Operators}):
 * {@code a.__mul__(2)}, {@code a.__rsub__(1)}, {@code a.__getitem__(0)}, {@code a.__len__()}, as
 * NumPy's ndarray and scalars have them (needle's NDArray backends and course code call them so).
 * Calling the method and writing the operator cannot disagree.
 */
public final class OperatorDunders {
    private OperatorDunders() {}

    /** Defines them on {@code type}: arithmetic (with the reflected and in-place forms), comparisons, unary operators and truth. */
    public static void define(PyClass type) {
        for (OperatorNames.Binary b : OperatorNames.BINARY) {
            type.method(b.method(), a -> Operators.binary(b.op(), a.self(), other(a)));
            type.method(b.reflected(), a -> Operators.binary(b.op(), other(a), a.self()));
            type.method(b.inPlace(), a -> Operators.inPlace(b.op(), a.self(), other(a)));
        }
        for (OperatorNames.Comparison c : OperatorNames.COMPARISONS) type.method(c.method(), a -> Operators.compare(c.op(), a.self(), other(a)));
        for (OperatorNames.Unary u : OperatorNames.UNARY) type.method(u.method(), a -> Operators.unary(u.op(), self(a)));
        type.method("__abs__", a -> Operators.abs(self(a)));
        type.method("__bool__", a -> Values.truthy(self(a)));
    }

    /** Defines a container's on {@code type}: len, iteration, {@code in}, and item reading and writing. */
    public static void defineContainer(PyClass type) {
        type.method("__len__", a -> PyBuiltins.len(self(a)));
        type.method("__iter__", a -> PyBuiltins.iterator(self(a)));
        type.method("__contains__", a -> Operators.contains(a.self(), other(a)));
        type.method("__getitem__", a -> Subscripts.get(a.interpreter(), a.self(), other(a)));
        type.method("__setitem__", a -> {
            Subscripts.set(a.interpreter(), a.self(), a.expect(2, 2).get(0), a.get(1));
            return null;
        });
    }

    private static Object other(Args a) {
        return a.expect(1, 1).get(0);
    }

    private static Object self(Args a) {
        return a.expect(0, 0).self();
    }
}
