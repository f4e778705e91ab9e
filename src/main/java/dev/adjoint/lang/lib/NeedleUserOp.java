package dev.adjoint.lang.lib;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TensorData;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.lib.numpy.Numpy;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * needle.autograd's op bases, for the op a student writes as hw1 and hw2 ask: {@code class
 * MySquare(TensorOp)} with {@code compute(self, a)} (NumPy arrays in, an array out) and {@code
 * gradient(self, out_grad, node)} (needle tensors: the partial adjoint of each input, one tensor or
 * a tuple). Calling the op makes a node of the engine's graph ({@link StudentOp}) whose value is
 * compute's and whose reverse rule calls the op's gradient_as_tuple, as needle's
 * compute_gradient_of_variables does; the engine's iterative backward pass drives it.
 */
final class NeedleUserOp {
    private NeedleUserOp() {}

    /** needle's Op: compute and gradient to override; gradient_as_tuple wraps gradient's result. */
    static final PyClass OP = PyClass.library("Op", "needle.autograd", null);
    /** needle's TensorOp: op(*tensors) is a tensor computed by the op. */
    static final PyClass TENSOR_OP = PyClass.library("TensorOp", "needle.autograd", OP);
    /** needle's TensorTupleOp: an op whose result is a TensorTuple, which adjoint's needle does not have. */
    static final PyClass TENSOR_TUPLE_OP = PyClass.library("TensorTupleOp", "needle.autograd", OP);

    static {
        OP.method("__call__", a -> {
            throw new PyError("NotImplementedError", "");
        });
        OP.method("compute", a -> {
            throw new PyError("NotImplementedError", "");
        });
        OP.method("gradient", a -> {
            throw new PyError("NotImplementedError", "");
        });
        OP.method("gradient_as_tuple", a -> {
            a.expect(2, 2, "out_grad", "node");
            Object g = ((PyInstance) a.self()).call("gradient", a.get(0), a.get(1));
            // needle: a tuple as it is, a list as a tuple, anything else as a tuple of one
            if (g instanceof List<?> l) return l instanceof dev.adjoint.lang.PyList ? Values.tuple(new ArrayList<>(l)) : g;
            return Values.tuple(g);
        });
        TENSOR_OP.method("__call__", a -> call((PyInstance) a.self(), a.positional()));
        TENSOR_TUPLE_OP.method("__call__", a -> {
            throw new PyError("NotImplementedError", "adjoint's needle has no TensorTuple, so a TensorTupleOp cannot be called; "
                    + "write the op as a TensorOp (one tensor out)");
        });
    }

    /**
     * op(*args): needle's Tensor.make_from_op. Every argument is a tensor (needle reads each one's
     * requires_grad); the result is a node when one of them requires grad, a constant otherwise.
     */
    private static Tensor call(PyInstance op, List<Object> args) {
        Tensor[] inputs = new Tensor[args.size()];
        for (int i = 0; i < inputs.length; i++) {
            if (!(args.get(i) instanceof Tensor t)) throw PyError.attribute("'" + Values.typeName(args.get(i)) + "' object has no attribute 'requires_grad'");
            inputs[i] = t;
        }
        return Tensor.apply(new StudentOp(op, inputs), inputs);
    }

    /** The engine's op of one call of a student's op: forward by compute, reverse by gradient_as_tuple. */
    private static final class StudentOp implements Op {
        private final PyInstance op;
        /** Which inputs hold float32 values: compute sees them as float32 arrays, as needle's NumPy does. */
        private final boolean[] float32;

        StudentOp(PyInstance op, Tensor[] inputs) {
            this.op = op;
            this.float32 = new boolean[inputs.length];
            for (int i = 0; i < inputs.length; i++) float32[i] = inputs[i].isFloat32();
        }

        /** The student's op object (node.op). */
        PyInstance op() {
            return op;
        }

        @Override
        public String name() {
            return op.pyClass().name();
        }

        @Override
        public NDArray compute(NDArray[] in) {
            Object[] arrays = new Object[in.length];
            for (int i = 0; i < in.length; i++) arrays[i] = Numpy.sharing(Tensor.needleLeaf(in[i], false, float32[i]));
            Object out = op.call("compute", arrays);
            if (out == null || !(PyNumbers.isNumber(Values.plain(out)) || out instanceof dev.adjoint.lang.TensorConvertible))
                throw PyError.type(name() + ".compute must return a NumPy array, not " + Values.typeName(out));
            Tensor shared = Numpy.sharedTensor(out); // an array's own data, as needle keeps compute's array
            return shared != null ? shared.value() : TensorData.of(out, dev.adjoint.autograd.DType.FLOAT64).value();
        }

        @Override
        public Tensor[] vjp(Tensor grad, Tensor out) {
            Object r = op.call("gradient_as_tuple", grad, out);
            List<Object> grads = r instanceof List<?> l ? new ArrayList<>(l) : java.util.Arrays.asList(r); // r may be None (a gradient_as_tuple without return)
            List<Tensor> inputs = out.inputs();
            if (grads.size() != inputs.size())
                throw PyError.value(name() + ".gradient returned " + grads.size() + " gradient" + (grads.size() == 1 ? "" : "s") + " for "
                        + inputs.size() + " input" + (inputs.size() == 1 ? "" : "s") + " (a tuple with one per input)");
            Tensor[] parts = new Tensor[grads.size()];
            for (int i = 0; i < parts.length; i++) {
                if (!(grads.get(i) instanceof Tensor t))
                    throw PyError.type(name() + ".gradient must return needle Tensors, got " + Values.typeName(grads.get(i)) + " for input " + i);
                if (!t.value().sameShape(inputs.get(i).value()))
                    throw PyError.value(name() + ".gradient returned a gradient of shape " + shape(t) + " for input " + i
                            + " of shape " + shape(inputs.get(i)));
                parts[i] = t;
            }
            return parts;
        }

        @Override
        public Tensor jvp(Tensor[] tangents, Tensor out) {
            throw new AutogradException("forward mode is not defined for " + name() + " (a needle op defines only gradient)");
        }

        @Override
        public String torchName(Tensor out) {
            return name();
        }
    }

    /** A shape as needle prints it: (2, 3), (3,). */
    private static String shape(Tensor t) {
        int[] s = t.shape();
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) sb.append(i > 0 ? ", " : "").append(s[i]);
        return sb.append(s.length == 1 ? ",)" : ")").toString();
    }

    /** node.op of a node a student's op made: the op object itself; null for any other node. */
    static PyInstance studentOp(Tensor node) {
        return node.op() instanceof StudentOp s ? s.op() : null;
    }
}
