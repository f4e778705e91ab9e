package dev.adjoint.lang.lib.numpy;

import dev.adjoint.autograd.DType;
import dev.adjoint.ndarray.NDArray;

/**
 * An element type of a NumPy array, as NumPy 1.24 names and promotes it. Every value is held as
 * a double (as adjoint's tensors are): integer values are exact up to 2^53 and wrap around to
 * their width after every operation (uint8 250 + 10 is 4), and float32 values are doubles
 * rounded to float32 after every operation, so they print and compare as NumPy's do.
 */
enum NpType {
    BOOL("bool", Kind.BOOL, 8),
    INT8("int8", Kind.SIGNED, 8),
    INT16("int16", Kind.SIGNED, 16),
    INT32("int32", Kind.SIGNED, 32),
    INT64("int64", Kind.SIGNED, 64),
    UINT8("uint8", Kind.UNSIGNED, 8),
    UINT16("uint16", Kind.UNSIGNED, 16),
    UINT32("uint32", Kind.UNSIGNED, 32),
    UINT64("uint64", Kind.UNSIGNED, 64),
    FLOAT32("float32", Kind.FLOAT, 32),
    FLOAT64("float64", Kind.FLOAT, 64);

    /** NumPy's dtype.kind: 'b', 'i', 'u', 'f'. */
    enum Kind {
        BOOL('b'), UNSIGNED('u'), SIGNED('i'), FLOAT('f'); // in the order NumPy's 'same_kind' casting allows

        final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        /** NumPy's categories for value-based casting: bool < integers < floats. */
        int category() {
            return this == BOOL ? 0 : this == FLOAT ? 2 : 1;
        }
    }

    final String name;
    final Kind kind;
    final int bits;

    NpType(String name, Kind kind, int bits) {
        this.name = name;
        this.kind = kind;
        this.bits = bits;
    }

    /** Bytes per element (a.itemsize, a.nbytes). */
    int itemsize() {
        return bits / 8;
    }

    /** The tensor type an array of this type converts to (torch.tensor(a)); PyTorch has no uint16, uint32, uint64 (the callers refuse them). */
    DType tensorType() {
        return switch (this) {
            case BOOL -> DType.BOOL;
            case UINT8 -> DType.UINT8;
            case INT8 -> DType.INT8;
            case INT16 -> DType.INT16;
            case INT32 -> DType.INT32;
            case FLOAT32, FLOAT64 -> DType.FLOAT64;
            default -> DType.INT64;
        };
    }

    /** The tensor type that holds an array's values: float64 for uint64, whose values from 2^63 up int64 would clamp. */
    DType storageType() {
        return this == UINT64 ? DType.FLOAT64 : tensorType();
    }

    /** The scalar type's name: bool_ for bool (np.bool_). */
    String scalarName() {
        return this == BOOL ? "bool_" : name;
    }

    boolean isFloating() {
        return kind == Kind.FLOAT;
    }

    boolean isInteger() {
        return kind == Kind.SIGNED || kind == Kind.UNSIGNED;
    }

    /** Integer arithmetic (floor division and remainder by zero give 0): the integer types and bool. */
    boolean isExact() {
        return !isFloating();
    }

    /** The least value of an integer type (0 for bool and the unsigned ones). */
    long least() {
        return kind == Kind.SIGNED ? -(1L << (bits - 1)) : 0;
    }

    /** The greatest value of an integer type or bool (uint64's as the double 2^64, which holds no exact long). */
    double greatest() {
        if (this == BOOL) return 1;
        if (this == UINT64) return 0x1p64 - 1;
        return kind == Kind.SIGNED ? (double) ((1L << (bits - 1)) - 1) : (double) ((1L << bits) - 1);
    }

    /** NumPy's 'same_kind' casting (what a += b may write back): to a type of the same or a later kind, bool < uint < int < float. */
    boolean castsTo(NpType target) {
        return kind.ordinal() <= target.kind.ordinal();
    }

    /** The type sum, prod and cumsum give: bool and the small integers add up in int64 (unsigned ones in uint64), as NumPy's. */
    NpType accumulator() {
        if (kind == Kind.UNSIGNED) return UINT64;
        return kind == Kind.FLOAT ? this : INT64;
    }

    private static NpType of(Kind kind, int bits) {
        for (NpType t : values()) if (t.kind == kind && t.bits == bits) return t;
        throw new IllegalArgumentException(kind + " " + bits);
    }

