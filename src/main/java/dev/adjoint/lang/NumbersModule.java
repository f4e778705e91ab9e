package dev.adjoint.lang;

import java.util.List;

/**
 * Python's numbers: the tower of abstract classes Number ⊃ Complex ⊃ Real ⊃ Rational ⊃ Integral
 * that {@code isinstance(x, Number)} asks about (needle's ops.py tells scalars from tensors so).
 * The built-in types sit where CPython registers them: int and bool are Integral, float is Real,
 * Fraction is Rational, Decimal is only a Number; NumPy's integer scalars are Integral and its
 * floating ones Real, as NumPy registers them. A class deriving from one of them is one too.
 */
final class NumbersModule {
    private NumbersModule() {}

    static final PyClass NUMBER = PyClass.library("Number", "numbers", null);
    static final PyClass COMPLEX = PyClass.library("Complex", "numbers", NUMBER);
    static final PyClass REAL = PyClass.library("Real", "numbers", COMPLEX);
    static final PyClass RATIONAL = PyClass.library("Rational", "numbers", REAL);
    static final PyClass INTEGRAL = PyClass.library("Integral", "numbers", RATIONAL);
    /** The tower from the top: an ABC's depth in it. */
    private static final List<PyClass> TOWER = List.of(NUMBER, COMPLEX, REAL, RATIONAL, INTEGRAL);

    static PyModule create() {
        PyModule m = new PyModule("numbers");
        for (PyClass c : TOWER) m.add(c.name(), c);
        return m;
    }

    /** issubclass(c, abc) when abc is one of the tower; null for any other class. */
    static Boolean isSubclass(PyClass c, PyClass abc) {
        int depth = TOWER.indexOf(abc);
        if (depth < 0) return null;
        return c.isSubclassOf(abc) || registeredDepth(c) >= depth;
    }

    /** The deepest ABC of the tower a type is registered with, or -1. */
    private static int registeredDepth(PyClass c) {
        if (c.isSubclassOf(BuiltinTypes.INT)) return 4; // bool too
        if (c.isSubclassOf(BuiltinTypes.FLOAT)) return 2; // numpy.float64 too
        if (c.isSubclassOf(FractionsModule.FRACTION)) return 3;
        if (c.isSubclassOf(ComplexType.COMPLEX)) return 1;
        if (c.name().equals("Decimal") && "decimal".equals(c.module())) return 0; // each session makes its own Decimal class
        if ("numpy".equals(c.module())) {
            if (c.name().matches("u?int\\d+")) return 4;
            if (c.name().matches("float\\d+")) return 2;
        }
        return -1;
    }
}
