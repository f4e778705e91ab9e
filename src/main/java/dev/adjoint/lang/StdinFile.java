package dev.adjoint.lang;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * sys.stdin: read(size), readline(size), readlines(hint) and {@code for line in sys.stdin}, as
 * CPython's text stream reads them (a line ends at \n), from the text the front-end gives
 * ({@link Printer#stdin}): a script's or -c's stdin, the terminal at the prompt; nothing in a pipe,
 * whose stdin is the program itself (as {@code python3 - <<EOF}), nor in a notebook. Read only:
 * nothing here writes.
 */
final class StdinFile implements HostObject, Iterable<Object>, Iterator<Object> {
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

    @Override
    public Object attribute(String attr) {
        return switch (attr) {
            case "name" -> "<stdin>";
            case "mode" -> "r";
            case "encoding" -> "utf-8";
            case "closed" -> closed;
            case "read" -> Builtin.of("read", a -> text().read(size(a, "size")));
            case "readline" -> Builtin.of("readline", a -> text().readline(size(a, "size")));
            case "readlines" -> Builtin.of("readlines", a -> {
                long hint = size(a, "hint");
                PyList lines = new PyList();
                long total = 0;
                while (hasNext() && (hint <= 0 || total < hint)) { // (as CPython: stops once the lines reach the hint)
                    String line = text().readline(-1);
                    lines.add(line);
                    total += line.length();
                }
                return lines;
            });
            case "__iter__" -> Builtin.of("__iter__", a -> iterator());
            case "__next__" -> Builtin.of("__next__", a -> {
                a.expect(0, 0);
                return next();
            });
            case "close" -> Builtin.of("close", a -> {
                a.expect(0, 0);
                closed = true;
                return null;
            });
            case "buffer" -> buffer;
            case "fileno" -> Builtin.of("fileno", a -> 0L);
            case "isatty" -> Builtin.of("isatty", a -> text().terminal());
            case "readable" -> Builtin.of("readable", a -> true);
            case "writable", "seekable" -> Builtin.of(attr, a -> false);
            case "write", "writelines" -> Builtin.of(attr, a -> {
                throw new PyError("io.UnsupportedOperation", "not writable");
            });
            default -> null;
        };
    }

    @Override
    public Collection<String> attributeNames() {
        return List.of("buffer", "close", "closed", "encoding", "fileno", "isatty", "mode", "name", "read", "readable", "readline", "readlines",
                "seekable", "writable");
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
    }

    /**
     * sys.stdin.buffer: the same text as UTF-8 bytes, read whole or a line at a time (adjoint reads
     * stdin as text, so a read of n bytes, which may cut a character, is refused rather than guessed).
     */
    private final HostObject buffer = new HostObject() {
        private PyBytes bytes(String text) {
            return PyBytes.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        private void wholeOnly(Args a, String what) {
            if (size(a, "size") >= 0) throw PyError.notSupported("sys.stdin.buffer." + what + "(n) (adjoint reads stdin as text: " + what + "() gives its bytes)");
        }

        @Override
        public String typeName() {
            return "_io.BufferedReader";
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "read" -> Builtin.of("read", a -> {
                    wholeOnly(a, "read");
                    return bytes(text().read(-1));
                });
                case "readline" -> Builtin.of("readline", a -> {
                    wholeOnly(a, "readline");
                    return bytes(text().readline(-1));
                });
                case "readlines" -> Builtin.of("readlines", a -> {
                    a.expect(0, 0);
                    PyList lines = new PyList();
                    while (!text().atEnd()) lines.add(bytes(text().readline(-1)));
                    return lines;
                });
                default -> null;
            };
        }

        @Override
        public java.util.Collection<String> attributeNames() {
            return List.of("read", "readline", "readlines");
        }

        @Override
        public String toString() {
            return "<_io.BufferedReader name='<stdin>'>";
        }
    };
}