    /**
     * NumPy's result type of two arrays: bool is below every type; among one kind the wider wins;
     * a signed with an unsigned type needs a signed type wider than the unsigned one (int64 with
     * uint64 is float64); an integer with float32 stays float32 only up to 16 bits.
     */
    static NpType promote(NpType a, NpType b) {
        if (a == b || b == BOOL) return a;
        if (a == BOOL) return b;
        if (a.kind == b.kind) return a.bits >= b.bits ? a : b;
        if (a.isFloating() || b.isFloating()) {
            NpType f = a.isFloating() ? a : b, i = a.isFloating() ? b : a;
            return f == FLOAT32 && i.bits > 16 ? FLOAT64 : f;
        }
        NpType s = a.kind == Kind.SIGNED ? a : b, u = a.kind == Kind.SIGNED ? b : a;
        if (s.bits > u.bits) return s;
        return u.bits == 64 ? FLOAT64 : of(Kind.SIGNED, 2 * u.bits);
    }

    /**
     * The result type of an array with a 0-d operand (a Python number, a NumPy scalar): NumPy
     * 1.24's value-based casting. A number of a category (bool, integer, float) no higher than the
     * array's counts as the smallest type that holds its value (uint8 array + 1 is uint8, + 300 is
     * uint16, + -1 is int16; float32 array + 0.5 is float32); a number of a higher category
     * promotes by its type (int array + 0.5 is float64, + np.float32(0.5) is float32 for uint8).
     */
    static NpType withScalar(NpType array, NpType scalar, double value) {
        if (scalar.kind.category() > array.kind.category()) return promote(array, scalar);
        return promote(array, smallestHolding(scalar, value, array.kind == Kind.SIGNED));
    }

    /**
     * np.min_scalar_type (float16 counts as float32 here): the smallest type of the number's kind
     * that holds it; a non-negative integer meeting a signed array counts as signed when it fits
     * one (NumPy's "small unsigned": int8 array + 1 stays int8).
     */
    private static NpType smallestHolding(NpType type, double v, boolean signedArray) {
        return switch (type.kind) {
            case BOOL -> BOOL;
            case FLOAT -> Double.isFinite(v) && Math.abs(v) >= 3.4e38 ? FLOAT64 : FLOAT32; // NumPy's own bound, not FLT_MAX
            case SIGNED, UNSIGNED -> {
                if (v >= 0x1p63) yield UINT64;
                Kind k = v < 0 || signedArray ? Kind.SIGNED : Kind.UNSIGNED;
                for (int bits = 8; bits < 64; bits *= 2) {
                    NpType t = of(k, bits);
                    if (t.cast(v) == v) yield t;
                }
                yield of(k, 64);
            }
        };
    }

    /** The type of a tensor's values. */
    static NpType of(DType d) {
        return switch (d) {
            case BOOL -> BOOL;
            case UINT8 -> UINT8;
            case INT8 -> INT8;
            case INT16 -> INT16;
            case INT32 -> INT32;
            case INT64 -> INT64;
            case FLOAT64 -> FLOAT64;
        };
    }

    /** The integer types NumPy converts a float to through a C int (x86's 32-bit conversion), then keeps the low bits of. */
    private boolean convertsThroughInt32() {
        return this == INT8 || this == INT16 || this == INT32 || this == UINT8 || this == UINT16;
    }

    /**
     * Float values converted to this integer type as NumPy's astype does on x86-64 (AVX-512), the
     * values in C order. Most types go through one C conversion whatever the position, but uint32
     * converts each whole block of four values by vector code with other limits than the scalar
     * code that converts the last (n mod 4): -3e9 is 2147483648 inside a block and 1294967296 after.
     */
    NDArray fromFloats(NDArray values) {
        double[] v = values.toArray();
        for (int i = 0; i < v.length; i++) v[i] = fromFloat(v[i], inVectorBlock(i, v.length));
        return NDArray.of(v, values.shape());
    }

    /** Whether the i-th of n values is converted by x86's vector code (a whole block of four), see {@link #fromFloats}. */
    static boolean inVectorBlock(int i, int n) {
        return i < n - n % 4;
    }

    /**
     * Whether converting the float {@code v} (inside a vector block, see {@link #fromFloats}) is
     * x86's invalid conversion, for which NumPy warns "invalid value encountered in cast": NaN, an
     * infinity, or a value beyond the C integer it passes through.
     */
    boolean invalidFrom(double v, boolean inBlock) {
        if (convertsThroughInt32()) return !fitsSigned(v, 32);
        return switch (this) {
            case INT64 -> !fitsSigned(v, 64);
            case UINT64 -> v >= 0x1p63 ? !fitsSigned(v - 0x1p63, 64) : !fitsSigned(v, 64);
            case UINT32 -> !inBlock ? !fitsSigned(v, 64) : v >= 0x1p31 ? !fitsSigned(v - 0x1p31, 32) : !fitsSigned(v, 32);
            default -> false;
        };
    }

