package dev.adjoint.lang;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * What the operators do to values, by Python's rules: numbers as Python's ints and floats, strings
 * and sequences concatenate and repeat, sets combine, objects through their special methods.
 * Arithmetic with a tensor goes through {@link Ops}, so the graph is recorded; with a tracked
 * number (and no tensor) it gives the exact Python result plus the node made from the operands'
 * nodes. {@code //} and comparisons give plain values (their gradient is zero or none); {@code %}
 * is recorded as torch.remainder (slope 1 in the dividend).
 */
public final class Operators {
    private Operators() {}

    public static Object binary(TokenType op, Object a, Object b) {
        if (a instanceof TrackedNumber || b instanceof TrackedNumber) {
            Object r = TrackedFloats.binary(op, a, b); // the lecture loop's case, without the checks below
            if (r != null) return r;
        }
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) return numeric(op, a, b);
        if (a instanceof PyOperand || b instanceof PyOperand) {
            Object r = a instanceof PyOperand o ? o.binary(op, b, false) : null;
            if (r == null && b instanceof PyOperand o) r = o.binary(op, a, true);
            if (r != null) return r;
        }
        if (a instanceof Tensor || b instanceof Tensor) return tensor(op, a, b);
        if (a instanceof TrackedNumber || b instanceof TrackedNumber) return tracked(op, a, b);
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = Dunders.binary(op, a, b);
            if (r != Dunders.NOT_IMPLEMENTED) return r;
            if (BuiltinSubclasses.carriesValue(a) || BuiltinSubclasses.carriesValue(b)) return binary(op, BuiltinSubclasses.valueOf(a), BuiltinSubclasses.valueOf(b)); // [1] + Stack([2])
        }
        if (op == TokenType.PIPE && UnionType.isTypeOperand(a) && UnionType.isTypeOperand(b) && (a != null || b != null)) return UnionType.of(a, b);
        return sequences(op, a, b);
    }

    /** d.keys() and d.items() are set-like (collections.abc.Set): &, |, -, ^ with any iterable give a set; d.values() is not. */
    private static boolean isSetLike(Object v) {
        return v instanceof DictView d && d.kind() != DictView.Kind.VALUES;
    }

    /** Both sets, or a keys()/items() view and a set or another such view: compared as sets (CPython's dictview_richcompare). */
    private static boolean bothSetLike(Object a, Object b) {
        return (isSetLike(a) || a instanceof PySet) && (isSetLike(b) || b instanceof PySet);
    }

    private static int setSize(Object v) {
        return v instanceof PySet s ? s.size() : ((DictView) v).dict().size();
    }

    /** Whether every item of {@code a} is in {@code b}, walking a (CPython's all_contained_in). */
    private static boolean containedIn(Object a, Object b) {
        if (a instanceof PySet s && b instanceof PySet t) return SetMethods.subset(s, t);
        for (Iterator<Object> it = Values.iterate(a); it.hasNext(); ) if (!contains(b, it.next())) return false;
        return true;
    }

    /** The operator of an augmented assignment: in place for lists, sets, dicts and objects with __iadd__ and friends. */
    public static Object inPlace(TokenType op, Object a, Object b) {
        try {
            return inPlaceOrBinary(op, a, b);
        } catch (PyError e) {
            String plain = "unsupported operand type(s) for " + spelling(op) + ": ";
            if (!e.type().equals("TypeError") || e.getMessage() == null || !e.getMessage().startsWith(plain)) throw e;
            // CPython names the augmented operator: "for +=: 'NoneType' and 'int'"
            throw PyError.type("unsupported operand type(s) for " + op.spelling() + "=: " + e.getMessage().substring(plain.length()));
        }
    }

    private static Object inPlaceOrBinary(TokenType op, Object a, Object b) {
        if (a instanceof PyDeque) {
            Object r = PyDeque.operator(op, a, b, true);
            if (r != null) return r;
        }
        if (a instanceof PyList l) {
            if (op == TokenType.PLUS) {
                l.addAll(Values.items(b));
                return l;
            }
            if (op == TokenType.STAR) {
                List<Object> items = new ArrayList<>(l);
                l.setAll(repeat(items, count(b)));
                return l;
            }
        }
        if (a instanceof PyBytes s && s.mutable() && op == TokenType.PLUS && (b instanceof PyBytes || b instanceof PyMemoryView)) {
            s.append(b instanceof PyBytes t ? t.data().clone() : ((PyMemoryView) b).bytes()); // a bytearray grows in place, as CPython's
            return s;
        }
        if (a instanceof PySet s && !s.frozen() && b instanceof PySet t && setOperator(op) != 0) {
            SetMethods.applyInPlace(setOperator(op), s, t);
            return s;
        }
        if (a instanceof PyDict d && op == TokenType.PIPE) {
            if (d.pyClass() == MappingProxy.TYPE) throw PyError.type("'|=' is not supported by mappingproxy; use '|' instead");
            DictMethods.fill(d, b);
            return d;
        }
        if (a instanceof dev.adjoint.autograd.Tensor t) return TensorOperators.inPlace(op, t, b); // in place, as PyTorch
        if (a instanceof PyOperand o) {
            Object r = o.inPlace(op, b);
            if (r != null) return r;
        }
        if (a instanceof PyInstance) {
            Object r = Dunders.inPlace(op, a, b);
            if (r != Dunders.NOT_IMPLEMENTED) return r;
            if (a instanceof PyInstance i && i.value() != null && BuiltinSubclasses.isMutableValue(i.value())) { // d |= {...} of a dict subclass: in place, d stays itself
                Object changed = inPlace(op, i.value(), b);
                return changed == i.value() ? i : changed;
            }
        }
        return binary(op, a, b);
    }

    // ---- numbers ----

    static Object numeric(TokenType op, Object a, Object b) {
        return switch (op) {
            case PLUS -> PyNumbers.add(a, b);
            case MINUS -> PyNumbers.sub(a, b);
            case STAR -> PyNumbers.mul(a, b);
            case SLASH -> PyNumbers.trueDiv(a, b);
            case SLASH_SLASH -> PyNumbers.floorDiv(a, b);
            case PERCENT -> PyNumbers.mod(a, b);
            case STAR_STAR -> PyNumbers.pow(a, b);
            // the lecture's x^2 is a power; between two bools no lecture notation is meant: XOR, as Python
            case CARET -> a instanceof Boolean && b instanceof Boolean ? PyNumbers.bitwise(op, a, b) : PyNumbers.pow(a, b);
            case AMPERSAND, PIPE, LEFT_SHIFT, RIGHT_SHIFT -> {
                if (!PyNumbers.isInt(a) || !PyNumbers.isInt(b)) throw unsupported(op, a, b);
                yield PyNumbers.bitwise(op, a, b);
            }
            default -> throw unsupported(op, a, b);
        };
    }

    /** A tracked number with numbers: Python's result, and the node when the operator has a derivative and grad mode is on. */
    private static Object tracked(TokenType op, Object a, Object b) {
        Object pa = Values.plain(a), pb = Values.plain(b);
        if (!PyNumbers.isNumber(pa) || !PyNumbers.isNumber(pb)) return binary(op, pa, pb);
        Object value = numeric(op, pa, pb);
        if (!differentiable(op) || !GradMode.isEnabled()) return value;
        if (value instanceof PyComplex) return value; // (-8) ** (1/3): Python's complex, outside the graph (which holds real numbers)
        Tensor node = op == TokenType.PERCENT ? Ops.remainder(nodeOf(a), nodeOf(b), !(b instanceof TrackedNumber)) // Python's % is torch.remainder
                : arithmetic(op, nodeOf(a), nodeOf(b));
        return node.requiresGrad() ? new TrackedNumber(value, node) : value;
    }

    private static boolean differentiable(TokenType op) {
        return switch (op) {
            case PLUS, MINUS, STAR, SLASH, STAR_STAR, CARET, PERCENT -> true; // % has slope 1 in a, -floor(a/b) in b
            default -> false;
        };
    }

    /** The node a number enters a graph as: a tracked number's node, a plain number as a constant. */
    static Tensor nodeOf(Object v) {
        if (v instanceof TrackedNumber t) return t.node();
        if (v instanceof Tensor t) return t;
        return Constants.of(v);
    }

    // ---- tensors ----

    /** A tensor with a tensor, a number or a tracked number is TensorOperators' (PyTorch's rules); with anything else, Python's fallbacks. */
    private static Object tensor(TokenType op, Object a, Object b) {
        if (a instanceof Tensor t && dev.adjoint.nn.Parameter.isUninitialized(t) || b instanceof Tensor u && dev.adjoint.nn.Parameter.isUninitialized(u))
            throw UninitializedTensors.operatorError(op, false);
        Tensor r = TensorOperators.binary(op, a, b);
        if (r != null) return r;
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object d = Dunders.binary(op, a, b);
            if (d != Dunders.NOT_IMPLEMENTED) return d;
        }
        return sequences(op, a, b); // [1] + t: "can only concatenate list (not "Tensor") to list"
    }

    static Tensor arithmetic(TokenType op, Tensor a, Tensor b) {
        Op arithmetic = arithmeticOp(op);
        if (arithmetic != null) return Ops.arithmetic(arithmetic, a, b); // one call, one copy in compiled code
        if (op == TokenType.STAR_STAR || op == TokenType.CARET) return Ops.pow(a, b);
        throw new IllegalStateException("no derivative for " + op.spelling()); // see differentiable()
    }

    /** The op of {@code + - * /}, null for another operator (a loop's body picks it once per operator). */
    static Op arithmeticOp(TokenType op) {
        char symbol = switch (op) {
            case PLUS -> '+';
            case MINUS -> '-';
            case STAR -> '*';
            case SLASH -> '/';
            default -> 0;
        };
        return symbol == 0 ? null : Ops.arithmeticOp(symbol);
    }

    // ---- strings, sequences, sets, dicts ----

    private static Object sequences(TokenType op, Object a, Object b) {
        if (a instanceof CollectionsModule.Counter c && b instanceof CollectionsModule.Counter d) {
            Object r = c.combine(op, d); // Counter + Counter, -, |, &: before dict's |
            if (r != null) return r;
        }
        if (a instanceof PyDeque || b instanceof PyDeque) {
            Object r = PyDeque.operator(op, a, b, false);
            if (r != null) return r;
        }
        switch (op) {
            case PLUS -> {
                if (a instanceof String s && b instanceof String t) return s + t;
                if (a instanceof PyBytes s && b instanceof PyBytes t) {
                    byte[] out = java.util.Arrays.copyOf(s.data(), s.data().length + t.data().length);
                    System.arraycopy(t.data(), 0, out, s.data().length, t.data().length);
                    return PyBytes.of(out, s.mutable());
                }
                if (a instanceof PyBytes s) throw PyError.type("can't concat " + Values.typeName(b) + " to " + s.typeName());
                if (a instanceof PyList l && b instanceof PyList m) {
                    PyList out = new PyList(l);
                    out.addAll(m);
                    return out;
                }
                if (a instanceof TorchSize s && isTuple(b)) return s.plus((List<?>) b); // torch.Size + tuple is a Size
                if (isTuple(a) && isTuple(b)) {
                    List<Object> out = new ArrayList<>((List<?>) a);
                    out.addAll((List<?>) b);
                    return Values.tuple(out);
                }
                if (a instanceof String || a instanceof PyList || isTuple(a)) {
                    // CPython names the base sequence type: torch.Size([2]) + [1] is "can only concatenate tuple ..."
                    String kind = a instanceof String ? "str" : a instanceof PyList ? "list" : "tuple";
                    throw PyError.type("can only concatenate " + kind + " (not \"" + Values.typeName(b) + "\") to " + kind);
                }
            }
            case STAR -> {
                PyBytes bytes = a instanceof PyBytes x ? x : b instanceof PyBytes y ? y : null;
                if (bytes != null && PyNumbers.isInt(Values.plain(bytes == a ? b : a))) {
                    long n = count(bytes == a ? b : a);
                    checkSize(bytes.data().length, n, "a bytes value");
                    byte[] out = new byte[(int) (bytes.data().length * n)];
                    for (int i = 0; i < n; i++) System.arraycopy(bytes.data(), 0, out, i * bytes.data().length, bytes.data().length);
                    return PyBytes.of(out, bytes.mutable());
                }
                Object seq = isSequence(a) ? a : isSequence(b) ? b : null;
                Object n = seq == a ? b : a;
                if (seq != null && (PyNumbers.isInt(Values.plain(n)) || isTorchTensor(n))) return repeatValue(seq, count(n)); // [0] * torch.tensor(3): Tensor.__index__
                if (seq != null) throw PyError.type("can't multiply sequence by non-int of type '" + Values.typeName(n) + "'");
            }
            case PERCENT -> {
                if (a instanceof String s) return StrFormat.percent(s, b);
                if (a instanceof PyBytes s) return StrFormat.percentBytes(s, b);
            }
            case PIPE, AMPERSAND, MINUS, CARET -> {
                if (a instanceof PySet s && b instanceof PySet t) return SetMethods.apply(setOperator(op), s, t);
                if (isSetLike(a) || isSetLike(b)) return SetMethods.withView(setOperator(op), a, b); // d.keys() & {...}: a set
                if (op == TokenType.PIPE && a instanceof PyDict d && b instanceof PyDict e) {
                    PyDict out = DictMethods.copy(d);
                    DictMethods.fill(out, e);
                    return out;
                }
            }
            default -> {
            }
        }
        throw unsupported(op, a, b);
    }

    private static char setOperator(TokenType op) {
        return switch (op) {
            case PIPE -> '|';
            case AMPERSAND -> '&';
            case MINUS -> '-';
            case CARET -> '^';
            default -> 0;
        };
    }

    private static boolean isTuple(Object v) {
        return v instanceof List && !(v instanceof PyList);
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof List;
    }

    /** A PyTorch tensor, whose __index__ makes it a repeat count (needle's tensors have none). */
    private static boolean isTorchTensor(Object n) {
        return Values.plain(n) instanceof dev.adjoint.autograd.Tensor t && !t.isNeedle();
    }

    private static long count(Object n) {
        Object p = Values.plain(n);
        if (p instanceof java.math.BigInteger) throw new PyError("OverflowError", "cannot fit 'int' into an index-sized integer");
        return Math.max(0, Values.toLong(p, "repeat count"));
    }

    private static Object repeatValue(Object seq, long n) {
        if (seq instanceof String s) {
            checkSize(s.length(), n, "a string");
            return s.repeat((int) n);
        }
        List<Object> out = repeat((List<?>) seq, n);
        return seq instanceof PyList ? new PyList(out) : seq instanceof TorchSize ? TorchSize.ofItems(out) : Values.tuple(out);
    }

    private static List<Object> repeat(List<?> items, long n) {
        checkSize(items.size(), n, "a list");
        List<Object> out = new ArrayList<>((int) (items.size() * n));
        for (long i = 0; i < n; i++) out.addAll(items);
        return out;
    }

    /**
     * [0] * 10**9 would take the machine's memory: a repetition larger than the element limit that
     * holds for tensors (--max-elements) is refused before anything is made.
     */
    private static void checkSize(long size, long times, String what) {
        long limit = dev.adjoint.ndarray.Limits.maxElements();
        if (size > 0 && times > limit / size)
            throw new PyError("MemoryError", what + " of " + (times > Long.MAX_VALUE / size ? "more than " + Long.MAX_VALUE : String.format("%,d", size * times))
                    + " items is over the limit of " + String.format("%,d", limit) + " (--max-elements)");
    }

    static PyError unsupported(TokenType op, Object a, Object b) {
        return PyError.type("unsupported operand type(s) for " + spelling(op) + ": '" + Values.typeName(a) + "' and '" + Values.typeName(b) + "'");
    }

    /** The operator as CPython's unsupported-operand message names it. */
    private static String spelling(TokenType op) {
        return op == TokenType.STAR_STAR ? "** or pow()" : op.spelling();
    }

    // ---- unary ----

    public static Object unary(TokenType op, Object v) {
        if (op == TokenType.NOT) return !Values.truthy(v);
        if (PyNumbers.isNumber(v)) {
            return switch (op) {
                case MINUS -> PyNumbers.neg(v);
                case PLUS -> PyNumbers.pos(v);
                default -> {
                    if (!PyNumbers.isInt(v)) throw PyError.type("bad operand type for unary ~: '" + Values.typeName(v) + "'");
                    yield PyNumbers.invert(v);
                }
            };
        }
        if (v instanceof TrackedNumber t) {
            if (op == TokenType.TILDE) return unary(op, t.value());
            if (op == TokenType.PLUS) return t;
            Object value = PyNumbers.neg(t.value());
            return GradMode.isEnabled() ? new TrackedNumber(value, Ops.neg(t.node())) : value;
        }
        if (v instanceof Tensor t && dev.adjoint.nn.Parameter.isUninitialized(t)) throw UninitializedTensors.operatorError(op, true);
        if (v instanceof Tensor t) return TensorOperators.unary(op, t);
        if (v instanceof PyOperand o) {
            Object r = o.unary(op);
            if (r != null) return r;
        }
        if (v instanceof PyInstance i) {
            String special = op == TokenType.MINUS ? "__neg__" : op == TokenType.PLUS ? "__pos__" : "__invert__";
            if (i.has(special)) return i.call(special);
            if (i.value() != null) return unary(op, i.value());
        }
        if (v instanceof CollectionsModule.Counter c && op != TokenType.TILDE) return c.signed(op == TokenType.MINUS);
        throw PyError.type("bad operand type for unary " + op.spelling() + ": '" + Values.typeName(v) + "'");
    }

    /** abs(x): Python's for numbers, the graph's for tensors and tracked numbers. */
    public static Object abs(Object v) {
        if (PyNumbers.isNumber(v)) return PyNumbers.abs(v);
        if (v instanceof TrackedNumber t) {
            Object value = PyNumbers.abs(t.value());
            return GradMode.isEnabled() ? new TrackedNumber(value, Ops.abs(t.node())) : value;
        }
        if (v instanceof Tensor t) return Ops.abs(t);
        if (v instanceof PyOperand o && o.abs() != null) return o.abs();
        if (v instanceof PyInstance i && i.has("__abs__")) return i.call("__abs__");
        if (v instanceof PyInstance i && i.value() != null) return abs(i.value());
        throw PyError.type("bad operand type for abs(): '" + Values.typeName(v) + "'");
    }

    // ---- comparisons ----

    /**
     * One comparison. Numbers and strings by value, sequences lexicographically, sets by inclusion;
     * a tensor compared gives a bool when 0-d and a 0/1 constant tensor otherwise, as NumPy.
     */
    public static Object compare(TokenType op, Object a, Object b) {
        switch (op) {
            case IS:
                return identical(a, b);
            case IS_NOT:
                return !identical(a, b);
            case IN:
                return contains(b, a);
            case NOT_IN:
                return !contains(b, a);
            default:
                break;
        }
        if (a instanceof Long && b instanceof Long) return test(op, PyNumbers.compare(a, b)); // two ints, the commonest case (i % 8 == 7)
        Object pa = Values.plain(a), pb = Values.plain(b);
        if (PyNumbers.isNumber(pa) && PyNumbers.isNumber(pb)) {
            if (PyNumbers.isNaN(pa) || PyNumbers.isNaN(pb)) return op == TokenType.BANG_EQUAL;
            return test(op, PyNumbers.compare(pa, pb));
        }
        if (pa instanceof PyOperand || pb instanceof PyOperand) {
            Object r = pa instanceof PyOperand o ? o.compare(op, pb, false) : null;
            if (r == null && pb instanceof PyOperand o) r = o.compare(op, pa, true);
            if (r != null) return r;
        }
        if (pa instanceof Tensor || pb instanceof Tensor) {
            if (pa instanceof Tensor t && dev.adjoint.nn.Parameter.isUninitialized(t) || pb instanceof Tensor u && dev.adjoint.nn.Parameter.isUninitialized(u))
                throw UninitializedTensors.operatorError(op, false);
            Tensor r = TensorOperators.compare(op, a, b); // bool tensors, as PyTorch
            if (r != null) return r; // else (a list, None, a str) == is identity and < a TypeError, as PyTorch
        }
        if (pa instanceof PyInstance || pb instanceof PyInstance) {
            Object r = Dunders.compare(op, pa, pb);
            if (r != Dunders.NOT_IMPLEMENTED) return r;
            if (BuiltinSubclasses.carriesValue(pa) || BuiltinSubclasses.carriesValue(pb)) return compare(op, BuiltinSubclasses.valueOf(pa), BuiltinSubclasses.valueOf(pb)); // Mode.A < "b"
        }
        if (pa instanceof CollectionsModule.Counter c && pb instanceof CollectionsModule.Counter d) return c.compareCounts(op, d);
        if (op == TokenType.EQUAL_EQUAL) return equal(pa, pb);
        if (op == TokenType.BANG_EQUAL) return !equal(pa, pb);
        if (pa instanceof String s && pb instanceof String t) return test(op, Integer.signum(CodePoints.compare(s, t)));
        if ((pa instanceof PyList && pb instanceof PyList) || (isTuple(pa) && isTuple(pb))) return test(op, lexicographic((List<?>) pa, (List<?>) pb, op));
        if (bothSetLike(pa, pb)) return setCompare(op, pa, pb);
        if (pa instanceof PyDeque d && pb instanceof PyDeque e) return test(op, lexicographic(d.items(), e.items(), op));
        throw PyError.type("'" + op.spelling() + "' not supported between instances of '" + Values.typeName(a) + "' and '" + Values.typeName(b) + "'");
    }

    /** Python's {@code a < b} as a boolean (sorting, min, max). */
    static boolean less(Object a, Object b) {
        return Values.truthy(compare(TokenType.LESS, a, b));
    }

    private static int lexicographic(List<?> a, List<?> b, TokenType op) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (equal(a.get(i), b.get(i))) continue;
            return less(a.get(i), b.get(i)) ? -1 : 1;
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Sets (or keys()/items() views) ordered by inclusion; the smaller one is walked. */
    private static boolean setCompare(TokenType op, Object a, Object b) {
        int m = setSize(a), n = setSize(b);
        return switch (op) {
            case LESS_EQUAL -> m <= n && containedIn(a, b);
            case LESS -> m < n && containedIn(a, b);
            case GREATER_EQUAL -> m >= n && containedIn(b, a);
            case GREATER -> m > n && containedIn(b, a);
            default -> throw new IllegalStateException("not an ordering: " + op);
        };
    }

    /** Whether a three-way comparison's result {@code c} satisfies {@code op}. */
    static boolean test(TokenType op, int c) {
        return switch (op) {
            case EQUAL_EQUAL -> c == 0;
            case BANG_EQUAL -> c != 0;
            case LESS -> c < 0;
            case LESS_EQUAL -> c <= 0;
            case GREATER -> c > 0;
            case GREATER_EQUAL -> c >= 0;
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
    }

    /** Nested containers compared deeper than this are Python's RecursionError, never a stack overflow. */
    private static final int MAX_COMPARE_DEPTH = 1000;

    /**
     * Containers with more items than this, counting an item each time it is met, are not compared
     * (a MemoryError, as hashing gives past {@link HashKey#MAX_ITEMS}): two tuples that hold one
     * tuple twice at every level ({@code u = (u, u)} 60 times) have 2^60 items to compare, which
     * Ctrl-C stops but nothing else would.
     */
    static final long MAX_COMPARE_ITEMS = 100_000_000;

    /** The bound in force: {@link #MAX_COMPARE_ITEMS}, lowered only by a test, so that it need not walk 10^8 items to reach it. */
    static long compareItemBound = MAX_COMPARE_ITEMS;

    /** Python's == (as a bool): numbers by value (1 == 1.0 == True), containers item by item, objects by __eq__ or identity. */
    public static boolean equal(Object a, Object b) {
        return equal(a, b, 0, new long[1]);
    }

    private static boolean equal(Object a, Object b, int depth, long[] items) {
        if (depth > MAX_COMPARE_DEPTH) throw new PyError("RecursionError", "maximum recursion depth exceeded in comparison");
        if (a == b && !(a instanceof Double d && d.isNaN())) return true;
        Object pa = Values.number(a), pb = Values.number(b); // a NumPy scalar as its number: [np.int64(7)] == [7]
        if (PyNumbers.isNumber(pa) && PyNumbers.isNumber(pb)) return PyNumbers.equal(pa, pb);
        if (pa instanceof String s) return s.equals(pb);
        if (pa instanceof PyList l && pb instanceof PyList m) return sameItems(l, m, depth, items);
        if (isTuple(pa) && isTuple(pb)) return sameItems((List<?>) pa, (List<?>) pb, depth, items);
        if (pa instanceof CollectionsModule.Counter c && pb instanceof CollectionsModule.Counter d) return c.compareCounts(TokenType.EQUAL_EQUAL, d);
        // a ChainMap is a Mapping: equal to a dict or another ChainMap with the same items (Mapping.__eq__)
        if (pa instanceof PyChainMap c && (pb instanceof PyDict || pb instanceof PyChainMap)) pa = c.flattened();
        if (pb instanceof PyChainMap c && pa instanceof PyDict) pb = c.flattened();
        if (pa instanceof PyDict d && pb instanceof PyDict e) {
            if (d.size() != e.size()) return false;
            count(items, d.size());
            for (PyDict.Entry x : d.entries()) if (!e.containsKey(x.key()) || !equal(x.value(), e.get(x.key()), depth + 1, items)) return false;
            return true;
        }
        if (bothSetLike(pa, pb)) return setSize(pa) == setSize(pb) && (isSetLike(pa) ? containedIn(pa, pb) : containedIn(pb, pa)); // d.keys() == {"a"}: the view walked
        if (pa instanceof RangeValue r && pb instanceof RangeValue q) return r.equals(q);
        if (pa instanceof Tensor || pb instanceof Tensor) {
            Tensor r = TensorOperators.compare(TokenType.EQUAL_EQUAL, pa, pb);
            return r != null && Values.truthy(r); // a tensor is not equal to a str, None, a list: identity, as PyTorch
        }
        if (pa instanceof PyInstance || pb instanceof PyInstance) {
            Object r = Dunders.compare(TokenType.EQUAL_EQUAL, pa, pb);
            if (r != Dunders.NOT_IMPLEMENTED) return Values.truthy(r);
        }
        if (pa instanceof DictView || pb instanceof DictView) return false; // d.values() equals only itself (a == b above)
        if (pa instanceof PyComplex || pb instanceof PyComplex) return PyComplex.equal(pa, pb); // [1+0j] == [1]
        return Objects.equals(pa, pb) && !(pa instanceof List);
    }

    private static boolean sameItems(List<?> a, List<?> b, int depth, long[] items) {
        if (a.size() != b.size()) return false;
        count(items, a.size());
        for (int i = 0; i < a.size(); i++) {
            dev.adjoint.ndarray.ComputationInterrupted.pollEvery(i);
            if (!equal(a.get(i), b.get(i), depth + 1, items)) return false;
        }
        return true;
    }

    private static void count(long[] items, long n) {
        items[0] += n;
        if (items[0] > compareItemBound) throw new PyError("MemoryError", String.format(java.util.Locale.ROOT,
                "cannot compare containers of more than %,d items, counting an item each time it is met (a tuple held at many levels counts at each)",
                compareItemBound));
    }

    /** Python's {@code is}: identity; small ints, True/False and None are single objects in CPython. */
    static boolean identical(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof TrackedNumber || b instanceof TrackedNumber) return identical(Values.plain(a), Values.plain(b)); // count = 0 ... count is 0: the int's identity
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        if (a instanceof Boolean x && b instanceof Boolean y) return x.equals(y);
        if (a instanceof String s && b instanceof String t) return s.equals(t) && (s.isEmpty() || s.length() == 1 && s.charAt(0) < 256); // CPython shares "" and its Latin-1 characters
        if (a instanceof List<?> l && b instanceof List<?> m && !(a instanceof PyList) && !(b instanceof PyList)) return l.isEmpty() && m.isEmpty();
        return false;
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            Object text = BuiltinSubclasses.valueOf(item); // a str subclass's text
            if (!(text instanceof String t)) throw PyError.type("'in <string>' requires string as left operand, not " + Values.typeName(item));
            return s.contains(t);
        }
        if (container instanceof PyDict d) return d.containsKey(item);
        if (container instanceof PyBytes b) return BytesMethods.contains(b, item);
        if (container instanceof PySet s) return s.contains(item);
        if (container instanceof DictView v) return v.contains(item);
        if (container instanceof RangeValue r) {
            Object p = Values.plain(item);
            if (p instanceof Boolean b) return r.contains(b ? 1L : 0L);
            if (PyNumbers.isInt(p)) return r.contains(p);
            if (p instanceof Double d && d == Math.rint(d) && !d.isInfinite()) return r.contains(PyNumbers.normalize(new java.math.BigDecimal(d).toBigInteger()));
            return false;
        }
        if (container instanceof List<?> l) {
            for (Object o : l) if (o == item || equal(o, item)) return true;
            return false;
        }
        if (container instanceof Tensor t) return TensorOperators.contains(t, item);
        if (container instanceof PyOperand o) {
            Boolean in = o.contains(item);
            if (in != null) return in;
        }
        if (container instanceof PyInstance i && i.has("__contains__")) return Values.truthy(i.call("__contains__", item));
        if (container instanceof PyClass c && c.metaclass() != null) return c.metaclass().contains(c, item);
        Iterator<Object> it;
        try {
            it = Values.iterate(container);
        } catch (PyError e) { // CPython's words for `in`: "argument of type 'int' is not iterable"
            if (!e.type().equals("TypeError") || !String.valueOf(e.getMessage()).equals("'" + Values.typeName(container) + "' object is not iterable")) throw e;
            throw PyError.type("argument of type '" + Values.typeName(container) + "' is not iterable");
        }
        while (it.hasNext()) {
            Object o = it.next();
            if (o == item || equal(o, item)) return true;
        }
        return false;
    }
}
