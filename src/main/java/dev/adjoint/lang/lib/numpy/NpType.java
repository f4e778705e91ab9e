package dev.adjoint.lang.lib.numpy;

import dev.adjoint.autograd.DType;

/**
 * An element type of a NumPy array, as NumPy 1.24 names and promotes it. Every value is held as
 * a double (as adjoint's tensors are): int64 values are exact up to 2^53, and float32 values are
 * doubles rounded to float32 after every operation, so they print and compare as NumPy's do.
 */
enum NpType {
    BOOL("bool", DType.BOOL, 1),
    INT64("int64", DType.INT64, 8),
    FLOAT32("float32", DType.FLOAT64, 4),
    FLOAT64("float64", DType.FLOAT64, 8);

    final String name;
    /** The tensor type an array of this type converts to (torch.tensor(a)). */
    final DType tensorType;
    /** Bytes per element (a.itemsize, a.nbytes). */
    final int itemsize;

    NpType(String name, DType tensorType, int itemsize) {
        this.name = name;
        this.tensorType = tensorType;
        this.itemsize = itemsize;
    }

    /** The scalar type's name: bool_ for bool (np.bool_). */
    String scalarName() {
        return this == BOOL ? "bool_" : name;
    }

    boolean isFloating() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** NumPy's result type of two arrays: bool < int64 < float32 < float64, except int64 with float32 is float64. */
    static NpType promote(NpType a, NpType b) {
        if ((a == INT64 && b == FLOAT32) || (a == FLOAT32 && b == INT64)) return FLOAT64;
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * The result type of an array with a Python number (NumPy 1.24's value-based casting): the
     * number only widens the kind (a float with an int array gives float64; an int with a float32
     * array stays float32).
     */
    static NpType withScalar(NpType array, NpType scalar) {
        if (scalar.ordinal() <= array.ordinal()) return array;
        if (array.isFloating()) return array;
        return scalar == FLOAT32 ? FLOAT64 : scalar;
    }

    /** The type of a tensor's values. */
    static NpType of(DType d) {
        return switch (d) {
            case BOOL -> BOOL;
            case INT64 -> INT64;
            case FLOAT64 -> FLOAT64;
        };
    }

    /** A value of this type: bools 0/1, ints truncated toward zero, float32 rounded. */
    double cast(double v) {
        return switch (this) {
            case BOOL -> v != 0 ? 1 : 0;
            case INT64 -> Double.isNaN(v) || Double.isInfinite(v) ? Long.MIN_VALUE : (double) (long) v;
            case FLOAT32 -> (float) v;
            case FLOAT64 -> v;
        };
    }
}
