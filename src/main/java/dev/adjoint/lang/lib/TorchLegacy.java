package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TensorData;
import dev.adjoint.lang.TorchSize;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.List;

/**
 * The names of PyTorch before 0.4 that old tutorials still use: {@code Variable(t,
 * requires_grad=True)} (since 0.4 a tensor detached from t's graph, sharing its values) and the
 * typed constructors {@code torch.FloatTensor}, {@code DoubleTensor}, {@code LongTensor}
 * ({@code FloatTensor([1, 2])} from data, {@code FloatTensor(2, 3)} of a size). float32 is
 * computed in float64 here, so FloatTensor and DoubleTensor both make adjoint's float64 tensors
 * and both are the type of one in {@code isinstance} and {@code x.type(torch.FloatTensor)}.
 */
public final class TorchLegacy {
    /** PyTorch's name for the element type in its TensorOptions messages. */
    private record Kind(String name, DType dtype, String optionsName) {}

    /** torch.Tensor(...): the default type's legacy constructor (float64 here; PyTorch's default float32 is computed in float64). */
    private static final Kind DEFAULT = new Kind("Tensor", DType.FLOAT64, "float");

    private static final List<Kind> KINDS = List.of(
            new Kind("FloatTensor", DType.FLOAT64, "float"),
            new Kind("DoubleTensor", DType.FLOAT64, "double"),
            new Kind("LongTensor", DType.INT64, DType.INT64.cName()),
            new Kind("IntTensor", DType.INT32, DType.INT32.cName()),
            new Kind("ShortTensor", DType.INT16, DType.INT16.cName()),
            new Kind("CharTensor", DType.INT8, DType.INT8.cName()),
            new Kind("ByteTensor", DType.UINT8, DType.UINT8.cName()),
            new Kind("BoolTensor", DType.BOOL, DType.BOOL.cName()));

    private static final String OVERLOADS = "\n * (*, torch.device device)\n      didn't match because some of the keywords were incorrect: %s\n"
            + " * (torch.Storage storage)\n * (Tensor other)\n * (tuple of ints size, *, torch.device device)\n * (object data, *, torch.device device)\n";

    private TorchLegacy() {}

    /** torch.FloatTensor, torch.DoubleTensor, torch.LongTensor, torch.IntTensor, ... */
    static void addTo(PyModule torch) {
        for (Kind k : KINDS) torch.add(k.name, PyClass.builtin(k.name, "torch", BuiltinTypes.OBJECT, Builtin.of(k.name, a -> make(a, k))));
    }

    /** torch.autograd.Variable. */
    static void addVariable(PyModule autograd) {
        autograd.add("Variable", PyClass.builtin("Variable", "torch.autograd.variable", BuiltinTypes.TENSOR, Builtin.of("Variable", TorchLegacy::variable)));
    }

    /**
     * torch.Tensor(3) (a 1-D tensor of size 3), torch.Tensor(2, 3), torch.Tensor([1, 2]) (data as floats),
     * torch.Tensor(t): the same overloads as FloatTensor, except that a tensor of any type is taken
     * as it is, through a view (PyTorch's alias, AliasBackward0 when t is in a graph).
     */
    public static Object tensor(Args a) {
        if (a.size() == 1 && a.keywords().isEmpty() && Values.plain(a.get(0)) instanceof Tensor t) return dev.adjoint.autograd.Views.of(t, Ops::alias);
        return make(a, DEFAULT);
    }

    /** The dtype a legacy type names ({@code x.type(torch.LongTensor)}, {@code x.type('torch.LongTensor')}), or null for any other value. */
    public static DType dtypeOf(Object type) {
        if (type instanceof PyClass c && "torch".equals(c.module()))
            for (Kind k : KINDS) if (k.name.equals(c.name())) return k.dtype;
        if (type instanceof String s) {
            for (Kind k : KINDS) if (("torch." + k.name).equals(s)) return k.dtype;
            throw PyError.value("invalid type: '" + s + "'");
        }
        return null;
    }

    /** isinstance(x, torch.FloatTensor): a tensor of the type it names (Variable is torch.Tensor). */
    public static Boolean isInstance(Object v, PyClass cls) {
        if (cls.name().equals("Variable") && "torch.autograd.variable".equals(cls.module())) return v instanceof Tensor t && !t.isNeedle();
        DType d = dtypeOf(cls);
        if (d == null) return null;
        return v instanceof Tensor t && !t.isNeedle() && t.dtype() == d;
    }

