package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.lib.numpy.NumpyPickle;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pickle read back into Python values, for pickle.loads/load and torch.load. Unlike CPython's
 * unpickler it runs no code named by the data: a global resolves only to the few functions a
 * checkpoint needs (OrderedDict, set, PyTorch's tensor rebuilders) or to a class of the session
 * (the program's own, or a library's such as nn.Linear), whose objects are made without __init__
 * and given their saved attributes (or __setstate__), as CPython does. Anything else is an
 * UnpicklingError naming the global, so a pickle from elsewhere can be read safely. NumPy's arrays,
 * dtypes and scalars are rebuilt from their data ({@link NumpyPickle}), as the nn tutorial's
 * mnist.pkl.gz needs.
 */
final class PickleReader {
    /** Turns a persistent id into its object (torch.load's storages); pickle.loads has none. */
    interface PersistentLoad {
        Object load(Object pid);
    }

    private static final Object MARK = new Object();
    private static final String UNPICKLING = "_pickle.UnpicklingError";
    /** The functions a pickle may call (REDUCE): what checkpoints and plain values need, nothing that acts. */
    private static final Set<String> CALLABLE = Set.of("collections.OrderedDict", "builtins.set", "builtins.frozenset", "builtins.bytearray",
            "builtins.list", "builtins.dict", "builtins.tuple", "_codecs.encode", "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor",
            "torch._utils._rebuild_parameter", "torch.storage._load_from_bytes");

    private final byte[] data;
    private int pos;
    private final Interpreter in;
    private final String encoding;
    private final PersistentLoad persistent;
    private final List<Object> stack = new ArrayList<>();
    private final List<Integer> marks = new ArrayList<>();
    private final Map<Long, Object> memo = new HashMap<>();

    PickleReader(byte[] data, int start, Interpreter in, String encoding, PersistentLoad persistent) {
        this.data = data;
        this.pos = start;
        this.in = in;
        this.encoding = encoding;
        this.persistent = persistent;
    }

    /** Where reading stopped: just after the STOP opcode (pickle.load leaves the file there). */
    int position() {
        return pos;
    }

    Object load() {
        if (pos >= data.length) throw new PyError("EOFError", "Ran out of input");
        while (true) {
            dev.adjoint.ndarray.ComputationInterrupted.poll();
            int op = u8();
            switch (op) {
                case 0x80 -> { // PROTO
                    int proto = u8();
                    if (proto > 5) throw new PyError("ValueError", "unsupported pickle protocol: " + proto);
                }
                case 0x95 -> take(8); // FRAME: the frame's length; the opcodes follow in order
                case '.' -> {
                    return pop();
                }
                case '(' -> marks.add(stack.size());
                case '0' -> pop();
                case '1' -> popMark();
                case '2' -> push(top());
                case 'N' -> push(null);
                case 0x88 -> push(true);
                case 0x89 -> push(false);
                case 'K' -> push((long) u8());
                case 'M' -> push(uint(2));
                case 'J' -> push((long) (int) uint(4));
                case 0x8a -> push(longOf(take(u8())));
                case 0x8b -> push(longOf(take(length(4))));
                case 'G' -> push(ByteBuffer.wrap(take(8)).getDouble());
                case 'I' -> push(textInt(line()));
                case 'L' -> push(PyNumbers.normalize(new BigInteger(stripL(line()).trim())));
                case 'F' -> push(Double.parseDouble(line()));
                case 0x8c -> push(utf8(take(u8())));
                case 'X' -> push(utf8(take(length(4))));
                case 0x8d -> push(utf8(take(length(8))));
                case 'V' -> push(rawUnicode(line()));
                case 'C' -> push(PyBytes.of(take(u8())));
                case 'B' -> push(PyBytes.of(take(length(4))));
                case 0x8e -> push(PyBytes.of(take(length(8))));
                case 0x96 -> push(PyBytes.of(take(length(8)), true));
                case 'U' -> push(python2String(take(u8())));
                case 'T' -> push(python2String(take(length(4))));
                case 'S' -> push(python2String(quoted(line())));
                case ']' -> push(new PyList());
                case 'l' -> push(new PyList(popMark()));
                case 'a' -> {
                    Object item = pop();
                    list(top()).add(item);
                }
                case 'e' -> {
                    List<Object> items = popMark();
                    list(top()).addAll(items);
                }
                case ')' -> push(Values.tuple());
                case 't' -> push(Values.tuple(popMark()));
                case 0x85, 0x86, 0x87 -> {
                    int n = op - 0x84;
                    List<Object> items = new ArrayList<>(stack.subList(stack.size() - n, stack.size()));
                    for (int i = 0; i < n; i++) pop();
                    push(Values.tuple(items));
                }
                case '}' -> push(new PyDict());
                case 'd' -> {
                    PyDict d = new PyDict();
                    List<Object> items = popMark();
                    for (int i = 0; i + 1 < items.size(); i += 2) d.put(items.get(i), items.get(i + 1));
                    push(d);
                }
                case 's' -> {
                    Object value = pop(), key = pop();
                    dict(top()).put(key, value);
                }
                case 'u' -> {
                    List<Object> items = popMark();
                    PyDict d = dict(top());
                    for (int i = 0; i + 1 < items.size(); i += 2) d.put(items.get(i), items.get(i + 1));
                }
                case 0x8f -> push(new PySet());
                case 0x90 -> {
                    List<Object> items = popMark();
                    if (!(top() instanceof PySet s)) throw bad("ADDITEMS on a non-set");
                    for (Object item : items) s.add(item);
                }
                case 0x91 -> {
                    PySet s = new PySet(true);
                    for (Object item : popMark()) s.add(item);
                    push(s);
                }
                case 'h' -> push(memoGet(u8()));
                case 'j' -> push(memoGet(uint(4)));
                case 'g' -> push(memoGet(Long.parseLong(line())));
                case 'q' -> memo.put((long) u8(), top());
                case 'r' -> memo.put(uint(4), top());
                case 'p' -> memo.put(Long.parseLong(line()), top());
                case 0x94 -> memo.put((long) memo.size(), top());
                case 'c' -> {
                    String module = line(), name = line();
                    push(global(module, name));
                }
                case 0x93 -> {
                    Object name = pop(), module = pop();
                    if (!(module instanceof String m) || !(name instanceof String n)) throw bad("STACK_GLOBAL requires str");
                    push(global(m, n));
                }
                case 'R' -> {
                    Object args = pop(), callable = pop();
                    push(call(callable, args));
                }
                case 0x81 -> {
                    Object args = pop(), cls = pop();
                    push(newObject(cls, args));
                }
                case 0x92 -> {
                    Object kwargs = pop(), args = pop(), cls = pop();
                    if (kwargs instanceof PyDict k && k.size() > 0) throw forbidden("NEWOBJ_EX with keyword arguments");
                    push(newObject(cls, args));
                }
                case 'b' -> {
                    Object state = pop(), target = top(), built = build(target, state);
                    if (built != target) { // NumPy's array comes out of its BUILD a new value: it takes the place of what _reconstruct gave
                        stack.set(stack.size() - 1, built);
                        memo.replaceAll((k, v) -> v == target ? built : v);
                    }
                }
                case 'Q' -> push(persistentLoad(pop()));
                case 'P' -> push(persistentLoad(line()));
                default -> throw bad("invalid load key, '" + keyText(op) + "'.");
            }
        }
    }

    // ---- reading the bytes ----

    private int u8() {
        if (pos >= data.length) throw bad("pickle data was truncated");
        return data[pos++] & 0xff;
    }

    private byte[] take(long n) {
        if (n < 0 || pos + n > data.length) throw bad("pickle data was truncated");
        byte[] out = java.util.Arrays.copyOfRange(data, pos, pos + (int) n);
        pos += (int) n;
        return out;
    }

    private long uint(int n) {
        long v = 0;
        for (int i = 0; i < n; i++) v |= (long) u8() << (8 * i);
        return v;
    }

    private long length(int n) {
        long v = uint(n);
        if (v > Integer.MAX_VALUE - 16) throw bad("pickle data was truncated");
        return v;
    }

    private String line() {
        int start = pos;
        while (pos < data.length && data[pos] != '\n') pos++;
        if (pos >= data.length) throw bad("pickle data was truncated");
        return new String(data, start, pos++ - start, StandardCharsets.UTF_8);
    }

    private static Object longOf(byte[] little) {
        if (little.length == 0) return 0L;
        byte[] big = new byte[little.length];
        for (int i = 0; i < little.length; i++) big[i] = little[little.length - 1 - i];
        return PyNumbers.normalize(new BigInteger(big));
    }

    private static Object textInt(String s) {
        if (s.equals("01")) return true; // protocol 0's bools
        if (s.equals("00")) return false;
        return PyNumbers.normalize(new BigInteger(s.trim()));
    }

    private static String stripL(String s) {
        return s.endsWith("L") ? s.substring(0, s.length() - 1) : s;
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Protocol 0's raw-unicode-escape text: \\uXXXX and \\UXXXXXXXX escapes. */
    private static String rawUnicode(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 5 < s.length() + 1 && i + 1 < s.length() && (s.charAt(i + 1) == 'u' || s.charAt(i + 1) == 'U')) {
                int n = s.charAt(i + 1) == 'u' ? 4 : 8;
                out.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + n), 16));
                i += 1 + n;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] quoted(String s) {
        if (s.length() < 2 || s.charAt(0) != s.charAt(s.length() - 1) || (s.charAt(0) != '\'' && s.charAt(0) != '"'))
            throw bad("the STRING opcode argument must be quoted");
        return s.substring(1, s.length() - 1).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Python 2's str, read with pickle.load's encoding ('ASCII' by default, 'latin1', or 'bytes' to keep bytes). */
    private Object python2String(byte[] b) {
        if (encoding.equalsIgnoreCase("bytes")) return PyBytes.of(b);
        String e = encoding.toLowerCase().replace('_', '-');
        Charset charset = switch (e) {
            case "latin1", "latin-1", "iso-8859-1", "l1" -> StandardCharsets.ISO_8859_1;
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            default -> StandardCharsets.US_ASCII;
        };
        if (charset == StandardCharsets.US_ASCII)
            for (int i = 0; i < b.length; i++)
                if (b[i] < 0)
                    throw new PyError("UnicodeDecodeError", "'ascii' codec can't decode byte 0x" + String.format("%02x", b[i] & 0xff) + " in position " + i
                            + ": ordinal not in range(128)");
        return new String(b, charset);
    }

    private static String keyText(int op) {
        return op >= 0x20 && op < 0x7f ? String.valueOf((char) op) : String.format("\\x%02x", op);
    }

    // ---- the stack ----

    private void push(Object v) {
        stack.add(v);
    }

    private Object pop() {
        if (stack.isEmpty() || (!marks.isEmpty() && marks.get(marks.size() - 1) == stack.size())) throw bad("unpickling stack underflow");
        return stack.remove(stack.size() - 1);
    }

    private Object top() {
        if (stack.isEmpty()) throw bad("unpickling stack underflow");
        return stack.get(stack.size() - 1);
    }

    private List<Object> popMark() {
        if (marks.isEmpty()) throw bad("could not find MARK");
        int at = marks.remove(marks.size() - 1);
        List<Object> items = new ArrayList<>(stack.subList(at, stack.size()));
        stack.subList(at, stack.size()).clear();
        return items;
    }

    private Object memoGet(long key) {
        if (!memo.containsKey(key)) throw bad("Memo value not found at index " + key);
        return memo.get(key);
    }

    private static PyList list(Object v) {
        if (v instanceof PyList l) return l;
        throw bad("APPEND on a '" + Values.typeName(v) + "'");
    }

    private static PyDict dict(Object v) {
        if (v instanceof PyDict d) return d;
        throw bad("SETITEM on a '" + Values.typeName(v) + "'");
    }

    private static PyError bad(String message) {
        return new PyError(UNPICKLING, message);
    }

    private static PyError forbidden(String what) {
        return bad(what + " is forbidden (adjoint's unpickler loads data only: Python values, tensors, state dicts, and objects of the session's classes)");
    }

    // ---- globals, calls, objects ----

    private Object persistentLoad(Object pid) {
        if (persistent == null) throw bad("A load persistent id instruction was encountered, but no persistent_load function was specified.");
        return persistent.load(pid);
    }

    private Object global(String module, String name) {
        if (module.equals("__builtin__")) module = "builtins";
        String dotted = module + "." + name;
        if (CALLABLE.contains(dotted) && !module.equals("builtins")) return TorchArchive.marker(module, name); // (builtins' classes are themselves)
        if (module.equals("torch") && TorchArchive.StorageKind.named(name) != null) return TorchArchive.marker(module, name);
        if (NumpyPickle.names(module, name)) return TorchArchive.marker(module, name);
        Object v = TorchArchive.lookUp(in, module, name);
        if (v instanceof PyClass || v instanceof UserFunction || v instanceof Builtin) return v; // a reference; calling it is another matter (call)
        throw forbidden("global '" + dotted + "'");
    }

    private Object call(Object callable, Object args) {
        List<Object> a = args instanceof List<?> t ? new ArrayList<>(t) : null;
        if (a == null) throw bad("REDUCE's arguments are not a tuple");
        String key = callable instanceof TorchArchive.Global g ? g.toString()
                : callable instanceof PyClass c && c.isBuiltin() && c.module().equals("builtins") ? "builtins." + c.name() : null;
        if (key == null && callable instanceof PyClass cls && !cls.isBuiltin()) return in.call(cls, a); // a class of the program's own: its __reduce__ named it
        if (callable instanceof TorchArchive.Global g && NumpyPickle.names(g.module(), g.name())) return NumpyPickle.call(g.module(), g.name(), a);
        if (key == null || !CALLABLE.contains(key)) throw forbidden("calling " + Repr.repr(callable));
        return switch (key) {
            case "collections.OrderedDict" -> {
                PyDict d = CollectionsModule.orderedDict();
                if (!a.isEmpty()) for (java.util.Iterator<Object> it = Values.iterate(a.get(0)); it.hasNext(); ) {
                    List<Object> pair = Values.items(it.next());
                    d.put(pair.get(0), pair.get(1));
                }
                yield d;
            }
            case "builtins.set", "builtins.frozenset" -> {
                PySet s = new PySet(key.equals("builtins.frozenset"));
                if (!a.isEmpty()) for (java.util.Iterator<Object> it = Values.iterate(a.get(0)); it.hasNext(); ) s.add(it.next());
                yield s;
            }
            case "builtins.list" -> a.isEmpty() ? new PyList() : new PyList(Values.items(a.get(0)));
            case "builtins.tuple" -> a.isEmpty() ? Values.tuple() : Values.tuple(Values.items(a.get(0)));
            case "builtins.dict" -> new PyDict();
            case "builtins.bytearray" -> PyBytes.of(a.isEmpty() ? new byte[0] : bytes(a.get(0)), true);
            case "_codecs.encode" -> {
                if (a.isEmpty() || !(a.get(0) instanceof String s)) throw bad("_codecs.encode expects a str");
                yield PyBytes.of(s.getBytes(StandardCharsets.ISO_8859_1));
            }
            case "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor" -> {
                if (a.size() < 4) throw bad(key + " expects at least 4 arguments");
                yield TorchArchive.rebuild(a.get(0), a.get(1), a.get(2), a.get(3), a.size() > 4 && Values.truthy(a.get(4)));
            }
            case "torch._utils._rebuild_parameter" -> {
                if (a.size() < 2 || !(a.get(0) instanceof Tensor t)) throw bad("_rebuild_parameter expects a tensor");
                yield dev.adjoint.nn.Parameter.of(t.value(), Values.truthy(a.get(1)));
            }
            case "torch.storage._load_from_bytes" -> TorchArchive.load(bytes(a.get(0)), in);
            default -> throw forbidden("calling " + key);
        };
    }

    private static byte[] bytes(Object v) {
        if (v instanceof PyBytes b) return b.data();
        throw bad("expected bytes, got '" + Values.typeName(v) + "'");
    }

    /** cls.__new__(cls, *args): an object of a user or library class made without __init__ (its state comes with BUILD); a namedtuple from its items. */
    private Object newObject(Object cls, Object args) {
        if (!(cls instanceof PyClass c)) throw bad("NEWOBJ class argument isn't a type object");
        List<Object> a = args instanceof List<?> t ? new ArrayList<>(t) : List.of();
        if (a.isEmpty() && !c.isBuiltin() || a.isEmpty() && c.module().startsWith("torch")) return PyInstance.blank(c, in);
        if (!c.isBuiltin() || NamedTuples.isNamedTupleClass(c)) return in.call(c, a); // a namedtuple's items, a class's __getnewargs__
        throw forbidden("making an object of '" + c.qualifiedName() + "'");
    }

    /** BUILD: an object's saved state, through its __setstate__ or into its attributes; the object built (a NumPy array is a new one). */
    private Object build(Object target, Object state) {
        Object numpy = NumpyPickle.build(target, state);
        if (numpy != null) return numpy;
        if (target instanceof PyInstance i) {
            if (i.has("__setstate__")) {
                i.call("__setstate__", state);
                return target;
            }
            Object attrs = state;
            if (state instanceof List<?> pair && pair.size() == 2 && !(state instanceof PyList)) { // (dict, slots)
                setAll(i, pair.get(0));
                attrs = pair.get(1);
            }
            setAll(i, attrs);
        } else if (!(target instanceof PyDict)) { // a state dict's _metadata (PyTorch's versions of its modules) is not kept
            throw bad("cannot set the state of a '" + Values.typeName(target) + "'");
        }
        return target;
    }

    private static void setAll(PyInstance i, Object attrs) {
        if (attrs == null) return;
        if (!(attrs instanceof PyDict d)) throw bad("state is not a dictionary");
        for (PyDict.Entry e : d.entries()) {
            if (!(e.key() instanceof String name)) throw bad("attribute name is not a str");
            i.setOwn(name, e.value());
        }
    }
}
