package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;

/**
 * Python values written as a pickle, opcode for opcode as CPython's pickler writes them (protocol
 * 4 for pickle.dumps, with its frames and MEMOIZE; protocol 2 for torch.save, with BINPUT): None,
 * bools, ints, floats, str, bytes, tuples, lists, dicts (OrderedDict by its reduce), sets, classes
 * and functions by name, objects of user classes (__getstate__ honoured) and models by their
 * attributes. A tensor goes as PyTorch's {@code torch._utils._rebuild_tensor_v2} of its storage:
 * torch.save's archive keeps the storage as a separate record ({@link TorchArchive}); pickle.dumps
 * embeds it as the bytes of a small archive, as PyTorch's storages pickle themselves.
 */
final class PickleWriter {
    private static final int FRAME_TARGET = 64 * 1024, BATCH = 1000;
    /** What CPython cannot pickle either (its TypeError); other values adjoint does not write are refused by name. */
    private static final java.util.Set<String> UNPICKLABLE = java.util.Set.of("generator", "module", "_io.TextIOWrapper", "_io.BufferedReader");

    private final int protocol;
    private final Interpreter in;
    /** torch.save's storages (null for pickle.dumps, which embeds each storage). */
    private final TorchArchive.Storages storages;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** Protocol 4's current frame (null before the first and for protocol 2). */
    private ByteArrayOutputStream frame;
    private final IdentityHashMap<Object, Integer> memo = new IdentityHashMap<>();
    /** The objects memoized, kept alive so that identity means the same object for the whole dump. */
    private final List<Object> kept = new ArrayList<>();
    private int depth;

    PickleWriter(int protocol, Interpreter in, TorchArchive.Storages storages) {
        this.protocol = protocol;
        this.in = in;
        this.storages = storages;
    }

    /** The pickle of {@code v}: PROTO, the value, STOP. */
    byte[] dump(Object v) {
        out.write(0x80);
        out.write(protocol);
        if (protocol >= 4) frame = new ByteArrayOutputStream();
        save(v);
        write('.');
        commitFrame(true);
        return out.toByteArray();
    }

    private void write(int opcode) {
        (frame != null ? frame : out).write(opcode);
    }

    private void write(byte[] b) {
        (frame != null ? frame : out).write(b, 0, b.length);
    }

    /** Protocol 4 cuts its output into frames of about 64 KiB, each after a FRAME opcode with its length (a frame under 4 bytes goes without). */
    private void commitFrame(boolean force) {
        if (frame == null || (!force && frame.size() < FRAME_TARGET)) return;
        if (frame.size() >= 4) {
            out.write(0x95);
            out.write(le(frame.size(), 8), 0, 8);
        }
        out.write(frame.toByteArray(), 0, frame.size());
        frame = new ByteArrayOutputStream();
    }

    private static byte[] le(long v, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (v >>> (8 * i));
        return b;
    }

