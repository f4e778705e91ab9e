package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TensorData;
import dev.adjoint.lang.lib.numpy.Numpy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * needle's Tensor and ops (CMU 10-414's {@code needle.ops}) under needle's names and signatures,
 * over adjoint's engine: {@code Tensor(data)} requires grad unless told otherwise, and
 * {@code transpose(a)} swaps the last two axes. A float32 tensor's values are rounded to float32
 * after every op (the engine's FLOAT32 mark), as NumPy's float32 arrays under needle are.
 */
final class Needle {
    private Needle() {}

    /** needle.Tensor(array, *, device=None, dtype="float32", requires_grad=True): a copy of array's data. */
    static Builtin tensor() {
        return Builtin.of("Tensor", a -> {
            a.expect(1, 1, "device", "dtype", "requires_grad");
            // needle's numpy.array(data, dtype=dtype): float32 when asked ("float32", np.float32, x.dtype) or when data is float32
            Object dtype = a.keyword("dtype"), data = a.get(0);
            if (dtype != null && !Numpy.namesFloat(dtype)) throw a.error("dtype must be float32 or float64 (adjoint's needle tensors hold floats)");
            boolean float32 = dtype != null ? Numpy.namesFloat32(dtype) : Numpy.isFloat32(data) || data instanceof Tensor t && t.isFloat32();
            return Tensor.needleLeaf(TensorData.of(data, DType.FLOAT64).value(), a.flag("requires_grad", true), float32);
        });
    }

    /** needle.ops: its functions, each also a name of needle itself ({@code from .ops import *}). */
    static List<Builtin> ops() {
        List<Builtin> ops = new ArrayList<>();
        ops.add(binary("add", Ops::add));
        ops.add(binary("multiply", Ops::mul));
        ops.add(binary("divide", Ops::div));
        ops.add(binary("power", Ops::pow));
        ops.add(binary("matmul", Ops::matmulNode)); // one MatMul node, as needle's op
        ops.add(scalar("add_scalar", (x, c) -> Ops.add(x, Ops.scalar(c))));
        ops.add(scalar("mul_scalar", (x, c) -> Ops.mul(x, Ops.scalar(c))));
        ops.add(scalar("divide_scalar", (x, c) -> Ops.div(x, Ops.scalar(c))));
        ops.add(scalar("power_scalar", Ops::pow));
        ops.add(unary("negate", Ops::neg));
        ops.add(unary("exp", Ops::exp));
        ops.add(unary("log", Ops::log));
        ops.add(unary("relu", Ops::relu));
        ops.add(unary("tanh", Ops::tanh));
        ops.add(unary("sigmoid", Ops::sigmoid));
        ops.add(unary("logsoftmax", x -> Ops.logSoftmax(x, x.ndim() - 1))); // hw2's LogSoftmax: along the last axis of (batch, classes)
        ops.add(Builtin.of("reshape", a -> Ops.reshape(a.expect(1, 2, "shape").tensor(0), a.ints(required(a, 1, "shape"), "shape"))));
        ops.add(Builtin.of("broadcast_to", a -> Ops.broadcastTo(a.expect(1, 2, "shape").tensor(0), a.ints(required(a, 1, "shape"), "shape"))));
        ops.add(Builtin.of("transpose", a -> {
            Tensor x = a.expect(1, 2, "axes").tensor(0);
            Object axes = a.option(1, "axes", null);
            if (axes == null) return Ops.transpose(x); // needle's default: the last two axes
            int[] two = a.ints(axes, "axes");
            if (two.length != 2) throw a.error("axes must be two axes to swap, e.g. (0, 1)");
            return Ops.transpose(x, two[0], two[1]);
        }));
        ops.add(Builtin.of("summation", a -> {
            Tensor x = a.expect(1, 2, "axes").tensor(0);
            return Ops.sum(x, axes(a), false);
        }));
        ops.add(Builtin.of("logsumexp", a -> {
            Tensor x = a.expect(1, 2, "axes").tensor(0);
            return Ops.logsumexp(x, axes(a), false);
        }));
        ops.add(Builtin.of("stack", a -> {
            a.expect(1, 2, "axis");
            List<Tensor> parts = new ArrayList<>();
            for (Object o : dev.adjoint.lang.Values.items(a.get(0))) parts.add(a.tensorValue(o, "args"));
            return Ops.stack(parts, a.intValue(required(a, 1, "axis"), "axis"));
        }));
        return ops;
    }

    /** One of needle.ops' functions by name. */
    static Builtin op(String name) {
        for (Builtin op : OPS) if (op.name().equals(name)) return op;
        throw new IllegalStateException("no needle op " + name);
    }

    private static final List<Builtin> OPS = ops();

    /** The module needle.autograd: Tensor, Value, the op bases a student subclasses (Op, TensorOp, TensorTupleOp) and find_topo_sort. */
    static PyModule autogradModule() {
        PyModule m = new PyModule("needle.autograd");
        m.add("Tensor", NeedleTensor.CLASS);
        m.add("Value", NeedleTensor.VALUE);
        m.add("Op", NeedleUserOp.OP);
        m.add("TensorOp", NeedleUserOp.TENSOR_OP);
        m.add("TensorTupleOp", NeedleUserOp.TENSOR_TUPLE_OP);
        m.add("TENSOR_COUNTER", (PyModule.Live) dev.adjoint.autograd.LiveNeedleTensors::count);
        m.add("LAZY_MODE", false);
        m.add(Builtin.of("find_topo_sort", a -> {
            List<Tensor> nodes = new ArrayList<>();
            for (Object o : dev.adjoint.lang.Values.items(a.expect(1, 1, "node_list").get(0))) nodes.add(a.tensorValue(o, "node_list"));
            return new dev.adjoint.lang.PyList(NeedleTensor.topoSort(nodes));
        }));
        return m;
    }

    /** The module needle.ops. */
    static PyModule opsModule() {
        PyModule m = new PyModule("needle.ops");
        for (Builtin op : ops()) m.add(op.name(), op);
        NeedleOpClasses.addTo(m); // EWiseAdd()(a, b), as hw1 writes it too
        return m;
    }

    /** An argument needle requires, given by position or keyword. */
    private static Object required(Args a, int index, String name) {
        Object v = a.option(index, name, null);
        if (v == null) throw a.error("missing 1 required positional argument: '" + name + "'");
        return v;
    }

    private static int[] axes(Args a) {
        Object v = a.option(1, "axes", null);
        return v == null ? null : a.ints(v, "axes");
    }

    private static Builtin unary(String name, UnaryOperator<Tensor> f) {
        return Builtin.of(name, a -> f.apply(a.expect(1, 1).tensor(0)));
    }

    private static Builtin binary(String name, java.util.function.BinaryOperator<Tensor> f) {
        return Builtin.of(name, a -> f.apply(a.expect(2, 2).tensor(0), a.tensor(1)));
    }

    private interface ScalarOp {
        Tensor apply(Tensor x, double scalar);
    }

    private static Builtin scalar(String name, ScalarOp f) {
        return Builtin.of(name, a -> f.apply(a.expect(1, 2, "scalar").tensor(0), a.number(required(a, 1, "scalar"), "scalar")));
    }
}
