package dev.adjoint.lang;

import java.util.List;

/**
 * The special methods of the built-in containers, iterators and functions called by name, as
 * CPython has them: {@code [1].__len__()}, {@code 'a'.__add__('b')}, {@code {'a': 1}.__getitem__('a')},
 * {@code it.__next__()}, {@code len.__call__([1])}. They are what {@code hasattr(x, '__iter__')},
 * {@code dir(x)} and {@code collections.abc} look for. Each does what the operator does; an operand
 * of another type gives NotImplemented where CPython's does ({@code 'a'.__add__(1)}).
 */
final class ContainerDunders {
    private ContainerDunders() {}

    /** What every built-in collection has: len, iteration, {@code in} and == with its own kind; {@code ordered}: also < and the others. */
    static void collection(PyClass type, boolean ordered) {
        sizedContainer(type);
        for (OperatorNames.Comparison c : OperatorNames.COMPARISONS) {
            boolean defined = ordered || c.op() == TokenType.EQUAL_EQUAL || c.op() == TokenType.BANG_EQUAL; // a dict's < is object's: NotImplemented
            type.method(c.method(), a -> defined && sameKind(a) ? Operators.compare(c.op(), a.self(), a.get(0)) : Dunders.NOT_IMPLEMENTED);
        }
    }

    /** len, iteration and {@code in}: what collections.abc's Collection asks of a class. */
    static void sizedContainer(PyClass type) {
        type.method("__len__", a -> PyBuiltins.len(a.expect(0, 0).self()));
        type.method("__iter__", a -> PyBuiltins.iterator(a.expect(0, 0).self()));
        type.method("__contains__", a -> Operators.contains(a.self(), a.expect(1, 1).get(0)));
    }

    /** str, list, tuple and range: indexing; str, list and tuple also + and * (with an int). */
    static void sequence(PyClass type, boolean concatenates) {
        collection(type, concatenates);
        type.method("__getitem__", a -> Subscripts.get(a.interpreter(), a.self(), a.expect(1, 1).get(0)));
        if (!concatenates) return;
        type.method("__add__", a -> Operators.binary(TokenType.PLUS, a.self(), a.expect(1, 1).get(0))); // "can only concatenate ..."
        type.method("__mul__", a -> Operators.binary(TokenType.STAR, a.self(), count(a)));
        type.method("__rmul__", a -> Operators.binary(TokenType.STAR, count(a), a.self()));
    }

    /** list and dict: item assignment and deletion. */
    static void mutable(PyClass type) {
        type.method("__setitem__", a -> {
            Subscripts.set(a.interpreter(), a.self(), a.expect(2, 2).get(0), a.get(1));
            return null;
        });
        type.method("__delitem__", a -> {
            Subscripts.delete(a.interpreter(), a.self(), a.expect(1, 1).get(0));
            return null;
        });
    }

    /** list: += and *= in place ({@code l.__iadd__(it)} extends by any iterable and returns l), and reversed(). */
    static void list(PyClass type) {
        type.method("__iadd__", a -> Operators.inPlace(TokenType.PLUS, a.self(), a.expect(1, 1).get(0)));
        type.method("__imul__", a -> Operators.inPlace(TokenType.STAR, a.self(), count(a)));
        type.method("__reversed__", a -> PyBuiltins.reversedOf(a.expect(0, 0).self()));
    }

    private static final List<OperatorNames.Binary> SET_ALGEBRA = List.of(OperatorNames.binary(TokenType.PIPE), OperatorNames.binary(TokenType.AMPERSAND),
            OperatorNames.binary(TokenType.MINUS), OperatorNames.XOR);

    /** set and frozenset: | & - ^ with another set or frozenset (NotImplemented with anything else), and a set's in-place forms. */
    static void setAlgebra(PyClass type, boolean mutable) {
        for (OperatorNames.Binary o : SET_ALGEBRA) {
            type.method(o.method(), a -> sameKind(a) ? Operators.binary(o.op(), a.self(), a.get(0)) : Dunders.NOT_IMPLEMENTED);
            type.method(o.reflected(), a -> sameKind(a) ? Operators.binary(o.op(), a.get(0), a.self()) : Dunders.NOT_IMPLEMENTED);
            if (mutable) type.method(o.inPlace(), a -> sameKind(a) ? Operators.inPlace(o.op(), a.self(), a.get(0)) : Dunders.NOT_IMPLEMENTED);
        }
    }

    /** dict: a mapping's item lookup. */
    static void mapping(PyClass type) {
        collection(type, false);
        mutable(type);
        type.method("__getitem__", BuiltinSubclasses::dictItem); // a subclass's __missing__ asked
    }

    /** An iterator type (list_iterator, ...): it is its own iterator and {@code __next__} is next(). */
    static PyClass iteratorType(String name) {
        PyClass type = PyClass.builtin(name, BuiltinTypes.OBJECT, null);
        iterator(type);
        return type;
    }

    /** An iterator's: {@code __iter__} is itself and {@code __next__} is next(). */
    static PyClass iterator(PyClass type) {
        type.method("__iter__", a -> a.expect(0, 0).self());
        type.method("__next__", a -> PyBuiltins.nextItem(a.expect(0, 0).self()));
        return type;
    }

    /** function, builtin_function_or_method, method: {@code f.__call__(...)} calls f. */
    static void callable(PyClass type) {
        type.method("__call__", a -> a.interpreter().call(a.self(), a.positional(), a.keywords(), a.span()));
    }

    /** Whether the operand is of the receiver's kind (a set and a frozenset are one kind; a Counter is a dict). */
    private static boolean sameKind(Args a) {
        Object self = a.self(), other = a.expect(1, 1).get(0);
        if (self instanceof PySet) return other instanceof PySet;
        return BuiltinTypes.of(other).isSubclassOf(BuiltinTypes.of(self)) || BuiltinTypes.of(self).isSubclassOf(BuiltinTypes.of(other));
    }

    /** The repeat count of {@code *}: an int, else CPython's TypeError (not NotImplemented: sequences repeat by __index__). */
    private static Object count(Args a) {
        Object n = a.expect(1, 1).get(0);
        if (!PyNumbers.isInt(Values.number(n))) throw PyError.type("'" + Values.typeName(n) + "' object cannot be interpreted as an integer");
        return n;
    }
}
