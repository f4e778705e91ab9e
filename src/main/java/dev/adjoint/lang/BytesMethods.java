package dev.adjoint.lang;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** The methods of bytes and bytearray that reading binary files needs (decode, hex, find, split, startswith, ...), as Python 3.11's. */
final class BytesMethods {
    private BytesMethods() {}

    static void register(PyClass bytes, PyClass bytearray) {
        for (PyClass c : new PyClass[] {bytes, bytearray}) {
            c.method("decode", a -> {
                a.expect(0, 2, "encoding", "errors");
                return decode(self(a).data(), Repr.str(a.option(0, "encoding", "utf-8")), Repr.str(a.option(1, "errors", "strict")));
            });
            c.method("hex", a -> HexFormat.of().formatHex(self(a.expect(0, 0)).data()));
            c.define("fromhex", new Descriptors.ClassMethod(new BuiltinMethod("fromhex", a -> {
                String s = a.expect(1, 1).string(0).replace(" ", "");
                try {
                    return PyBytes.of(HexFormat.of().parseHex(s), a.self() == bytearray);
                } catch (IllegalArgumentException e) {
                    throw PyError.value("non-hexadecimal number found in fromhex() arg");
                }
            })));
            c.method("startswith", a -> affix(a, true));
            c.method("endswith", a -> affix(a, false));
            c.method("find", a -> (long) find(self(a), a.expect(1, 1).get(0)));
            c.method("index", a -> {
                int i = find(self(a), a.expect(1, 1).get(0));
                if (i < 0) throw PyError.value("subsection not found");
                return (long) i;
            });
            c.method("count", a -> {
                byte[] sub = sub(a.expect(1, 1).get(0)), d = self(a).data();
                long n = 0;
                for (int i = sub.length == 0 ? 0 : indexOf(d, sub, 0); i >= 0 && i <= d.length; i = indexOf(d, sub, i + Math.max(1, sub.length))) {
                    n++;
                    if (sub.length == 0 && i == d.length) break;
                }
                return n;
            });
            c.method("split", a -> split(a));
            c.method("join", a -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                boolean first = true;
                for (Object item : Values.items(a.expect(1, 1).get(0))) {
                    if (!(item instanceof PyBytes b))
                        throw PyError.type("sequence item " + 0 + ": expected a bytes-like object, " + Values.typeName(item) + " found");
                    if (!first) out.writeBytes(self(a).data());
                    out.writeBytes(b.data());
                    first = false;
                }
                return PyBytes.of(out.toByteArray(), self(a).mutable());
            });
            c.method("strip", a -> strip(a, true, true));
            c.method("lstrip", a -> strip(a, true, false));
            c.method("rstrip", a -> strip(a, false, true));
            c.method("replace", a -> {
                byte[] d = self(a).data(), old = sub(a.expect(2, 3).get(0)), by = sub(a.get(1));
                long max = a.size() > 2 ? Values.toLong(a.get(2), "count") : -1;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int from = 0;
                for (int i; max != 0 && old.length > 0 && (i = indexOf(d, old, from)) >= 0; max--) {
                    out.write(d, from, i - from);
                    out.writeBytes(by);
                    from = i + old.length;
                }
                out.write(d, from, d.length - from);
                return PyBytes.of(out.toByteArray(), self(a).mutable());
            });
            c.method("upper", a -> PyBytes.of(new String(self(a.expect(0, 0)).data(), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT)
                    .getBytes(StandardCharsets.ISO_8859_1), self(a).mutable()));
            c.method("lower", a -> PyBytes.of(new String(self(a.expect(0, 0)).data(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.ISO_8859_1), self(a).mutable()));
        }
        bytearray.method("append", a -> {
            self(a).append(new byte[] {(byte) byteValue(a.expect(1, 1).get(0))});
            return null;
        });
        listLike(bytearray);
        bytearray.method("extend", a -> {
            Object v = a.expect(1, 1).get(0);
            if (v instanceof PyBytes b) self(a).append(b.data().clone());
            else {
                List<Object> items = Values.items(v);
                byte[] more = new byte[items.size()];
                for (int i = 0; i < more.length; i++) more[i] = (byte) byteValue(items.get(i));
                self(a).append(more);
            }
            return null;
        });
    }

