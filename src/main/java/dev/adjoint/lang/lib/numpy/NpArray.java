package dev.adjoint.lang.lib.numpy;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Operators;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyOperand;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Sized;
import dev.adjoint.lang.Subscriptable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.TensorConvertible;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A NumPy array ({@code numpy.ndarray}): values of one {@link NpType}, mutable in place
 * ({@code a[0] = 5}, {@code a += 1}), with basic subscripts giving views that share its data, as
 * NumPy's do. It keeps its values in a tensor that never requires grad (so views, in-place writes
 * and the undo of a failed input are the tensors'); it is no tensor to the language: no graph,
 * no gradient, NumPy's printing, promotion and messages.
 */
public final class NpArray implements TabledHostObject, PyOperand, PyReprable, Subscriptable, Sized, Iterable<Object>, TensorConvertible, dev.adjoint.lang.PendingWarnings,
        dev.adjoint.lang.Reducible {
    final Tensor data;
    final NpType type;
    /** A NumPy scalar (np.float32(0.1)): 0-d, printed as a number; arrays are false. */
    private final boolean scalar;
    /**
     * flags.writeable is False: np.frombuffer's array and every view of it (NumPy shares the
     * immutable bytes), or an array a program set {@code a.flags.writeable = False} (views made
     * from it after that too).
     */
    private boolean readOnly;
    /** Its data can never take writes (np.frombuffer's bytes): flags.writeable cannot be set back to True. */
    private boolean immutable;
    /** The array that owns the data this view shares (NumPy's a.base), null for an array owning its own. */
    private final NpArray base;
    /** The floating-point errors of the ufunc that made this array, until issued where it ran (null: none). */
    FloatErrors.Raised raised;

    /** NumPy's name of the element type ("uint8"): torch.from_numpy says what it cannot keep. */
    public String dtypeName() {
        return type.name;
    }

    NpArray(Tensor data, NpType type) {
        this(data, type, false, false, null);
    }

    private NpArray(Tensor data, NpType type, boolean scalar, boolean readOnly, NpArray base) {
        this.data = data;
        this.type = type;
        this.scalar = scalar;
        this.readOnly = readOnly;
        this.base = base;
    }

    /** A view of {@code base}'s data (a basic subscript, reshape, transpose): read-only when base is, as in NumPy. */
    static NpArray view(Tensor data, NpArray base) {
        return new NpArray(data, base.type, false, base.readOnly, base.owner());
    }

    /** A view of {@code base}'s data that refuses writes (sliding_window_view's). */
    static NpArray readOnlyView(Tensor data, NpArray base) {
        return new NpArray(data, base.type, false, true, base.owner());
    }

    /** The array whose data this one shares (NumPy's a.base: the one that owns it, however many views away), or this one. */
    NpArray owner() {
        return base != null ? base : this;
    }

    /** A new array that refuses writes (np.frombuffer's), of values already of {@code type} (decoded as it, or another such array's). */
    static NpArray readOnly(NDArray values, NpType type) {
        NpArray r = new NpArray(ofCast(values, type).data, type, false, true, null);
        r.immutable = true;
        return r;
    }

    /** a.flags.writeable = value (and a.setflags(write=value)): True only where the data may change, as NumPy checks. */
    void setWriteable(boolean writeable) {
        if (writeable && (immutable || base != null && (base.readOnly || base.immutable)))
            throw PyError.value("cannot set WRITEABLE flag to True of this array");
        readOnly = !writeable;
    }

    @Override
    public Reduction reduce(int protocol) {
        return NumpyPickle.reduce(this, protocol);
    }

    /** flags.c_contiguous: its elements lie in its data in C order, one after another (axes of length 1 aside). */
    boolean isCContiguous() {
        return contiguous(false);
    }

    /** flags.f_contiguous: in Fortran order (a transposed C-ordered array is). */
    boolean isFortranContiguous() {
        return contiguous(true);
    }

    private boolean contiguous(boolean fortran) {
        int[] shape = shape();
        long[] strides = dev.adjoint.autograd.Views.strides(data);
        long step = 1;
        for (int k = 0; k < shape.length; k++) {
            int d = fortran ? k : shape.length - 1 - k;
            if (shape[d] == 0) return true;
            if (shape[d] == 1) continue;
            if (strides[d] != step) return false;
            step *= shape[d];
        }
        return true;
    }

    /** flags.writeable. */
    boolean isWriteable() {
        return !readOnly;
    }

    /** NumPy's ValueError for a write into a read-only array: "assignment destination is read-only" or "output array is read-only". */
    void checkWritable(String destination) {
        if (readOnly) throw PyError.value(destination + " is read-only");
    }

    /** A new array of {@code values} (cast to the type). */
    static NpArray of(NDArray values, NpType type) {
        NDArray v = type == NpType.FLOAT64 ? values : type.castAll(values);
        return ofCast(v, type);
    }

    /** A new array of values already of {@code type} (cast as they were computed: {@link NpType#casting}), kept as they are. */
    static NpArray ofCast(NDArray values, NpType type) {
        return new NpArray(Tensor.constantOfType(values, type.storageType()), type);
    }

    /** {@code t.numpy()} and {@code np.array(t)}: a copy of a tensor's values with its type. */
    public static NpArray fromTensor(Tensor t) {
        return of(t.value(), NpType.of(t.dtype()));
    }

    NDArray values() {
        return data.value();
    }

    int[] shape() {
        return data.shape();
    }

    int ndim() {
        return data.ndim();
    }

    int size() {
        return values().size();
    }

    @Override
    public String typeName() {
        return scalar ? "numpy." + type.name : "numpy.ndarray";
    }

    @Override
    public PyClass pyClass() {
        return scalar ? Numpy.scalarClass(type) : Numpy.NDARRAY;
    }

    /**
     * The array's properties, then its methods ({@link ArrayFunctions#METHODS}). Made when an array
     * is first asked (a holder class), not with NpArray itself: ArrayFunctions' own start needs
     * NpArray, so reading METHODS while NpArray starts could find it not yet made.
     */
    private static final class Attributes {
        static final AttributeTable<NpArray> TABLE = new AttributeTable<NpArray>()
                .value("shape", x -> shapeTuple(x.shape()))
                .value("ndim", x -> (long) x.ndim())
                .value("size", x -> (long) x.size())
                .value("dtype", x -> NpDtype.of(x.type))
                .value("T", x -> x.scalar ? x : ArrayFunctions.transpose(x, null))
                .value("itemsize", x -> (long) x.type.itemsize())
                .value("nbytes", x -> (long) x.type.itemsize() * x.size())
                .value("real", x -> x)
                .value("imag", x -> box(NpArray.of(NDArray.full(0, x.shape()), x.type == NpType.BOOL ? NpType.BOOL : x.type)))
                .value("flat", NpFlat::new)
                .value("flags", Flags::new)
                .value("base", x -> x.base) // None for an array that owns its data
                .value("strides", x -> { // as a view reads its base's data (dev.adjoint.autograd.Views), in bytes
                    List<Object> bytes = new ArrayList<>();
                    for (long st : dev.adjoint.autograd.Views.strides(x.data)) bytes.add(st * x.type.itemsize());
                    return Values.tuple(bytes);
                });

        static {
            ArrayFunctions.METHODS.forEach((name, f) -> {
                dev.adjoint.lang.Builtin.Fn bound = dev.adjoint.lang.KeywordNames.methodBinding("numpy.ndarray." + name, f); // x.max(axis=1, keepdims=True) by NumPy's names
                TABLE.method(name, (x, a) -> x.method(name, bound.apply(ArrayFunctions.withSelf(a, x))));
            });
        }
    }

    @Override
    public AttributeTable<NpArray> attributeTable() {
        return Attributes.TABLE;
    }

    /** The methods as attributes of numpy.ndarray too ({@code np.ndarray.sum(a)}), each taking the array first. */
    static void defineMethods(PyClass ndarray) {
        for (String name : ArrayFunctions.METHODS.keySet())
            ndarray.method(name, a -> {
                if (!(a.self() instanceof NpArray x))
                    throw PyError.type("descriptor '" + name + "' for 'numpy.ndarray' objects doesn't apply to a '" + Values.typeName(a.self()) + "' object");
                return a.interpreter().call(x.attribute(name), a.positional(), a.keywords(), a.span());
            });
    }

    /** {@code a.flat = v}: every element from v's values, repeated (NumPy's flatiter assignment). */
    @Override
    public boolean setAttribute(String name, Object value) {
        if (!name.equals("flat") || scalar) return false;
        new NpFlat(this).assignAll(value);
        return true;
    }

    /**
     * A method's result: a 0-d result is a NumPy scalar ({@code a.mean().round(2)}), as NumPy's
     * methods give, except where a 0-d array asked for an array (astype, copy, reshape).
     */
    private Object method(String name, Object result) {
        if (scalar || !List.of("astype", "copy", "reshape", "transpose", "squeeze").contains(name)) return result instanceof NpArray r ? box(r) : result;
        return result;
    }

    static List<Object> shapeTuple(int[] shape) {
        List<Object> out = new ArrayList<>(shape.length);
        for (int s : shape) out.add((long) s);
        return Values.tuple(out);
    }

    // ---- text ----

    @Override
    public String pyRepr() {
        return scalar ? ArrayText.scalarStr(values().item(), type) : ArrayText.repr(values(), type);
    }

    @Override
    public String pyStr() {
        return scalar ? pyRepr() : ArrayText.str(values(), type);
    }

    @Override
    public String toString() {
        return pyRepr();
    }

    // ---- operators ----

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        if (other instanceof Tensor t) {
            if (scalar) return null; // a NumPy scalar defers to the tensor, which reads it as a Python number (Values.torchNumber)
            return reflected ? tensorFirst(op, t) : arrayFirst(op, t);
        }
        NpArray o = Operand.of(other);
        if (o == null) return null;
        NpArray r = reflected ? Elementwise.binary(op, o, this) : Elementwise.binary(op, this, o);
        boolean scalars = scalar && (other instanceof NpArray n ? n.scalar : !(Values.plain(other) instanceof java.util.List<?>));
        if (r != null && r.raised != null && scalars) r.raised = r.raised.asScalar(); // NumPy's scalar math: "scalar divide"
        return box(r);
    }

    @Override
    public void issuePending(dev.adjoint.lang.Interpreter in, dev.adjoint.lang.Span at) {
        FloatErrors.Raised r = raised;
        raised = null;
        FloatErrors.issue(r, in, at);
    }

    /**
     * {@code t op array} as PyTorch 1.13 beside NumPy 1.24 computes it: the tensor declines, so
     * NumPy's ufunc runs on {@code t.numpy()} (refused for a tensor that requires grad) and
     * Tensor.__array_wrap__ makes the result a tensor again: NumPy's types, values and errors.
     */
    private Tensor tensorFirst(TokenType op, Tensor t) {
        checkNumpyAllowed(t);
        return Elementwise.binary(op, fromTensor(t), this).toTensor();
    }

    /** PyTorch's t.numpy() refuses a tensor that requires grad while grad mode is on (under no_grad it converts). */
    public static void checkNumpyAllowed(Tensor t) {
        if (t.requiresGrad() && dev.adjoint.autograd.GradMode.isEnabled())
            throw new PyError("RuntimeError", "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
    }

    /**
     * {@code array op t}: both decline, so Python's TypeError (for + NumPy's sequence-concatenation
     * one), except {@code /}: Tensor.__rtruediv__ is {@code t.reciprocal() * array}.
     */
    private Object arrayFirst(TokenType op, Tensor t) {
        if (op == TokenType.SLASH) return tensorFirst(TokenType.STAR, (Tensor) Operators.binary(TokenType.SLASH, 1L, t));
        if (op == TokenType.PLUS)
            throw PyError.type("Concatenation operation is not implemented for NumPy arrays, use np.concatenate() instead. "
                    + "Please do not rely on this error; it may not be given on all Python implementations.");
        return null;
    }

    /** A 0-d result of an operator is a NumPy scalar, as NumPy's ufuncs give. */
    static Object box(NpArray r) {
        if (r == null || r.ndim() != 0) return r;
        NpArray s = scalar(r.values().item(), r.type);
        s.raised = r.raised;
        return s;
    }

    @Override
    public Object inPlace(TokenType op, Object other) {
        if (other instanceof Tensor t && !scalar) { // PyTorch 1.13: the array's __iadd__ declines a tensor, so a += t is a = a + t
            if (op == TokenType.PLUS || op == TokenType.SLASH) return arrayFirst(op, t);
            throw PyError.type("unsupported operand type(s) for " + op.spelling() + "=: '" + typeName() + "' and 'Tensor'");
        }
        NpArray o = Operand.of(other);
        if (o == null || scalar) return null; // a scalar is immutable: s += 1 rebinds s
        return assign(Elementwise.binary(op, this, o), Elementwise.ufuncName(op));
    }

    /**
     * A ufunc's result written into this array (a += b, np.add(a, b, out=c)): of its shape, and of
     * a type that casts to this one by NumPy's 'same_kind' rule; returns this array.
     */
    NpArray assign(NpArray r, String ufunc) {
        if (!java.util.Arrays.equals(r.shape(), shape()))
            throw PyError.value("non-broadcastable output operand with shape " + Elementwise.shapeText(shape()) + " doesn't match the broadcast shape "
                    + Elementwise.shapeText(r.shape()));
        if (!r.type.castsTo(type))
            throw new PyError("numpy.core._exceptions._UFuncOutputCastingError", "Cannot cast ufunc '" + ufunc + "' output from dtype('"
                    + r.type.name + "') to dtype('" + type.name + "') with casting rule 'same_kind'");
        checkWritable("output array");
        write(r.values());
        raised = r.raised;
        return this;
    }

    /** Writes new values into this array (and every view of its data), cast to its type. */
    void write(NDArray v) {
        checkWritable("assignment destination");
        data.write(v.map(type::cast));
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (other instanceof Tensor && scalar) return null; // the tensor compares it as a Python number, as PyTorch does
        if (other instanceof Tensor) { // PyTorch 1.13 compares an array and a tensor neither way: unequal, and unordered
            if (op == TokenType.EQUAL_EQUAL || op == TokenType.BANG_EQUAL) return op == TokenType.BANG_EQUAL;
            String left = reflected ? "Tensor" : typeName(), right = reflected ? typeName() : "Tensor";
            throw PyError.type("'" + op.spelling() + "' not supported between instances of '" + left + "' and '" + right + "'");
        }
        NpArray o = Operand.of(other);
        if (o == null && Values.plain(other) == null && (op == TokenType.EQUAL_EQUAL || op == TokenType.BANG_EQUAL))
            return box(NpArray.of(NDArray.full(op == TokenType.BANG_EQUAL ? 1 : 0, shape()), NpType.BOOL)); // NumPy compares each element with None
        if (o == null) {
            if (op == TokenType.EQUAL_EQUAL) return false; // NumPy: not comparable, so not equal
            if (op == TokenType.BANG_EQUAL) return true;
            return null;
        }
        return box(reflected ? Elementwise.compare(op, o, this) : Elementwise.compare(op, this, o));
    }

    /** NumPy's ndarray.__contains__: {@code (a == item).any()}, so {@code 3.0 in a} looks at every element of a 2-d a; a scalar is no container. */
    @Override
    public Boolean contains(Object item) {
        if (scalar) return null;
        Object equal = compare(TokenType.EQUAL_EQUAL, item, false);
        if (!(equal instanceof NpArray e)) return Values.truthy(equal);
        for (double v : e.values().toArray()) if (v != 0) return true;
        return false;
    }

    @Override
    public Object unary(TokenType op) {
        return box(Elementwise.unary(op, this));
    }

    @Override
    public Object abs() {
        return box(Elementwise.sameType(this, "absolute", Math::abs, Math::abs));
    }

    @Override
    public boolean truthy() {
        int n = size();
        if (n == 1) return values().toArray()[0] != 0;
        if (n == 0) return false;
        throw PyError.value("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
    }

    @Override
    public Object number() {
        if (size() != 1) throw PyError.type("only size-1 arrays can be converted to Python scalars");
        double v = values().toArray()[0];
        return type == NpType.BOOL ? (Object) (long) v : python(v, type); // int(np.True_) is 1
    }

    @Override
    public Object formatsAs() {
        return ndim() == 0 ? python(values().item(), type) : null;
    }

    @Override
    public Object pythonNumber() {
        return scalar ? python(values().item(), type) : null;
    }

    @Override
    public Object round(long ndigits) {
        return scalar ? box(ArrayFunctions.round(this, (int) Math.max(-400, Math.min(400, ndigits)))) : null;
    }

    @Override
    public boolean hashable() {
        return scalar;
    }

    /**
     * NumPy's scalar of a type (what a.sum(), a[0] and np.float64(x) give): it prints, formats,
     * compares and hashes as its Python number ({@link #pythonNumber}), and has the methods and
     * attributes of a 0-d array ({@code a.mean().round(2)}, {@code .dtype}, {@code .item()}).
     */
    static NpArray scalar(double v, NpType type) {
        return new NpArray(Tensor.constant(NDArray.scalar(type.cast(v)), type.storageType()), type, true, false, null);
    }

    public boolean isScalar() {
        return scalar;
    }

    /** The Python number of a value (item(), tolist(), float()): float, int or bool. */
    static Object python(double v, NpType type) {
        return switch (type.kind) {
            case BOOL -> v != 0;
            case SIGNED, UNSIGNED -> v >= 0x1p63 ? new java.math.BigDecimal(v).toBigInteger() : (Object) (long) v; // uint64 from 2^63
            case FLOAT -> v;
        };
    }

    // ---- subscripts, len, iteration ----

    @Override
    public Object getItem(Object key) {
        if (scalar) throw PyError.index("invalid index to scalar variable.");
        return Subscript.get(this, key);
    }

    @Override
    public void setItem(Object key, Object value) {
        Subscript.set(this, key, value);
    }

    @Override
    public long length() {
        if (scalar) throw PyError.type("object of type '" + typeName() + "' has no len()");
        if (ndim() == 0) throw PyError.type("len() of unsized object");
        return shape()[0];
    }

    @Override
    public Iterator<Object> iterator() {
        if (scalar) throw PyError.type("'" + typeName() + "' object is not iterable");
        if (ndim() == 0) throw PyError.type("iteration over a 0-d array");
        int n = shape()[0];
        return new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < n;
            }

            public Object next() {
                return getItem((long) i++);
            }
        };
    }

    @Override
    public Tensor toTensor() {
        return Tensor.constant(values(), type.tensorType());
    }

    /**
     * a.flags: NumPy's flags object, as attributes (flags.c_contiguous), by key (flags['C_CONTIGUOUS'],
     * flags['C']) and printed as NumPy's table. writeable may be set; ALIGNED is always true and
     * WRITEBACKIFCOPY false, as for every array a program makes.
     */
    record Flags(NpArray array) implements dev.adjoint.lang.TabledHostObject, dev.adjoint.lang.Subscriptable, dev.adjoint.lang.PyReprable {
        /** The printed flags, in NumPy's order. */
        private static final List<String> SHOWN = List.of("C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY");
        private static final dev.adjoint.lang.AttributeTable<Flags> ATTRIBUTES = new dev.adjoint.lang.AttributeTable<Flags>()
                .value("c_contiguous", f -> f.flag("C_CONTIGUOUS"))
                .value("f_contiguous", f -> f.flag("F_CONTIGUOUS"))
                .value("contiguous", f -> f.flag("C_CONTIGUOUS"))
                .value("fortran", f -> f.flag("F_CONTIGUOUS"))
                .value("writeable", f -> f.flag("WRITEABLE"))
                .value("owndata", f -> f.flag("OWNDATA"))
                .value("aligned", f -> f.flag("ALIGNED"))
                .value("writebackifcopy", f -> f.flag("WRITEBACKIFCOPY"))
                .value("behaved", f -> f.flag("BEHAVED"))
                .value("carray", f -> f.flag("CARRAY"))
                .value("farray", f -> f.flag("FARRAY"));

        /** A flag by NumPy's key (full name or its letters); null for an unknown key. */
        private Boolean flag(String key) {
            boolean c = array.isCContiguous(), fortran = array.isFortranContiguous(), behaved = !array.readOnly;
            return switch (key) {
                case "C_CONTIGUOUS", "C", "CONTIGUOUS" -> c;
                case "F_CONTIGUOUS", "F", "FORTRAN" -> fortran;
                case "OWNDATA", "O" -> array.base == null;
                case "WRITEABLE", "W" -> !array.readOnly;
                case "ALIGNED", "A" -> true;
                case "WRITEBACKIFCOPY", "X" -> false;
                case "BEHAVED", "B" -> behaved;
                case "CARRAY", "CA" -> behaved && c;
                case "FARRAY", "FA" -> behaved && fortran && !c;
                case "FNC" -> fortran && !c;
                case "FORC" -> fortran || c;
                default -> null;
            };
        }

        @Override
        public Object getItem(Object key) {
            Boolean v = key instanceof String k ? flag(k) : null;
            if (v == null) throw PyError.key("Unknown flag");
            return v;
        }

        @Override
        public String pyRepr() {
            StringBuilder out = new StringBuilder();
            for (String name : SHOWN) out.append("  ").append(name).append(" : ").append(flag(name) ? "True" : "False").append('\n');
            return out.toString();
        }

        @Override
        public String typeName() {
            return "numpy.core.multiarray.flagsobj";
        }

        @Override
        public dev.adjoint.lang.AttributeTable<?> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public boolean setAttribute(String name, Object value) {
            if (!name.equals("writeable")) return false;
            array.setWriteable(Values.truthy(value));
            return true;
        }

        @Override
        public void setItem(Object key, Object value) {
            if (!"WRITEABLE".equals(key) && !"W".equals(key)) throw PyError.key("Unknown flag");
            array.setWriteable(Values.truthy(value));
        }
    }
}
