package dev.adjoint.lang;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's struct: pack, unpack, unpack_from, iter_unpack, calcsize and Struct, for binary headers
 * such as MNIST's ({@code struct.unpack(">IIII", f.read(16))}). Formats as CPython reads them: a
 * byte order first ('@' native with alignment, '=' '<' '>' '!' standard sizes), then counts and
 * codes x c b B ? h H i I l L q Q n N f d s (no half floats); errors are struct.error with CPython's words.
 */
final class StructModule {
    private StructModule() {}

    static PyModule create() {
        PyModule m = new PyModule("struct");
        m.add(Builtin.of("calcsize", a -> (long) Format.parse(a.expect(1, 1).get(0)).size));
        m.add(Builtin.of("pack", a -> {
            if (a.size() < 1) throw a.typeError("missing required argument 'format' (pos 1)");
            return Format.parse(a.get(0)).pack(a.positional().subList(1, a.size()));
        }));
        m.add(Builtin.of("unpack", a -> Format.parse(a.expect(2, 2).get(0)).unpack(buffer(a.get(1)), 0, false)));
        m.add(Builtin.of("unpack_from", a -> {
            a.expect(2, 3, "format", "buffer", "offset");
            return Format.parse(a.get(0)).unpack(buffer(a.option(1, "buffer", null)), Values.toLong(a.option(2, "offset", 0L), "offset"), true);
        }));
        m.add(Builtin.of("iter_unpack", a -> {
            Format f = Format.parse(a.expect(2, 2).get(0));
            byte[] data = buffer(a.get(1));
            if (f.size == 0) throw error("cannot iteratively unpack with a struct of length 0");
            if (data.length % f.size != 0) throw error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
            PyList out = new PyList();
            for (int at = 0; at < data.length; at += f.size) out.add(f.unpack(data, at, true));
            return new PyIterator("unpack_iterator", out.iterator());
        }));
        m.add("Struct", PyClass.builtin("Struct", "struct", BuiltinTypes.OBJECT, Builtin.of("Struct", a -> new Compiled(Format.parse(a.expect(1, 1).get(0)),
                Repr.str(a.get(0))))));
        m.add("error", Exceptions.library("struct.error"));
        return m;
    }

    static PyError error(String message) {
        return new PyError("struct.error", message);
    }

    private static byte[] buffer(Object v) {
        if (v instanceof PyBytes b) return b.data();
        throw PyError.type("a bytes-like object is required, not '" + Values.typeName(v) + "'");
    }

    /** One code of a format: its letter, how many (a count before it), and its byte offset. */
    private record Item(char code, int count, int offset, int size) {}

    /** A parsed format: its items, total size and byte order. */
    static final class Format {
        final List<Item> items = new ArrayList<>();
        final int size;
        final ByteOrder order;
        final boolean nativeSizes;

        private Format(List<Item> items, int size, ByteOrder order, boolean nativeSizes) {
            this.items.addAll(items);
            this.size = size;
            this.order = order;
            this.nativeSizes = nativeSizes;
        }

        static Format parse(Object fmt) {
            String f;
            if (fmt instanceof String s) f = s;
            else if (fmt instanceof PyBytes b) f = new String(b.data(), java.nio.charset.StandardCharsets.ISO_8859_1);
            else throw PyError.type("Struct() argument 1 must be a str or bytes object, not " + Values.typeName(fmt));
            int i = 0;
            char first = f.isEmpty() ? '@' : f.charAt(0);
            boolean nativeSizes = first == '@' || "=<>!".indexOf(first) < 0;
            ByteOrder order = first == '>' || first == '!' ? ByteOrder.BIG_ENDIAN : first == '<' || first == '=' || first == '@' ? ByteOrder.LITTLE_ENDIAN
                    : ByteOrder.nativeOrder();
            if ("@=<>!".indexOf(first) >= 0 && !f.isEmpty()) i = 1;
            List<Item> items = new ArrayList<>();
            int offset = 0;
            while (i < f.length()) {
                char c = f.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int count = 1;
                if (Character.isDigit(c)) {
                    int start = i;
                    while (i < f.length() && Character.isDigit(f.charAt(i))) i++;
                    if (i >= f.length()) throw error("repeat count given without format specifier");
                    count = Integer.parseInt(f.substring(start, i));
                    c = f.charAt(i);
                }
                int size = size(c, nativeSizes);
                if (size < 0) throw error("bad char in struct format");
                if (nativeSizes && size > 1 && c != 's' && c != 'p') offset = (offset + size - 1) / size * size; // C's alignment
                items.add(new Item(c, count, offset, size));
                offset += c == 's' || c == 'p' ? count : size * count;
                i++;
            }
            return new Format(items, offset, order, nativeSizes);
        }

