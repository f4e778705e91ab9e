package dev.adjoint.lang;

import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Python's zlib on java.util.zip (the same zlib): compress(data, level, wbits) and
 * decompress(data, wbits) with the zlib header (wbits 9..15) or raw (negative wbits), crc32 and
 * adler32 with a running value, the constants, and zlib.error with zlib's own messages. A
 * decompressed result holds at most --max-elements bytes. No compressobj/decompressobj.
 */
final class ZlibModule {
    private ZlibModule() {}

    static final String ERROR = "zlib.error";
    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            CRC_TABLE[n] = c;
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("zlib");
        m.add("error", Exceptions.library(ERROR));
        m.add("MAX_WBITS", 15L).add("DEFLATED", 8L).add("DEF_MEM_LEVEL", 8L).add("DEF_BUF_SIZE", 16384L).add("Z_BEST_COMPRESSION", 9L)
                .add("Z_BEST_SPEED", 1L).add("Z_DEFAULT_COMPRESSION", -1L).add("Z_NO_COMPRESSION", 0L).add("Z_DEFAULT_STRATEGY", 0L);
        m.add(Builtin.of("compress", a -> {
            a.expect(1, 3, "level", "wbits");
            long level = Values.toLong(a.option(1, "level", -1L), "level"), wbits = Values.toLong(a.option(2, "wbits", 15L), "wbits");
            if (level < -1 || level > 9) throw new PyError(ERROR, "Bad compression level");
            return PyBytes.of(compress(bytes(a.get(0)), (int) level, header(wbits, false)));
        }));
        m.add(Builtin.of("decompress", a -> {
            a.expect(1, 3, "wbits", "bufsize");
            return PyBytes.of(decompress(bytes(a.get(0)), header(Values.toLong(a.option(1, "wbits", 15L), "wbits"), true)));
        }));
        m.add(Builtin.of("crc32", a -> {
            a.expect(1, 2);
            int crc = ~(int) Values.toLong(a.size() > 1 ? a.get(1) : 0L, "value");
            for (byte b : bytes(a.get(0))) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
            return (long) ~crc & 0xffffffffL;
        }));
        m.add(Builtin.of("adler32", a -> {
            a.expect(1, 2);
            long value = Values.toLong(a.size() > 1 ? a.get(1) : 1L, "value");
            long s1 = value & 0xffff, s2 = (value >>> 16) & 0xffff;
            for (byte b : bytes(a.get(0))) {
                s1 = (s1 + (b & 0xff)) % 65521;
                s2 = (s2 + s1) % 65521;
            }
            return (s2 << 16) | s1;
        }));
        return m;
    }

    private static byte[] bytes(Object v) {
        if (v instanceof PyBytes b) return b.data();
        throw PyError.type("a bytes-like object is required, not '" + Values.typeName(v) + "'");
    }

    /** Whether wbits asks for the zlib header (9..15; 8..15 and 0 to decompress) rather than a raw stream (-15..-9); gzip's 25..31 is not offered. */
    private static boolean header(long wbits, boolean decompressing) {
        if (wbits >= (decompressing ? 8 : 9) && wbits <= 15 || decompressing && wbits == 0) return true;
        if (wbits <= -(decompressing ? 8 : 9) && wbits >= -15) return false;
        if (wbits > 15 && wbits <= 47)
            throw PyError.notSupported("zlib with wbits=" + wbits + " (a gzip header); read gzip data with gzip.decompress(data)");
        throw decompressing ? PyError.value("Invalid initialization option") : new PyError(ERROR, "Bad compression level");
    }

    /** A raw deflate stream (gzip.compress's body). */
    static byte[] deflate(byte[] data, int level) {
        return compress(data, level, false);
    }

    private static byte[] compress(byte[] data, int level, boolean header) {
        Deflater deflater = new Deflater(level, !header);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] block = new byte[1 << 16];
            while (!deflater.finished()) out.write(block, 0, deflater.deflate(block));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The inflated bytes, at most --max-elements of them; zlib's error messages with CPython's words around them. */
    private static byte[] decompress(byte[] data, boolean header) {
        Inflater inflater = new Inflater(!header);
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] block = new byte[1 << 16];
            long limit = Limits.maxElements();
            while (!inflater.finished()) {
                int n = inflater.inflate(block);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary()))
                    throw new PyError(ERROR, "Error -5 while decompressing data: incomplete or truncated stream");
                out.write(block, 0, n);
                if (out.size() > limit)
                    throw new PyError("MemoryError", String.format(java.util.Locale.ROOT, "the decompressed data hold more than %,d bytes, the limit (--max-elements)", limit));
                ComputationInterrupted.poll();
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new PyError(ERROR, "Error -3 while decompressing data: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}
