package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Python's built-in types as classes (what type(x) returns, what isinstance tests, what
 * {@code int("3")} calls): their constructors here, their methods in StrMethods, ListMethods,
 * DictMethods, SetMethods and NumberMethods. They are fixed: a user cannot change them.
 */
public final class BuiltinTypes {
    public static final PyClass OBJECT = PyClass.builtin("object", null, null);
    public static final PyClass TYPE = PyClass.builtin("type", OBJECT, Builtin.of("type", BuiltinTypes::type));
    public static final PyClass NONE = PyClass.builtin("NoneType", OBJECT, Builtin.of("NoneType", a -> {
        a.expect(0, 0);
        return null;
    }));
    public static final PyClass INT = PyClass.builtin("int", OBJECT, Builtin.of("int", BuiltinTypes::intOf));
    public static final PyClass BOOL = PyClass.builtin("bool", INT, Builtin.of("bool", a -> a.expect(0, 1).size() == 1 && Values.truthy(a.get(0))));
    public static final PyClass FLOAT = PyClass.builtin("float", OBJECT, Builtin.of("float", BuiltinTypes::floatOf));
    public static final PyClass STR = PyClass.builtin("str", OBJECT, Builtin.of("str", BuiltinTypes::str));
    public static final PyClass LIST = PyClass.builtin("list", OBJECT, Builtin.of("list", a -> a.expect(0, 1).size() == 0 ? new PyList() : new PyList(items(a))));
    public static final PyClass TUPLE = PyClass.builtin("tuple", OBJECT, Builtin.of("tuple", a -> a.expect(0, 1).size() == 0 ? List.of() : Values.tuple(items(a))));
    public static final PyClass DICT = PyClass.builtin("dict", OBJECT, Builtin.of("dict", DictMethods::construct));
    public static final PyClass SET = PyClass.builtin("set", OBJECT, Builtin.of("set", a -> SetMethods.of(a, false)));
    public static final PyClass FROZENSET = PyClass.builtin("frozenset", OBJECT, Builtin.of("frozenset", a -> SetMethods.of(a, true)));
    public static final PyClass RANGE = PyClass.builtin("range", OBJECT, Builtin.of("range", BuiltinTypes::range));
    public static final PyClass FUNCTION = PyClass.builtin("function", OBJECT, null);
    public static final PyClass BUILTIN_FUNCTION = PyClass.builtin("builtin_function_or_method", OBJECT, null);
    public static final PyClass METHOD = PyClass.builtin("method", OBJECT, null);
    public static final PyClass MODULE = PyClass.builtin("module", OBJECT, null);
    public static final PyClass ELLIPSIS = PyClass.builtin("ellipsis", OBJECT, null);
    public static final PyClass NOT_IMPLEMENTED = PyClass.builtin("NotImplementedType", OBJECT, null);
    public static final PyClass SLICE = PyClass.builtin("slice", OBJECT, Builtin.of("slice", BuiltinTypes::slice));
    public static final PyClass PROPERTY = PyClass.builtin("property", OBJECT, Builtin.of("property", a -> {
        a.expect(0, 4, "fget", "fset", "fdel", "doc"); // property(fget=None, fset=None, fdel=None, doc=None)
        return new Descriptors.Property(a.option(0, "fget", null), a.option(1, "fset", null), a.option(2, "fdel", null));
    }));
    public static final PyClass STATICMETHOD = PyClass.builtin("staticmethod", OBJECT, Builtin.of("staticmethod", a -> new Descriptors.StaticMethod(a.expect(1, 1).get(0))));
    public static final PyClass CLASSMETHOD = PyClass.builtin("classmethod", OBJECT, Builtin.of("classmethod", a -> new Descriptors.ClassMethod(a.expect(1, 1).get(0))));
    public static final PyClass SUPER = PyClass.builtin("super", OBJECT, Builtin.of("super", a -> a.expect(0, 2).interpreter().superOf(a)));
    /** PyTorch's tensor type: torch.Tensor. */
    public static final PyClass TENSOR = PyClass.builtin("Tensor", "torch", OBJECT, Builtin.of("Tensor", a -> dev.adjoint.lang.lib.TorchLegacy.tensor(a)));
    /** torch.nn.Parameter, a subclass of Tensor (torch's: made by dev.adjoint.lang.lib.TorchNn.parameter). */
    public static final PyClass PARAMETER = PyClass.builtin("Parameter", "torch.nn.parameter", TENSOR,
            Builtin.of("Parameter", a -> dev.adjoint.lang.lib.TorchNn.parameter(a)));
    /** torch.nn.parameter.UninitializedParameter and UninitializedBuffer: a lazy module's tensors before its first call (see {@link UninitializedTensors}). */
    public static final PyClass UNINITIALIZED_PARAMETER = PyClass.builtin("UninitializedParameter", "torch.nn.parameter", PARAMETER,
            Builtin.of("UninitializedParameter", a -> UninitializedTensors.construct(a, true)));
    public static final PyClass UNINITIALIZED_BUFFER = PyClass.builtin("UninitializedBuffer", "torch.nn.parameter", TENSOR,
            Builtin.of("UninitializedBuffer", a -> UninitializedTensors.construct(a, false)));

