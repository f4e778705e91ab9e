package dev.adjoint.lang;

/**
 * The op of a node a Python {@code torch.autograd.Function} made: its grad_fn's class is the one
 * PyTorch makes for that Function ({@code torch.autograd.function.MyClampBackward}), not a C++ node's.
 */
public interface PythonFunctionNode {
    /** The class of the node's grad_fn, one per Function class. */
    PyClass backwardClass();

    /** PyTorch's class for a Python Function's backward node named {@code name}. */
    static PyClass backwardClassNamed(String name) {
        return PyClass.builtin(name, "torch.autograd.function", BuiltinTypes.OBJECT, null);
    }
}