    /**
     * A float converted to this type as x86-64 does: the narrow integers through a C int, so a value
     * beyond it, NaN or an infinity is INT_MIN, whose low bits are 0; uint64 (and uint32 inside a
     * vector block) by the compilers' unsigned conversion, which converts a value from 2^63 (2^31)
     * up as the signed value 2^63 (2^31) below it and flips the top bit back; an invalid signed
     * conversion is the width's minimum there too (integer arithmetic's results wrap by {@link #cast}).
     */
    private double fromFloat(double v, boolean inBlock) {
        if (convertsThroughInt32()) return cast(truncated(v, 32));
        if (this == UINT64) {
            long l = v >= 0x1p63 ? truncated(v - 0x1p63, 64) ^ Long.MIN_VALUE : truncated(v, 64);
            return l >= 0 ? l : Math.min(l + 0x1p64, Math.nextDown(0x1p64)); // 2^64 - 1 has no double: the nearest below
        }
        if (this == UINT32 && inBlock) return (v >= 0x1p31 ? truncated(v - 0x1p31, 32) ^ Integer.MIN_VALUE : truncated(v, 32)) & 0xFFFFFFFFL;
        return cast(v);
    }

    /** Whether C's conversion of v to a signed integer of these bits is valid (NaN and infinities are not). */
    private static boolean fitsSigned(double v, int bits) {
        double limit = Math.scalb(1.0, bits - 1);
        return (bits == 64 ? v >= -limit : v > -limit - 1) && v < limit; // -2147483648.9 truncates into int32
    }

    /** x86's truncating conversion to a signed integer of these bits: an invalid one is the width's minimum. */
    private static long truncated(double v, int bits) {
        if (!fitsSigned(v, bits)) return bits == 64 ? Long.MIN_VALUE : Integer.MIN_VALUE;
        return (long) v;
    }

    /**
     * A value of this type: bools 0/1, float32 rounded, integers truncated toward zero and then
     * wrapped to their width (NaN, infinities and values beyond int64 are int64's minimum first,
     * except that uint64 keeps a value from 2^63 up to 2^64). Integer arithmetic's results wrap by it.
     */
    /** f with its result cast to this type ({@link #cast}): a ufunc's loop that casts as it goes, with no second pass over the result. */
    java.util.function.DoubleBinaryOperator casting(java.util.function.DoubleBinaryOperator f) {
        return this == FLOAT64 ? f : this == FLOAT32 ? (x, y) -> (float) f.applyAsDouble(x, y) : (x, y) -> cast(f.applyAsDouble(x, y));
    }

    /** f with its result cast to this type, as {@link #casting(java.util.function.DoubleBinaryOperator)}. */
    java.util.function.DoubleUnaryOperator casting(java.util.function.DoubleUnaryOperator f) {
        return this == FLOAT64 ? f : this == FLOAT32 ? x -> (float) f.applyAsDouble(x) : x -> cast(f.applyAsDouble(x));
    }

    /** Every value of {@code values} cast to this type ({@link #cast}), into a new compact array: one pass, the cast inlined. */
    NDArray castAll(NDArray values) {
        double[] a = values.toArray();
        if (this == FLOAT32) {
            for (int i = 0; i < a.length; i++) a[i] = (float) a[i];
        } else {
            for (int i = 0; i < a.length; i++) a[i] = cast(a[i]);
        }
        return NDArray.adopt(a, values.shape());
    }

    double cast(double v) {
        switch (kind) {
            case BOOL:
                return v != 0 ? 1 : 0;
            case FLOAT:
                return this == FLOAT32 ? (float) v : v;
            default:
        }
        if (this == UINT64 && v >= 0x1p63 && v < 0x1p64) return Math.floor(v); // beyond int64 only uint64 holds it
        // int64's largest values, 2^63 - 512 up, round to the double 2^63: kept, it reads back as 2^63 - 1
        if (this == INT64 && v == 0x1p63) return v;
        long l = Double.isNaN(v) || v >= 0x1p63 || v < -0x1p63 ? Long.MIN_VALUE : (long) v;
        return switch (this) {
            case INT8 -> (byte) l;
            case INT16 -> (short) l;
            case INT32 -> (int) l;
            case UINT8 -> l & 0xFF;
            case UINT16 -> l & 0xFFFF;
            case UINT32 -> l & 0xFFFFFFFFL;
            case UINT64 -> l >= 0 ? l : l + 0x1p64;
            default -> l;
        };
    }
}
