package dev.adjoint.lang;

import java.util.List;

/**
 * Python's pickle in memory and from files read: dumps/loads, and dump/load on a file object
 * (io.BytesIO; a file opened with open(path, 'rb')). dumps writes what CPython writes (protocols 2
 * to 5; {@link PickleWriter}); loads reads any protocol but resolves no global beyond data's own
 * ({@link PickleReader}), which is why adjoint offers it at all: loading a pickle runs no code.
 */
final class PickleModule {
    private PickleModule() {}

    static final int HIGHEST = 5, DEFAULT = 4;

    static PyModule create() {
        PyModule m = new PyModule("pickle");
        m.add("HIGHEST_PROTOCOL", (long) HIGHEST).add("DEFAULT_PROTOCOL", (long) DEFAULT);
        for (String name : List.of("PickleError", "PicklingError", "UnpicklingError")) m.add(name, Exceptions.library("_pickle." + name));
        m.add(Builtin.of("dumps", a -> {
            a.expect(1, 2, "obj", "protocol", "fix_imports", "buffer_callback");
            return PyBytes.of(new PickleWriter(protocol(a.option(1, "protocol", null)), a.interpreter(), null).dump(a.option(0, "obj", null)));
        }));
        m.add(Builtin.of("dump", a -> {
            a.expect(2, 3, "obj", "file", "protocol", "fix_imports", "buffer_callback");
            byte[] b = new PickleWriter(protocol(a.option(2, "protocol", null)), a.interpreter(), null).dump(a.option(0, "obj", null));
            Interpreter in = a.interpreter();
            in.call(method(in, a.option(1, "file", null), "write"), List.of(PyBytes.of(b)));
            return null;
        }));
        m.add(Builtin.of("loads", a -> {
            a.expect(1, 1, "fix_imports", "encoding", "errors", "buffers");
            if (!(a.get(0) instanceof PyBytes b)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(a.get(0)) + "'");
            return new PickleReader(b.data(), 0, a.interpreter(), encoding(a), null).load();
        }));
        m.add(Builtin.of("load", a -> {
            a.expect(1, 1, "file", "fix_imports", "encoding", "errors", "buffers");
            return load(a.interpreter(), a.option(0, "file", null), encoding(a));
        }));
        return m;
    }

    /** protocol=None is the default (4), a negative one the highest; 0 and 1 (text pickles) are not written. */
    private static int protocol(Object p) {
        long n = p == null ? DEFAULT : Values.toLong(p, "protocol");
        if (n < 0) n = HIGHEST;
        if (n > HIGHEST) throw PyError.value("pickle protocol must be <= " + HIGHEST);
        if (n < 2) throw PyError.notSupported("pickle protocol " + n + " (adjoint writes protocols 2 to 5; it reads all of them)");
        return (int) n;
    }

    private static String encoding(Args a) {
        Object e = a.keyword("encoding");
        return e instanceof String s ? s : "ASCII";
    }

    private static Object method(Interpreter in, Object file, String name) {
        try {
            return Attributes.get(in, file, name);
        } catch (PyError e) {
            throw PyError.type("file must have a '" + name + "' attribute"); // CPython's words
        }
    }

    /** pickle.load(file): one pickle from where the file is, leaving the file just after it (several pickles can follow each other). */
    private static Object load(Interpreter in, Object file, String encoding) {
        Object read = method(in, file, "read");
        Object start = file instanceof HostObject h && h.attribute("tell") != null ? in.call(Attributes.get(in, file, "tell"), List.of()) : null;
        Object data = in.call(read, List.of());
        if (!(data instanceof PyBytes b)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(data) + "'");
        PickleReader reader = new PickleReader(b.data(), 0, in, encoding, null);
        Object out = reader.load();
        if (start instanceof Long at) in.call(Attributes.get(in, file, "seek"), List.of(at + reader.position()));
        return out;
    }
}
