package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Suggestions;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.TrackedNumber;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.lib.numpy.Numpy;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Parameter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * needle's face of an engine tensor that carries the needle mark ({@link Tensor#isNeedle()}): its
 * class ({@code needle.autograd.Tensor}), text ({@code needle.Tensor([[1. 2.]])}, NumPy's str
 * inside), attributes and methods (op, inputs, realize_cached_data, sum(axes), transpose(axes),
 * backward(out_grad)), operators building needle's graph ({@code a - b} is EWiseAdd(a, Negate(b)),
 * {@code a * 2} MulScalar) and {@code ==} as object identity, as needle's Tensor has no __eq__.
 * Torch tensors never come here, so they keep PyTorch's rules.
 */
public final class NeedleTensor {
    private NeedleTensor() {}

    /** needle.autograd.Value, Tensor's base (a student's ops annotate with it). */
    public static final PyClass VALUE = PyClass.builtin("Value", "needle.autograd", BuiltinTypes.OBJECT, null);
    /** needle.Tensor, the class: ndl.Tensor(data) makes one, isinstance(x, ndl.Tensor) tests it. */
    public static final PyClass CLASS = PyClass.builtin("Tensor", "needle.autograd", VALUE, Needle.tensor());
    /** needle.nn.Parameter, a Tensor. */
    public static final PyClass PARAMETER = PyClass.builtin("Parameter", "needle.nn", CLASS,
            Builtin.of("Parameter", a -> NeedleClasses.parameter(a.expect(1, 1))));

    static final List<String> ATTRIBUTES = List.of("shape", "dtype", "device", "requires_grad", "grad", "data", "op", "inputs", "cached_data",
            "num_outputs", "realize_cached_data", "numpy", "detach", "is_leaf", "backward", "sum", "broadcast_to", "reshape", "transpose", "matmul");

    /** type(x) of a needle tensor. */
    public static PyClass type(Tensor t) {
        return Parameter.isParameter(t) ? PARAMETER : CLASS;
    }

    /** needle's __repr__: "needle.Tensor(" + str(cached_data) + ")". */
    public static String repr(Tensor t) {
        return "needle.Tensor(" + str(t) + ")";
    }

    /** needle's __str__: NumPy's str of its data. */
    public static String str(Tensor t) {
        return ((PyReprable) Numpy.sharing(t)).pyStr();
    }

    /** x.name for a needle tensor: needle's attributes and methods only. */
    public static Object attribute(Tensor t, String name) {
        Object v = switch (name) {
            case "shape" -> shape(t);
            case "dtype" -> ((HostObject) Numpy.sharing(t)).attribute("dtype");
            case "device" -> "cpu";
            case "requires_grad" -> t.requiresGrad();
            case "grad" -> t.grad();
            case "data" -> detach(t);
            case "op" -> t.isLeaf() ? null : op(t);
            case "inputs" -> new PyList(inputs(t));
            case "cached_data" -> Numpy.sharing(t);
            case "num_outputs" -> 1L;
            default -> method(t, name);
        };
        if (v == null && !name.equals("op") && !name.equals("grad"))
            throw PyError.attribute("'Tensor' object has no attribute '" + name + "'").withHint(Suggestions.attributeHint(name, ATTRIBUTES));
        return v;
    }

    /** A node's op: the object of a student's op class that made it, or needle's op of the engine's. */
    private static Object op(Tensor t) {
        Object own = NeedleUserOp.studentOp(t);
        return own != null ? own : NeedleOp.of(t);
    }

    private static Builtin method(Tensor t, String name) {
        return switch (name) {
            case "realize_cached_data", "numpy" -> Builtin.of(name, a -> Numpy.sharing(receiver(t, a.expect(0, 0))));
            case "detach" -> Builtin.of(name, a -> detach(receiver(t, a.expect(0, 0))));
            case "is_leaf" -> Builtin.of(name, a -> receiver(t, a.expect(0, 0)).isLeaf());
            case "backward" -> Builtin.of(name, a -> {
                Object g = a.expect(0, 1, "out_grad").option(0, "out_grad", null);
                backward(t, g == null ? null : a.tensorValue(g, "out_grad"));
                return null;
            });
            case "sum" -> opMethod(t, name, "summation");
            case "broadcast_to", "reshape", "transpose", "matmul" -> opMethod(t, name, name);
            default -> null;
        };
    }

    private static Tensor receiver(Tensor t, Object ignored) {
        return t;
    }

    /** x.sum(axes) is needle's summation(x, axes), and so on: the method is the op with x first. */
    private static Builtin opMethod(Tensor t, String name, String op) {
        Builtin f = Needle.op(op);
        return Builtin.of(name, a -> {
            List<Object> args = new ArrayList<>();
            args.add(t);
            args.addAll(a.positional());
            return f.call(a.interpreter(), args, a.keywords(), a.span());
        });
    }

    /** x.data = v, x.grad = v, x.requires_grad = b; false for a name needle's Tensor does not let one set here. */
    public static boolean settable(String name) {
        return name.equals("data") || name.equals("grad") || name.equals("requires_grad");
    }