        private static int size(char c, boolean nativeSizes) {
            return switch (c) {
                case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
                case 'h', 'H' -> 2;
                case 'i', 'I', 'f' -> 4;
                case 'l', 'L' -> nativeSizes ? 8 : 4;
                case 'q', 'Q', 'd' -> 8;
                case 'n', 'N', 'P' -> nativeSizes ? 8 : -1;
                default -> -1;
            };
        }

        private int values() {
            int n = 0;
            for (Item it : items) n += it.code == 'x' ? 0 : it.code == 's' || it.code == 'p' ? 1 : it.count;
            return n;
        }

        Object unpack(byte[] data, long offset, boolean from) {
            if (from) {
                if (offset < 0) offset += data.length;
                if (offset < 0 || data.length - offset < size)
                    throw error("unpack_from requires a buffer of at least " + (size + offset) + " bytes for unpacking " + size + " bytes at offset "
                            + offset + " (actual buffer size is " + data.length + ")");
            } else if (data.length != size) {
                throw error("unpack requires a buffer of " + size + " bytes");
            }
            ByteBuffer in = ByteBuffer.wrap(data).order(order);
            List<Object> out = new ArrayList<>();
            for (Item it : items) {
                int at = (int) offset + it.offset;
                if (it.code == 's' || it.code == 'p') {
                    out.add(PyBytes.of(java.util.Arrays.copyOfRange(data, at, at + it.count)));
                    continue;
                }
                for (int k = 0; k < it.count; k++, at += it.size) if (it.code != 'x') out.add(read(in, it.code, at, it.size));
            }
            return Values.tuple(out);
        }

        private static Object read(ByteBuffer in, char code, int at, int size) {
            return switch (code) {
                case 'c' -> PyBytes.of(new byte[] {in.get(at)});
                case 'b' -> (long) in.get(at);
                case 'B' -> (long) (in.get(at) & 0xff);
                case '?' -> in.get(at) != 0;
                case 'h' -> (long) in.getShort(at);
                case 'H' -> (long) (in.getShort(at) & 0xffff);
                case 'i' -> (long) in.getInt(at);
                case 'I' -> in.getInt(at) & 0xffffffffL;
                case 'f' -> (double) in.getFloat(at);
                case 'd' -> in.getDouble(at);
                default -> { // l L (4 bytes at standard sizes, 8 native), q Q n N P
                    if (size == 4) yield code == 'l' ? (Object) (long) in.getInt(at) : (Object) (in.getInt(at) & 0xffffffffL);
                    long v = in.getLong(at);
                    yield Character.isUpperCase(code) ? PyNumbers.normalize(new BigInteger(Long.toUnsignedString(v))) : (Object) v;
                }
            };
        }

        PyBytes pack(List<Object> values) {
            if (values.size() != values()) throw error("pack expected " + values() + " items for packing (got " + values.size() + ")");
            ByteBuffer out = ByteBuffer.allocate(size).order(order);
            int v = 0;
            for (Item it : items) {
                if (it.code == 's' || it.code == 'p') {
                    Object s = values.get(v++);
                    if (!(s instanceof PyBytes b)) throw error("argument for '" + it.code + "' must be a bytes object");
                    out.put(it.offset, b.data(), 0, Math.min(it.count, b.data().length));
                    continue;
                }
                for (int k = 0, at = it.offset; k < it.count; k++, at += it.size) if (it.code != 'x') write(out, it, at, values.get(v++));
            }
            return PyBytes.of(out.array());
        }

