package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.OperatorDunders;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/**
 * {@code import numpy as np}: NumPy's arrays ({@link NpArray}) without gradients, for the code
 * needle's and PyTorch's tutorials mix in: constructors, ufuncs, reductions, linear algebra basics,
 * np.random (NumPy's legacy generator, bit for bit), np.testing and np.linalg.norm. Types:
 * float64 (the default), float32, the integers int8 ... int64 and uint8 ... uint64, bool; the others are named in a TypeError.
 */
public final class Numpy {
    /** numpy.ndarray: type(a), isinstance(a, np.ndarray). */
    static final PyClass NDARRAY = PyClass.builtin("ndarray", "numpy", BuiltinTypes.OBJECT,
            Builtin.of("ndarray", a -> NpArray.of(NDArray.zeros(a.shape(0)), NpType.FLOAT64)));

    /**
     * numpy.bool_, int64, float32, float64: the types of NumPy's scalars (a.sum(), a[0]); calling
     * one converts (np.float32(0.1)), and each is a dtype= argument. float64 is a subclass of
     * Python's float, as in NumPy (isinstance(a.mean(), float) is True).
     */
    private static final Map<NpType, PyClass> SCALAR_TYPES = new java.util.EnumMap<>(NpType.class);

    static {
        for (NpType t : NpType.values())
            SCALAR_TYPES.put(t, PyClass.builtin(t.scalarName(), "numpy", t == NpType.FLOAT64 ? BuiltinTypes.FLOAT : BuiltinTypes.OBJECT, new NpDtype(t, true)));
        // a.__mul__(2), s.__add__(1): each the operator (a float64 scalar's, not float's); defined at the first look
        PyClass[] operands = new PyClass[SCALAR_TYPES.size() + 1];
        operands[0] = NDARRAY;
        System.arraycopy(SCALAR_TYPES.values().toArray(new PyClass[0]), 0, operands, 1, SCALAR_TYPES.size());
        PyClass.methodsFrom(() -> {
            for (PyClass c : operands) OperatorDunders.define(c);
            OperatorDunders.defineContainer(NDARRAY);
            NpArray.defineMethods(NDARRAY);
            NDARRAY.method("__array__", a -> { // NumPy's array protocol: the array itself, or a copy of the dtype asked
                a.expect(0, 1, "dtype");
                NpArray self = (NpArray) a.self();
                NpType t = dtype(a, 0, self.type);
                return t == self.type ? self : NpArray.of(self.values(), t);
            });
        }, operands);
    }

    private Numpy() {}

    /** Adds numpy and its submodules to import's registry. */
    public static void register(Map<String, Supplier<PyModule>> registry) {
        registry.put("numpy", Numpy::module);
        registry.put("numpy.random", NumpyRandomModule::module);
        registry.put("numpy.linalg", Linalg::module);
        registry.put("numpy.testing", NumpyTesting::module);
        registry.put("numpy.lib", StrideTricks::lib);
        registry.put("numpy.lib.stride_tricks", StrideTricks::module);
    }

    /** {@code t.numpy()}: an array sharing the tensor's data, as PyTorch's (a change to one shows in the other); int64 and bool keep their type. */
    public static Object sharing(dev.adjoint.autograd.Tensor t) {
        return new NpArray(t.detach(), t.isFloat32() ? NpType.FLOAT32 : NpType.of(t.dtype()));
    }

    /** A new NumPy array of {@code values} rounded to float32 (needle's MNIST images, its transforms' output for float32 images). */
    public static Object float32Array(NDArray values) {
        return NpArray.of(values, NpType.FLOAT32);
    }

    /** Whether a dtype= argument (a dtype, np.float32, "float32", "f4", ...) names float32. */
    public static boolean namesFloat32(Object dtype) {
        return NpDtype.parse(dtype) == NpType.FLOAT32;
    }

    /** Whether a dtype= argument names a floating type (float32 or float64). */
    public static boolean namesFloat(Object dtype) {
        NpType t = NpDtype.parse(dtype);
        return t == NpType.FLOAT32 || t == NpType.FLOAT64;
    }

    /** Whether v is a NumPy array or scalar of float32 values. */
    public static boolean isFloat32(Object v) {
        return v instanceof NpArray x && x.type == NpType.FLOAT32;
    }

    /** {@code torch.from_numpy(a)}: a tensor sharing the array's data (a float32 array's tensor computes in float64, as adjoint's float32 tensors do). */
    public static Object toTensor(Args a) {
        Object v = a.expect(1, 1).get(0);
        if (!(v instanceof NpArray x)) throw PyError.type("expected np.ndarray (got " + Values.typeName(v) + ")");
        return x.data.detach();
    }

