package dev.adjoint.lang;

import dev.adjoint.autograd.AutogradException;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.autograd.op.Ops;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and setting tensor attributes, PyTorch's: shape (a torch.Size), grad, data (an alias
 * sharing the values), T (all axes reversed), mT, requires_grad, grad_fn, is_leaf, ndim, dtype,
 * _version, retains_grad, device; everything else a method of {@link TensorMethods}.
 */
final class TensorAttributes {
    static final List<String> NAMES = List.of("shape", "grad", "data", "T", "mT", "requires_grad", "grad_fn", "is_leaf", "ndim", "dtype",
            "_version", "_base", "retains_grad", "device", "is_cuda", "layout", "real", "imag", "H", "mH", "is_sparse");

    static final String NON_LEAF_GRAD_WARNING = "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't "
            + "be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use "
            + ".retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor "
            + "instead. See github.com/pytorch/pytorch/pull/30531 for more informations. (Triggered internally at  ./build/aten/src/ATen/core/TensorBody.h:480.)";

    static final String T_WARNING = "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will "
            + "throw an error in a future release. Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` "
            + "to reverse the dimensions of a tensor. (Triggered internally at  ./aten/src/ATen/native/TensorShape.cpp:3277.)";

    private TensorAttributes() {}

    static Object get(Tensor t, String name, Interpreter in) {
        return get(t, name, in, null);
    }

    /** {@code t.name} written at {@code span} (null: asked by library code), where PyTorch's warnings about it point. */
    static Object get(Tensor t, String name, Interpreter in, Span span) {
        if (name.equals("__class__")) return BuiltinTypes.of(t); // what type() gives: torch.Tensor, Parameter, needle's Tensor
        if (t.isNeedle()) return dev.adjoint.lang.lib.NeedleTensor.attribute(t, name); // needle's Tensor has needle's attributes
        if (dev.adjoint.nn.Parameter.isUninitialized(t)) {
            Object refused = UninitializedTensors.attribute(name);
            if (refused != null) return refused;
        }
        if (name.equals("requires_grad") || name.equals("grad_fn") || name.equals("is_leaf"))
            t.syncView(); // what it says of autograd is of the tensor as it is now (a view whose base changed in place since)
        switch (name) {
            case "shape":
                return TorchSize.of(t.shape());
            case "grad":
                if (!t.retainsGrad() && !t.isLeaf() && t.grad() == null) {
                    if (span == null) in.warn("UserWarning", NON_LEAF_GRAD_WARNING, "torch._tensor");
                    else in.warnAtCall("UserWarning", NON_LEAF_GRAD_WARNING, span); // PyTorch warns from C++: at the user's line, once per line
                }
                return t.grad();
            case "data":
                return t.data();
            case "T":
                if (t.ndim() != 2 && t.ndim() != 0) in.warnOnceAtCall("UserWarning", T_WARNING, span, "torch._tensor");
                return Views.of(t, Ops::reverseAxes);
            case "mT":
                return Views.of(t, Ops::matrixTranspose);
            case "H": // the conjugate transpose, of real tensors the transpose: a matrix's (a number is itself)
                if (t.ndim() == 0) return t;
                if (t.ndim() != 2)
                    throw new AutogradException("tensor.H is only supported on matrices (2-D tensors). Got " + t.ndim() + "-D tensor."
                            + (t.ndim() > 2 ? " For batches of matrices, consider using tensor.mH" : ""));
                return Views.of(t, Ops::matrixTranspose);
            case "mH":
                if (t.ndim() < 2) throw new AutogradException("tensor.mH is only supported on matrices or batches of matrices. Got " + t.ndim() + "-D tensor.");
                return Views.of(t, Ops::matrixTranspose);
            case "is_sparse":
                return false;
            case "requires_grad":
                return t.requiresGrad();
            case "grad_fn":
                return t.isLeaf() ? null : GradFn.of(t);
            case "is_leaf":
                return t.isLeaf();
            case "retains_grad":
                return !t.isLeaf() && t.retainsGrad();
            case "ndim":
                return (long) t.ndim();
            case "dtype":
                return TorchDtype.of(t.dtype());
            case "_version":
                return (long) t.version();
            case "_base":
                return Views.base(t); // the tensor a view shares its data with, None for one that is no view
            case "device":
                return dev.adjoint.lang.lib.TorchDevice.CPU;
            case "is_cuda":
                return false;
            case "layout":
                return "torch.strided";
            case "real": // tensors are real here: real is the tensor itself, imag PyTorch's error
                return t;
            case "imag":
                throw new dev.adjoint.autograd.AutogradException("imag is not implemented for tensors with non-complex dtypes.");
            default:
                TensorMethods.Method m = TensorMethods.get(name);
                if (m != null) return new BoundMethod(t, name, m);
                throw PyError.attribute("'Tensor' object has no attribute '" + name + "'").withHint(Suggestions.attributeHint(name, all()));
        }
    }

    /** {@code x.data = v} (no graph growth), {@code x.grad = v or None}, {@code x.requires_grad = b}. */
    static void set(Tensor t, String name, Object value) {
        if (t.isNeedle() && !dev.adjoint.lang.lib.NeedleTensor.settable(name))
            throw PyError.attribute("'Tensor' object has no attribute '" + name + "'");
        switch (name) {
            case "data" -> {
                Tensor v = Values.node(value);
                if (v == null) throw PyError.type("Variable data has to be a tensor, but got " + Values.typeName(value));
                // graphs already built from x rely on its shape (found by fuzzing): a new shape is a new tensor;
                // needle's data setter takes any shape (hw2 sets Linear's (1, n) bias to an (n,) tensor), so a needle tensor may change
                if (!v.value().sameShape(t.value()) && !t.isNeedle())
                    throw PyError.value("x.data must keep the shape " + dev.adjoint.ndarray.Shapes.str(t.shape()) + " of x, got "
                            + dev.adjoint.ndarray.Shapes.str(v.shape()) + "; to change the shape, bind a new tensor (x = ...)");
                t.setData(v.value());
            }
            case "grad" -> {
                Tensor v = value == null ? null : Values.node(value);
                if (value != null && v == null) throw PyError.type("assigned grad expected to be a Tensor or None but got grad of type " + Values.typeName(value));
                if (v != null && !v.value().sameShape(t.value())) throw new dev.adjoint.autograd.AutogradException("assigned grad has data of a different size");
                t.setGrad(v);
            }
            case "requires_grad" -> {
                if (!(value instanceof Boolean b)) throw PyError.type("requires_grad must be a bool, not " + Values.typeName(value));
                t.setRequiresGrad(b);
            }
            default -> {
                if (NAMES.contains(name) || TensorMethods.get(name) != null)
                    throw PyError.attribute("attribute '" + name + "' of 'torch._C._TensorBase' objects is not writable");
                throw PyError.attribute("'Tensor' object has no attribute '" + name + "'").withHint(Suggestions.attributeHint(name, NAMES));
            }
        }
    }

    static List<String> all() {
        List<String> names = new ArrayList<>(NAMES);
        names.addAll(TensorMethods.names());
        return names;
    }
}