    /** bytearray's list-like methods: pop, remove, insert, clear, reverse, copy (CPython's bytearray_pop and its neighbours). */
    private static void listLike(PyClass bytearray) {
        bytearray.method("pop", a -> {
            byte[] d = self(a.expect(0, 1, "index")).data();
            long index = a.size() == 0 ? -1 : index(a.get(0));
            if (d.length == 0) throw new PyError("IndexError", "pop from empty bytearray");
            if (index < 0) index += d.length;
            if (index < 0 || index >= d.length) throw new PyError("IndexError", "pop index out of range");
            self(a).replaceData(without(d, (int) index));
            return (long) (d[(int) index] & 0xff);
        });
        bytearray.method("remove", a -> {
            int value = byteValue(a.expect(1, 1).get(0));
            byte[] d = self(a).data();
            for (int i = 0; i < d.length; i++) {
                if ((d[i] & 0xff) != value) continue;
                self(a).replaceData(without(d, i));
                return null;
            }
            throw PyError.value("value not found in bytearray");
        });
        bytearray.method("insert", a -> {
            a.expect(2, 2);
            byte[] d = self(a).data();
            long index = index(a.get(0));
            int value = byteValue(a.get(1));
            if (index < 0) index = Math.max(0, index + d.length); // as list.insert: clamped to the ends
            int i = (int) Math.min(index, d.length);
            byte[] grown = new byte[d.length + 1];
            System.arraycopy(d, 0, grown, 0, i);
            grown[i] = (byte) value;
            System.arraycopy(d, i, grown, i + 1, d.length - i);
            self(a).replaceData(grown);
            return null;
        });
        bytearray.method("clear", a -> {
            self(a.expect(0, 0)).replaceData(new byte[0]);
            return null;
        });
        bytearray.method("reverse", a -> {
            byte[] d = self(a.expect(0, 0)).data(), r = new byte[d.length];
            for (int i = 0; i < d.length; i++) r[i] = d[d.length - 1 - i];
            self(a).replaceData(r);
            return null;
        });
        bytearray.method("copy", a -> PyBytes.of(self(a.expect(0, 0)).data().clone(), true));
    }

    /** d less its item at i. */
    private static byte[] without(byte[] d, int i) {
        byte[] rest = new byte[d.length - 1];
        System.arraycopy(d, 0, rest, 0, i);
        System.arraycopy(d, i + 1, rest, i, d.length - i - 1);
        return rest;
    }

    /** A position argument: an int (CPython's __index__), else its TypeError. */
    private static long index(Object v) {
        if (!PyNumbers.isInt(Values.plain(v))) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
        return Values.toLong(v, "index");
    }

    private static PyBytes self(Args a) {
        return (PyBytes) a.self();
    }

    /** An int 0..255, the item of a bytes value. */
    static int byteValue(Object v) {
        return byteValue(v, "byte");
    }

