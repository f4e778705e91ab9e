package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Python's bytes (immutable) and bytearray (mutable): a byte string whose items are ints 0..255,
 * printed b'\x00ab'. What reading a binary file gives (open(path, "rb").read(), gzip), and what
 * struct.unpack and np.frombuffer take. bytes == bytearray by content, as in Python; only bytes hashes.
 */
public final class PyBytes implements HostObject, Sized, Iterable<Object>, Subscriptable, Undoable {
    static final PyClass BYTES = PyClass.builtin("bytes", BuiltinTypes.OBJECT, Builtin.of("bytes", a -> make(a, false)));
    static final PyClass BYTEARRAY = PyClass.builtin("bytearray", BuiltinTypes.OBJECT, Builtin.of("bytearray", a -> make(a, true)));

    static {
        PyClass.methodsFrom(() -> {
            BytesMethods.register(BYTES, BYTEARRAY);
            ContainerDunders.sequence(BYTES, true);
            ContainerDunders.sequence(BYTEARRAY, true);
            ContainerDunders.mutable(BYTEARRAY);
        }, BYTES, BYTEARRAY);
    }

    private byte[] data;
    /** The memoryviews made on this bytearray, held weakly: while one is live its size cannot change (CPython's exports), or null. */
    private List<java.lang.ref.WeakReference<PyMemoryView>> views;
    private final boolean mutable;

    private PyBytes(byte[] data, boolean mutable) {
        this.data = data;
        this.mutable = mutable;
    }

    /** Immutable bytes holding {@code data} (not copied: the caller gives it up). */
    public static PyBytes of(byte[] data) {
        return new PyBytes(data, false);
    }

    /** bytes (mutable false) or a bytearray holding {@code data} (not copied). */
    public static PyBytes of(byte[] data, boolean mutable) {
        return new PyBytes(data, mutable);
    }

    /** The bytes themselves (not a copy: callers only read them). */
    public byte[] data() {
        return data;
    }

    public boolean mutable() {
        return mutable;
    }

    /** bytes(x) / bytearray(x): empty, n zero bytes, ints 0..255 from an iterable, a str with an encoding, or a copy of bytes. */
    private static PyBytes make(Args a, boolean mutable) {
        a.expect(0, 3, "source", "encoding", "errors");
        Object source = a.option(0, "source", null), encoding = a.option(1, "encoding", null);
        String type = mutable ? "bytearray" : "bytes";
        if (source instanceof String s) {
            if (encoding == null) throw PyError.type("string argument without an encoding");
            return new PyBytes(BytesMethods.encode(s, Repr.str(encoding), Repr.str(a.option(2, "errors", "strict"))), mutable);
        }
        if (encoding != null) throw PyError.type("encoding without a string argument");
        if (source == null) return new PyBytes(new byte[0], mutable);
        if (source instanceof PyBytes b) return new PyBytes(b.data.clone(), mutable);
        if (source instanceof PyMemoryView m) return new PyBytes(m.bytes(), mutable);
        Object n = Values.plain(source);
        if (PyNumbers.isInt(n) && !(n instanceof Boolean)) {
            long count = Values.toLong(n, "count");
            if (count < 0) throw PyError.value("negative count");
            dev.adjoint.ndarray.Limits.check(count, "(" + count + ",)");
            return new PyBytes(new byte[(int) count], mutable);
        }
        if (n instanceof Double) throw PyError.type("cannot convert 'float' object to " + type);
        List<Object> items = Values.items(source);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = (byte) BytesMethods.byteValue(items.get(i), mutable ? "byte" : "bytes");
        return new PyBytes(out, mutable);
    }

    @Override
    public String typeName() {
        return mutable ? "bytearray" : "bytes";
    }

    @Override
    public PyClass pyClass() {
        return mutable ? BYTEARRAY : BYTES;
    }

    @Override
    public Collection<String> attributeNames() {
        return pyClass().dict().keySet();
    }

    @Override
    public long length() {
        return data.length;
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < data.length;
            }

            public Object next() {
                return (long) (data[i++] & 0xff);
            }
        };
    }

    @Override
    public Object getItem(Object key) {
        if (key instanceof SliceValue s) {
            long[] r = s.indices(data.length);
            byte[] out = new byte[(int) SliceValue.length(r)];
            for (int k = 0, i = (int) r[0]; k < out.length; k++, i += (int) r[2]) out[k] = data[i];
            return new PyBytes(out, mutable);
        }
        return (long) (data[Subscripts.index(key, data.length, typeName())] & 0xff);
    }

    @Override
    public void setItem(Object key, Object value) {
        if (!mutable) throw PyError.type("'bytes' object does not support item assignment");
        if (key instanceof SliceValue) throw PyError.notSupported("slice assignment to a bytearray");
        int i = Subscripts.index(key, data.length, "bytearray");
        byte b = (byte) BytesMethods.byteValue(value);
        UndoLog.touch(this);
        data[i] = b;
    }

    /** bytearray's append/extend: {@code more} added at the end. */
    void append(byte[] more) {
        checkResizable();
        UndoLog.touch(this);
        byte[] grown = Arrays.copyOf(data, data.length + more.length);
        System.arraycopy(more, 0, grown, data.length, more.length);
        data = grown;
    }

    /** bytearray's pop, remove, insert, clear (a new length: refused while a memoryview exports it) and reverse (the same length). */
    void replaceData(byte[] next) {
        if (next.length != data.length) checkResizable();
        UndoLog.touch(this);
        data = next;
    }

    /** A memoryview was made on this object's memory; a bytearray keeps it as an export. */
    void exportedTo(PyMemoryView view) {
        if (!mutable) return;
        if (views == null) views = new java.util.ArrayList<>();
        views.add(new java.lang.ref.WeakReference<>(view));
    }

    /**
     * CPython's BufferError for resizing a bytearray a memoryview still exports: one not released
     * that the program still holds. CPython frees a view nobody holds at once; here the collector
     * is asked which are gone, and only when a view made on it may still be live.
     */
    private void checkResizable() {
        if (!anyLiveView()) return;
        System.gc();
        if (anyLiveView()) throw new PyError("BufferError", "Existing exports of data: object cannot be re-sized");
    }

    private boolean anyLiveView() {
        if (views == null) return false;
        views.removeIf(r -> r.get() == null || r.get().released());
        return !views.isEmpty();
    }

    @Override
    public Runnable snapshot() {
        byte[] saved = data.clone();
        return () -> data = saved;
    }

    /** Equal by content, bytes and bytearray alike (b'a' == bytearray(b'a')), and to a memoryview of the same bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b ? Arrays.equals(data, b.data) : o instanceof PyMemoryView m && m.equals(this);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** The dict/set key of a bytes value; a bytearray is unhashable, as in Python. */
    Object hashKey() {
        if (mutable) throw PyError.type("unhashable type: 'bytearray'");
        return java.nio.ByteBuffer.wrap(data);
    }

    /** Python's repr: b'...' (or b"..." when it holds ' and no "), printable ASCII as is, \t \n \r \\ and \xhh escapes. */
    @Override
    public String toString() {
        String body = repr(data);
        return mutable ? "bytearray(" + body + ")" : body;
    }

    static String repr(byte[] data) {
        boolean single = false, dbl = false;
        for (byte b : data) {
            if (b == '\'') single = true;
            if (b == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : data) {
            int c = x & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 32 || c >= 127) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }
}
