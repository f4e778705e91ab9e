package dev.adjoint.lang;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A file opened for reading by open(path) / open(path, "rb") / gzip.open(path): read(n), readline(),
 * readlines(), iteration by lines, seek/tell, close, and with. Its content is read whole when it
 * is opened (bounded by {@link ReadOnlyFiles}); a text file is UTF-8 with Python's universal
 * newlines (\r\n and \r read as \n). Binary reads give bytes, text reads give str.
 */
final class PyFile implements TabledHostObject, Iterable<Object>, Iterator<Object>, ContextManager {
    private final String name, mode;
    private final byte[] bytes; // binary mode
    private final String text; // text mode
    private int pos;
    private boolean closed;

    private PyFile(String name, String mode, byte[] bytes, String text) {
        this.name = name;
        this.mode = mode;
        this.bytes = bytes;
        this.text = text;
    }

    /** open(name, mode) or gzip.open(name, mode): what CPython would read, or its error. */
    static PyFile open(String name, String mode, boolean gzip, String encoding) {
        boolean binary = ReadOnlyFiles.binaryMode(mode, gzip ? "gzip.open" : "open");
        if (gzip && !mode.contains("t")) binary = true; // gzip.open's default mode is 'rb'
        if (binary && encoding != null) throw PyError.value("binary mode doesn't take an encoding argument");
        byte[] data = ReadOnlyFiles.read(name, gzip);
        if (binary) return new PyFile(name, mode, data, null);
        String decoded = BytesMethods.decode(data, encoding == null ? "utf-8" : encoding, "strict");
        return new PyFile(name, mode, null, decoded.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private int size() {
        return bytes != null ? bytes.length : text.length();
    }

    private void checkOpen() {
        if (closed) throw PyError.value("I/O operation on closed file.");
    }

    /** The next {@code n} items (all that is left for n < 0). */
    private Object take(long n) {
        checkOpen();
        int end = n < 0 ? size() : (int) Math.min(size(), pos + n);
        Object out = bytes != null ? PyBytes.of(java.util.Arrays.copyOfRange(bytes, pos, end)) : text.substring(pos, end);
        pos = end;
        return out;
    }

    /** Everything left to read (f.read(); Path.read_text()). */
    Object readRest() {
        return take(-1);
    }

    private Object readline() {
        checkOpen();
        int end = pos;
        while (end < size() && (bytes != null ? bytes[end] : text.charAt(end)) != '\n') end++;
        return take(Math.min(size(), end + 1) - pos);
    }

    private boolean atEnd() {
        return pos >= size();
    }

    /** A file is its own iterator, as in CPython: next(f) skips a header line, iter(f) is f. */
    @Override
    public Iterator<Object> iterator() {
        checkOpen();
        return this;
    }

    @Override
    public boolean hasNext() {
        checkOpen();
        return !atEnd();
    }

    @Override
    public Object next() {
        if (!hasNext()) throw new PyError("StopIteration", "");
        return readline();
    }

    @Override
    public Object enter(Interpreter interpreter) {
        checkOpen();
        return this;
    }

    @Override
    public void exit() {
        closed = true;
    }

    @Override
    public String typeName() {
        return bytes != null ? "_io.BufferedReader" : "_io.TextIOWrapper";
    }

    private static final AttributeTable<PyFile> ATTRIBUTES = ReadOnlyFiles.readOnly(new AttributeTable<PyFile>())
            .method("__iter__", (f, a) -> f.iterator())
            .method("__next__", (f, a) -> {
                a.expect(0, 0);
                return f.next();
            })
            .method("close", (f, a) -> {
                a.expect(0, 0);
                f.closed = true;
                return null;
            })
            .value("closed", f -> f.closed)
            .value("mode", f -> f.mode)
            .value("name", f -> f.name)
            .method("read", (f, a) -> {
                Object size = a.expect(0, 1, "size").option(0, "size", null);
                return f.take(size == null ? -1 : Values.toLong(size, "size"));
            })
            .method("readable", (f, a) -> true)
            .method("readline", (f, a) -> {
                a.expect(0, 0);
                return f.readline();
            })
            .method("readlines", (f, a) -> {
                a.expect(0, 0);
                PyList lines = new PyList();
                while (!f.atEnd()) lines.add(f.readline());
                return lines;
            })
            .method("seek", (f, a) -> {
                long to = Values.toLong(a.expect(1, 2).get(0), "offset"), whence = a.size() > 1 ? Values.toLong(a.get(1), "whence") : 0;
                f.checkOpen();
                long base = whence == 0 ? 0 : whence == 1 ? f.pos : f.size();
                f.pos = (int) Math.max(0, Math.min(f.size(), base + to));
                return (long) f.pos;
            })
            .method("seekable", (f, a) -> true)
            .method("tell", (f, a) -> {
                a.expect(0, 0);
                f.checkOpen();
                return (long) (f.bytes != null ? f.pos : f.text.substring(0, f.pos).getBytes(StandardCharsets.UTF_8).length);
            });

    @Override
    public AttributeTable<PyFile> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String toString() {
        return bytes != null ? "<_io.BufferedReader name=" + Repr.repr(name) + ">"
                : "<_io.TextIOWrapper name=" + Repr.repr(name) + " mode=" + Repr.repr(mode) + " encoding='UTF-8'>";
    }
}