    /** A generator function's generators and generator expressions. */
    static final PyClass GENERATOR = PyClass.builtin("generator", OBJECT, null);

    private static final Map<String, PyClass> OTHER = new ConcurrentHashMap<>();

    static {
        ClassHooks.defineObjectMethods(OBJECT);
        RANGE.method("count", a -> {
            RangeValue r = (RangeValue) a.self();
            Object x = a.expect(1, 1).get(0);
            Object v = Values.plain(x) instanceof Boolean b ? (Object) (b ? 1L : 0L) : Values.plain(x); // an int or bool: found by arithmetic, as CPython
            if (v instanceof Long || v instanceof BigInteger) return r.contains(v) ? 1L : 0L;
            long n = 0;
            for (java.util.Iterator<Object> it = r.iterator(); it.hasNext(); ) if (Operators.equal(it.next(), x)) n++;
            return n;
        });
        RANGE.method("index", a -> {
            RangeValue r = (RangeValue) a.self();
            Object x = a.expect(1, 1).get(0);
            Object v = Values.plain(x) instanceof Boolean b ? (Object) (b ? 1L : 0L) : Values.plain(x);
            if (v instanceof Long || v instanceof BigInteger) {
                Object i = r.indexOf(v);
                if (i != null) return i;
                throw PyError.value(v + " is not in range");
            }
            long i = 0; // another kind of value: compared with each item, as a sequence's index does
            for (java.util.Iterator<Object> it = r.iterator(); it.hasNext(); i++) if (Operators.equal(it.next(), x)) return i;
            throw PyError.value("sequence.index(x): x not in sequence");
        });
        // defined when first needed (see PyClass.methodsFrom): ~100 lambdas not linked at start-up
        PyClass.methodsFrom(() -> {
            StrMethods.register(STR);
            ContainerDunders.sequence(STR, true);
            BuiltinSubclasses.defineConstruction(STR, false);
        }, STR);
        PyClass.methodsFrom(() -> {
            ListMethods.register(LIST, TUPLE);
            ContainerDunders.sequence(LIST, true);
            ContainerDunders.mutable(LIST);
            ContainerDunders.list(LIST);
            ContainerDunders.sequence(TUPLE, true);
            BuiltinSubclasses.defineConstruction(LIST, true);
            BuiltinSubclasses.defineConstruction(TUPLE, false);
        }, LIST, TUPLE);
        PyClass.methodsFrom(() -> {
            DictMethods.register(DICT);
            ContainerDunders.mapping(DICT);
            BuiltinSubclasses.defineConstruction(DICT, true);
        }, DICT);
        PyClass.methodsFrom(() -> {
            SetMethods.register(SET, FROZENSET);
            ContainerDunders.collection(SET, true);
            ContainerDunders.collection(FROZENSET, true);
            ContainerDunders.setAlgebra(SET, true);
            ContainerDunders.setAlgebra(FROZENSET, false);
            BuiltinSubclasses.defineConstruction(SET, true);
            BuiltinSubclasses.defineConstruction(FROZENSET, false);
        }, SET, FROZENSET);
        ContainerDunders.sequence(RANGE, false);
        RANGE.method("__reversed__", a -> PyBuiltins.reversedOf(a.expect(0, 0).self()));
        for (String name : new String[] {"start", "stop", "step"})
            RANGE.define(name, new Descriptors.Property(new BuiltinMethod(name, a -> {
                RangeValue r = (RangeValue) a.self();
                return name.equals("start") ? r.start() : name.equals("stop") ? r.stop() : r.step();
            }), null, null));
        for (PyClass f : new PyClass[] {FUNCTION, BUILTIN_FUNCTION, METHOD}) ContainerDunders.callable(f);
        PyClass.methodsFrom(() -> {
            NumberMethods.register(INT, FLOAT);
            BuiltinSubclasses.defineConstruction(INT, false);
            BuiltinSubclasses.defineConstruction(FLOAT, false);
        }, INT, FLOAT);
        // a class statement may subclass these: its objects carry one of their values (BuiltinSubclasses)
        for (PyClass t : new PyClass[] {LIST, DICT, SET}) t.carryingValues(true);
        for (PyClass t : new PyClass[] {TUPLE, FROZENSET, STR, INT, FLOAT}) t.carryingValues(false);
        PyClass.methodsFrom(() -> Generator.register(GENERATOR), GENERATOR);
        PyClass.methodsFrom(() -> TensorMethods.register(TENSOR), TENSOR); // torch.Tensor.abs(x) (torch)
        PROPERTY.method("setter", a -> {
            Descriptors.Property p = (Descriptors.Property) a.self();
            return new Descriptors.Property(p.getter(), a.expect(1, 1).get(0), p.deleter());
        });
        PROPERTY.method("deleter", a -> {
            Descriptors.Property p = (Descriptors.Property) a.self();
            return new Descriptors.Property(p.getter(), p.setter(), a.expect(1, 1).get(0));
        });
    }

