package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's built-in functions (print, len, sorted, min, max, sum, zip, map, isinstance, ...) and
 * types (int, list, dict, ..., the exception classes). Where adjoint's own functions share a name
 * (sum, max, min, abs, pow), a tensor as first argument gets adjoint's (a reduction over axes),
 * anything else Python's.
 */
final class PyBuiltins {
    private PyBuiltins() {}

    static void register(Map<String, Object> t) {
        for (PyClass c : List.of(BuiltinTypes.OBJECT, BuiltinTypes.TYPE, BuiltinTypes.INT, BuiltinTypes.BOOL, BuiltinTypes.FLOAT,
                BuiltinTypes.STR, BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.DICT, BuiltinTypes.SET, BuiltinTypes.FROZENSET,
                BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.PROPERTY, BuiltinTypes.STATICMETHOD, BuiltinTypes.CLASSMETHOD,
                BuiltinTypes.SUPER, ComplexType.COMPLEX))
            t.put(c.name(), c);
        t.put("bytes", PyBytes.BYTES);
        t.put("bytearray", PyBytes.BYTEARRAY);
        t.put("memoryview", PyMemoryView.TYPE);
        t.putAll(Exceptions.all());
        t.put("NotImplemented", Dunders.NOT_IMPLEMENTED);
        t.put("Ellipsis", Ellipsis.INSTANCE);
        t.put("__debug__", true); // CPython without -O
        t.put("__name__", "__main__");
        add(t, "print", PyBuiltins::print);
        add(t, "len", a -> len(a.expect(1, 1).get(0)));
        add(t, "repr", a -> Repr.repr(a.expect(1, 1).get(0)));
        add(t, "ascii", a -> StrFormat.convert(a.expect(1, 1).get(0), 'a'));
        add(t, "format", a -> StrFormat.formatValue(a.expect(1, 2).get(0), a.size() == 2 ? a.string(1) : "", a.interpreter()));
        add(t, "abs", a -> Operators.abs(a.expect(1, 1).get(0)));
        add(t, "round", PyBuiltins::round);
        add(t, "pow", PyBuiltins::pow);
        add(t, "divmod", a -> {
            a.expect(2, 2);
            if (a.get(0) instanceof dev.adjoint.autograd.Tensor || a.get(1) instanceof dev.adjoint.autograd.Tensor) // a tensor has no __divmod__
                throw PyError.type("unsupported operand type(s) for divmod(): '" + Values.typeName(a.get(0)) + "' and '" + Values.typeName(a.get(1)) + "'");
            Object x = Values.plain(a.get(0)), y = Values.plain(a.get(1));
            if (x instanceof PyComplex || y instanceof PyComplex) // complex has no // and %; CPython names divmod()
                throw PyError.type("unsupported operand type(s) for divmod(): '" + Values.typeName(x) + "' and '" + Values.typeName(y) + "'");
            if ((x instanceof Double || y instanceof Double) && PyNumbers.isNumber(x) && PyNumbers.isNumber(y) && PyNumbers.toDouble(y) == 0)
                throw PyError.zeroDivision("float divmod()"); // CPython names the function, not the // inside it
            try {
                return Values.tuple(Operators.binary(TokenType.SLASH_SLASH, a.get(0), a.get(1)), Operators.binary(TokenType.PERCENT, a.get(0), a.get(1)));
            } catch (PyError e) { // divmod((1,), 2): CPython names divmod(), not the // inside it
                if (!e.type().equals("TypeError") || !String.valueOf(e.getMessage()).startsWith("unsupported operand type(s) for //:")) throw e;
                throw PyError.type("unsupported operand type(s) for divmod(): '" + Values.typeName(x) + "' and '" + Values.typeName(y) + "'");
            }
        });
        add(t, "sum", PyBuiltins::sum);
        add(t, "max", a -> extreme(a, true));
        add(t, "min", a -> extreme(a, false));
        add(t, "sorted", a -> {
            a.expect(1, 1, "key", "reverse");
            return new PyList(ListMethods.sorted(Values.items(a.get(0)), a.keyword("key"), Values.truthy(a.keyword("reverse")), a.interpreter()));
        });
        for (PyClass c : IteratorClasses.ALL) t.put(c.name(), c); // map, zip, ...: classes, as in CPython
        add(t, "any", a -> {
            for (Iterator<Object> it = Values.iterate(a.expect(1, 1).get(0)); it.hasNext(); ) if (Values.truthy(it.next())) return true;
            return false;
        });
        add(t, "all", a -> {
            for (Iterator<Object> it = Values.iterate(a.expect(1, 1).get(0)); it.hasNext(); ) if (!Values.truthy(it.next())) return false;
            return true;
        });
        add(t, "iter", a -> a.expect(1, 2).size() == 1 ? iterator(a.get(0)) : callableIterator(a.interpreter(), a.get(0), a.get(1)));
        add(t, "next", PyBuiltins::next);
        add(t, "isinstance", a -> {
            a.expect(2, 2);
            return classes(a.get(1), "isinstance() arg 2").stream().anyMatch(c -> BuiltinTypes.isInstance(a.get(0), c));
        });
        add(t, "issubclass", a -> {
            a.expect(2, 2);
            if (!(a.get(0) instanceof PyClass c)) throw a.typeError("arg 1 must be a class");
            return classes(a.get(1), "issubclass() arg 2").stream().anyMatch(k -> {
                Boolean abc = CollectionsAbc.isSubclass(c, k); // collections.abc: by the methods c defines
                return abc != null ? abc : c.isSubclassOf(k);
            });
        });
        // the call's place goes along: PyTorch's warning on a non-leaf's .grad points at the user's line
        add(t, "hasattr", a -> Attributes.has(a.interpreter(), a.expect(2, 2).get(0), a.string(1), a.span()));
        add(t, "getattr", a -> {
            a.expect(2, 3);
            if (a.size() == 2) return Attributes.get(a.interpreter(), a.get(0), a.string(1), a.span());
            Object v = Attributes.getOrAbsent(a.interpreter(), a.get(0), a.string(1), a.span());
            return v == Environment.UNBOUND ? a.get(2) : v;
        });
        add(t, "setattr", a -> {
            Attributes.set(a.interpreter(), a.expect(3, 3).get(0), a.string(1), a.get(2));
            return null;
        });
        add(t, "delattr", a -> {
            Attributes.delete(a.interpreter(), a.expect(2, 2).get(0), a.string(1));
            return null;
        });
        add(t, "callable", a -> Values.callable(a.expect(1, 1).get(0)));
        add(t, "id", a -> Values.id(a.expect(1, 1).get(0)));
        add(t, "hash", a -> SetOrder.hash(HashKey.of(a.expect(1, 1).get(0))));
        add(t, "ord", a -> {
            Object v = BuiltinSubclasses.valueOf(a.expect(1, 1).get(0)); // a str subclass's text too
            if (v instanceof PyBytes b) { // ord(b'x'), ord(data[i:i+1]): the byte's value
                if (b.data().length != 1) throw a.typeError("expected a character, but string of length " + b.data().length + " found");
                return (long) (b.data()[0] & 0xff);
            }
            if (!(v instanceof String)) throw a.typeError("expected string of length 1, but " + Values.typeName(v) + " found");
            String s = (String) v;
            if (s.codePointCount(0, s.length()) != 1)
                throw a.typeError("expected a character, but string of length " + s.codePointCount(0, s.length()) + " found");
            return (long) s.codePointAt(0);
        });
        add(t, "chr", a -> {
            long c = Values.toLong(a.expect(1, 1).get(0), "chr() argument");
            if (c < 0 || c > 0x10ffff) throw PyError.value("chr() arg not in range(0x110000)");
            return new String(Character.toChars((int) c));
        });
        add(t, "hex", a -> radix(a, 16, "0x"));
        add(t, "oct", a -> radix(a, 8, "0o"));
        add(t, "bin", a -> radix(a, 2, "0b"));
        add(t, "dir", a -> {
            if (a.expect(0, 1).size() == 0) { // the names of the scope running now, sorted (CPython's dir())
                List<Object> names = a.interpreter().localsDict().keys();
                names.sort(java.util.Comparator.comparing(Object::toString));
                return new PyList(names);
            }
            if (a.get(0) instanceof PyInstance i && i.has("__dir__")) { // type(obj).__dir__(obj), as a sorted list
                List<Object> names = new ArrayList<>(Values.items(i.call("__dir__")));
                return new PyList(ListMethods.sorted(names, null, false, a.interpreter()));
            }
            return new PyList(new ArrayList<Object>(Attributes.names(a.get(0))));
        });
        add(t, "vars", a -> {
            if (a.expect(0, 1).size() == 0) return a.interpreter().localsDict(); // vars() is locals()
            try {
                return Attributes.get(a.interpreter(), a.expect(1, 1).get(0), "__dict__");
            } catch (PyError e) {
                if (!e.type().equals("AttributeError")) throw e;
                throw PyError.type("vars() argument must have __dict__ attribute"); // CPython's words for vars(5)
            }
        });
        t.put("open", OPEN);
        add(t, "globals", a -> a.expect(0, 0).interpreter().currentGlobals());
        add(t, "locals", a -> a.expect(0, 0).interpreter().localsDict());
        add(t, "input", a -> {
            if (!a.keywords().isEmpty()) throw PyError.type("input() takes no keyword arguments");
            a.expect(0, 1);
            String prompt = a.size() == 0 ? "" : Repr.str(a.get(0));
            Printer printer = a.interpreter().printer();
            String line = a.interpreter().gil().released(() -> printer.readLine(prompt)); // the program's threads run while it waits, as in CPython
            if (line == null) throw new PyError("EOFError", "EOF when reading a line");
            return line;
        });
        EvalExec.addTo(t);
        add(t, "__import__", a -> {
            a.expect(1, 5, "name", "globals", "locals", "fromlist", "level");
            Object name = a.option(0, "name", null), fromlist = a.option(3, "fromlist", null), level = a.option(4, "level", 0L);
            if (!(name instanceof String n)) throw PyError.type("__import__() argument 1 must be str, not " + Values.typeName(name));
            if (!Long.valueOf(0).equals(Values.plain(level))) throw PyError.notSupported("__import__(level=...) (a relative import by name)");
            return a.interpreter().importByName(n, fromlist != null && Values.truthy(fromlist));
        });
        add(t, "breakpoint", a -> {
            throw PyError.notSupported("breakpoint()");
        });
    }

