package dev.adjoint.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The part of Python's os that only reads: os.path's pure path functions (CPython's posixpath,
 * character for character) and its queries (exists, isfile, isdir, getsize), getcwd, listdir,
 * walk, cpu_count, environ and getenv. Nothing here writes a file or runs a command: os.makedirs, os.remove,
 * os.system and the rest are absent, and asking for one says so (README, Security).
 */
final class OsModule {
    private OsModule() {}

    static final String NOT_OFFERED = "adjoint does not run commands or change files; os offers only paths and reading";

    static PyModule create() {
        PyModule m = new PyModule("os", NOT_OFFERED);
        m.add(Builtin.of("getcwd", a -> {
            a.expect(0, 0);
            return cwd();
        }));
        m.add(Builtin.of("listdir", a -> listdir(a.expect(0, 1, "path").size() == 0 && !a.has("path") ? "." : path(a.option(0, "path", "."), "listdir"))));
        m.add("environ", environment()); // a session's import puts the session's own in its place (Modules#environ)
        m.add(Builtin.of("getenv", a -> {
            a.expect(1, 2, "key", "default");
            Object v = ((PyDict) m.attribute("environ")).get(a.option(0, "key", null));
            return v != null ? v : a.option(1, "default", null);
        }));
        m.add("sep", "/").add("altsep", null).add("extsep", ".").add("pathsep", ":").add("linesep", "\n").add("curdir", ".").add("pardir", "..")
                .add("name", "posix").add("devnull", "/dev/null");
        m.add(Builtin.of("fspath", a -> path(a.expect(1, 1).get(0), "fspath")));
        m.add(Builtin.of("cpu_count", a -> {
            a.expect(0, 0);
            return (long) Runtime.getRuntime().availableProcessors();
        }));
        m.add(Builtin.of("walk", a -> {
            a.expect(1, 4, "top", "topdown", "onerror", "followlinks");
            if (!a.bool(1, "topdown", true))
                throw PyError.notSupported("os.walk(..., topdown=False)");
            if (a.option(2, "onerror", null) != null) throw PyError.notSupported("os.walk(..., onerror=...)");
            return PyIterator.generator("walk", new Walk(path(a.option(0, "top", null), "walk"), a.bool(3, "followlinks", false)));
        }));
        // os.path is the registered submodule os.path (posixpath), bound here when os is imported
        return m;
    }