    private BuiltinTypes() {}

    /** type(x): the class of any value. */
    public static PyClass of(Object v) {
        if (v == null) return NONE;
        if (v instanceof Boolean) return BOOL;
        if (v instanceof Long || v instanceof BigInteger) return INT;
        if (v instanceof Double) return FLOAT;
        if (v instanceof String) return STR;
        if (v instanceof TrackedNumber t) return of(t.value());
        if (v instanceof Tensor t && t.isNeedle()) return dev.adjoint.lang.lib.NeedleTensor.type(t); // needle.autograd.Tensor
        if (v instanceof Tensor t && dev.adjoint.nn.Parameter.isUninitialized(t))
            return dev.adjoint.nn.Parameter.isParameter(t) ? UNINITIALIZED_PARAMETER : UNINITIALIZED_BUFFER;
        if (v instanceof Tensor t) return dev.adjoint.nn.Parameter.isParameter(t) ? PARAMETER : TENSOR;
        if (v instanceof HostObject h && h.pyClass() != null) return h.pyClass();
        if (v instanceof PyIterator it && it.pyClass() != null) return it.pyClass();
        if (v instanceof PyIterator it && it.typeName().equals("generator")) return GENERATOR; // a generator expression is a generator, as in CPython
        if (v instanceof PyIterator it && IteratorClasses.named(it.typeName()) != null) return IteratorClasses.named(it.typeName());
        if (v instanceof PyIterator it) return OTHER.computeIfAbsent(it.typeName(), ContainerDunders::iteratorType);
        if (Generator.isGenerator(v)) return GENERATOR;
        if (v instanceof HostObject && !(v instanceof PyModule) && !(v instanceof Callable))
            return OTHER.computeIfAbsent(Values.typeName(v), n -> PyClass.builtin(n, OBJECT, null)); // torch.Size before tuple
        if (v instanceof PyList) return LIST;
        if (v instanceof List) return TUPLE;
        if (v instanceof PyDict d) return d.pyClass();
        if (v instanceof PySet s) return s.frozen() ? FROZENSET : SET;
        if (v instanceof DictView d) return OTHER.computeIfAbsent(d.typeName(), DictView::type);
        if (v instanceof RangeValue) return RANGE;
        if (v instanceof PyInstance i) return i.pyClass();
        if (v instanceof PyClass c) return c.metaclass() == null ? TYPE : c.metaclass().type();
        if (v instanceof UserFunction) return FUNCTION;
        if (v instanceof BoundCallable) return METHOD;
        if (v instanceof Ellipsis) return ELLIPSIS;
        if (v == Dunders.NOT_IMPLEMENTED) return NOT_IMPLEMENTED;
        if (v instanceof SliceValue) return SLICE;
        if (v instanceof Descriptors.Property) return PROPERTY;
        if (v instanceof Descriptors.Super) return SUPER;
        if (v instanceof Descriptors.StaticMethod) return STATICMETHOD;
        if (v instanceof Descriptors.ClassMethod) return CLASSMETHOD;
        if (v instanceof PyModule) return MODULE;
        if (v instanceof Callable && !(v instanceof HostObject)) return BUILTIN_FUNCTION;
        // library objects and iterators: a fixed class per type name, so type(x) == type(y) holds
        return OTHER.computeIfAbsent(Values.typeName(v), n -> PyClass.builtin(n, OBJECT, null));
    }