    private void save(Object v) {
        commitFrame(false);
        dev.adjoint.ndarray.ComputationInterrupted.poll();
        if (v instanceof TrackedNumber t) v = t.value(); // a number bound at the top level is the Python number (tester Y20: checkpoint dicts)
        if (v == null) {
            write('N');
        } else if (v instanceof Boolean b) {
            write(b ? 0x88 : 0x89);
        } else if (v instanceof Long || v instanceof BigInteger) {
            saveInt(v);
        } else if (v instanceof Double d) {
            write('G');
            write(java.nio.ByteBuffer.allocate(8).putDouble(d).array());
        } else if (getMemo(v)) {
            // written before: a reference to it
        } else if (++depth > Repr.MAX_NESTING * 10) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded while pickling an object");
        } else {
            try {
                saveObject(v);
            } finally {
                depth--;
            }
        }
    }

    private void saveObject(Object v) {
        if (v instanceof String s) {
            saveStr(s);
            memoize(v);
        } else if (v instanceof PyBytes b && !b.mutable()) {
            saveBytes(b.data());
            memoize(v);
        } else if (v instanceof PyList l) {
            write(']');
            memoize(v);
            saveItems(l.iterator(), l.size(), 'a', 'e');
        } else if (v instanceof NamedTuples.Value t) {
            saveNewObject(t.pyClass(), new ArrayList<>(t), t);
        } else if (v instanceof List<?> t && !(v instanceof HostObject)) {
            saveTuple(t);
        } else if (v instanceof PyDict d && (d.pyClass() == BuiltinTypes.DICT || d.pyClass() == CollectionsModule.ORDERED_DICT)) {
            saveDict(d);
        } else if (v instanceof PySet s) {
            saveSet(s);
        } else if (v instanceof PyBytes b && protocol >= 5) {
            saveLarge(0x96, 8, b.data()); // BYTEARRAY8
            memoize(v);
        } else if (v instanceof Tensor t) {
            saveTensor(t);
        } else if (v instanceof Reducible r) {
            saveReduce(r.reduce(protocol), v);
        } else if (v instanceof TorchArchive.Global g) {
            saveGlobalName(g.module(), g.name(), g);
        } else if (v instanceof PyClass || v instanceof UserFunction) {
            saveGlobal(v);
        } else if (v instanceof Builtin b && in != null && in.builtinNamed(b.name()) == b) { // len, print: builtins' own
            saveGlobalName("builtins", b.name(), b);
        } else if (v instanceof PyInstance i) {
            saveInstance(i);
        } else if (UNPICKLABLE.contains(Values.typeName(v))) {
            throw PyError.type("cannot pickle '" + Values.typeName(v) + "' object"); // CPython's words
        } else {
            throw PyError.notSupported("pickling a '" + Values.typeName(v) + "' (adjoint pickles Python values, objects of your classes, tensors and models)");
        }
    }

    private boolean getMemo(Object v) {
        Integer i = memo.get(v);
        if (i == null) return false;
        if (i < 256) {
            write('h');
            write(i);
        } else {
            write('j');
            write(le(i, 4));
        }
        return true;
    }

    private void memoize(Object v) {
        int i = memo.size();
        memo.put(v, i);
        kept.add(v);
        if (protocol >= 4) {
            write(0x94);
        } else if (i < 256) {
            write('q');
            write(i);
        } else {
            write('r');
            write(le(i, 4));
        }
    }

    private void saveInt(Object v) {
        if (v instanceof Long l && l >= 0 && l < 256) {
            write('K');
            write((int) (long) l);
        } else if (v instanceof Long l && l >= 0 && l < 65536) {
            write('M');
            write(le(l, 2));
        } else if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            write('J');
            write(le(l, 4));
        } else {
            BigInteger b = v instanceof BigInteger big ? big : BigInteger.valueOf((Long) v);
            byte[] be = b.toByteArray(); // two's complement, big-endian, minimal but for a sign byte pickle keeps too
            byte[] little = new byte[be.length];
            for (int i = 0; i < be.length; i++) little[i] = be[be.length - 1 - i];
            if (little.length < 256) {
                write(0x8a);
                write(little.length);
            } else {
                write(0x8b);
                write(le(little.length, 4));
            }
            write(little);
        }
    }

    private void saveStr(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (protocol >= 4 && b.length < 256) saveLarge(0x8c, 1, b);
        else saveLarge('X', 4, b);
    }

    /**
     * An opcode, the payload's length in {@code lengthBytes} and the payload. As CPython's
     * _Pickler_write_bytes, a payload of a frame's size or more goes outside the frames: the frame
     * so far is committed, and the opcodes after it start a new one.
     */
    private void saveLarge(int opcode, int lengthBytes, byte[] payload) {
        boolean outside = frame != null && payload.length >= FRAME_TARGET;
        if (outside) commitFrame(true);
        ByteArrayOutputStream to = outside ? out : frame != null ? frame : out;
        to.write(opcode);
        to.write(le(payload.length, lengthBytes), 0, lengthBytes);
        to.write(payload, 0, payload.length);
    }

    private void saveBytes(byte[] b) {
        if (protocol < 3 && b.length == 0) { // bytes() itself
            saveGlobalName("builtins", "bytes", PyBytes.BYTES);
            write(')');
            write('R');
            return;
        }
        if (protocol < 3) { // protocol 2 has no bytes: CPython writes _codecs.encode(latin-1 text, 'latin1')
            saveReduceCall("_codecs", "encode", Values.tuple(new String(b, StandardCharsets.ISO_8859_1), "latin1"));
            return;
        }
        if (b.length < 256) saveLarge('C', 1, b);
        else saveLarge('B', 4, b);
    }

    /** CPython's batched container items: one item alone with {@code single}, else MARK items {@code many}, 1000 at a time. */
    private void saveItems(Iterator<?> items, int count, int single, int many) {
        int left = count;
        while (left > 0) {
            int n = Math.min(BATCH, left);
            if (n > 1) write('(');
            for (int i = 0; i < n; i++) {
                Object item = items.next();
                if (item instanceof PyDict.Entry e) {
                    save(e.key());
                    save(e.value());
                } else {
                    save(item);
                }
            }
            write(n > 1 ? many : single);
            left -= n;
        }
    }

    private void saveTuple(List<?> t) {
        if (t.isEmpty()) {
            write(')');
            return;
        }
        boolean small = t.size() <= 3;
        if (!small) write('(');
        for (Object item : t) save(item);
        if (memo.containsKey(t)) { // it held itself: CPython drops what it wrote and refers to the tuple
            if (small) for (int i = 0; i < t.size(); i++) write('0');
            else write('1');
            getMemo(t);
            return;
        }
        write(small ? 0x84 + t.size() : 't');
        memoize(t);
    }

    private void saveDict(PyDict d) {
        if (d.pyClass() == BuiltinTypes.DICT) {
            write('}');
            memoize(d);
        } else { // OrderedDict's __reduce__: the class called with no arguments, then its items
            saveGlobalName("collections", "OrderedDict", CollectionsModule.ORDERED_DICT);
            write(')');
            write('R');
            memoize(d);
        }
        List<PyDict.Entry> entries = d.entries();
        saveItems(entries.iterator(), entries.size(), 's', 'u');
    }

    private void saveSet(PySet s) {
        List<Object> items = new ArrayList<>();
        for (Iterator<Object> it = Values.iterate(s); it.hasNext(); ) items.add(it.next());
        if (protocol < 4) { // set(list) and frozenset(list) by reduce
            saveGlobalName("builtins", s.frozen() ? "frozenset" : "set", null);
            save(Values.tuple(new PyList(items)));
            write('R');
            memoize(s);
            return;
        }
        if (s.frozen()) {
            write('(');
            for (Object item : items) save(item);
            write(0x91);
            memoize(s);
            return;
        }
        write(0x8f);
        memoize(s);
        for (int from = 0; from < items.size(); from += BATCH) {
            write('(');
            for (Object item : items.subList(from, Math.min(items.size(), from + BATCH))) save(item);
            write(0x90);
        }
    }

    /** A class or function by its module and qualified name, which must find it again (CPython's check: a lambda has no such name). */
    private void saveGlobal(Object v) {
        Object module = Attributes.get(in, v, "__module__"), name = Attributes.get(in, v, "__qualname__");
        if (!(module instanceof String m) || !(name instanceof String n) || TorchArchive.lookUp(in, m, n) != v)
            throw new PyError("_pickle.PicklingError", "Can't pickle " + Repr.repr(v) + ": attribute lookup " + name + " on " + module + " failed");
        saveGlobalName(m, n, v);
    }

    private void saveGlobalName(String module, String name, Object value) {
        if (value != null && getMemo(value)) return;
        if (protocol >= 4) {
            save(module);
            save(name);
            write(0x93);
        } else {
            write('c');
            write(((protocol < 3 && module.equals("builtins") ? "__builtin__" : module) + "\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (value != null) memoize(value);
        else memoize(new Object()); // CPython memoizes the global it found; nothing here refers to it again
    }

    /** A module function called on arguments (REDUCE), as a tensor's and bytes' reduce give. */
    private void saveReduceCall(String module, String function, List<Object> args) {
        saveGlobalName(module, function, TorchArchive.marker(module, function));
        save(args);
        write('R');
    }

    /** A library value by its reduction (NumPy's arrays): function(*args), REDUCE, the value memoized, then its state with BUILD (CPython's save_reduce). */
    private void saveReduce(Reducible.Reduction r, Object v) {
        save(r.function());
        save(Values.tuple(r.args()));
        write('R');
        memoize(v);
        if (r.state() != null) {
            save(r.state());
            write('b');
        }
    }

    /** An object of a user class (or a model): its class, NEWOBJ, then its state (its attributes, or what __getstate__ gives) with BUILD. */
    private void saveInstance(PyInstance i) {
        if (i.has("__reduce__") || i.has("__reduce_ex__"))
            throw PyError.notSupported("pickling an object whose class defines __reduce__ (adjoint pickles objects by their attributes or __getstate__)");
        if (i.value() != null) // its value would be lost: refused, never an object that comes back empty
            throw PyError.notSupported("pickling an object of a subclass of a built-in type ('" + i.pyClass().name() + "' is a subclass of '" + BuiltinSubclasses.valueType(i.pyClass()).name() + "')");
        Object state = CopyModule.stateOf(i);
        saveNewObject(i.pyClass(), List.of(), i);
        if (state != null) {
            save(state);
            write('b');
        }
    }

    /** cls.__new__(cls, *args) (NEWOBJ), then the object memoized. */
    private void saveNewObject(PyClass cls, List<Object> args, Object self) {
        saveGlobal(cls);
        save(Values.tuple(args));
        write(0x81);
        memoize(self);
    }

    /** The pickle of a tensor's storage alone (as a record of torch.save's archive): what pickle.dumps embeds for a tensor. */
    byte[] dumpStorage(Tensor t) {
        out.write(0x80);
        out.write(protocol);
        saveStorageId(t);
        write('.');
        return out.toByteArray();
    }

    /** torch.save's persistent id of a tensor's storage: ('storage', torch.DoubleStorage, key, 'cpu', numel), then BINPERSID. */
    private void saveStorageId(Tensor t) {
        TorchArchive.StorageKind kind = TorchArchive.StorageKind.of(t.dtype());
        write('(');
        save("storage");
        saveGlobalName("torch", kind.className(), TorchArchive.marker("torch", kind.className()));
        save(storages.add(t));
        save("cpu");
        save((long) t.value().size());
        write('t');
        memoize(new Object());
        write('Q');
    }

    /**
     * PyTorch's reduce of a tensor: _rebuild_tensor_v2(storage, 0, size, stride, requires_grad,
     * OrderedDict()), and of a Parameter _rebuild_parameter(that tensor, requires_grad, OrderedDict()).
     * A view saves its own elements (PyTorch saves the whole storage it views: the values are the
     * same); a tensor in a graph comes back a leaf, as in PyTorch.
     */
    private void saveTensor(Tensor t) {
        boolean parameter = dev.adjoint.nn.Parameter.isParameter(t);
        if (parameter) saveGlobalName("torch._utils", "_rebuild_parameter", TorchArchive.marker("torch._utils", "_rebuild_parameter"));
        saveGlobalName("torch._utils", "_rebuild_tensor_v2", TorchArchive.marker("torch._utils", "_rebuild_tensor_v2"));
        write('(');
        if (storages != null) { // torch.save: the storage is a record of the archive, named by a persistent id
            saveStorageId(t);
        } else { // pickle.dumps: PyTorch's storages pickle as the bytes of an archive holding just them
            saveReduceCall("torch.storage", "_load_from_bytes", Values.tuple(PyBytes.of(TorchArchive.storageArchive(t))));
        }
        save(0L);
        int[] shape = t.shape();
        List<Object> size = new ArrayList<>(), stride = new ArrayList<>();
        long step = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            size.add(0, (long) shape[i]);
            stride.add(0, step);
            step *= shape[i];
        }
        save(Values.tuple(size));
        save(Values.tuple(stride));
        save(!parameter && t.requiresGrad());
        save(CollectionsModule.orderedDict());
        write('t');
        write('R');
        if (parameter) {
            save(t.requiresGrad());
            save(CollectionsModule.orderedDict());
            write(0x87);
            write('R');
        }
        memoize(t);
    }
}
