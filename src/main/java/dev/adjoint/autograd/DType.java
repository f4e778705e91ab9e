package dev.adjoint.autograd;

/**
 * A tensor's element type as PyTorch names it. Every value is computed and stored as a double;
 * the type decides how results are promoted, what may require grad, how a tensor prints
 * ({@code tensor([1, 2])}, {@code tensor([True, False])}, {@code tensor([1], dtype=torch.int32)})
 * and, for the integers narrower than int64, the width their values wrap around to after every
 * operation (uint8 250 + 10 is 4). float64 is the only floating type: float32 requests are
 * computed in float64.
 */
public enum DType {
    BOOL("torch.bool", "Bool", 8),
    UINT8("torch.uint8", "Byte", 8),
    INT8("torch.int8", "Char", 8),
    INT16("torch.int16", "Short", 16),
    INT32("torch.int32", "Int", 32),
    INT64("torch.int64", "Long", 64),
    FLOAT64("torch.float64", "Double", 64);

    private final String torchName, scalarName;
    private final int bits;

    DType(String torchName, String scalarName, int bits) {
        this.torchName = torchName;
        this.scalarName = scalarName;
        this.bits = bits;
    }

    /** "torch.float64", as {@code x.dtype} prints. */
    public String torchName() {
        return torchName;
    }

    /** "Double", "Long", "Int", "Bool": PyTorch's scalar type in messages ("result type Double can't be cast ..."). */
    public String scalarName() {
        return scalarName;
    }

    /** "torch.DoubleTensor", as {@code x.type()} and autograd's messages say. */
    public String tensorTypeName() {
        return "torch." + scalarName + "Tensor";
    }

    /** "double", "long int", "int": the C++ type PyTorch's dtype checks name ("expected dtype double for `end` but got dtype long int", TensorOptions(dtype=int)). */
    public String cName() {
        return switch (this) {
            case BOOL -> "bool";
            case UINT8 -> "unsigned char";
            case INT8 -> "signed char";
            case INT16 -> "short int";
            case INT32 -> "int";
            case INT64 -> "long int";
            case FLOAT64 -> "double";
        };
    }

    /**
     * "uint8_t", "int", "int64_t": the C++ type PyTorch's checked conversion of a Python number
     * names ("value cannot be converted to type uint8_t without overflow").
     */
    public String cppName() {
        return switch (this) {
            case BOOL -> "bool";
            case UINT8 -> "uint8_t";
            case INT8 -> "int8_t";
            case INT16 -> "int16_t";
            case INT32 -> "int";
            case INT64 -> "int64_t";
            case FLOAT64 -> "double";
        };
    }

    /**
     * c10's overflows check of a Python number converted to this type: an integer fits an unsigned
     * type from as far below zero as the type reaches above it (uint8 takes -255 to 255, which wrap,
     * so that a - b may be a + 255·b); a float must lie within the type's range, and NaN or an
     * infinity fits no integer type. Every number fits bool and float64.
     */
    public boolean overflows(double v, boolean integral) {
        if (!isInteger()) return false;
        if (integral && this == UINT8) return Math.abs(v) > greatest();
        return !(v >= least() && v <= greatest()); // NaN too
    }

    /** The type PyTorch's sum, prod, cumsum, cumprod and trace give: bool and every integer add up in int64. */
    public DType accumulator() {
        return isFloating() ? this : INT64;
    }

    /** Bytes per element ({@code element_size()}). */
    public int itemsize() {
        return bits / 8;
    }

    public boolean isFloating() {
        return this == FLOAT64;
    }

    /** uint8 ... int64. */
    public boolean isInteger() {
        return this != BOOL && this != FLOAT64;
    }

    /** Whether PyTorch's repr names the type: not for its default types (float, int64, bool). */
    public boolean shownInRepr() {
        return isInteger() && this != INT64;
    }

    /** PyTorch's torch.can_cast, which in-place results obey: no floating value into an integer, nothing but bool into bool. */
    public boolean castsTo(DType target) {
        if (isFloating()) return target.isFloating();
        return this == BOOL || target != BOOL;
    }

    /** The least value of an integer type. */
    public long least() {
        return this == UINT8 ? 0 : -(1L << (bits - 1));
    }

    /** The greatest value of an integer type. */
    public long greatest() {
        return this == UINT8 ? 255 : (1L << (bits - 1)) - 1;
    }

    /**
     * An integer (a 64-bit pattern) wrapped to this type's width, as C's casts do: the
     * narrower integers keep their low bits.
     */
    public long wrap(long v) {
        return switch (this) {
            case UINT8 -> v & 0xFF;
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32 -> (int) v;
            default -> v;
        };
    }

    /**
     * PyTorch's promote_types: bool is below every type, float64 above; among the integers the
     * wider wins, and uint8 with int8 needs int16.
     */
    public static DType promote(DType a, DType b) {
        if ((a == UINT8 && b == INT8) || (a == INT8 && b == UINT8)) return INT16;
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * PyTorch's result type of an op's operands (float64 for none): tensors with dimensions
     * decide; a 0-d tensor, then a wrapped Python number, counts only when its category (bool,
     * integer, floating) is higher. So an int32 tensor + 1 is int32, + 1.5 is float64, and an
     * int32 0-d tensor + 1 stays int32.
     */
    public static DType of(Tensor... tensors) {
        if (tensors.length == 0) return FLOAT64;
        DType first = tensors[0].dtype();
        boolean same = true;
        for (Tensor t : tensors) same &= t.dtype() == first;
        if (same) return first;
        DType dims = null, zeroDim = null, numbers = null;
        for (Tensor t : tensors) {
            DType d = t.dtype();
            if (t.isWrappedNumber()) numbers = numbers == null ? d : promote(numbers, d);
            else if (t.ndim() == 0) zeroDim = zeroDim == null ? d : promote(zeroDim, d);
            else dims = dims == null ? d : promote(dims, d);
        }
        return combine(dims, combine(zeroDim, numbers));
    }

    /** PyTorch's combine_categories: the lower-priority type counts when the higher is bool or it is floating and the higher is not. */
    private static DType combine(DType higher, DType lower) {
        if (higher == null) return lower;
        if (lower == null || higher.isFloating()) return higher;
        if (higher == BOOL || lower.isFloating()) return promote(higher, lower);
        return higher;
    }
}