    /** isinstance(v, cls). */
    public static boolean isInstance(Object v, PyClass cls) {
        Boolean legacy = dev.adjoint.lang.lib.TorchLegacy.isInstance(v, cls); // torch.FloatTensor, Variable: by the tensor's type
        if (legacy != null) return legacy;
        Boolean abc = CollectionsAbc.isInstance(v, cls); // collections.abc: by the methods v's type defines
        return abc != null ? abc : of(v).isSubclassOf(cls);
    }

    private static List<Object> items(Args a) {
        return Values.items(a.get(0));
    }

    private static Object type(Args a) {
        if (a.size() == 3) throw PyError.notSupported("type(name, bases, dict)");
        return of(a.expect(1, 1).get(0));
    }

    private static final Pattern FLOAT_TEXT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** int(), int(x), int(text, base). */
    private static Object intOf(Args a) {
        a.expect(0, 2, "base");
        if (a.size() == 0 && !a.has("base")) return 0L;
        Object v = Values.plain(a.get(0));
        if (v instanceof PyInstance i && i.value() instanceof String text) v = text; // int(s) of a str subclass
        Object base = a.option(1, "base", null);
        if (base != null) {
            if (!(v instanceof String s)) throw PyError.type("int() can't convert non-string with explicit base");
            return parseInt(s, Values.toInt(base, "base"));
        }
        if (v instanceof String s) return parseInt(s, 10);
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (PyNumbers.isInt(v)) return v;
        if (v instanceof Double d) return PyNumbers.truncate(d);
        if (v instanceof Tensor t) return PyNumbers.truncate(oneElement(t));
        if (v instanceof PyOperand o && o.number() != null) return o.number() instanceof Double d ? PyNumbers.truncate(d) : o.number();
        if (v instanceof PyInstance i && i.has("__int__")) return i.call("__int__");
        if (v instanceof PyInstance i && i.has("__index__")) return i.call("__index__");
        throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not '" + Values.typeName(v) + "'");
    }

    public static Object parseInt(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) throw PyError.value("int() base must be >= 2 and <= 36, or 0");
        String s = text.strip();
        String digits = s;
        boolean negative = false;
        if (digits.startsWith("+") || digits.startsWith("-")) {
            negative = digits.startsWith("-");
            digits = digits.substring(1);
        }
        String lower = digits.toLowerCase();
        int b = base;
        if (lower.length() > 1 && lower.charAt(0) == '0' && "xob".indexOf(lower.charAt(1)) >= 0) {
            int prefixBase = lower.charAt(1) == 'x' ? 16 : lower.charAt(1) == 'o' ? 8 : 2;
            if (base == 0 || base == prefixBase) {
                b = prefixBase;
                digits = digits.substring(2);
                if (digits.startsWith("_")) digits = digits.substring(1);
            }
        }
        if (b == 0) {
            b = 10;
            if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0' || c == '_')) throw invalidInt(text, base);
        }
        if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")) throw invalidInt(text, base);
        if (Integer.bitCount(b) != 1 && digits.length() > 640) PyNumbers.checkStrDigits(digits.replace("_", "").length()); // CPython limits bases that are not powers of 2 (to at least 641 digits)
        try {
            BigInteger v = new BigInteger(digits.replace("_", ""), b);
            return PyNumbers.normalize(negative ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw invalidInt(text, base);
        }
    }