    /** The same, {@code what} naming it in the error ("bytes must be in range(0, 256)" when bytes([...]) is made). */
    static int byteValue(Object v, String what) {
        Object p = Values.plain(v);
        if (!PyNumbers.isInt(p)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
        java.math.BigInteger n = PyNumbers.big(p);
        if (n.signum() < 0 || n.bitLength() > 8) throw PyError.value(what + " must be in range(0, 256)");
        return n.intValue();
    }

    /** A bytes-like argument, or an int taken as one byte (b"ab".find(97)). */
    private static byte[] sub(Object v) {
        if (v instanceof PyBytes b) return b.data();
        if (PyNumbers.isInt(Values.plain(v))) return new byte[] {(byte) byteValue(v)};
        throw PyError.type("a bytes-like object is required, not '" + Values.typeName(v) + "'");
    }

    private static int indexOf(byte[] d, byte[] sub, int from) {
        outer:
        for (int i = from; i + sub.length <= d.length; i++) {
            for (int j = 0; j < sub.length; j++) if (d[i + j] != sub[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static int find(PyBytes self, Object sub) {
        return indexOf(self.data(), sub(sub), 0);
    }

    private static boolean affix(Args a, boolean start) {
        Object p = a.expect(1, 1).get(0);
        byte[] d = self(a).data();
        List<Object> options = p instanceof List<?> l && !(p instanceof PyList) ? new ArrayList<>(l) : List.of(p);
        for (Object o : options) {
            if (!(o instanceof PyBytes b))
                throw PyError.type((start ? "startswith" : "endswith") + " first arg must be bytes or a tuple of bytes, not " + Values.typeName(o));
            byte[] s = b.data();
            if (s.length <= d.length && java.util.Arrays.equals(d, start ? 0 : d.length - s.length, start ? s.length : d.length, s, 0, s.length))
                return true;
        }
        return false;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= 9 && b <= 13);
    }

    private static PyList split(Args a) {
        a.expect(0, 2, "sep", "maxsplit");
        Object sep = a.option(0, "sep", null);
        long max = Values.toLong(a.option(1, "maxsplit", -1L), "maxsplit");
        byte[] d = self(a).data();
        PyList out = new PyList();
        boolean mutable = self(a).mutable();
        if (sep == null) {
            int i = 0;
            while (true) {
                while (i < d.length && isSpace(d[i])) i++;
                if (i >= d.length) break;
                int j = i;
                if (max == 0) j = d.length;
                else while (j < d.length && !isSpace(d[j])) j++;
                out.add(PyBytes.of(java.util.Arrays.copyOfRange(d, i, j), mutable));
                max--;
                i = j;
            }
            return out;
        }
        byte[] s = sub(sep);
        if (s.length == 0) throw PyError.value("empty separator");
        int from = 0;
        for (int i; max != 0 && (i = indexOf(d, s, from)) >= 0; max--) {
            out.add(PyBytes.of(java.util.Arrays.copyOfRange(d, from, i), mutable));
            from = i + s.length;
        }
        out.add(PyBytes.of(java.util.Arrays.copyOfRange(d, from, d.length), mutable));
        return out;
    }

    private static PyBytes strip(Args a, boolean left, boolean right) {
        Object chars = a.expect(0, 1).size() == 0 ? null : a.get(0);
        byte[] d = self(a).data(), set = chars == null ? null : sub(chars);
        int i = 0, j = d.length;
        while (left && i < j && (set == null ? isSpace(d[i]) : contains(set, d[i]))) i++;
        while (right && j > i && (set == null ? isSpace(d[j - 1]) : contains(set, d[j - 1]))) j--;
        return PyBytes.of(java.util.Arrays.copyOfRange(d, i, j), self(a).mutable());
    }

    /** {@code x in b}: an int byte, or a bytes subsequence. */
    static boolean contains(PyBytes b, Object item) {
        if (PyNumbers.isInt(Values.plain(item))) return contains(b.data(), (byte) byteValue(item));
        if (!(item instanceof PyBytes)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(item) + "'");
        return indexOf(b.data(), sub(item), 0) >= 0;
    }

    private static boolean contains(byte[] set, byte b) {
        for (byte x : set) if (x == b) return true;
        return false;
    }

    /** The Java charset of a Python encoding name (utf-8, ascii, latin-1, ...), or Python's LookupError. */
    static Charset charset(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> StandardCharsets.ISO_8859_1;
            case "utf-16", "utf16" -> StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le" -> StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be" -> StandardCharsets.UTF_16BE;
            default -> throw new PyError("LookupError", "unknown encoding: " + encoding);
        };
    }

    /** str.encode / bytes(s, encoding): strict, as Python's default. */
    static byte[] encode(String s, String encoding) {
        return encode(s, encoding, "strict");
    }

    /**
     * str.encode(encoding, errors): a character the encoding lacks (or a lone surrogate) is
     * CPython's UnicodeEncodeError naming it and its position, or, with errors="replace",
     * "ignore", "backslashreplace" or "xmlcharrefreplace", what that handler puts in its place.
     */
    static byte[] encode(String s, String encoding, String errors) {
        Charset cs = charset(encoding);
        java.nio.charset.CharsetEncoder encoder = cs.newEncoder();
        if (encoder.canEncode(s) || cs == StandardCharsets.UTF_16) return encodeWhole(s, encoding, cs);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            String one = Character.toString(cps[i]);
            if (encoder.canEncode(one)) {
                out.writeBytes(one.getBytes(cs));
                continue;
            }
            String instead = switch (errors) {
                case "strict" -> throw unencodable(cs, cps, i);
                case "ignore" -> "";
                case "replace" -> "?";
                case "backslashreplace" -> escaped(cps[i]);
                case "xmlcharrefreplace" -> "&#" + cps[i] + ";";
                default -> throw new PyError("LookupError", "unknown error handler name '" + errors + "'");
            };
            out.writeBytes(instead.getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** CPython's words: the codec, the character (or the run of them) and why. */
    private static PyError unencodable(Charset cs, int[] cps, int at) {
        java.nio.charset.CharsetEncoder encoder = cs.newEncoder();
        int end = at + 1;
        while (end < cps.length && !encoder.canEncode(Character.toString(cps[end]))) end++;
        String codec = cs == StandardCharsets.US_ASCII ? "ascii" : cs == StandardCharsets.ISO_8859_1 ? "latin-1"
                : cs.name().toLowerCase(Locale.ROOT).replace("utf-16", "utf-16-").replace("--", "-").replaceAll("-$", "");
        String why = cs == StandardCharsets.US_ASCII ? "ordinal not in range(128)" : cs == StandardCharsets.ISO_8859_1 ? "ordinal not in range(256)"
                : "surrogates not allowed";
        String what = end - at == 1 ? "character '" + escaped(cps[at]) + "' in position " + at : "characters in position " + at + "-" + (end - 1);
        return new PyError("UnicodeEncodeError", "'" + codec + "' codec can't encode " + what + ": " + why);
    }

    /** A character as Python's backslashreplace writes it: backslash x NN, u NNNN or U NNNNNNNN. */
    private static String escaped(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    private static byte[] encodeWhole(String s, String encoding, Charset cs) {
        if (cs == StandardCharsets.UTF_16) { // CPython writes its own (little-endian) order after the mark; Java writes big-endian
            byte[] body = encodeWhole(s, "utf-16-le", StandardCharsets.UTF_16LE), out = new byte[body.length + 2];
            out[0] = (byte) 0xff;
            out[1] = (byte) 0xfe;
            System.arraycopy(body, 0, out, 2, body.length);
            return out;
        }
        try {
            ByteBuffer b = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new PyError("UnicodeEncodeError", "'" + encoding + "' codec can't encode a character of " + Repr.repr(s));
        }
    }

    /** bytes.decode: strict (UnicodeDecodeError), or errors="replace"/"ignore". */
    static String decode(byte[] data, String encoding, String errors) {
        Charset cs = charset(encoding);
        if (cs == StandardCharsets.UTF_16 && !(data.length >= 2 && (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff)) {
            // without a big-endian mark CPython reads little-endian (its own order), skipping a little-endian mark
            boolean mark = data.length >= 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe;
            cs = StandardCharsets.UTF_16LE;
            if (mark) data = java.util.Arrays.copyOfRange(data, 2, data.length);
        }
        CodingErrorAction action = switch (errors) {
            case "replace" -> CodingErrorAction.REPLACE;
            case "ignore" -> CodingErrorAction.IGNORE;
            default -> CodingErrorAction.REPORT;
        };
        try {
            return cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            String name = encoding.toLowerCase(Locale.ROOT);
            long[] where = cs == StandardCharsets.UTF_8 ? utf8Error(data) : null;
            int at = where != null ? (int) where[0] : firstBad(data, cs);
            long end = where != null ? where[1] : at + 1;
            String reason = where != null ? UTF8_REASONS[(int) where[2]] : cs == StandardCharsets.US_ASCII ? "ordinal not in range(128)" : "invalid start byte";
            String message = "'" + name + "' codec can't decode " + (end == at + 1 ? "byte 0x" + String.format("%02x", data[at] & 0xff) + " in position " + at
                    : "bytes in position " + at + "-" + (end - 1)) + ": " + reason;
            throw new PyError("UnicodeDecodeError", message).withArgs(name, PyBytes.of(data.clone()), (long) at, end, reason);
        }
    }

    private static final String[] UTF8_REASONS = {"invalid start byte", "invalid continuation byte", "unexpected end of data"};

    /**
     * Where CPython's UTF-8 decoder stops: {start, end, reason} (an index into UTF8_REASONS): a byte
     * that cannot start a character; a character whose next byte does not continue it (end after the
     * bytes that did); one cut by the end of the data. Null when it decodes.
     */
    private static long[] utf8Error(byte[] data) {
        int i = 0, n = data.length;
        while (i < n) {
            int b = data[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
            if (need < 0) return new long[] {i, i + 1, 0};
            for (int k = 1; k <= need; k++) {
                if (i + k >= n) return new long[] {i, n, 2};
                int c = data[i + k] & 0xff;
                // the second byte's range is narrower after E0, ED, F0, F4 (no overlong forms, surrogates or past U+10FFFF)
                int low = 0x80, high = 0xbf;
                if (k == 1 && b == 0xe0) low = 0xa0;
                if (k == 1 && b == 0xed) high = 0x9f;
                if (k == 1 && b == 0xf0) low = 0x90;
                if (k == 1 && b == 0xf4) high = 0x8f;
                if (c < low || c > high) return new long[] {i, i + k, 1};
            }
            i += need + 1;
        }
        return null;
    }

    private static int firstBad(byte[] data, Charset cs) {
        for (int n = 1; n <= data.length; n++) {
            try {
                cs.newDecoder().decode(ByteBuffer.wrap(data, 0, n));
            } catch (CharacterCodingException e) {
                // a multi-byte character cut at n is malformed too: the error is at its first byte
                int at = n - 1;
                while (at > 0 && cs == StandardCharsets.UTF_8 && (data[at] & 0xc0) == 0x80) at--;
                return at;
            }
        }
        return Math.max(0, data.length - 1);
    }
}
