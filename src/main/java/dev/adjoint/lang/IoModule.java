package dev.adjoint.lang;

/** Python's io as programs use it: StringIO and BytesIO (files in memory, see {@link MemoryFile}), UnsupportedOperation, and open (the built-in). */
final class IoModule {
    private IoModule() {}

    static PyModule create() {
        PyModule m = new PyModule("io");
        m.add("StringIO", MemoryFile.STRING_IO);
        m.add("BytesIO", MemoryFile.BYTES_IO);
        m.add("UnsupportedOperation", Exceptions.named("io.UnsupportedOperation"));
        m.add("open", PyBuiltins.OPEN);
        return m;
    }
}