        private void write(ByteBuffer out, Item it, int at, Object value) {
            char code = it.code;
            Object p = Values.plain(value);
            switch (code) {
                case 'c' -> {
                    if (!(p instanceof PyBytes b) || b.data().length != 1) throw error("char format requires a bytes object of length 1");
                    out.put(at, b.data()[0]);
                }
                case '?' -> out.put(at, (byte) (Values.truthy(value) ? 1 : 0));
                case 'f', 'd' -> {
                    if (!PyNumbers.isNumber(p)) throw error("required argument is not a float");
                    double d = PyNumbers.toDouble(p);
                    if (code == 'd') out.putDouble(at, d);
                    else if (Float.isInfinite((float) d) && !Double.isInfinite(d)) throw new PyError("OverflowError", "float too large to pack with f format");
                    else out.putFloat(at, (float) d);
                }
                default -> {
                    if (!PyNumbers.isInt(p)) throw error("required argument is not an integer");
                    BigInteger n = PyNumbers.big(p);
                    checkRange(code, it.size, n);
                    long bits = n.longValue();
                    switch (it.size) {
                        case 1 -> out.put(at, (byte) bits);
                        case 2 -> out.putShort(at, (short) bits);
                        case 4 -> out.putInt(at, (int) bits);
                        default -> out.putLong(at, bits);
                    }
                }
            }
        }

        /** CPython's range errors, whose words depend on the code and on native or standard sizes. */
        private void checkRange(char code, int size, BigInteger n) {
            boolean unsigned = Character.isUpperCase(code);
            BigInteger lo = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(8 * size - 1).negate();
            BigInteger hi = unsigned ? BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(8 * size - 1).subtract(BigInteger.ONE);
            if (n.compareTo(lo) >= 0 && n.compareTo(hi) <= 0) return;
            if (code == 'b') throw error("byte format requires -128 <= number <= 127");
            if (code == 'B') throw error("ubyte format requires 0 <= number <= 255");
            if (size == 8) throw error(code == 'q' || code == 'Q' ? "int too large to convert" : "argument out of range");
            if (code == 'H' && nativeSizes) throw error("ushort format requires 0 <= number <= 65535");
            if (code == 'h' && nativeSizes) throw error("short format requires -32768 <= number <= 32767");
            if (unsigned && n.signum() < 0) throw error("argument out of range");
            throw error("'" + code + "' format requires " + lo + " <= number <= " + hi);
        }
    }

    /** struct.Struct(fmt): a format compiled once (size, format, pack, unpack, unpack_from). */
    static final class Compiled implements TabledHostObject {
        private final Format format;
        private final String text;

        Compiled(Format format, String text) {
            this.format = format;
            this.text = text;
        }

        @Override
        public String typeName() {
            return "_struct.Struct";
        }

        private static final AttributeTable<Compiled> ATTRIBUTES = new AttributeTable<Compiled>()
                .value("format", c -> c.text)
                .method("pack", (c, a) -> c.format.pack(a.positional()))
                .value("size", c -> (long) c.format.size)
                .method("unpack", (c, a) -> c.format.unpack(buffer(a.expect(1, 1).get(0)), 0, false))
                .method("unpack_from", (c, a) -> {
                    a.expect(1, 2, "buffer", "offset");
                    return c.format.unpack(buffer(a.option(0, "buffer", null)), Values.toLong(a.option(1, "offset", 0L), "offset"), true);
                });

        @Override
        public AttributeTable<Compiled> attributeTable() {
            return ATTRIBUTES;
        }
    }
}