    /** {@code torch.as_tensor(a)} of an array: the tensor from_numpy gives, sharing its data; null for anything else (a NumPy scalar too). */
    public static dev.adjoint.autograd.Tensor sharedTensor(Object v) {
        return v instanceof NpArray x && !x.isScalar() ? x.data.detach() : null;
    }

    static PyModule module() {
        PyModule m = new PyModule("numpy");
        m.add(Builtin.of("array", a -> array(a, true)));
        m.add(Builtin.of("asarray", a -> array(a, false)));
        m.add(Builtin.of("asanyarray", a -> array(a, false))); // no subclasses of ndarray here: asarray
        m.add(Builtin.of("frombuffer", FromBuffer::frombuffer));
        m.add(Builtin.of("fromiter", FromIterable::fromiter));
        m.add(shaped("zeros", 0));
        m.add(shaped("ones", 1));
        m.add(shaped("empty", 0));
        m.add(Builtin.of("full", a -> {
            a.expect(2, 3, "dtype", "shape", "fill_value");
            NpArray fill = Operand.required(a.option(1, "fill_value", null), "full");
            NpType t = dtype(a, 2, fill.type);
            return NpArray.of(NDArray.full(fill.values().item(), shape(a, a.option(0, "shape", null))), t);
        }));
        for (String like : List.of("zeros_like", "ones_like", "empty_like", "full_like"))
            m.add(Builtin.of(like, a -> {
                boolean full = like.equals("full_like");
                a.expect(full ? 2 : 1, full ? 3 : 2, "dtype", "fill_value");
                NpArray x = ArrayFunctions.self(a);
                double v = full ? Operand.required(a.option(1, "fill_value", null), like).values().item() : like.equals("ones_like") ? 1 : 0;
                return NpArray.of(NDArray.full(v, x.shape()), dtype(a, full ? 2 : 1, x.type));
            }));
        m.add(Builtin.of("arange", Numpy::arange));
        m.add(Builtin.of("linspace", a -> {
            a.expect(2, 3, "num", "endpoint", "dtype");
            return NpArray.of(Sequences.linspace(a).values(), dtype(a, -1, NpType.FLOAT64));
        }));
        m.add(Builtin.of("eye", a -> {
            a.expect(1, 4, "N", "M", "k", "dtype");
            int n = a.integer(0, "N", 0);
            Object cols = a.option(1, "M", null);
            int c = cols == null ? n : a.intValue(cols, "M"), k = a.integer(2, "k", 0);
            if (n < 0 || c < 0) throw PyError.value("negative dimensions are not allowed");
            double[] v = new double[n * c];
            for (int i = Math.max(0, -k); i < n && i + k < c; i++) v[i * c + i + k] = 1; // the k-th diagonal
            return NpArray.of(NDArray.of(v, n, c), dtype(a, 3, NpType.FLOAT64));
        }));
        m.add(Builtin.of("identity", a -> NpArray.of(NDArray.eye(a.expect(1, 1, "dtype").integer(0), a.integer(0)), dtype(a, -1, NpType.FLOAT64))));
        for (Map.Entry<String, Builtin.Fn> e : ArrayFunctions.METHODS.entrySet())
            if (!List.of("fill", "item", "tolist", "astype", "flatten", "resize", "sort", "partition", "compress", "setflags", "tofile", "tobytes", "tostring").contains(e.getKey()))
                m.add(Builtin.of(e.getKey(), e.getValue()));
        m.add(Builtin.of("round", ArrayFunctions::roundFunction)); // the function's warnings come from NumPy's code, the method's from the caller's line
        m.add("amax", m.attribute("max"));
        m.add(Builtin.of("ascontiguousarray", a -> { // adjoint's arrays are all laid out in C order already: a new array only for a non-array
            Object v = a.expect(1, 2, "dtype").get(0);
            NpArray x = Operand.required(v, "ascontiguousarray");
            NpType t = dtype(a, 1, x.type);
            return v instanceof NpArray given && !given.isScalar() && t == x.type ? given : NpArray.of(x.ndim() == 0 ? x.values().reshape(1) : x.values(), t);
        }));
        m.add("amin", m.attribute("min"));
        ufuncs(m);
        MoreUfuncs.add(m);
        ufuncMethods(m);
        Statistics.add(m);
        Sequences.add(m);
        PolynomialFunctions.add(m);
        FloatErrors.add(m);
        joining(m);
        Rearranging.add(m);
        Grids.add(m);
        Products.add(m);
        SetFunctions.add(m);
        Searching.add(m);
        Axes.add(m);
        Gradient.add(m);
        IndexArrays.add(m);
        TypeInfo.add(m);
        Quantiles.add(m);
        NpPrintOptions.add(m);
        Resizing.add(m);
        IndexTricks.add(m);
        m.add("nditer", NdIter.CLASS);
        Functional.add(m);
        NpFiles.add(m);
        SharedMemory.add(m);
        comparisons(m);
        m.add(Builtin.of("shape", a -> NpArray.shapeTuple(ArrayFunctions.self(a.expect(1, 1)).shape())));
        m.add(Builtin.of("size", a -> (long) ArrayFunctions.self(a.expect(1, 1)).size()));
        m.add(Builtin.of("ndim", a -> (long) ArrayFunctions.self(a.expect(1, 1)).ndim()));
        m.add(Builtin.of("expand_dims", a -> {
            a.expect(2, 2, "axis");
            NpArray x = ArrayFunctions.self(a);
            int nd = x.ndim() + 1, k = a.integer(1, "axis", 0);
            if (k < -nd || k >= nd) throw ArrayFunctions.axisError(k, nd);
            k = k < 0 ? k + nd : k;
            List<Integer> s = new ArrayList<>();
            for (int v : x.shape()) s.add(v);
            s.add(k, 1);
            return ArrayFunctions.reshape(x, s.stream().mapToInt(Integer::intValue).toArray());
        }));
        for (NpType t : NpType.values()) m.add(t.scalarName(), scalarClass(t));
        m.add("double", m.attribute("float64"));
        m.add("single", m.attribute("float32"));
        m.add("float_", m.attribute("float64"));
        m.add("int_", m.attribute("int64"));
        m.add("ubyte", m.attribute("uint8"));
        m.add("byte", m.attribute("int8"));
        m.add("intc", m.attribute("int32"));
        for (String n : List.of("float16", "complex64", "complex128"))
            m.add(n, new NpDtype.Unsupported(n));
        m.add(Builtin.of("dtype", a -> NpDtype.of(NpDtype.parse(a.expect(1, 1).get(0)))));
        m.add("ndarray", NDARRAY);
        m.add("pi", Math.PI);
        m.add("e", Math.E);
        m.add("inf", Double.POSITIVE_INFINITY);
        m.add("nan", Double.NaN);
        m.add("newaxis", null);
        m.add("__version__", "1.24.2"); // what scripts compare and parse; what adjoint's numpy is, show_config says
        m.add(Builtin.of("show_config", a -> {
            a.expect(0, 0);
            a.interpreter().printer().print("adjoint's numpy: NumPy 1.24.2's behaviour for float64, float32, bool and the integer types "
                    + "int8..int64, uint8..uint64, computed in Java (no BLAS, LAPACK or SIMD extensions); arrays carry no gradients. "
                    + ":help numpy lists what it has.");
            return null;
        }));
        m.add("random", NumpyRandomModule.module());
        m.add("linalg", Linalg.module());
        m.add("testing", NumpyTesting.module());
        m.add("lib", StrideTricks.lib());
        return m;
    }