    /** os.environ as a program starts with it: the process's environment, sorted by name. */
    static PyDict environment() {
        PyDict environ = new PyDict();
        System.getenv().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> environ.put(e.getKey(), e.getValue()));
        return environ;
    }

    static PyModule createPath() {
        PyModule p = new PyModule("posixpath", NOT_OFFERED);
        p.add(Builtin.of("join", a -> {
            if (a.size() < 1) throw a.typeError("missing 1 required positional argument: 'a'");
            String path = path(a.get(0), "join");
            for (Object part : a.positional().subList(1, a.size())) {
                String b = path(part, "join");
                if (b.startsWith("/")) path = b;
                else if (path.isEmpty() || path.endsWith("/")) path += b;
                else path += "/" + b;
            }
            return path;
        }));
        p.add(Builtin.of("split", a -> Values.tuple(split(path(a.expect(1, 1).get(0), "split")))));
        p.add(Builtin.of("dirname", a -> split(path(a.expect(1, 1).get(0), "dirname")).get(0)));
        p.add(Builtin.of("basename", a -> split(path(a.expect(1, 1).get(0), "basename")).get(1)));
        p.add(Builtin.of("splitext", a -> Values.tuple(splitext(path(a.expect(1, 1).get(0), "splitext")))));
        p.add(Builtin.of("isabs", a -> path(a.expect(1, 1).get(0), "isabs").startsWith("/")));
        p.add(Builtin.of("normpath", a -> normpath(path(a.expect(1, 1).get(0), "normpath"))));
        p.add(Builtin.of("abspath", a -> abspath(path(a.expect(1, 1).get(0), "abspath"))));
        p.add(Builtin.of("expanduser", a -> {
            String s = path(a.expect(1, 1).get(0), "expanduser");
            String home = System.getProperty("user.home");
            return s.equals("~") ? home : s.startsWith("~/") ? (home.endsWith("/") ? home : home + "/") + s.substring(2) : s;
        }));
        p.add(Builtin.of("exists", a -> query(a, "exists", Files::exists)));
        p.add(Builtin.of("isfile", a -> query(a, "isfile", Files::isRegularFile)));
        p.add(Builtin.of("isdir", a -> query(a, "isdir", Files::isDirectory)));
        p.add(Builtin.of("getsize", a -> {
            String s = path(a.expect(1, 1).get(0), "getsize");
            try {
                return Files.size(Path.of(s));
            } catch (IOException | RuntimeException e) {
                throw PyError.os("FileNotFoundError", 2, "No such file or directory", s);
            }
        }));
        p.add("sep", "/");
        return p;
    }

    /** A path argument: a str or a pathlib path (os.PathLike's other forms are not offered). */
    private static String path(Object v, String function) {
        if (v instanceof String s) return s;
        if (v instanceof PyPath p) return p.text();
        throw PyError.type(function + "() argument must be str, bytes or os.PathLike object, not '" + Values.typeName(v) + "'");
    }

    private static boolean query(Args a, String function, java.util.function.Predicate<Path> test) {
        Object v = a.expect(1, 1).get(0);
        if (v instanceof PyPath p) v = p.text();
        if (!(v instanceof String s)) throw PyError.type("stat: path should be string, bytes, os.PathLike or integer, not " + Values.typeName(v));
        try {
            return test.test(Path.of(s.isEmpty() ? "\0" : s));
        } catch (RuntimeException e) { // a path Java cannot represent (a NUL byte): Python says False
            return false;
        }
    }

    private static String cwd() {
        return Path.of("").toAbsolutePath().toString();
    }

    /** The names in a folder, in the order the file system gives them (as os.listdir: sort them yourself). */
    private static PyList listdir(String dir) {
        Path p = Path.of(dir);
        if (!Files.exists(p)) throw PyError.os("FileNotFoundError", 2, "No such file or directory", dir);
        if (!Files.isDirectory(p)) throw PyError.os("NotADirectoryError", 20, "Not a directory", dir);
        PyList out = new PyList();
        try (Stream<Path> entries = Files.list(p)) {
            entries.forEach(e -> out.add(e.getFileName().toString()));
        } catch (IOException e) {
            throw PyError.os("PermissionError", 13, "Permission denied", dir);
        }
        return out;
    }

    /**
     * os.walk's generator, top-down as CPython's: each folder gives (path, dirnames, filenames) in
     * the order the file system lists them, then its sub-folders are walked in the order dirnames
     * has then (a program may remove names from it to skip them). A folder that cannot be listed
     * gives nothing; a link to a folder is listed among dirnames but entered only with followlinks.
     */
    private static final class Walk extends Lookahead {
        private record Folder(String path, PyList dirs, int[] next) {}

        private final java.util.ArrayDeque<Folder> pending = new java.util.ArrayDeque<>();
        private final boolean followLinks;
        private String start;

        Walk(String top, boolean followLinks) {
            this.start = top;
            this.followLinks = followLinks;
        }

        @Override
        Object fetch() {
            if (start != null) {
                String top = start;
                start = null;
                Object first = visit(top);
                if (first != null) return first;
            }
            while (!pending.isEmpty()) {
                Folder f = pending.peek();
                if (f.next()[0] >= f.dirs().size()) {
                    pending.pop();
                    continue;
                }
                String child = join(f.path(), String.valueOf(f.dirs().get(f.next()[0]++)));
                if (!followLinks && Files.isSymbolicLink(Path.of(child))) continue;
                Object item = visit(child);
                if (item != null) return item;
            }
            return END;
        }

        /** (path, dirnames, filenames) of one folder, its sub-folders queued to be walked next; null if it cannot be listed. */
        private Object visit(String folder) {
            PyList dirs = new PyList(), files = new PyList();
            try (Stream<Path> entries = Files.list(Path.of(folder.isEmpty() ? "\0" : folder))) {
                entries.forEach(e -> (Files.isDirectory(e) ? dirs : files).add(e.getFileName().toString()));
            } catch (IOException | RuntimeException e) {
                return null;
            }
            pending.push(new Folder(folder, dirs, new int[1]));
            return Values.tuple(List.of(folder, dirs, files));
        }

        private static String join(String a, String b) {
            return a.isEmpty() || a.endsWith("/") ? a + b : a + "/" + b;
        }
    }

    /** posixpath.split: the head without its trailing slashes (unless all slashes), and the tail. */
    static List<Object> split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i), tail = p.substring(i);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) head = head.replaceAll("/+$", "");
        return List.of(head, tail);
    }

    /** posixpath.splitext: the extension from the last dot after the last slash, leading dots excepted. */
    private static List<Object> splitext(String p) {
        int sep = p.lastIndexOf('/'), dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int i = sep + 1; i < dot; i++) if (p.charAt(i) != '.') return List.of(p.substring(0, dot), p.substring(dot));
        }
        return List.of(p, "");
    }

    /** posixpath.normpath: '.' and empty parts dropped, '..' folded; two leading slashes kept, as POSIX allows. */
    static String normpath(String path) {
        if (path.isEmpty()) return ".";
        int initial = path.startsWith("/") ? path.startsWith("//") && !path.startsWith("///") ? 2 : 1 : 0;
        List<String> parts = new ArrayList<>();
        for (String comp : path.split("/")) {
            if (comp.isEmpty() || comp.equals(".")) continue;
            if (!comp.equals("..") || (initial == 0 && parts.isEmpty()) || (!parts.isEmpty() && parts.get(parts.size() - 1).equals(".."))) parts.add(comp);
            else if (!parts.isEmpty()) parts.remove(parts.size() - 1);
        }
        String out = "/".repeat(initial) + String.join("/", parts);
        return out.isEmpty() ? "." : out;
    }

    static String abspath(String p) {
        return normpath(p.startsWith("/") ? p : cwd() + "/" + p);
    }
}