    /** FloatTensor(), FloatTensor(*sizes), FloatTensor(torch.Size), FloatTensor(data), FloatTensor(tensor), each with device= only. */
    private static Object make(Args a, Kind k) {
        for (String key : a.keywords().keySet())
            if (!key.equals("device")) throw PyError.type(String.format("new() received an invalid combination of arguments - got (%s), but expected one of:" + OVERLOADS,
                    describe(a), key));
        if (a.keyword("device") != null) TorchDevice.of(a.keyword("device"));
        if (a.size() == 0) return Tensor.constant(NDArray.zeros(0), k.dtype);
        Object first = Values.plain(a.get(0));
        if (a.size() == 1 && first instanceof Tensor t) {
            if (t.dtype() != k.dtype) throw PyError.type("expected " + options(k.optionsName) + " (got " + options(t.dtype().cName()) + ")");
            return t;
        }
        if (a.get(0) instanceof TorchSize s && a.size() == 1) return Tensor.constant(NDArray.zeros(Torch.size(a, s)), k.dtype);
        if (PyNumbers.isInt(first) && !(first instanceof Boolean)) {
            int[] shape = new int[a.size()];
            for (int i = 0; i < shape.length; i++) {
                Object d = Values.plain(a.get(i));
                if (!PyNumbers.isInt(d) || d instanceof Boolean)
                    throw PyError.type("new(): argument 'size' must be tuple of ints, but found element of type " + Values.typeName(a.get(i)) + " at pos " + (i + 1));
                shape[i] = Values.toInt(d, "size");
                if (shape[i] < 0) throw new PyError("RuntimeError", "Trying to create tensor with negative dimension " + shape[i] + ": " + java.util.Arrays.toString(shape).replace(" ", ""));
            }
            return Tensor.constant(NDArray.zeros(shape), k.dtype); // PyTorch's values are uninitialised; torch.empty's are zeros here too
        }
        if (a.size() > 1) throw PyError.type(String.format("new() received an invalid combination of arguments - got (%s), but expected one of:" + OVERLOADS, describe(a), "").replace(
                "\n      didn't match because some of the keywords were incorrect: \n", "\n"));
        if (first instanceof String) throw PyError.type("new(): invalid data type 'str'");
        if (first instanceof Double || first instanceof Boolean) throw PyError.type("new(): data must be a sequence (got " + Values.typeName(a.get(0)) + ")");
        Tensor shared = dev.adjoint.lang.lib.numpy.Numpy.sharedTensor(first);
        return TensorData.torch(shared != null ? shared : first, k.dtype);
    }

    private static String options(String dtype) {
        return "TensorOptions(dtype=" + dtype + ", device=cpu, layout=Strided, requires_grad=false (default), pinned_memory=false (default), memory_format=(nullopt))";
    }


    /** "list, requires_grad=bool": the argument types as PyTorch's overload error lists them. */
    private static String describe(Args a) {
        StringBuilder s = new StringBuilder();
        for (Object v : a.positional()) s.append(s.length() == 0 ? "" : ", ").append(Values.typeName(v));
        for (var e : a.keywords().entrySet()) {
            Object v = e.getValue();
            String type = v instanceof dev.adjoint.lang.TorchDtype ? "torch.dtype" : Values.typeName(v);
            s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(type);
        }
        return s.toString();
    }

    /**
     * Variable(data=None, requires_grad=False, volatile=False): since PyTorch 0.4 a tensor that is
     * data detached (sharing its values, not its graph) with requires_grad set.
     */
    private static Object variable(Args a) {
        a.expect(0, 3, "data", "requires_grad", "volatile");
        Object data = a.option(0, "data", null);
        if (data != null && !(data instanceof Tensor)) throw PyError.type("Variable data has to be a tensor, but got " + Values.typeName(data));
        if (a.option(2, "volatile", null) != null && Values.truthy(a.option(2, "volatile", null)))
            a.interpreter().warnAtCall("UserWarning", "volatile was removed and now has no effect. Use `with torch.no_grad():` instead.", a.span());
        Tensor t = data == null ? Tensor.constant(NDArray.zeros(0), DType.FLOAT64) : ((Tensor) data).detach();
        if (Values.truthy(a.option(1, "requires_grad", false))) {
            if (!t.dtype().isFloating()) throw new PyError("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients");
            t.setRequiresGrad(true);
        }
        return t;
    }
}
