package dev.adjoint.lang;

/** Python's gzip for reading: gzip.open(path) (mode 'rb', or 'rt' for text) and gzip.decompress(data), as hw0's parse_mnist reads MNIST. */
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
        m.add("BadGzipFile", Exceptions.library("gzip.BadGzipFile"));
        return m;
    }
}