    /** The class of a scalar of type t: numpy.float64, ... */
    static PyClass scalarClass(NpType t) {
        return SCALAR_TYPES.get(t);
    }

    private static Object array(Args a, boolean copy) {
        a.expect(1, 2, "dtype", "copy");
        Object data = a.get(0);
        boolean shares = !copy || a.has("copy") && !Values.truthy(a.keyword("copy"));
        if (shares && data instanceof dev.adjoint.autograd.Tensor t) { // NumPy takes t.__array__(), t.numpy(): the tensor's memory (tester Z57)
            NpArray.checkNumpyAllowed(t);
            NpArray view = (NpArray) sharing(t);
            NpType wanted = dtype(a, 1, view.type);
            if (wanted == view.type) return view;
        }
        NpArray x = data instanceof dev.adjoint.autograd.Tensor t ? tensorData(t) : Operand.of(data);
        if (x == null) throw PyError.type("adjoint's numpy makes arrays of numbers only (got " + Values.typeName(data) + ")");
        NpType t = dtype(a, 1, x.type);
        if (shares && t == x.type && data instanceof NpArray) return x;
        return NpArray.of(x.values(), t);
    }

    /** np.array(t) of a tensor: its values (a tensor that requires grad is refused, as NumPy's conversion calls t.numpy()). */
    private static NpArray tensorData(dev.adjoint.autograd.Tensor t) {
        NpArray.checkNumpyAllowed(t);
        return NpArray.fromTensor(t);
    }

    /** A dtype= argument (or positional at {@code index}), or {@code absent}. */
    static NpType dtype(Args a, int index, NpType absent) {
        Object v = a.option(index, "dtype", null);
        NpType t = NpDtype.parse(v);
        return t == null ? absent : t;
    }

    /** A shape argument: an int or a tuple of ints, non-negative. */
    static int[] shape(Args a, Object v) {
        if (v == null) throw a.error("missing required argument 'shape' (pos 1)");
        int[] s = a.ints(v, "shape");
        for (int d : s) if (d < 0) throw PyError.value("negative dimensions are not allowed");
        return s;
    }