    /** open(): one object, which io.open is too (as in CPython). */
    static final Builtin OPEN = Builtin.of("open", a -> {
        a.expect(1, 8, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
        Object mode = a.option(1, "mode", "r"), encoding = a.option(3, "encoding", null);
        if (!(mode instanceof String m)) throw PyError.type("open() argument 'mode' must be str, not " + Values.typeName(mode));
        return PyFile.open(ReadOnlyFiles.pathText(a.option(0, "file", null), "open()"), m, false, encoding == null ? null : Repr.str(encoding));
    });

    /** What a program put in sys.stdout in place of the session's stream, or null (print writes to the session's output). */
    static Object replacedStdout(Interpreter in) {
        if (!in.modules().isLoaded("sys")) return null;
        Object stdout = in.modules().find("sys").attribute("stdout");
        return stdout instanceof SysModule.Stream ? null : stdout;
    }

    private static void add(Map<String, Object> t, String name, Builtin.Fn fn) {
        t.put(name, Builtin.of(name, fn));
    }

    // ---- printing ----

    private static Object print(Args a) {
        a.expect(0, Integer.MAX_VALUE, "sep", "end", "file", "flush");
        String sep = text(a, "sep", " "), end = text(a, "end", "\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) sb.append(sep);
            sb.append(Repr.str(a.get(i)));
        }
        Printer out = a.interpreter().printer();
        Object file = a.keyword("file");
        if (file == null) file = replacedStdout(a.interpreter()); // sys.stdout = buf, contextlib.redirect_stdout(buf)
        if (file instanceof SysModule.Stream stream) { // sys.stderr (or sys.stdout)
            stream.write(out, sb.append(end).toString());
            return null;
        }
        if (file != null) { // any object with write(): called for each item, separator and the end, as CPython's print does
            Object write = Attributes.get(a.interpreter(), file, "write");
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) a.interpreter().call(write, Arrays.asList(sep));
                a.interpreter().call(write, Arrays.asList(Repr.str(a.get(i))));
            }
            a.interpreter().call(write, Arrays.asList(end));
            return null;
        }
        if (end.equals("\n")) out.print(sb.toString());
        else out.write(sb.append(end).toString());
        return null;
    }

    private static String text(Args a, String keyword, String absent) {
        Object v = a.keyword(keyword);
        if (v == null) return absent;
        if (!(v instanceof String s)) throw PyError.type(keyword + " must be None or a string, not " + Values.typeName(v));
        return s;
    }

    // ---- sizes and numbers ----

    static Object len(Object v) {
        long n;
        if (v instanceof Tensor t) {
            if (t.ndim() == 0) throw PyError.type("len() of a 0-d tensor");
            n = t.shape()[0];
        } else if (v instanceof List<?> l) n = l.size();
        else if (v instanceof String s) n = CodePoints.length(s);
        else if (v instanceof PyDict d) n = d.size();
        else if (v instanceof PySet s) n = s.size();
        else if (v instanceof DictView d) n = d.dict().size();
        else if (v instanceof RangeValue r) n = r.length();
        else if (v instanceof PyInstance i && i.has("__len__")) {
            long k = i.length();
            return k;
        } else if (v instanceof Sized z) n = z.length();
        else if (v instanceof PyClass c && c.metaclass() != null) n = c.metaclass().length(c);
        else throw PyError.type("object of type '" + Values.typeName(v) + "' has no len()");
        return n;
    }

    private static Object round(Args a) {
        a.expect(1, 2, "ndigits");
        Object v = Values.plain(a.get(0));
        Object digits = a.option(1, "ndigits", null);
        if (v instanceof PyOperand o && o.pythonNumber() != null) { // a NumPy scalar: its own type with ndigits, else as its number
            Object own = digits == null ? null : o.round(Values.toLong(digits, "ndigits"));
            if (own != null) return own;
            v = o.pythonNumber();
        }
        if (v instanceof Tensor) throw PyError.type("type Tensor doesn't define __round__ method"); // PyTorch 1.13: use t.round(decimals=...)
        if (v instanceof PyInstance i && i.has("__round__")) return digits == null ? i.call("__round__") : i.call("__round__", digits);
        if (!PyNumbers.isNumber(v)) throw PyError.type("type " + Values.typeName(v) + " doesn't define __round__ method");
        if (digits == null) return v instanceof Double d ? PyNumbers.round(d) : PyNumbers.pos(v);
        long n = Values.toLong(digits, "ndigits");
        return v instanceof Double d ? (Object) PyNumbers.roundFloat(d, n) : PyNumbers.roundInt(v, n);
    }

    private static Object pow(Args a) {
        a.expect(2, 3, "mod");
        Object mod = a.option(2, "mod", null);
        if (mod == null) return Operators.binary(TokenType.STAR_STAR, a.get(0), a.get(1));
        Object b = BuiltinSubclasses.valueOf(Values.plain(a.get(0))), e = BuiltinSubclasses.valueOf(Values.plain(a.get(1))), m = BuiltinSubclasses.valueOf(Values.plain(mod)); // an int subclass's int too
        if (b instanceof PyComplex || e instanceof PyComplex) throw PyError.value("complex modulo");
        if (!PyNumbers.isInt(b) || !PyNumbers.isInt(e) || !PyNumbers.isInt(m))
            throw PyError.type("pow() 3rd argument not allowed unless all arguments are integers");
        BigInteger mm = PyNumbers.big(m);
        if (mm.signum() == 0) throw PyError.value("pow() 3rd argument cannot be 0");
        BigInteger r = PyNumbers.big(b).modPow(PyNumbers.big(e), mm.abs());
        if (mm.signum() < 0 && r.signum() != 0) r = r.add(mm);
        return PyNumbers.normalize(r);
    }

    private static Object radix(Args a, int radix, String prefix) {
        Object v = Values.plain(a.expect(1, 1).get(0));
        if (v instanceof PyInstance i && i.has("__index__")) v = i.call("__index__");
        if (v instanceof dev.adjoint.autograd.Tensor t && !t.isNeedle()) v = Values.tensorIndex(t); // hex(torch.tensor(255)): Tensor.__index__
        if (!PyNumbers.isInt(v)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
        BigInteger b = PyNumbers.big(v);
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }

    // ---- reductions shared with adjoint's functions ----

    /** sum(tensor, axes) is adjoint's reduction; sum(iterable, start=0) is Python's (tensors and tracked numbers add up in the graph). */
    private static Object sum(Args a) {
        if (a.size() >= 1 && a.get(0) instanceof Tensor x && reduces(a, x)) {
            a.expect(1, 2, "axis", "axes", "keepdims");
            return Ops.sum(x, a.axes(1), a.flag("keepdims", false));
        }
        a.expect(1, 2, "start");
        Object total = a.option(1, "start", 0L);
        if (total instanceof String) throw PyError.type("sum() can't sum strings [use ''.join(seq) instead]");
        for (Iterator<Object> it = Values.iterate(a.get(0)); it.hasNext(); ) total = Operators.binary(TokenType.PLUS, total, it.next());
        return total;
    }

    /**
     * Whether sum/min/max reduce the tensor {@code x} over all elements (or the axes given), the
     * lecture's {@code sum(X * c)}: until the session imports torch, and for needle's tensors. Once
     * it has, a tensor is what it is in PyTorch, an iterable over its first dimension, so
     * {@code sum(m)} of a matrix is the sum of its rows and {@code max(m)} compares rows, as
     * Python's builtins do there.
     */
    private static boolean reduces(Args a, Tensor x) {
        return x.isNeedle() || !a.interpreter().modules().isLoaded("torch");
    }

    /** max/min of a tensor (adjoint's, over axes), of an iterable, or of several arguments (Python's, with key= and default=). */
    private static Object extreme(Args a, boolean max) {
        String name = max ? "max" : "min";
        if (a.size() >= 1 && a.get(0) instanceof Tensor x && reduces(a, x) && !(a.size() == 2 && a.get(1) instanceof Tensor)) {
            a.expect(1, 2, "axis", "axes", "keepdims");
            Tensor m = max ? x : Ops.neg(x);
            Tensor r = Ops.max(m, a.axes(1), a.flag("keepdims", false));
            return max ? r : Ops.neg(r);
        }
        a.expect(1, Integer.MAX_VALUE, "key", "default");
        Object key = a.keyword("key");
        Iterator<Object> items;
        if (a.size() == 1) {
            items = Values.iterate(a.get(0));
        } else {
            if (a.has("default")) throw a.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            items = a.positional().iterator();
        }
        Object best = null, bestKey = null;
        boolean any = false;
        while (items.hasNext()) {
            Object v = items.next();
            Object k = key == null ? v : a.interpreter().call(key, Arrays.asList(v));
            // CPython's min_max: the new item on the left, > for max, < for min (so a failed comparison names the types in that order)
            if (!any || (max ? Values.truthy(Operators.compare(TokenType.GREATER, k, bestKey)) : Operators.less(k, bestKey))) {
                best = v;
                bestKey = k;
            }
            any = true;
        }
        if (!any) {
            if (a.has("default")) return a.keyword("default");
            throw PyError.value(name + "() arg is an empty sequence");
        }
        return best;
    }

    // ---- iterators ----

    private static String iteratorName(Object v) {
        if (v instanceof PyList) return "list_iterator";
        if (v instanceof List) return "tuple_iterator";
        if (v instanceof String) return "str_ascii_iterator";
        if (v instanceof RangeValue r) return r.isBig() ? "longrange_iterator" : "range_iterator";
        if (v instanceof PyDict) return "dict_keyiterator";
        if (v instanceof PySet) return "set_iterator";
        return "iterator";
    }

    /** iter(v). */
    /** iter(f, sentinel): f() called for each item until it returns something equal to the sentinel (then never again). */
    private static Object callableIterator(Interpreter in, Object f, Object sentinel) {
        if (!Values.callable(f)) throw PyError.type("iter(v, w): v must be callable");
        return new PyIterator("callable_iterator", new Lookahead() {
            Object fetch() {
                Object v = in.call(f, List.of());
                return Operators.equal(v, sentinel) ? END : v;
            }
        });
    }

    static Object iterator(Object v) {
        if (v instanceof PyIterator || v instanceof Generator) return v; // an iterator is its own iterator
        if (v instanceof PyFile f) return f.iterator(); // itself, once it is known to be open
        if (v instanceof HostObject && v instanceof java.util.Iterator<?>) return v; // so is a library iterator (NumPy's a.flat)
        if (v instanceof PyInstance i && i.has("__iter__")) return i.iteratorFromIter();
        return new PyIterator(iteratorName(v), Values.iterate(v));
    }

    /** next(it), without a default: StopIteration at the end. */
    static Object nextItem(Object it) {
        if (!(it instanceof Iterator<?> walk)) throw PyError.type("'" + Values.typeName(it) + "' object is not an iterator");
        if (walk.hasNext()) return walk.next();
        throw new PyError("StopIteration", "");
    }

    private static Object next(Args a) {
        a.expect(1, 2);
        Object it = a.get(0);
        if (it instanceof PyInstance i && i.has("__next__")) {
            if (a.size() == 1) return i.call("__next__");
            try {
                return i.call("__next__");
            } catch (LangError e) {
                if (Exceptions.matches(e, "StopIteration")) return a.get(1);
                throw e;
            }
        }
        if (it instanceof Generator g) { // its StopIteration carries the return value
            if (a.size() == 1) return g.send(null);
            Object v = g.step(null, null);
            return v == ResumableBody.END ? a.get(1) : v;
        }
        if (a.size() == 2 && it instanceof Iterator<?> walk && !walk.hasNext()) return a.get(1);
        return nextItem(it);
    }

    static Object reversed(Args a) {
        return reversedOf(a.expect(1, 1).get(0));
    }

    /** reversed(v): its __reversed__, else an iterator over its items from the last. */
    static Object reversedOf(Object v) {
        if (v instanceof PyInstance i && i.has("__reversed__")) return i.call("__reversed__");
        if (v instanceof dev.adjoint.autograd.Tensor t && !t.isNeedle()) // PyTorch's Tensor.__reversed__: flip(0), a 0-d tensor as it is
            return t.ndim() == 0 ? t : dev.adjoint.autograd.op.Ops.flip(t, new int[] {0});
        if (v instanceof RangeValue r) { // lazily, as CPython: reversed(range(10**20)) lists nothing
            RangeValue back = r.reversed();
            return new PyIterator(back.isBig() ? "longrange_iterator" : "range_iterator", back.iterator());
        }
        List<Object> items;
        if (v instanceof List<?> || v instanceof String || v instanceof PyDict || v instanceof DictView || v instanceof PyDeque || v instanceof PyBytes || v instanceof PyMemoryView)
            items = Values.items(v);
        else if (v instanceof PyInstance i && i.has("__len__") && i.has("__getitem__")) items = Values.items(v);
        else throw PyError.type("'" + Values.typeName(v) + "' object is not reversible");
        Collections.reverse(items);
        String type = v instanceof PyList ? "list_reverseiterator" // CPython's classes
                : v instanceof PyDict ? "dict_reversekeyiterator" : "reversed";
        return new PyIterator(type, items.iterator());
    }

    static Object enumerate(Args a) {
        a.expect(1, 2, "start");
        Iterator<Object> items = Values.iterate(a.get(0));
        Object start = Values.plain(a.option(1, "start", 0L));
        if (!PyNumbers.isInt(start)) throw PyError.type("'" + Values.typeName(start) + "' object cannot be interpreted as an integer");
        return new PyIterator("enumerate", new Iterator<>() {
            Object i = start;

            public boolean hasNext() {
                return items.hasNext();
            }

            public Object next() {
                Object item = items.next();
                Object n = i;
                i = PyNumbers.add(i, 1L);
                return Values.tuple(n, item);
            }
        });
    }

    static Object zip(Args a) {
        a.expect(0, Integer.MAX_VALUE, "strict");
        boolean strict = a.flag("strict", false);
        List<Iterator<Object>> columns = new ArrayList<>();
        for (Object v : a.positional()) columns.add(Values.iterate(v));
        return new PyIterator("zip", new Lookahead() {
            Object fetch() {
                if (columns.isEmpty()) return END;
                Object[] row = new Object[columns.size()];
                for (int c = 0; c < row.length; c++) {
                    if (!columns.get(c).hasNext()) {
                        if (strict && c > 0) throw PyError.value("zip() argument " + (c + 1) + " is shorter than " + firstArguments(c));
                        for (int k = 1; strict && k < row.length; k++) // the first ran out: the first of the others that did not is longer
                            if (columns.get(k).hasNext()) throw PyError.value("zip() argument " + (k + 1) + " is longer than " + firstArguments(k));
                        return END;
                    }
                    row[c] = columns.get(c).next();
                }
                return Values.tuple(row);
            }
        });
    }

    /** "argument 1", "arguments 1-2": zip()'s words for the first {@code n} arguments. */
    private static String firstArguments(int n) {
        return n > 1 ? "arguments 1-" + n : "argument 1";
    }

    static Object map(Args a) {
        if (a.size() < 2 && a.keywords().isEmpty()) throw PyError.type("map() must have at least two arguments.");
        a.expect(2, Integer.MAX_VALUE);
        Object fn = a.get(0);
        List<Iterator<Object>> columns = new ArrayList<>();
        for (Object v : a.positional().subList(1, a.size())) columns.add(Values.iterate(v));
        Interpreter in = a.interpreter();
        return new PyIterator("map", new Lookahead() {
            Object fetch() {
                List<Object> args = new ArrayList<>(columns.size());
                for (Iterator<Object> c : columns) {
                    if (!c.hasNext()) return END;
                    args.add(c.next());
                }
                return in.call(fn, args);
            }
        });
    }

    static Object filter(Args a) {
        a.expect(2, 2);
        Object fn = a.get(0);
        Iterator<Object> items = Values.iterate(a.get(1));
        Interpreter in = a.interpreter();
        return new PyIterator("filter", new Lookahead() {
            Object fetch() {
                while (items.hasNext()) {
                    Object v = items.next();
                    if (Values.truthy(fn == null ? v : in.call(fn, Arrays.asList(v)))) return v;
                }
                return END;
            }
        });
    }

    // ---- classes ----

    private static List<PyClass> classes(Object v, String what) {
        if (v instanceof PyClass c) {
            if (TypingModule.isTypedDict(c)) throw PyError.type("TypedDict does not support instance and class checks");
            return List.of(c);
        }
        if (v instanceof UnionType u) return u.classes(what.substring(0, what.indexOf('(')));
        if (v instanceof List<?> l && !(v instanceof PyList)) {
            List<PyClass> out = new ArrayList<>();
            for (Object o : l) out.addAll(classes(o, what));
            return out;
        }
        String function = what.substring(0, what.indexOf('(')); // CPython's words for list[int] and typing.List[int]
        if (v instanceof GenericAlias) throw PyError.type(function + "() argument 2 cannot be a parameterized generic");
        if (v instanceof TypingModule.Alias) throw PyError.type("Subscripted generics cannot be used with class and instance checks");
        throw PyError.type(what + (what.startsWith("issubclass") ? " must be a class, a tuple of classes, or a union" : " must be a type, a tuple of types, or a union"));
    }
}
