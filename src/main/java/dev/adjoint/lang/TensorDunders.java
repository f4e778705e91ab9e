package dev.adjoint.lang;

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
            if (b.shift()) continue; // adjoint's tensors have no << and >>
            m.put(b.method(), (self, a) -> Operators.binary(b.op(), self, other(a)));
            m.put(b.reflected(), (self, a) -> Operators.binary(b.op(), other(a), self));
            m.put(b.inPlace(), (self, a) -> Operators.inPlace(b.op(), self, other(a)));
        }
        for (OperatorNames.Comparison c : OperatorNames.COMPARISONS) m.put(c.method(), (self, a) -> Operators.compare(c.op(), self, other(a)));
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

    private static Object other(Args a) {
        return a.expect(1, 1).get(0);
    }

    private static Object none(Object self, Args a) {
        a.expect(0, 0);
        return self;
    }
}