    private static Builtin shaped(String name, double fill) {
        return Builtin.of(name, a -> {
            a.expect(1, 2, "dtype", "shape");
            return NpArray.of(NDArray.full(fill, shape(a, a.option(0, "shape", null))), dtype(a, 1, NpType.FLOAT64));
        });
    }

    static Object arange(Args a) {
        a.expect(1, 3, "dtype", "start", "stop", "step");
        List<Object> p = a.positional();
        Object start = p.size() >= 2 ? p.get(0) : 0L, stop = p.size() >= 2 ? p.get(1) : p.get(0), step = p.size() == 3 ? p.get(2) : 1L;
        for (Object bound : java.util.Arrays.asList(start, stop, step)) {
            if (Values.toDouble(bound) != null) continue;
            if (Values.plain(bound) instanceof String) throw PyError.type("arange() not supported for inputs with DType <class 'numpy.dtype[str_]'>.");
            throw PyError.type("unsupported operand type(s) for -: '" + Values.typeName(bound) + "' and 'int'");
        }
        boolean ints = PyNumbers.isInt(Values.plain(start)) && PyNumbers.isInt(Values.plain(stop)) && PyNumbers.isInt(Values.plain(step));
        double lo = Values.toDouble(Values.plain(start)), hi = Values.toDouble(Values.plain(stop)), st = Values.toDouble(Values.plain(step));
        if (st == 0) throw new PyError("ZeroDivisionError", "division by zero");
        double count = Math.max(0, Math.ceil((hi - lo) / st));
        // integers: the count and the values exact (doubles lose the steps of np.arange(2**62, 2**62 + 5))
        boolean exact = ints && Values.plain(start) instanceof Long && Values.plain(stop) instanceof Long && Values.plain(step) instanceof Long;
        long first = exact ? (Long) Values.plain(start) : 0, by = exact ? (Long) Values.plain(step) : 0;
        if (exact) {
            Object span = PyNumbers.sub(Values.plain(stop), Values.plain(start));
            count = Math.max(0, PyNumbers.toDouble(PyNumbers.neg(PyNumbers.floorDiv(PyNumbers.neg(span), Values.plain(step)))));
        }
        // refused before anything is allocated (a count past 2^31 would overflow the int too)
        dev.adjoint.ndarray.Limits.check(count >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) count,
                "(" + (count >= Long.MAX_VALUE ? "more than 9.2e18" : String.valueOf((long) count)) + ",)");
        int n = (int) count;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = exact ? first + i * by : lo + i * st;
        return NpArray.of(NDArray.of(v, n), dtype(a, -1, ints ? NpType.INT64 : NpType.FLOAT64));
    }

    // ---- ufuncs ----

    /** The binary ufuncs as objects with reduce, accumulate, outer and at (np.add.reduce is np.sum's loop, np.add.accumulate cumsum's). */
    private static void ufuncMethods(PyModule m) {
        ufunc(m, "add", "sum", "cumsum", 0L);
        ufunc(m, "multiply", "prod", "cumprod", 1L);
        ufunc(m, "minimum", "min", null, null);
        ufunc(m, "maximum", "max", null, null);
        ufunc(m, "logical_and", "all", null, true);
        ufunc(m, "logical_or", "any", null, false);
        ufunc(m, "logical_xor", null, null, false);
        ufunc(m, "bitwise_and", null, null, -1L);
        ufunc(m, "bitwise_or", null, null, 0L);
        ufunc(m, "bitwise_xor", null, null, 0L);
        ufunc(m, "hypot", null, null, 0L);
        ufunc(m, "logaddexp", null, null, Double.NEGATIVE_INFINITY);
        ufunc(m, "logaddexp2", null, null, Double.NEGATIVE_INFINITY);
        for (String name : List.of("subtract", "divide", "true_divide", "power", "floor_divide", "mod", "remainder", "fmax", "fmin",
                "arctan2", "copysign", "nextafter", "float_power", "heaviside", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "ldexp"))
            ufunc(m, name, null, null, null);
    }

    private static void ufunc(PyModule m, String name, String reduction, String accumulation, Object identity) {
        m.add(name, new Ufunc((Builtin) m.attribute(name), reduction, accumulation, identity));
    }

    private static void ufuncs(PyModule m) {
        floating(m, "exp", Math::exp, v -> dev.adjoint.ndarray.NumpyFloat32Math.exp((float) v));
        floating(m, "log", Math::log, v -> dev.adjoint.ndarray.NumpyFloat32Math.log((float) v));
        floating(m, "log2", dev.adjoint.ndarray.ExactMath::log2);
        floating(m, "log10", Math::log10);
        floating(m, "log1p", Math::log1p);
        floating(m, "expm1", Math::expm1);
        floating(m, "sqrt", Math::sqrt);
        floating(m, "sin", Math::sin);
        floating(m, "cos", Math::cos);
        floating(m, "tan", Math::tan);
        floating(m, "tanh", Math::tanh);
        floating(m, "arctan", Math::atan);
        floating(m, "arcsin", Math::asin);
        floating(m, "arccos", Math::acos);
        floating(m, "sinh", StrictMath::sinh);
        floating(m, "cosh", StrictMath::cosh);
        floating(m, "arcsinh", dev.adjoint.ndarray.ExactMath::asinh);
        floating(m, "arccosh", dev.adjoint.ndarray.ExactMath::acosh);
        floating(m, "arctanh", dev.adjoint.ndarray.ExactMath::atanh);
        floating(m, "exp2", x -> StrictMath.pow(2, x));
        floating(m, "deg2rad", x -> x * (Math.PI / 180));
        floating(m, "radians", x -> x * (Math.PI / 180));
        floating(m, "rad2deg", x -> x * (180 / Math.PI));
        floating(m, "degrees", x -> x * (180 / Math.PI));
        floating(m, "floor", Math::floor);
        floating(m, "ceil", Math::ceil);
        same(m, "abs", Math::abs, Math::abs);
        same(m, "absolute", Math::abs, Math::abs);
        same(m, "negative", v -> -v, v -> -v);
        same(m, "square", v -> v * v, v -> v * v);
        same(m, "sign", Math::signum, Long::signum);
        m.add(Builtin.of("maximum", a -> result(ArrayFunctions.extreme(ArrayFunctions.self(a.expect(2, 2, "out")), Operand.required(a.get(1), "maximum"), true), a)));
        m.add(Builtin.of("minimum", a -> result(ArrayFunctions.extreme(ArrayFunctions.self(a.expect(2, 2, "out")), Operand.required(a.get(1), "minimum"), false), a)));
        binary(m, "add", dev.adjoint.lang.TokenType.PLUS);
        binary(m, "subtract", dev.adjoint.lang.TokenType.MINUS);
        binary(m, "multiply", dev.adjoint.lang.TokenType.STAR);
        binary(m, "divide", dev.adjoint.lang.TokenType.SLASH);
        binary(m, "true_divide", dev.adjoint.lang.TokenType.SLASH);
        binary(m, "power", dev.adjoint.lang.TokenType.STAR_STAR);
        binary(m, "matmul", dev.adjoint.lang.TokenType.AT);
        comparison(m, "equal", dev.adjoint.lang.TokenType.EQUAL_EQUAL);
        comparison(m, "not_equal", dev.adjoint.lang.TokenType.BANG_EQUAL);
        comparison(m, "less", dev.adjoint.lang.TokenType.LESS);
        comparison(m, "less_equal", dev.adjoint.lang.TokenType.LESS_EQUAL);
        comparison(m, "greater", dev.adjoint.lang.TokenType.GREATER);
        comparison(m, "greater_equal", dev.adjoint.lang.TokenType.GREATER_EQUAL);
        m.add(Builtin.of("ldexp", Numpy::ldexp));
        m.add(Builtin.of("where", a -> {
            a.expect(1, 3);
            NpArray c = ArrayFunctions.self(a);
            if (a.size() == 1) return ArrayFunctions.nonzero(c);
            if (a.size() != 3) throw PyError.value("either both or neither of x and y should be given");
            NpArray x = Operand.required(a.get(1), "where"), y = Operand.required(a.get(2), "where");
            NpType t = Elementwise.resultType(x, y);
            int[] s;
            try {
                s = Shapes.broadcast(Shapes.broadcast(c.shape(), x.shape()), y.shape());
            } catch (dev.adjoint.ndarray.ShapeException e) {
                throw PyError.value("operands could not be broadcast together with shapes " + Elementwise.shapeText(c.shape()) + " "
                        + Elementwise.shapeText(x.shape()) + " " + Elementwise.shapeText(y.shape()) + " ");
            }
            double[] cv = c.values().broadcastTo(s).toArray(), xv = x.values().broadcastTo(s).toArray(), yv = y.values().broadcastTo(s).toArray();
            double[] r = new double[cv.length];
            for (int i = 0; i < r.length; i++) r[i] = cv[i] != 0 ? xv[i] : yv[i];
            return NpArray.of(NDArray.of(r, s), t);
        }));
        m.add(Builtin.of("outer", a -> {
            NpArray x = ArrayFunctions.self(a.expect(2, 2)), y = Operand.required(a.get(1), "outer");
            NpArray col = ArrayFunctions.reshape(NpArray.of(x.values(), x.type), new int[] {x.size(), 1});
            NpArray row = ArrayFunctions.reshape(NpArray.of(y.values(), y.type), new int[] {1, y.size()});
            return Elementwise.binary(dev.adjoint.lang.TokenType.STAR, col, row);
        }));
        m.add(Builtin.of("argwhere", a -> {
            NpArray x = ArrayFunctions.self(a.expect(1, 1));
            if (x.ndim() == 0) // NumPy: argwhere(atleast_1d(a))[:, :0], one row (or none) of no columns
                return NpArray.of(NDArray.zeros(x.values().item() != 0 ? 1 : 0, 0), NpType.INT64);
            List<Object> idx = ArrayFunctions.nonzero(x);
            int n = x.size() == 0 ? 0 : ((NpArray) idx.get(0)).size();
            NDArray[] columns = new NDArray[idx.size()];
            for (int d = 0; d < columns.length; d++) columns[d] = ((NpArray) idx.get(d)).values();
            return NpArray.of(columns.length == 0 ? NDArray.zeros(n, 0) : NDArray.stack(columns, 1), NpType.INT64);
        }));
        m.add(Builtin.of("flatnonzero", a -> ArrayFunctions.nonzero(ArrayFunctions.flat(ArrayFunctions.self(a.expect(1, 1)))).get(0)));
        m.add(Builtin.of("einsum", Einsum::einsum));
        m.add(Builtin.of("isnan", a -> test(a, Double::isNaN)));
        m.add(Builtin.of("isinf", a -> test(a, Double::isInfinite)));
        m.add(Builtin.of("isfinite", a -> test(a, Double::isFinite)));
    }

    private static Object test(Args a, java.util.function.DoublePredicate p) {
        NpArray x = ArrayFunctions.self(a.expect(1, 1));
        return NpArray.box(NpArray.of(x.values().map(v -> p.test(v) ? 1 : 0), NpType.BOOL)); // a ufunc: a scalar for a 0-d input
    }

    private static void floating(PyModule m, String name, DoubleUnaryOperator f) {
        floating(m, name, f, null);
    }

    /** A floating ufunc whose float32 loop is NumPy's vector code (inFloat32), not the float64 value rounded. */
    private static void floating(PyModule m, String name, DoubleUnaryOperator f, DoubleUnaryOperator inFloat32) {
        m.add(Builtin.of(name, a -> {
            NpArray x = ArrayFunctions.self(a.expect(1, 1, "out"));
            boolean single = inFloat32 != null && Elementwise.floatingType(x.type, name) == NpType.FLOAT32;
            return result(Elementwise.floating(x, name, single ? inFloat32 : f), a);
        }));
    }

    private static void same(PyModule m, String name, DoubleUnaryOperator f, java.util.function.LongUnaryOperator onIntegers) {
        m.add(Builtin.of(name, a -> {
            NpArray x = ArrayFunctions.self(a.expect(1, 1, "out"));
            if (x.type == NpType.BOOL && name.equals("negative"))
                throw PyError.type("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
            if (x.type == NpType.BOOL && name.equals("sign"))
                throw new PyError("numpy.core._exceptions._UFuncNoLoopError", "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtype[bool_]'> -> None");
            NpArray r = x.type == NpType.BOOL && !name.startsWith("abs") ? NpArray.of(x.values().map(f), NpType.INT8) : Elementwise.sameType(x, name, f, onIntegers);
            return result(r, a);
        }));
    }

    private static void binary(PyModule m, String name, dev.adjoint.lang.TokenType op) {
        m.add(Builtin.of(name, a -> {
            a.expect(2, 2, "out", "dtype");
            NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), name);
            NpType dtype = NpDtype.parse(a.keyword("dtype"));
            String loop = name.equals("divide") ? "true_divide" : name; // NumPy's names in its messages
            if (dtype != null) { // dtype=: the loop of that type, the inputs cast to it as 'same_kind' allows
                x = loopInput(x, dtype, loop, 0);
                y = loopInput(y, dtype, loop, 1);
            }
            NpArray r = Elementwise.binary(op, x, y);
            if (dtype != null && r.type != dtype)
                throw PyError.type("No loop matching the specified signature and casting was found for ufunc " + (loop.equals("true_divide") ? "divide" : loop));
            // np.power takes none of the operator's fast paths that name its warnings (a ** -1 is NumPy's reciprocal)
            if (op == dev.adjoint.lang.TokenType.STAR_STAR && r.raised != null) r.raised = new FloatErrors.Raised(name, r.raised.flags());
            return result(r, a);
        }));
    }

    /** A ufunc's input cast to the loop's type that dtype= names, or NumPy's UFuncTypeError when 'same_kind' forbids it. */
    private static NpArray loopInput(NpArray x, NpType loop, String ufunc, int index) {
        if (x.type == loop) return x;
        if (!x.type.castsTo(loop))
            throw new PyError("numpy.core._exceptions._UFuncInputCastingError", "Cannot cast ufunc '" + ufunc + "' input " + index + " from dtype('"
                    + NpDtype.of(x.type) + "') to dtype('" + NpDtype.of(loop) + "') with casting rule 'same_kind'");
        return NpArray.of(x.values(), loop);
    }

    /** np.equal, np.less, ...: the comparison operators as ufuncs (no operator fallback: shapes that do not broadcast are NumPy's ValueError). */
    private static void comparison(PyModule m, String name, dev.adjoint.lang.TokenType op) {
        m.add(Builtin.of(name, a -> {
            a.expect(2, 2, "out");
            return result(Elementwise.compare(op, ArrayFunctions.self(a), Operand.required(a.get(1), name)), a);
        }));
    }

    /** np.ldexp(x1, x2): x1 * 2**x2 in x1's floating type, x2 an integer (NumPy's TypeError for anything else). */
    private static Object ldexp(Args a) {
        a.expect(2, 2, "out");
        NpArray x = ArrayFunctions.self(a), n = Operand.required(a.get(1), "ldexp");
        if (n.type.isFloating() || n.type == NpType.UINT64)
            throw PyError.type("ufunc 'ldexp' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
        NpType t = Elementwise.floatingType(x.type, "ldexp");
        Elementwise.broadcast(x, n);
        NpArray r = Elementwise.zip(x, n, t, (v, e) -> {
            int k = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, e));
            return t == NpType.FLOAT32 ? Math.scalb((float) v, k) : Math.scalb(v, k);
        });
        return result(Elementwise.withErrors(r, "ldexp", false, x, n), a);
    }

    /**
     * A ufunc's result: written into out= when given (and out returned, as NumPy's), else a new
     * array, a 0-d one as a NumPy scalar (np.exp(1.0), np.exp(np.array(1.0))).
     */
    static Object result(NpArray r, Args a) {
        r.issuePending(a.interpreter(), a.span()); // placed at the call, as NumPy's warnings are
        Object out = a.keyword("out");
        if (out instanceof List<?> l && l.size() == 1) out = l.get(0); // out=(c,)
        if (out == null) return NpArray.box(r);
        if (!(out instanceof NpArray target) || target.isScalar()) throw PyError.type("return arrays must be of ArrayType");
        int[] shape;
        try {
            shape = Shapes.broadcast(r.shape(), target.shape());
        } catch (dev.adjoint.ndarray.ShapeException e) { // NumPy names every operand's shape, out's last
            StringBuilder shapes = new StringBuilder();
            for (Object operand : a.positional()) shapes.append(Elementwise.shapeText(Operand.required(operand, a.function()).shape())).append(' ');
            throw PyError.value("operands could not be broadcast together with shapes " + shapes + Elementwise.shapeText(target.shape()) + " ");
        }
        if (java.util.Arrays.equals(shape, target.shape())) r = NpArray.of(r.values().broadcastTo(shape), r.type); // out= may be larger
        return target.assign(r, a.function());
    }

    // ---- joining ----

    private static void joining(PyModule m) {
        m.add(Builtin.of("concatenate", a -> {
            a.expect(1, 2, "axis");
            List<NpArray> parts = arrays(a.get(0), "concatenate");
            if (a.option(1, "axis", 0L) == null) { // axis=None joins the flattened arrays
                parts = new ArrayList<>(parts);
                parts.replaceAll(ArrayFunctions::flat);
            }
            int nd = parts.get(0).ndim();
            if (nd == 0) throw PyError.value("zero-dimensional arrays cannot be concatenated");
            Object axis = a.option(1, "axis", 0L);
            return concatenate(parts, axis == null ? 0 : ArrayFunctions.axis(axis, nd, a));
        }));
        m.add(Builtin.of("column_stack", a -> { // 1-d arrays become columns
            List<NpArray> parts = new ArrayList<>(arrays(a.expect(1, 1).get(0), "column_stack"));
            parts.replaceAll(p -> p.ndim() < 2 ? ArrayFunctions.reshape(NpArray.of(p.values(), p.type), new int[] {p.size(), 1}) : p);
            return concatenate(parts, 1);
        }));
        m.add(Builtin.of("stack", a -> {
            a.expect(1, 2, "axis");
            List<NpArray> parts = arrays(a.get(0), "stack");
            for (NpArray p : parts)
                if (!java.util.Arrays.equals(p.shape(), parts.get(0).shape())) throw PyError.value("all input arrays must have the same shape");
            int k = ArrayFunctions.axis(a.option(1, "axis", 0L), parts.get(0).ndim() + 1, a);
            return join(parts, k, true);
        }));
        m.add(Builtin.of("vstack", a -> {
            List<NpArray> parts = arrays(a.expect(1, 1).get(0), "vstack");
            List<NpArray> rows = new ArrayList<>(); // as np.atleast_2d makes them: () and (N,) -> (1, 1) and (1, N)
            for (NpArray p : parts) rows.add(p.ndim() < 2 ? ArrayFunctions.reshape(NpArray.of(p.values(), p.type), new int[] {1, p.size()}) : p);
            return concatenate(rows, 0);
        }));
        m.add("row_stack", m.attribute("vstack"));
        m.add(Builtin.of("dstack", a -> { // each made 3-d as np.atleast_3d makes it: (N,) -> (1, N, 1), (M, N) -> (M, N, 1)
            List<NpArray> parts = new ArrayList<>(arrays(a.expect(1, 1).get(0), "dstack"));
            parts.replaceAll(p -> {
                int[] s = p.shape();
                int[] three = p.ndim() == 0 ? new int[] {1, 1, 1} : p.ndim() == 1 ? new int[] {1, s[0], 1} : p.ndim() == 2 ? new int[] {s[0], s[1], 1} : s;
                return NpArray.of(p.values().compact().reshape(three), p.type);
            });
            return concatenate(parts, 2);
        }));
        m.add(Builtin.of("hstack", a -> {
            List<NpArray> parts = new ArrayList<>(arrays(a.expect(1, 1).get(0), "hstack"));
            parts.replaceAll(ArrayFunctions::atLeast1d); // np.atleast_1d, then the first axis of 1-d arrays, else the second
            return concatenate(parts, parts.get(0).ndim() == 1 ? 0 : 1);
        }));
    }

    /** np.concatenate along axis k of arrays of one or more dimensions, with NumPy's message for mismatched shapes. */
    static NpArray concatenate(List<NpArray> parts, int k) {
        int nd = parts.get(0).ndim();
        for (int i = 1; i < parts.size(); i++) {
            NpArray p = parts.get(i);
            if (p.ndim() != nd)
                throw PyError.value("all the input arrays must have same number of dimensions, but the array at index 0 has " + nd
                        + " dimension(s) and the array at index " + i + " has " + p.ndim() + " dimension(s)");
            for (int d = 0; d < nd; d++)
                if (d != k && p.shape()[d] != parts.get(0).shape()[d])
                    throw PyError.value("all the input array dimensions except for the concatenation axis must match exactly, but along dimension " + d
                            + ", the array at index 0 has size " + parts.get(0).shape()[d] + " and the array at index " + i + " has size " + p.shape()[d]);
        }
        return join(parts, k, false);
    }

    private static List<NpArray> arrays(Object seq, String function) {
        List<NpArray> out = new ArrayList<>();
        for (java.util.Iterator<Object> it = Values.iterate(seq); it.hasNext(); ) out.add(Operand.required(it.next(), function));
        if (out.isEmpty()) throw PyError.value("need at least one array to " + (function.equals("stack") ? "stack" : "concatenate"));
        return out;
    }

    private static NpArray join(List<NpArray> parts, int axis, boolean newAxis) {
        NDArray[] v = new NDArray[parts.size()];
        NpType t = parts.get(0).type;
        for (int i = 0; i < v.length; i++) {
            v[i] = parts.get(i).values();
            t = NpType.promote(t, parts.get(i).type);
        }
        return NpArray.of(newAxis ? NDArray.stack(v, axis) : NDArray.concatenate(v, axis), t);
    }

    // ---- comparisons of whole arrays ----

    private static void comparisons(PyModule m) {
        m.add(Builtin.of("allclose", a -> {
            a.expect(2, 4, "rtol", "atol", "equal_nan");
            NpArray[] c = close(a);
            for (double v : c[0].values().toArray()) if (v == 0) return false;
            return true;
        }));
        m.add(Builtin.of("isclose", a -> {
            a.expect(2, 4, "rtol", "atol", "equal_nan");
            NpArray r = close(a)[0];
            return a.get(0) instanceof NpArray || a.get(1) instanceof NpArray || r.ndim() > 0 ? r : NpArray.scalar(r.values().item(), NpType.BOOL);
        }));
        m.add(Builtin.of("array_equal", a -> {
            NpArray x = ArrayFunctions.self(a.expect(2, 2, "equal_nan")), y = Operand.required(a.get(1), "array_equal");
            return x.values().equalTo(y.values(), a.flag("equal_nan", false));
        }));
    }

    /** np.isclose: |a - b| <= atol + rtol * |b| elementwise (NaNs equal only with equal_nan). */
    static NpArray[] close(Args a) {
        NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), a.function());
        double rtol = a.number(2, "rtol", 1e-5), atol = a.number(3, "atol", 1e-8);
        boolean nanEqual = a.flag("equal_nan", false);
        Elementwise.broadcast(x, y);
        NDArray r = x.values().zip(y.values(), (p, q) -> {
            if (Double.isNaN(p) || Double.isNaN(q)) return nanEqual && Double.isNaN(p) && Double.isNaN(q) ? 1 : 0;
            if (p == q) return 1;
            return Math.abs(p - q) <= atol + rtol * Math.abs(q) ? 1 : 0;
        });
        return new NpArray[] {NpArray.of(r, NpType.BOOL), x, y};
    }
}
