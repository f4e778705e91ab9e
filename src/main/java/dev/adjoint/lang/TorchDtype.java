package dev.adjoint.lang;

import dev.adjoint.autograd.DType;

/**
 * A value of {@code torch.float64}, {@code torch.int64}, {@code torch.bool}, ...: the name PyTorch
 * prints and the type adjoint computes in (float32 and float16 requests are computed in float64).
 */
public record TorchDtype(DType dtype, String name) implements TabledHostObject {
    public static final TorchDtype FLOAT64 = new TorchDtype(DType.FLOAT64, "torch.float64");
    public static final TorchDtype INT64 = new TorchDtype(DType.INT64, "torch.int64");
    public static final TorchDtype BOOL = new TorchDtype(DType.BOOL, "torch.bool");

    /** The dtype value a tensor of this element type reports. */
    public static TorchDtype of(DType d) {
        return switch (d) {
            case FLOAT64 -> FLOAT64;
            case INT64 -> INT64;
            case BOOL -> BOOL;
            default -> new TorchDtype(d, d.torchName());
        };
    }

    /** The element type a dtype= argument asks for (a torch dtype, or Python's float, int, bool). */
    public static DType of(Object v, Args a) {
        if (v instanceof TorchDtype d) return d.dtype();
        if (v instanceof PyClass c) {
            switch (c.name()) {
                case "float":
                    return DType.FLOAT64;
                case "int":
                    return DType.INT64;
                case "bool":
                    return DType.BOOL;
                default:
                    break;
            }
        }
        throw PyError.type(a.function() + "(): argument 'dtype' must be torch.dtype, not " + Values.typeName(v));
    }

    public boolean isFloatingPoint() {
        return dtype.isFloating();
    }

    /** "float32": the name without "torch.", as torch.finfo and numpy's names write it. */
    public String shortName() {
        return name.substring("torch.".length());
    }

    /** torch.dtype, the class type(torch.float64) gives (isinstance(d, torch.dtype)); made by torch only. */
    public static final PyClass CLASS = PyClass.builtin("dtype", "torch", BuiltinTypes.OBJECT, Builtin.of("dtype", a -> {
        throw PyError.type("cannot create 'torch.dtype' instances");
    }));

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    /** type(torch.float64).__name__ is 'dtype', as in PyTorch. */
    @Override
    public String typeName() {
        return "dtype";
    }

    private static final AttributeTable<TorchDtype> ATTRIBUTES = new AttributeTable<TorchDtype>()
            .value("is_floating_point", TorchDtype::isFloatingPoint)
            .value("is_signed", t -> t.dtype != DType.UINT8 && t.dtype != DType.BOOL)
            .value("is_complex", t -> false);

    @Override
    public AttributeTable<TorchDtype> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String toString() {
        return name;
    }
}
