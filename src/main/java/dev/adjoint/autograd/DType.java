package dev.adjoint.autograd;

/**
 * A tensor's element type as PyTorch names it. Every value is computed and stored as a double;
 * the type decides how results are promoted, what may require grad and how a tensor prints
 * ({@code tensor([1, 2])}, {@code tensor([True, False])}). float64 is the only floating type:
 * float32 requests are computed in float64.
 */
public enum DType {
    BOOL("torch.bool", "Bool"),
    INT64("torch.int64", "Long"),
    FLOAT64("torch.float64", "Double");

    private final String torchName, scalarName;

    DType(String torchName, String scalarName) {
        this.torchName = torchName;
        this.scalarName = scalarName;
    }

    /** "torch.float64", as {@code x.dtype} prints. */
    public String torchName() {
        return torchName;
    }

    /** "Double", "Long", "Bool": PyTorch's scalar type in messages ("result type Double can't be cast ..."). */
    public String scalarName() {
        return scalarName;
    }

    /** "torch.DoubleTensor", as {@code x.type()} and autograd's messages say. */
    public String tensorTypeName() {
        return "torch." + scalarName + "Tensor";
    }

    /** "double", "long int", "bool": the C++ type PyTorch's dtype checks name ("expected dtype double for `end` but got dtype long int"). */
    public String cName() {
        return switch (this) {
            case FLOAT64 -> "double";
            case INT64 -> "long int";
            case BOOL -> "bool";
        };
    }

    public boolean isFloating() {
        return this == FLOAT64;
    }

    /** PyTorch's type promotion with one type per category: bool < int64 < float64. */
    public static DType promote(DType a, DType b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The promoted type of some tensors (float64 for none). */
    public static DType of(Tensor... tensors) {
        if (tensors.length == 0) return FLOAT64;
        DType d = BOOL;
        for (Tensor t : tensors) d = promote(d, t.dtype());
        return d;
    }
}
