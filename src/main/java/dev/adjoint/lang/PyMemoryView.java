package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * memoryview(b) over a bytes or a bytearray, as CPython's for format 'B' (one unsigned byte an
 * item, one dimension): indexing, slicing (a view of the same memory, steps too), len, iteration,
 * tolist, tobytes, hex, ==, the attributes readonly, nbytes, format, itemsize, ndim, shape,
 * strides and obj; writes go through to a bytearray; release() and a with block end the view
 * (then every use is CPython's ValueError). Other formats (cast) are not offered.
 */
final class PyMemoryView implements HostObject, Sized, Iterable<Object>, Subscriptable, ContextManager {
    static final PyClass TYPE = PyClass.builtin("memoryview", BuiltinTypes.OBJECT, Builtin.of("memoryview", a -> of(a.expect(1, 1).get(0))));

    static {
        PyClass.methodsFrom(() -> {
            TYPE.method("tolist", a -> new PyList(self(a.expect(0, 0)).items()));
            TYPE.method("tobytes", a -> PyBytes.of(self(a.expect(0, 0)).bytes()));
            TYPE.method("hex", a -> HexFormat.of().formatHex(self(a.expect(0, 0)).bytes()));
            TYPE.method("release", a -> {
                ((PyMemoryView) a.expect(0, 0).self()).released = true;
                return null;
            });
        }, TYPE);
    }

    private static final List<String> ATTRIBUTES = List.of("readonly", "nbytes", "format", "itemsize", "ndim", "shape", "strides", "obj");

    /** The object whose memory this is, and the items seen: {@code length} bytes from {@code start}, {@code step} apart. */
    private final PyBytes base;
    private final int start, step, length;
    private boolean released;

    private PyMemoryView(PyBytes base, int start, int step, int length) {
        this.base = base;
        this.start = start;
        this.step = step;
        this.length = length;
        base.exportedTo(this);
    }

    /** Whether release() (or the end of its with block) has ended it: no export of its object any more. */
    boolean released() {
        return released;
    }

    static PyMemoryView of(Object source) {
        if (source instanceof PyBytes b) return new PyMemoryView(b, 0, 1, b.data().length);
        if (source instanceof PyMemoryView m) return m.live().slice(0, 1, m.length);
        throw PyError.type("memoryview: a bytes-like object is required, not '" + Values.typeName(source) + "'");
    }

    private static PyMemoryView self(Args a) {
        return ((PyMemoryView) a.self()).live();
    }

    /** This view, unless released (CPython's ValueError for every use after release()). */
    private PyMemoryView live() {
        if (released) throw PyError.value("operation forbidden on released memoryview object");
        return this;
    }

    private PyMemoryView slice(int from, int by, int count) {
        return new PyMemoryView(base, start + from * step, step * by, count);
    }

    /** The bytes seen, copied. */
    byte[] bytes() {
        live();
        byte[] data = base.data(), out = new byte[length];
        for (int k = 0; k < length; k++) out[k] = data[start + k * step];
        return out;
    }

    private List<Object> items() {
        List<Object> out = new ArrayList<>(length);
        for (byte b : bytes()) out.add((long) (b & 0xff));
        return out;
    }

    @Override
    public String typeName() {
        return "memoryview";
    }

    @Override
    public PyClass pyClass() {
        return TYPE;
    }

    @Override
    public Object attribute(String name) {
        if (!ATTRIBUTES.contains(name)) return null;
        live();
        return switch (name) {
            case "readonly" -> !base.mutable();
            case "nbytes" -> (long) length;
            case "format" -> "B";
            case "itemsize" -> 1L;
            case "ndim" -> 1L;
            case "shape" -> Values.tuple((long) length);
            case "strides" -> Values.tuple((long) step);
            default -> base;
        };
    }

    @Override
    public Collection<String> attributeNames() {
        List<String> out = new ArrayList<>(ATTRIBUTES);
        out.addAll(TYPE.dict().keySet());
        return out;
    }

    @Override
    public long length() {
        return live().length;
    }

    @Override
    public Iterator<Object> iterator() {
        return items().iterator();
    }

    @Override
    public Object getItem(Object key) {
        live();
        if (key instanceof SliceValue s) {
            long[] r = s.indices(length);
            return slice((int) r[0], (int) r[2], (int) SliceValue.length(r));
        }
        return (long) (base.data()[position(key)] & 0xff);
    }

    /** Where item {@code key} is in the base's bytes. */
    private int position(Object key) {
        Object n = Values.plain(key);
        if (!PyNumbers.isInt(n)) throw PyError.type("memoryview: invalid slice key");
        long i = Values.toLong(n, "index");
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw new PyError("IndexError", "index out of bounds on dimension 1");
        return start + (int) i * step;
    }

    @Override
    public void setItem(Object key, Object value) {
        live();
        if (!base.mutable()) throw PyError.type("cannot modify read-only memory");
        if (key instanceof SliceValue s) {
            long[] r = s.indices(length);
            byte[] from = value instanceof PyBytes b ? b.data().clone() : value instanceof PyMemoryView m ? m.bytes() : null;
            if (from == null) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(value) + "'");
            if (from.length != SliceValue.length(r)) throw PyError.value("memoryview assignment: lvalue and rvalue have different structures");
            slice((int) r[0], (int) r[2], from.length).write(from);
            return;
        }
        int at = position(key);
        if (!PyNumbers.isInt(Values.plain(value))) throw PyError.type("memoryview: invalid type for format 'B'");
        java.math.BigInteger v = PyNumbers.big(Values.plain(value));
        if (v.signum() < 0 || v.bitLength() > 8) throw PyError.value("memoryview: invalid value for format 'B'");
        base.setItem((long) at, (long) v.intValue());
    }

    private void write(byte[] from) {
        for (int k = 0; k < from.length; k++) base.setItem((long) (start + k * step), (long) (from[k] & 0xff));
    }

    @Override
    public void deleteItem(Object key) {
        live();
        throw PyError.type("cannot delete memory");
    }

    @Override
    public Object enter(Interpreter interpreter) {
        return live();
    }

    @Override
    public void exit() {
        released = true;
    }

    /** Equal to a bytes, a bytearray or a memoryview of the same bytes, as CPython compares format 'B' buffers. */
    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        byte[] other = o instanceof PyBytes b ? b.data() : o instanceof PyMemoryView m && !m.released ? m.bytes() : null;
        return other != null && !released && java.util.Arrays.equals(bytes(), other);
    }

    @Override
    public int hashCode() {
        return released ? 0 : java.util.Arrays.hashCode(bytes());
    }

    @Override
    public String toString() {
        return (released ? "<released memory at " : "<memory at ") + Values.address(this) + ">";
    }
}