    private static PyError invalidInt(String text, int base) {
        return PyError.value("invalid literal for int() with base " + base + ": " + Repr.quoted(text));
    }

    /** int() and float() of a tensor: its one element, else PyTorch's ValueError. */
    static double oneElement(Tensor t) {
        if (t.value().size() != 1) throw PyError.value("only one element tensors can be converted to Python scalars");
        return t.item();
    }

    static Object floatOf(Args a) {
        if (a.expect(0, 1).size() == 0) return 0.0;
        Object v = Values.plain(a.get(0));
        if (v instanceof PyInstance i && i.value() instanceof String text) v = text;
        if (v instanceof String s) return parseFloat(s);
        if (PyNumbers.isNumber(v)) return PyNumbers.toDouble(v);
        if (v instanceof Tensor t) return oneElement(t);
        if (v instanceof PyOperand o && o.number() != null) return PyNumbers.toDouble(o.number());
        if (v instanceof PyInstance i && i.has("__float__")) return i.call("__float__");
        throw PyError.type("float() argument must be a string or a real number, not '" + Values.typeName(v) + "'");
    }

    public static double parseFloat(String text) {
        String s = text.strip().toLowerCase();
        String unsigned = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        boolean negative = s.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (unsigned.equals("nan")) return Double.NaN;
        String plain = s.replaceAll("(?<=\\d)_(?=\\d)", "");
        if (!FLOAT_TEXT.matcher(plain).matches()) throw PyError.value("could not convert string to float: " + Repr.quoted(text));
        return Double.parseDouble(plain);
    }

    /** range(stop), range(start, stop[, step]) over ints. */
    private static Object range(Args a) {
        a.expect(1, 3);
        Object[] n = new Object[a.size()];
        for (int i = 0; i < n.length; i++) {
            Object v = Values.plain(a.get(i));
            if (v instanceof Double) throw PyError.type("'float' object cannot be interpreted as an integer");
            if (v instanceof PyInstance o && o.has("__index__")) { // any int (toLong below refuses what is not one, as CPython)
                Object k = Values.plain(o.call("__index__"));
                if (PyNumbers.isInt(k)) v = k;
            }
            n[i] = v instanceof BigInteger ? v : (Object) Values.toLong(v, "range() argument " + (i + 1)); // any int, as CPython's
        }
        if (n.length == 3 && Long.valueOf(0).equals(n[2])) throw PyError.value("range() arg 3 must not be zero");
        return n.length == 1 ? RangeValue.of(0L, n[0], 1L) : RangeValue.of(n[0], n[1], n.length == 3 ? n[2] : 1L);
    }

    private static Object slice(Args a) {
        a.expect(1, 3);
        if (a.size() == 1) return new SliceValue(null, a.get(0), null);
        return new SliceValue(a.get(0), a.get(1), a.size() == 3 ? a.get(2) : null);
    }

    /** str(x), or str(b, encoding, errors): bytes decoded, as bytes.decode does. */
    private static Object str(Args a) {
        a.expect(0, 3, "object", "encoding", "errors");
        Object v = a.option(0, "object", "");
        if (!a.has("encoding") && !a.has("errors") && a.size() < 2) return Repr.str(v);
        if (v instanceof String) throw PyError.type("decoding str is not supported");
        if (!(v instanceof PyBytes b)) throw PyError.type("decoding to str: need a bytes-like object, " + Values.typeName(v) + " found");
        return BytesMethods.decode(b.data(), Repr.str(a.option(1, "encoding", "utf-8")), Repr.str(a.option(2, "errors", "strict")));
    }
}
