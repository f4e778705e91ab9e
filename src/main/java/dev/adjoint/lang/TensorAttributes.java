package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reading and setting tensor attributes: shape, grad, data, T, requires_grad, grad_fn, is_leaf, ndim. */
final class TensorAttributes {
    static final List<String> NAMES = List.of("shape", "grad", "data", "T", "requires_grad", "grad_fn", "is_leaf", "ndim");

    static final String NON_LEAF_GRAD_WARNING = "The .grad attribute of a tensor that is not a leaf is being accessed. "
            + "Its .grad won't be populated during backward(). If you want the gradient of a non-leaf tensor, "
            + "call .retain_grad() on it before backward().";

    private TensorAttributes() {}

    static Object get(Tensor t, String name, Interpreter in) {
        switch (name) {
            case "shape":
                return shape(t);
            case "grad":
                if (!t.retainsGrad() && !t.isLeaf()) in.printer().warn(NON_LEAF_GRAD_WARNING);
                return t.grad();
            case "data":
                return t.detach();
            case "T":
                return Ops.transpose(t);
            case "requires_grad":
                return t.requiresGrad();
            case "grad_fn":
                return t.isLeaf() ? null : new GradFn(t.op());
            case "is_leaf":
                return t.isLeaf();
            case "ndim":
                return (long) t.ndim();
            default:
                TensorMethods.Method m = TensorMethods.get(name);
                if (m != null) return new BoundMethod(t, name, m);
                throw PyError.attribute("'Tensor' object has no attribute '" + name + "'" + Suggestions.didYouMean(name, all()));
        }
    }

    /** {@code x.data = v} (no graph growth), {@code x.grad = v or None}, {@code x.requires_grad = b}. */
    static void set(Tensor t, String name, Object value) {
        switch (name) {
            case "data" -> {
                Tensor v = Values.asTensor(value);
                if (v == null) throw new IllegalArgumentException("x.data must be set to a tensor, not " + Values.typeName(value));
                // graphs already built from x rely on its shape: a new shape is a new tensor (x = ...)
                if (!v.value().sameShape(t.value()))
                    throw new IllegalArgumentException("x.data must keep the shape " + dev.adjoint.ndarray.Shapes.str(t.shape()) + " of x, got "
                            + dev.adjoint.ndarray.Shapes.str(v.shape()) + "; to change the shape, bind a new tensor (x = ...)");
                t.setData(v.value());
            }
            case "grad" -> {
                Tensor v = value == null ? null : Values.asTensor(value);
                if (value != null && v == null) throw new IllegalArgumentException("x.grad must be set to a tensor or None, not " + Values.typeName(value));
                t.setGrad(v == null ? null : v.detach());
            }
            case "requires_grad" -> {
                if (!(value instanceof Boolean b)) throw new IllegalArgumentException("requires_grad must be True or False, not " + Values.typeName(value));
                t.setRequiresGrad(b);
            }
            default -> {
                if (NAMES.contains(name) || TensorMethods.get(name) != null)
                    throw new IllegalArgumentException("attribute '" + name + "' of a tensor cannot be set");
                throw new IllegalArgumentException("tensor has no attribute '" + name + "'" + Suggestions.didYouMean(name, NAMES));
            }
        }
    }

    static List<Object> shape(Tensor t) {
        List<Object> dims = new ArrayList<>();
        for (int d : t.shape()) dims.add((long) d);
        return Collections.unmodifiableList(dims);
    }

    static List<String> all() {
        List<String> names = new ArrayList<>(NAMES);
        names.addAll(TensorMethods.names());
        return names;
    }
}
