package dev.adjoint.lang;

import java.util.Iterator;
import java.util.function.Supplier;

/**
 * sys.stdin: read(size), readline(size), readlines(hint) and {@code for line in sys.stdin}, as
 * CPython's text stream reads them (a line ends at \n), from the text the front-end gives
 * ({@link Printer#stdin}): a script's or -c's stdin, the terminal at the prompt; nothing in a pipe,
 * whose stdin is the program itself (as {@code python3 - <<EOF}), nor in a notebook. Read only:
 * nothing here writes.
 */
final class StdinFile implements TabledHostObject, Iterable<Object>, Iterator<Object> {
    private final Supplier<StdinText> text;
    private boolean closed;

    /** {@code text}: where the current input reads (the front-end's; asked at each read). */
    StdinFile(Supplier<StdinText> text) {
        this.text = text;
    }

    private StdinText text() {
        if (closed) throw PyError.value("I/O operation on closed file.");
        return text.get();
    }

    private static long size(Args a, String name) {
        Object v = a.expect(0, 1, name).option(0, name, null);
        return v == null ? -1 : Values.toLong(v, name);
    }

    @Override
    public Iterator<Object> iterator() {
        text();
        return this;
    }

    @Override
    public boolean hasNext() {
        return !text().atEnd();
    }

    @Override
    public Object next() {
        if (!hasNext()) throw new PyError("StopIteration", "");
        return text().readline(-1);
    }

    @Override
    public String typeName() {
        return "_io.TextIOWrapper";
    }

    private static final AttributeTable<StdinFile> ATTRIBUTES = ReadOnlyFiles.readOnly(new AttributeTable<StdinFile>())
            .method("__iter__", (f, a) -> f.iterator())
            .method("__next__", (f, a) -> {
                a.expect(0, 0);
                return f.next();
            })
            .value("buffer", f -> f.buffer)
            .method("close", (f, a) -> {
                a.expect(0, 0);
                f.closed = true;
                return null;
            })
            .value("closed", f -> f.closed)
            .value("encoding", f -> "utf-8")
            .method("fileno", (f, a) -> 0L)
            .method("isatty", (f, a) -> f.text().terminal())
            .value("mode", f -> "r")
            .value("name", f -> "<stdin>")
            .method("read", (f, a) -> f.text().read(size(a, "size")))
            .method("readable", (f, a) -> true)
            .method("readline", (f, a) -> f.text().readline(size(a, "size")))
            .method("readlines", (f, a) -> {
                long hint = size(a, "hint");
                PyList lines = new PyList();
                long total = 0;
                while (f.hasNext() && (hint <= 0 || total < hint)) { // (as CPython: stops once the lines reach the hint)
                    String line = f.text().readline(-1);
                    lines.add(line);
                    total += line.length();
                }
                return lines;
            })
            .method("seekable", (f, a) -> false);

    @Override
    public AttributeTable<StdinFile> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
    }

    /**
     * sys.stdin.buffer: the same text as UTF-8 bytes, read whole or a line at a time (adjoint reads
     * stdin as text, so a read of n bytes, which may cut a character, is refused rather than guessed).
     */
    private final Buffer buffer = new Buffer(this);

    private record Buffer(StdinFile stdin) implements TabledHostObject {
        private static final AttributeTable<Buffer> ATTRIBUTES = new AttributeTable<Buffer>()
                .method("read", (b, a) -> {
                    wholeOnly(a, "read");
                    return bytes(b.stdin.text().read(-1));
                })
                .method("readline", (b, a) -> {
                    wholeOnly(a, "readline");
                    return bytes(b.stdin.text().readline(-1));
                })
                .method("readlines", (b, a) -> {
                    a.expect(0, 0);
                    PyList lines = new PyList();
                    while (!b.stdin.text().atEnd()) lines.add(bytes(b.stdin.text().readline(-1)));
                    return lines;
                });

        private static PyBytes bytes(String text) {
            return PyBytes.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        private static void wholeOnly(Args a, String what) {
            if (size(a, "size") >= 0) throw PyError.notSupported("sys.stdin.buffer." + what + "(n) (adjoint reads stdin as text: " + what + "() gives its bytes)");
        }

        @Override
        public AttributeTable<Buffer> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String typeName() {
            return "_io.BufferedReader";
        }

        @Override
        public String toString() {
            return "<_io.BufferedReader name='<stdin>'>";
        }
    }
}