    /** The shape as needle gives it: NumPy's tuple of ints. */
    private static List<Object> shape(Tensor t) {
        List<Object> s = new ArrayList<>();
        for (int n : t.shape()) s.add((long) n);
        return Values.tuple(s);
    }

    /** needle's detach(): a constant needle tensor holding the data. */
    static Tensor detach(Tensor t) {
        return Tensor.needleLeaf(t.value(), false, t.isFloat32());
    }

    /**
     * The node's inputs as needle records them: the operands, without the Python numbers an
     * operator took (needle keeps {@code a * 2}'s 2 in the op, MulScalar(2), not as an input).
     */
    static List<Tensor> inputs(Tensor t) {
        List<Tensor> out = new ArrayList<>();
        for (Tensor in : t.inputs()) if (!isNumberConstant(in)) out.add(in);
        return out;
    }

    /** A 0-d constant that no needle tensor made: a Python number an operator or op was given. */
    static boolean isNumberConstant(Tensor in) {
        return !in.isNeedle() && in.isLeaf() && !in.requiresGrad() && in.ndim() == 0;
    }

    /**
     * needle's backward(out_grad=None): the adjoints, recorded as graphs themselves (needle's
     * gradients are Tensors), ASSIGNED to .grad (needle's compute_gradient_of_variables does not
     * accumulate). out_grad defaults to ones of x's shape and type. needle assigns every node's .grad;
     * here the leaves' only, as PyTorch keeps them: a training loop run as one input would
     * otherwise keep every step's graph alive (a failed input puts back each .grad it changed).
     */
    static void backward(Tensor t, Tensor outGrad) {
        // hw2's init.ones(*self.shape, dtype=self.dtype)
        Tensor seed = outGrad != null ? outGrad : Tensor.needleLeaf(NDArray.ones(t.shape()), false, t.isFloat32());
        if (!java.util.Arrays.equals(seed.shape(), t.shape()))
            throw PyError.value("out_grad must have the shape " + shape(t) + " of the tensor, got " + shape(seed));
        if (!t.requiresGrad()) return; // nothing in its graph needs a gradient
        Map<Tensor, Tensor> adjoints = Autograd.adjoints(t, seed, true, false, null);
        for (Map.Entry<Tensor, Tensor> e : adjoints.entrySet()) if (e.getKey().retainsGrad()) e.getKey().setGrad(e.getValue());
    }

    /** needle.autograd.find_topo_sort(node_list): every node the given ones are computed from, inputs before the nodes using them. */
    static List<Tensor> topoSort(List<Tensor> nodes) {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Tensor root : nodes) {
            // post-order depth-first search with an explicit stack: a node is listed after all its inputs
            Deque<Object[]> stack = new ArrayDeque<>();
            if (visited.add(root)) stack.push(new Object[] {root, inputs(root), 0});
            while (!stack.isEmpty()) {
                Object[] top = stack.peek();
                @SuppressWarnings("unchecked")
                List<Tensor> ins = (List<Tensor>) top[1];
                int next = (Integer) top[2];
                if (next < ins.size()) {
                    top[2] = next + 1;
                    Tensor in = ins.get(next);
                    if (visited.add(in)) stack.push(new Object[] {in, inputs(in), 0});
                } else {
                    stack.pop();
                    order.add((Tensor) top[0]);
                }
            }
        }
        return order;
    }

    // ---- operators ----

    /** Whether an operator meets needle's rules: a needle tensor on either side. */
    public static boolean involved(Object a, Object b) {
        return a instanceof Tensor x && x.isNeedle() || b instanceof Tensor y && y.isNeedle();
    }

    /**
     * a op b as needle's Tensor defines it: EWiseAdd/EWiseMul/EWiseDiv/EWisePow/MatMul between
     * tensors, AddScalar/MulScalar/DivScalar/PowerScalar with a Python number, and a - b as
     * a + (-b). null where needle has no such operator (the caller then applies PyTorch's).
     */
    public static Tensor binary(TokenType op, Object a, Object b, Tensor x, Tensor y) {
        boolean numberLeft = isNumber(a), numberRight = isNumber(b);
        if (numberLeft && numberRight) return null;
        return switch (op) {
            case PLUS -> numberLeft ? Ops.add(y, x) : Ops.add(x, y);
            case STAR -> numberLeft ? Ops.mul(y, x) : Ops.mul(x, y);
            case MINUS -> numberRight ? Ops.add(x, Ops.scalar(-Values.toDouble(Values.plain(b))))
                    : numberLeft ? Ops.add(Ops.neg(y), x) : Ops.add(x, Ops.neg(y));
            case SLASH -> Ops.div(x, y);
            case STAR_STAR, CARET -> numberRight ? Ops.pow(x, Values.toDouble(Values.plain(b))) : Ops.pow(x, y);
            case AT -> Ops.matmulNode(x, y);
            default -> null;
        };
    }

    private static boolean isNumber(Object v) {
        return PyNumbers.isNumber(v) || v instanceof TrackedNumber;
    }
}
