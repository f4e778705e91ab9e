package dev.adjoint.lang;

import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * io.StringIO and io.BytesIO: a file held in memory, read and written at a position (write
 * overwrites from there and extends the end, as CPython's). Writing here writes no file, so it is
 * allowed: print(..., file=buf) then buf.getvalue() is how programs capture text. A failed input
 * puts the content and position back (Undoable).
 */
final class MemoryFile implements TabledHostObject, Iterable<Object>, ContextManager, Undoable {
    static final PyClass STRING_IO = PyClass.builtin("StringIO", "_io", BuiltinTypes.OBJECT, Builtin.of("StringIO", a -> {
        Object initial = a.expect(0, 2, "initial_value", "newline").option(0, "initial_value", "");
        if (initial == null) initial = "";
        if (!(initial instanceof String s)) throw PyError.type("initial_value must be str or None, not " + Values.typeName(initial));
        return new MemoryFile(false, s.getBytes(StandardCharsets.UTF_8));
    }));
    static final PyClass BYTES_IO = PyClass.builtin("BytesIO", "_io", BuiltinTypes.OBJECT, Builtin.of("BytesIO", a -> {
        Object initial = a.expect(0, 1, "initial_bytes").option(0, "initial_bytes", null);
        if (initial == null) return new MemoryFile(true, new byte[0]);
        if (!(initial instanceof PyBytes b)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(initial) + "'");
        return new MemoryFile(true, b.data());
    }));

    static {
        for (PyClass t : new PyClass[] {STRING_IO, BYTES_IO}) { // class Log(io.StringIO): its objects carry a file in memory (BuiltinSubclasses)
            t.carryingValues(true);
            BuiltinSubclasses.defineConstruction(t, true);
        }
    }

    private final boolean binary;
    /** The content: bytes for BytesIO, and for StringIO its text as code points (one int each), so a position counts characters as Python's does. */
    private int[] items;
    private int size, pos;
    private boolean closed;

    private MemoryFile(boolean binary, byte[] initial) {
        this.binary = binary;
        this.items = binary ? toInts(initial) : new String(initial, StandardCharsets.UTF_8).codePoints().toArray();
        this.size = items.length;
    }

    private static int[] toInts(byte[] b) {
        int[] out = new int[b.length];
        for (int i = 0; i < b.length; i++) out[i] = b[i] & 0xff;
        return out;
    }

    private void checkOpen() {
        if (closed) throw PyError.value(binary ? "I/O operation on closed file." : "I/O operation on closed file"); // CPython's two texts
    }

    private Object slice(int from, int to) {
        if (!binary) return new String(items, from, to - from);
        byte[] out = new byte[to - from];
        for (int i = from; i < to; i++) out[i - from] = (byte) items[i];
        return PyBytes.of(out);
    }

    private Object take(long n) {
        checkOpen();
        int start = Math.min(pos, size);
        int end = n < 0 ? size : (int) Math.min(size, start + n);
        if (end > pos) UndoLog.touch(this); // a failed input puts the position back, reads included
        pos = Math.max(pos, end);
        return slice(start, end);
    }

    private Object readline() {
        return readline(-1);
    }

    /** One line, or its first {@code limit} characters (bytes) when limit is not negative. */
    private Object readline(long limit) {
        checkOpen();
        int start = Math.min(pos, size), end = start;
        while (end < size && items[end] != '\n') end++;
        long n = Math.min(size, end + 1) - start;
        return take(limit < 0 ? n : Math.min(n, limit));
    }

    /** CPython's refusals, which differ between the two: StringIO seeks only to 0 from the position or the end. */
    private void checkSeek(long to, long whence) {
        if (whence < 0 || whence > 2) throw PyError.value((binary ? "invalid" : "Invalid") + " whence (" + whence + ", should be 0, 1 or 2)");
        if (whence == 0 && to < 0) throw PyError.value(binary ? "negative seek value " + to : "Negative seek position " + to);
        if (!binary && whence != 0 && to != 0) throw new PyError("OSError", "Can't do nonzero cur-relative seeks");
    }

    private long write(Object data) {
        checkOpen();
        int[] add;
        if (binary) {
            if (!(data instanceof PyBytes b)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(data) + "'");
            add = toInts(b.data());
        } else {
            if (!(data instanceof String s)) throw PyError.type("string argument expected, got '" + Values.typeName(data) + "'");
            add = s.codePoints().toArray();
        }
        UndoLog.touch(this);
        int end = pos + add.length;
        if (end > items.length) items = java.util.Arrays.copyOf(items, Math.max(end, items.length * 2));
        if (pos > size) java.util.Arrays.fill(items, size, pos, 0); // writing past the end fills the gap with zeros, as BytesIO
        System.arraycopy(add, 0, items, pos, add.length);
        pos = end;
        size = Math.max(size, end);
        return add.length;
    }

    @Override
    public Runnable snapshot() {
        int[] saved = java.util.Arrays.copyOf(items, size);
        int savedSize = size, savedPos = pos;
        boolean savedClosed = closed;
        return () -> {
            items = saved;
            size = savedSize;
            pos = savedPos;
            closed = savedClosed;
        };
    }

    @Override
    public Iterator<Object> iterator() {
        checkOpen();
        return new Iterator<>() {
            public boolean hasNext() {
                return pos < size;
            }

            public Object next() {
                return readline();
            }
        };
    }

    @Override
    public Object enter(Interpreter interpreter) {
        checkOpen();
        return this;
    }

    @Override
    public void exit() {
        UndoLog.touch(this);
        closed = true;
    }

    @Override
    public String typeName() {
        return binary ? "_io.BytesIO" : "_io.StringIO";
    }

    @Override
    public PyClass pyClass() {
        return binary ? BYTES_IO : STRING_IO;
    }

    private static final AttributeTable<MemoryFile> ATTRIBUTES = new AttributeTable<MemoryFile>()
            .method("close", (f, a) -> {
                a.expect(0, 0);
                f.exit();
                return null;
            })
            .value("closed", f -> f.closed)
            .method("flush", (f, a) -> null)
            .method("getvalue", (f, a) -> {
                a.expect(0, 0);
                f.checkOpen();
                return f.slice(0, f.size);
            })
            .method("read", (f, a) -> {
                Object n = a.expect(0, 1, "size").option(0, "size", null);
                return f.take(n == null ? -1 : Values.toLong(n, "size"));
            })
            .method("readable", MemoryFile::openTrue)
            .method("readline", (f, a) -> {
                Object limit = a.expect(0, 1, "size").option(0, "size", null);
                if (limit != null && !PyNumbers.isInt(Values.plain(limit)))
                    throw PyError.type("argument should be integer or None, not '" + Values.typeName(limit) + "'");
                return f.readline(limit == null ? -1 : Values.toLong(limit, "size"));
            })
            .method("readlines", (f, a) -> {
                a.expect(0, 0);
                PyList lines = new PyList();
                while (f.pos < f.size) lines.add(f.readline());
                return lines;
            })
            .method("seek", (f, a) -> {
                long to = Values.toLong(a.expect(1, 2).get(0), "offset"), whence = a.size() > 1 ? Values.toLong(a.get(1), "whence") : 0;
                f.checkOpen();
                f.checkSeek(to, whence);
                UndoLog.touch(f);
                f.pos = (int) Math.max(0, (whence == 0 ? 0 : whence == 1 ? f.pos : f.size) + to);
                return (long) f.pos;
            })
            .method("seekable", MemoryFile::openTrue)
            .method("tell", (f, a) -> {
                a.expect(0, 0);
                f.checkOpen();
                return (long) f.pos;
            })
            .method("truncate", (f, a) -> {
                Object at = a.expect(0, 1).option(0, "size", null);
                f.checkOpen();
                long to = at == null ? f.pos : Values.toLong(at, "size");
                if (to < 0) throw PyError.value((f.binary ? "negative" : "Negative") + " size value " + to); // CPython's two texts
                UndoLog.touch(f);
                f.size = (int) Math.min(f.size, to);
                return (long) f.size;
            })
            .method("writable", MemoryFile::openTrue)
            .method("write", (f, a) -> f.write(a.expect(1, 1).get(0)))
            .method("writelines", (f, a) -> {
                for (Iterator<Object> it = Values.iterate(a.expect(1, 1).get(0)); it.hasNext(); ) f.write(it.next());
                return null;
            });

    /** readable(), writable(), seekable(): true while open (ValueError once closed). */
    private static Object openTrue(MemoryFile f, Args a) {
        f.checkOpen();
        return true;
    }

    @Override
    public AttributeTable<MemoryFile> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String toString() {
        return "<" + typeName() + " object at 0x" + Long.toHexString(140_000_000_000_000L + System.identityHashCode(this)) + ">";
    }
}
