package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.nn.Parameter;
import java.util.Set;

/**
 * PyTorch 1.13's UninitializedParameter and UninitializedBuffer as a program sees them (a lazy
 * module's tensors until its first call, see lib.TorchLazy): shown as {@code <UninitializedParameter>};
 * their properties readable but shape, and of their methods only the few PyTorch's
 * UninitializedTensorMixin lets through; any other fails with its ValueError.
 */
public final class UninitializedTensors {
    private UninitializedTensors() {}

    /** The methods PyTorch lets through (its _allowed_methods): the size, conversions and copy_ (which load_state_dict uses). */
    private static final Set<String> ALLOWED = Set.of("size", "copy_", "is_floating_point", "half", "float", "double", "char", "short", "int", "long",
            "cuda", "cpu", "to", "get_device");

    /** UninitializedParameter(requires_grad=True, device=None, dtype=None) and UninitializedBuffer(requires_grad=False, ...). */
    static Tensor construct(Args a, boolean parameter) {
        a.expect(0, 3, "requires_grad", "device", "dtype");
        if (a.option(1, "device", null) != null) dev.adjoint.lang.lib.TorchDevice.moveTo(a.option(1, "device", null));
        return Parameter.uninitialized(parameter, a.bool(0, "requires_grad", parameter));
    }

    static String repr(Tensor t) {
        return Parameter.isParameter(t) ? "<UninitializedParameter>" : "<UninitializedBuffer>";
    }

    /**
     * {@code t.name} of an uninitialized tensor: null where it reads as any tensor's (its properties
     * but shape: ndim is 1, data an empty tensor); else a method that fails when called.
     */
    static Object attribute(String name) {
        if (name.equals("shape"))
            throw new PyError("RuntimeError", "Can't access the shape of an uninitialized parameter or buffer. This error usually happens in `load_state_dict` "
                    + "when trying to load an uninitialized parameter into an initialized one. Call `forward` to initialize the parameters before accessing their attributes.");
        if (ALLOWED.contains(name) || TensorMethods.get(name) == null) return null;
        return Builtin.of(name, a -> {
            throw useError("<method '" + name + "' of 'torch._C._TensorBase' objects>");
        });
    }

    /** An operator with an uninitialized operand: the error for the tensor method PyTorch maps it to (+ is add, / div, == eq, unary - neg). */
    static PyError operatorError(TokenType op, boolean unary) {
        OperatorNames.Binary b = unary ? null : OperatorNames.binary(op);
        OperatorNames.Comparison c = unary ? null : OperatorNames.comparison(op);
        String dunder = b != null ? b.method() : c != null ? c.method() : op == TokenType.MINUS ? "__neg__" : op == TokenType.PLUS ? "__pos__" : "__invert__";
        String name = dunder.substring(2, dunder.length() - 2);
        return useError("<method '" + (name.equals("truediv") ? "div" : name) + "' of 'torch._C._TensorBase' objects>");
    }

    /** An argument of a torch function (F.linear, torch.sum, ...): PyTorch's error names the function (a method let through above runs). */
    static void checkArgument(Tensor t, Args a) {
        if (Parameter.isUninitialized(t) && a.self() != t) throw useError("<built-in function " + a.function() + ">");
    }

    /** PyTorch's error for an uninitialized tensor given to {@code function} (as Python shows the function). */
    public static PyError useError(String function) {
        return PyError.value("Attempted to use an uninitialized parameter in " + function + ". This error happens when you are using a `LazyModule` or "
                + "explicitly manipulating `torch.nn.parameter.UninitializedParameter` objects. When using LazyModules Call `forward` with a dummy batch "
                + "to initialize the parameters before calling torch functions");
    }
}
