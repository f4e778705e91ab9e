package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tensor's special methods as attributes ({@code t.__add__(1)}, {@code t.__getitem__(0)}), as
 * {@code dir(t)} lists them: each is the operator itself ({@link Operators}), so calling the
 * method and writing the operator cannot disagree.
 */
final class TensorDunders {
    private TensorDunders() {}

    static Map<String, TensorMethods.Method> table() {
        Map<String, TensorMethods.Method> m = new LinkedHashMap<>();
        for (OperatorNames.Binary b : OperatorNames.BINARY) {
            m.put(b.method(), operator((self, o) -> Operators.binary(b.op(), self, o)));
            m.put(b.reflected(), operator((self, o) -> Operators.binary(b.op(), o, self)));
            if (b.op() != TokenType.AT) m.put(b.inPlace(), operator((self, o) -> Operators.inPlace(b.op(), self, o))); // PyTorch has no __imatmul__
        }
        // called by name, __xor__ is PyTorch's bitwise_xor even where the operator ^ is adjoint's power (float tensors refuse it)
        OperatorNames.Binary xor = OperatorNames.XOR;
        m.put(xor.method(), operator((self, o) -> BitwiseFunctions.operator(TokenType.CARET, tensor(self), TensorOperators.operand(o))));
        m.put(xor.reflected(), operator((self, o) -> BitwiseFunctions.operator(TokenType.CARET, TensorOperators.operand(o), tensor(self))));
        m.put(xor.inPlace(), operator((self, o) -> BitwiseFunctions.inPlace(TokenType.CARET, tensor(self), TensorOperators.operand(o))));
        // Python 2's names, which PyTorch's Tensor still has
        m.put("__div__", m.get("__truediv__"));
        m.put("__rdiv__", m.get("__rtruediv__"));
        m.put("__idiv__", m.get("__itruediv__"));
        m.put("__nonzero__", (self, a) -> Values.truthy(none(self, a)));
        m.put("__float__", (self, a) -> BuiltinTypes.oneElement(tensor(none(self, a))));
        m.put("__int__", (self, a) -> PyNumbers.truncate(BuiltinTypes.oneElement(tensor(none(self, a)))));
        m.put("__long__", m.get("__int__"));
        m.put("__index__", (self, a) -> {
            Tensor t = tensor(none(self, a));
            if (t.dtype().isFloating() || t.value().size() != 1) throw PyError.type("only integer tensors of a single element can be converted to an index");
            return (long) t.item();
        });
        m.put("__reversed__", (self, a) -> PyBuiltins.reversedOf(none(self, a)));
        for (OperatorNames.Comparison c : OperatorNames.COMPARISONS) m.put(c.method(), operator((self, o) -> Operators.compare(c.op(), self, o)));
        for (OperatorNames.Unary u : OperatorNames.UNARY) m.put(u.method(), (self, a) -> Operators.unary(u.op(), none(self, a)));
        m.put("__abs__", (self, a) -> Operators.abs(none(self, a)));
        m.put("__bool__", (self, a) -> Values.truthy(none(self, a)));
        m.put("__len__", (self, a) -> a.interpreter().len(none(self, a)));
        m.put("__getitem__", (self, a) -> a.interpreter().item(self, other(a)));
        m.put("__setitem__", (self, a) -> { // t.__setitem__(key, value) is t[key] = value: in place
            a.expect(2, 2);
            TensorIndex.set((dev.adjoint.autograd.Tensor) self, a.get(0), a.get(1), a.interpreter(), a.span());
            return null;
        });
        m.put("__contains__", (self, a) -> Operators.contains(self, other(a)));
        m.put("__repr__", (self, a) -> Repr.repr(none(self, a)));
        m.put("__str__", (self, a) -> Repr.str(none(self, a)));
        return m;
    }

    private static Tensor tensor(Object self) {
        return (Tensor) self;
    }

    /**
     * An operator's method: as PyTorch's, it returns NotImplemented for an operand that is neither a
     * tensor, a number nor an array (so that Python asks the other side, then raises the TypeError).
     */
    private static TensorMethods.Method operator(java.util.function.BinaryOperator<Object> f) {
        return (self, a) -> {
            Object o = other(a);
            if (TensorOperators.operand(o) == null && !(Values.plain(o) instanceof PyOperand)) return Dunders.NOT_IMPLEMENTED;
            return f.apply(self, o);
        };
    }

    private static Object other(Args a) {
        return a.expect(1, 1).get(0);
    }

    private static Object none(Object self, Args a) {
        a.expect(0, 0);
        return self;
    }
}
