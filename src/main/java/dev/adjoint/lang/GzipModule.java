package dev.adjoint.lang;

/** Python's gzip for reading: gzip.open(path) (mode 'rb', or 'rt' for text) and gzip.decompress(data), as hw0's parse_mnist reads MNIST; gzip.compress(data). */
final class GzipModule {
    private GzipModule() {}

    static PyModule create() {
        PyModule m = new PyModule("gzip");
        m.add(Builtin.of("open", a -> {
            a.expect(1, 6, "filename", "mode", "compresslevel", "encoding", "errors", "newline");
            Object mode = a.option(1, "mode", "rb"), encoding = a.option(3, "encoding", null);
            if (!(mode instanceof String s)) throw PyError.type("gzip.open() mode must be str, not " + Values.typeName(mode));
            return PyFile.open(ReadOnlyFiles.pathText(a.option(0, "filename", null), "gzip.open()"), s, true,
                    encoding == null ? null : Repr.str(encoding));
        }));
        m.add(Builtin.of("decompress", a -> {
            Object data = a.expect(1, 1, "data").get(0);
            if (!(data instanceof PyBytes b)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(data) + "'");
            return PyBytes.of(ReadOnlyFiles.gunzip(b.data()));
        }));
        m.add(Builtin.of("compress", a -> {
            a.expect(1, 2, "data", "compresslevel", "mtime");
            Object data = a.option(0, "data", null);
            if (!(data instanceof PyBytes b)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(data) + "'");
            long level = Values.toLong(a.option(1, "compresslevel", 9L), "compresslevel");
            Object mtime = a.has("mtime") ? a.keyword("mtime") : null;
            return PyBytes.of(compress(b.data(), (int) level, mtime == null ? System.currentTimeMillis() / 1000 : (long) MathModule.number(mtime)));
        }));
        m.add("BadGzipFile", Exceptions.library("gzip.BadGzipFile"));
        return m;
    }

    /**
     * gzip.compress as CPython 3.11: a 10-byte header (mtime; XFL 2 for level 9, 4 for level 1;
     * the OS byte 3 where mtime is 0, which zlib writes, else 255), the raw deflate stream, then
     * the CRC-32 and size.
     */
    private static byte[] compress(byte[] data, int level, long mtime) {
        if (level < -1 || level > 9) throw new PyError("zlib.error", "Bad compression level");
        byte[] body = ZlibModule.deflate(data, level);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data);
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(10 + body.length + 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 0x1f).put((byte) 0x8b).put((byte) 8).put((byte) 0).putInt((int) mtime);
        int xfl = level == 9 ? 2 : level == 1 || (level == 0 && mtime == 0) ? 4 : 0; // zlib's rule (mtime 0) puts level 0 with the fast ones
        out.put((byte) xfl).put((byte) (mtime == 0 ? 3 : 255));
        out.put(body).putInt((int) crc.getValue()).putInt(data.length);
        return out.array();
    }
}
